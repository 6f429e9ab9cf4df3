package nl.participatie.buurtschouw.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.CategoryTree;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.buurtschouw.SignalenStatus;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.ReadmeSections;

/**
 * What the public sees of a report over Open311: Signalen's five public labels, and closed for handled, cancelled,
 * done external and reopen requested; never an internal label. Checked against a table written apart from the code
 * ({@code open311/public-status.csv}), and the README's table against the code.
 */
class PublicStatusTest {

    static final Locale NL = Locale.forLanguageTag("nl");
    static final Open311Format FORMAT = new Open311Format();

    /** The README's public status table, rendered from {@link PublicStatus}. */
    static String table() {
        StringBuilder out = new StringBuilder("| step | Signalen code | Open311 `status` | public label (nl) | public label (en) |\n"
                + "|---|---|---|---|---|\n");
        for (ReportStep step : ReportStep.values()) {
            if (step == ReportStep.NEW) {
                continue;
            }
            PublicStatus shown = PublicStatus.of(step);
            out.append("| ").append(step.name()).append(" | `").append(SignalenStatus.of(step).code()).append("` | `")
                    .append(shown.open311Status()).append("` | ").append(shown.label().nl()).append(" | ")
                    .append(shown.label().en()).append(" |\n");
        }
        return out.toString();
    }

    @Test
    void theReadmeShowsTheCurrentPublicStatusTable() {
        ReadmeSections.assertCurrent(Path.of("README.md"), "open311-public-status", Map.of("open311-public-status", table()));
    }

    @Test
    void everyStepShowsThePublicLabelAndStatusOfTheExpectedTable() {
        Report filed = Open311MappingTest.filed().state();
        List<ReportStep> seen = new ArrayList<>();
        for (String line : Open311FormatTest.sample("public-status.csv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cell = line.split(";");
            ReportStep step = ReportStep.valueOf(cell[0]);
            seen.add(step);
            assertThat(SignalenStatus.of(step).code()).isEqualTo(cell[1]);
            for (Locale locale : List.of(NL, Locale.ENGLISH)) {
                String label = locale == NL ? cell[3] : cell[4];
                Open311Mapping mapping = Open311Mapping.of(CategoryTree.defaults(), DutchTime.ZONE, locale);
                Report in = Open311Reports.in(filed, step, filed.filedAt(), LocalizedText.of("Tekst: met dubbele punt", "Text: with colon"));
                ServiceRequest request = mapping.toServiceRequest(StreamId.of("buurtschouw.report", "r"), in);
                assertThat(request.status()).as("%s", step).isEqualTo(cell[2]);
                assertThat(request.statusNotes()).as("%s in %s", step, locale)
                        .isEqualTo(label + ": " + (locale == NL ? "Tekst: met dubbele punt" : "Text: with colon"));
                ServiceRequest again = FORMAT.readRequestsXml(FORMAT.requestsXml(List.of(request))).get(0);
                assertThat(mapping.stepOf(again)).as("%s read back", step).isEqualTo(PublicStatus.of(step).step());
            }
        }
        assertThat(EnumSet.copyOf(seen)).isEqualTo(EnumSet.complementOf(EnumSet.of(ReportStep.NEW)));
    }

    @Test
    void noInternalLabelIsEverShown() {
        Report filed = Open311MappingTest.filed().state();
        Set<String> shown = new java.util.HashSet<>();
        for (ReportStep step : EnumSet.complementOf(EnumSet.of(ReportStep.NEW))) {
            for (Locale locale : List.of(NL, Locale.ENGLISH)) {
                shown.add(Open311Mapping.of(CategoryTree.defaults(), DutchTime.ZONE, locale)
                        .toServiceRequest(StreamId.of("buurtschouw.report", "r"), Open311Reports.in(filed, step, filed.filedAt(), null))
                        .statusNotes());
            }
        }
        assertThat(shown).containsExactlyInAnyOrder("Open", "Afgesloten", "Heropend", "Vraag aan u verstuurd",
                "Antwoord van u ontvangen", "Closed", "Reopened", "Question sent to you", "Your answer received");
        assertThat(shown).noneMatch(label -> label.startsWith("Extern") || label.startsWith("External"));
    }

    @Test
    void doneExternalAndReopenRequestedAreClosedAtTheirLastChange() {
        Report filed = Open311MappingTest.filed().state();
        Instant later = filed.filedAt().plusSeconds(86_400);
        for (ReportStep step : List.of(ReportStep.DONE_EXTERNAL, ReportStep.REOPEN_REQUESTED)) {
            ServiceRequest request = Open311Mapping.defaults().toServiceRequest(StreamId.of("buurtschouw.report", "r"),
                    Open311Reports.in(filed, step, later, null));
            assertThat(request.status()).isEqualTo("closed");
            assertThat(request.updatedDatetime().toInstant()).isEqualTo(later);
        }
    }

    @Test
    void aSignalenLabelFromAnotherSystemIsStillRead() {
        ServiceRequest foreign = new ServiceRequest("1", "open", "Extern: te verzenden", null, "x", null, null, null, null, null, null,
                null, null, null, null, null, null);
        assertThat(Open311Mapping.defaults().stepOf(foreign)).isEqualTo(ReportStep.READY_TO_SEND);
    }
}
