package nl.participatie.burgersaanhetstuur;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;

/**
 * Why a citizen initiative is stuck or at risk, at a moment (<i>diagnose</i>): the findings of the
 * {@link StallDiagnosis}, the most severe first. A healthy initiative has none.
 *
 * @param title    the initiative's name; erasable; {@code null} before it started
 * @param cycle    the cycle it is in
 * @param step     the step it is in
 * @param at       the moment of the diagnosis
 * @param findings what is wrong, most severe first
 */
@API(status = API.Status.EXPERIMENTAL)
public record Diagnosis(Erasable<String> title, int cycle, InitiativeStep step, Instant at, List<Finding> findings) {

    public Diagnosis {
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
        MarkdownWriter md = MarkdownWriter.of(locale);
        md.heading(2, DiagnosisText.TITLE.in(locale, md.escape(title)));
        String day = md.date(DutchTime.dayOf(at));
        md.line(step.isCycleStep() ? DiagnosisText.AT_STEP.in(locale, cycle, step.number(), step.label(), day)
                : DiagnosisText.AT.in(locale, cycle, step.label(), day)).blank();
        if (findings.isEmpty()) {
            return md.line(DiagnosisText.ON_TRACK.in(locale)).toString();
        }
        for (Finding f : findings) {
            md.line("- " + DiagnosisText.FINDING.in(locale, f.severity().label(), f.code(), md.escape(f.message().in(locale)),
                    md.escape(f.advice().in(locale))));
        }
        return md.toString();
    }
}
