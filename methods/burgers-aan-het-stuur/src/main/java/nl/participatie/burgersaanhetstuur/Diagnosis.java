package nl.participatie.burgersaanhetstuur;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * Why a citizen initiative is stuck or at risk, at a moment (<i>diagnose</i>): the findings of the
 * {@link StallDiagnosis}, the most severe first. A healthy initiative has none.
 *
 * @param title    the initiative's name
 * @param cycle    the cycle it is in
 * @param step     the step it is in
 * @param at       the moment of the diagnosis
 * @param findings what is wrong, most severe first
 */
@API(status = API.Status.EXPERIMENTAL)
public record Diagnosis(String title, int cycle, InitiativeStep step, Instant at, List<Finding> findings) {

    public Diagnosis {
        InvalidValueException.requireNonNull(title, "title");
        InvalidValueException.requireNonNull(step, "step");
        InvalidValueException.requireNonNull(at, "at");
        findings = List.copyOf(InvalidValueException.requireNonNull(findings, "findings"));
    }

    /** Whether nothing is wrong. */
    public boolean isHealthy() {
        return findings.isEmpty();
    }

    /** Whether a finding for the reason is among the findings. */
    public boolean has(StallReason reason) {
        for (Finding f : findings) {
            if (f.reason() == reason) {
                return true;
            }
        }
        return false;
    }

    /** The findings for one reason. */
    public List<Finding> findings(StallReason reason) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.reason() == reason) {
                out.add(f);
            }
        }
        return out;
    }

    /** The diagnosis as Markdown in Dutch or English ({@code en}); resident text is escaped. */
    public String toMarkdown(Locale locale) {
        boolean en = Markdown.isEnglish(locale);
        StringBuilder out = new StringBuilder(256);
        out.append(en ? "## Diagnosis: " : "## Diagnose: ").append(Markdown.escape(title)).append("\n\n");
        out.append(en ? "Cycle " : "Cyclus ").append(cycle).append(", ");
        if (step.isCycleStep()) {
            out.append(en ? "step " : "stap ").append(step.number()).append(": ");
        }
        out.append(step.label().in(locale)).append(", ").append(Markdown.day(at)).append("\n\n");
        if (findings.isEmpty()) {
            out.append(en ? "Nothing stands in the way: the initiative is on track.\n" : "Niets staat in de weg: het initiatief ligt op koers.\n");
            return out.toString();
        }
        for (Finding f : findings) {
            out.append("- **").append(f.severity().label().in(locale)).append("** (").append(f.code()).append("): ")
                    .append(Markdown.escape(f.message().in(locale))).append(' ')
                    .append(en ? "*Advice:* " : "*Advies:* ").append(Markdown.escape(f.advice().in(locale))).append('\n');
        }
        return out.toString();
    }
}
