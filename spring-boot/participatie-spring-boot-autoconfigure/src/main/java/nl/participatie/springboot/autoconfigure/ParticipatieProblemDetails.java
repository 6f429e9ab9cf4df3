package nl.participatie.springboot.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.participatie.core.API;
import nl.participatie.core.Outcome;
import nl.participatie.core.Violation;
import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.store.ConcurrencyConflictException;

/**
 * The library's refusals as RFC 9457 problem details in a Spring MVC application (<i>foutmeldingen</i>), in the
 * language of the request as the application's {@code LocaleResolver} decided it ({@link LocaleContextHolder}):
 * Dutch for {@code nl}, English otherwise. A rejected command ({@link Outcome.RejectedException}, from
 * {@code orElseThrow()}) is 422 with its {@code violations} (code, path, message); unreadable JSON read with
 * {@code ParticipatieJson} ({@link JsonReadException}) is 400 with the one violation; a conflict that lasted through
 * every attempt ({@link ConcurrencyConflictException}) is 409. Handlers of the application's own come first. Switched
 * off with {@code participatie.web.problem-details.enabled=false}.
 */
@API(status = API.Status.EXPERIMENTAL)
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ParticipatieProblemDetails {

    /** A rejected command: 422, with every violation in the request's language. */
    @ExceptionHandler(Outcome.RejectedException.class)
    public ProblemDetail rejected(Outcome.RejectedException rejected) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Violation> violations = rejected.violations();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                violations.isEmpty() ? "" : violations.get(0).message().in(locale));
        problem.setTitle(dutch(locale) ? "Opdracht geweigerd" : "Command rejected");
        problem.setProperty("violations", described(violations, locale));
        return problem;
    }

    /** JSON that could not be read: 400, with the violation in the request's language. */
    @ExceptionHandler(JsonReadException.class)
    public ProblemDetail unreadable(JsonReadException unreadable) {
        Locale locale = LocaleContextHolder.getLocale();
        Violation violation = unreadable.toViolation();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, violation.message().in(locale));
        problem.setTitle(dutch(locale) ? "Onleesbare invoer" : "Unreadable input");
        problem.setProperty("violations", described(List.of(violation), locale));
        return problem;
    }

    /** Someone else changed the instance under every attempt: 409; the whole command may be tried again later. */
    @ExceptionHandler(ConcurrencyConflictException.class)
    public ProblemDetail conflict(ConcurrencyConflictException conflict) {
        boolean nl = dutch(LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, nl
                ? "Iemand anders heeft dit intussen gewijzigd; probeer het opnieuw."
                : "Someone else changed this in the meantime; try again.");
        problem.setTitle(nl ? "Gelijktijdige wijziging" : "Concurrent change");
        return problem;
    }

    private static List<Map<String, String>> described(List<Violation> violations, Locale locale) {
        List<Map<String, String>> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("code", v.code());
            one.put("path", v.path());
            one.put("message", v.message().in(locale));
            out.add(one);
        }
        return out;
    }

    private static boolean dutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }
}
