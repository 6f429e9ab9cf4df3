package nl.participatie.youthmanifesto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * How a Youth Manifesto group is doing at a moment (<i>gezondheidscheck</i>): the findings of the
 * {@link GroupHealthCheck} and the group's composition. A group with nothing to report has no findings.
 *
 * @param group       the group's name
 * @param step        the step it is in
 * @param stage       the label of its stage
 * @param at          the moment of the check
 * @param findings    what needs attention, in the order of {@link HealthIssue}
 * @param composition who is in the group
 */
@API(status = API.Status.EXPERIMENTAL)
public record HealthReport(String group, ManifestoGroupStep step, LocalizedText stage, Instant at, List<HealthFinding> findings,
                           GroupComposition composition) {

    public HealthReport {
        InvalidValueException.requireNonNull(group, "group");
        InvalidValueException.requireNonNull(step, "step");
        InvalidValueException.requireNonNull(stage, "stage");
        InvalidValueException.requireNonNull(at, "at");
        findings = List.copyOf(InvalidValueException.requireNonNull(findings, "findings"));
        InvalidValueException.requireNonNull(composition, "composition");
    }

    /** Whether nothing needs attention. */
    public boolean isHealthy() {
        return findings.isEmpty();
    }

    /** Whether a finding of the issue is among the findings. */
    public boolean has(HealthIssue issue) {
        return !findings(issue).isEmpty();
    }

    /** The findings of one issue. */
    public List<HealthFinding> findings(HealthIssue issue) {
        List<HealthFinding> out = new ArrayList<>();
        for (HealthFinding f : findings) {
            if (f.issue() == issue) {
                out.add(f);
            }
        }
        return out;
    }

    /** The report as Markdown in Dutch or English ({@code en}); text typed by people is escaped. */
    public String toMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(locale);
        md.heading(2, HealthCheckText.TITLE.in(locale, md.escape(group)));
        md.line(HealthCheckText.AT.in(locale, md.escape(stage.in(locale)), md.date(DutchTime.dayOf(at)))).blank();
        if (findings.isEmpty()) {
            md.line(HealthCheckText.HEALTHY.in(locale));
        }
        for (HealthFinding f : findings) {
            md.line("- " + HealthCheckText.FINDING.in(locale, f.code(), md.escape(f.message().in(locale))));
        }
        md.blank().heading(3, HealthCheckText.COMPOSITION.in(locale));
        md.line("- " + HealthCheckText.COMPOSITION_TOTAL.in(locale, composition.participants()));
        StringJoiner channels = new StringJoiner(", ");
        composition.byChannel().forEach((c, n) -> channels.add(HealthCheckText.COUNT.in(locale, c.label(), n)));
        md.line("- " + HealthCheckText.COMPOSITION_CHANNELS.in(locale, orNone(channels)));
        StringJoiner neighbourhoods = new StringJoiner(", ");
        for (Map.Entry<String, Integer> e : composition.byNeighbourhood().entrySet()) {
            neighbourhoods.add(HealthCheckText.COUNT.in(locale, e.getKey(), e.getValue()));
        }
        md.line("- " + HealthCheckText.COMPOSITION_NEIGHBOURHOODS.in(locale, orNone(neighbourhoods), composition.noNeighbourhood()));
        StringJoiner ages = new StringJoiner(", ");
        composition.byAgeBand().forEach((b, n) -> ages.add(HealthCheckText.COUNT.in(locale, b.label(), n)));
        md.line("- " + HealthCheckText.COMPOSITION_AGE_BANDS.in(locale, orNone(ages)));
        return md.toString();
    }

    private static String orNone(StringJoiner joined) {
        return joined.length() == 0 ? "-" : joined.toString();
    }
}
