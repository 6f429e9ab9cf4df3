package nl.participatie.buurtschouw.signalen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.buurtschouw.SignalenStatus;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.testkit.MutableClock;

/**
 * The Signalen fixture ({@code signalen/status-histories.json}: every state Signalen's data holds, legacy {@code h} and
 * historical {@code s} included, cancellations without a text, forwards to external parties with, without and still
 * awaiting an answer) loads through the facade, and the imported reports go on under the module's own rules.
 */
class SignalenImportTest {

    private MutableClock clock;
    private Buurtschouw schouw;
    private Map<String, SignalenImport.Imported> imported;

    @BeforeEach
    void importTheFixture() throws IOException {
        clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
        schouw = Buurtschouw.builder().clock(clock).build();
        SignalenImport.Result result = schouw.importSignalen(fixture());
        assertThat(result.refused()).isEmpty();
        imported = result.imported().stream().collect(Collectors.toMap(SignalenImport.Imported::signalenId, Function.identity()));
    }

    private static List<SignalenImport.Melding> fixture() throws IOException {
        try (InputStream in = SignalenImportTest.class.getResourceAsStream("/signalen/status-histories.json")) {
            return SignalenImport.read(in);
        }
    }

    private Report report(String id) {
        return schouw.reports().load(imported.get(id).stream());
    }

    @Test
    void theFixtureHoldsEveryStateOfSignalensData() throws IOException {
        Set<SignalenStatus> states = EnumSet.noneOf(SignalenStatus.class);
        fixture().forEach(m -> m.statuses().forEach(s -> states.add(s.status())));
        assertThat(states).isEqualTo(EnumSet.complementOf(EnumSet.of(SignalenStatus.LEEG)));
    }

    @Test
    void everyMeldingLoadsAndEndsWhereItsHistoryEnds() {
        assertThat(imported.keySet()).hasSize(10);
        assertThat(imported.values()).allSatisfy(i -> assertThat(schouw.reports().verify(i.stream()).valid()).isTrue());
        Map<String, ReportStep> steps = imported.values().stream()
                .collect(Collectors.toMap(SignalenImport.Imported::signalenId, SignalenImport.Imported::step));
        assertThat(steps).containsAllEntriesOf(Map.of("SIG-1001", ReportStep.HANDLED, "SIG-1002", ReportStep.CANCELLED,
                "SIG-1003", ReportStep.HANDLED, "SIG-1004", ReportStep.HANDLED, "SIG-1005", ReportStep.CANCELLED,
                "SIG-1006", ReportStep.HANDLED, "SIG-1007", ReportStep.IN_PROGRESS, "SIG-1008", ReportStep.HANDLED,
                "SIG-1009", ReportStep.CANCELLED, "SIG-1010", ReportStep.FORWARDED_TO_EXTERNAL));
        assertThat(report("SIG-1001").filedAt()).isEqualTo(Instant.parse("2025-03-03T08:00:00Z"));
        assertThat(report("SIG-1001").isAnonymous()).isTrue();
        assertThat(report("SIG-1008").reopenCount()).isEqualTo(1);
        assertThat(report("SIG-1004").externalParty()).isEqualTo("sigmax");
    }

    @Test
    void theHistoryKeepsSignalensCodesAndTheExternalPartysAnswerErasable() {
        List<ReportEvent> onHold = events("SIG-1003");
        assertThat(onHold).filteredOn(ReportEvent.SignalenStatusImported.class::isInstance)
                .extracting(e -> ((ReportEvent.SignalenStatusImported) e).status().code()).containsExactly("h", "ingepland", "o");
        assertThat(events("SIG-1006")).contains(new ReportEvent.SignalenStatusImported(SignalenStatus.VERZOEK_TOT_AFHANDELING,
                ReportStep.CLOSURE_REQUESTED, Erasable.of(null, "Het hek is gerepareerd."), null, null, null,
                Instant.parse("2025-05-06T14:00:00Z"), clock.instant()));
        assertThat(events("SIG-1002")).last().isEqualTo(new ReportEvent.SignalenStatusImported(SignalenStatus.GEANNULEERD,
                ReportStep.CANCELLED, null, null, null, null, Instant.parse("2025-03-05T10:20:00Z"), clock.instant()));
        assertThat(events("SIG-1001").get(1)).isEqualTo(new ReportEvent.ImportedFromSignalen("SIG-1001", clock.instant()));
    }

    @Test
    void anOpenForwardEndsInAClosureRequestAfterFourteenDays() {
        assertThat(report("SIG-1010").nextDeadline()).contains(Instant.parse("2026-01-16T09:00:00Z"));
        clock.advance(Duration.ofDays(11));
        schouw.fireDue(List.of(imported.get("SIG-1010").stream()));
        assertThat(report("SIG-1010").step()).isEqualTo(ReportStep.CLOSURE_REQUESTED);
    }

    @Test
    void ourOwnUsersGoOnUnderOurRules() {
        Actor officer = Actor.of("p-officer", BuurtschouwWorkflow.CIVIL_SERVANT);
        assertThat(schouw.reports().handle(imported.get("SIG-1007").stream(), officer,
                new ReportCommand.Cancel(LocalizedText.of(" ", ""), null)).violations())
                .extracting(v -> v.code()).containsExactly("buurtschouw.report.message-required");
        assertThat(schouw.reports().handle(imported.get("SIG-1007").stream(), officer,
                new ReportCommand.Handle(LocalizedText.of("De drempel is verlaagd.", "The threshold was lowered."))).isAccepted()).isTrue();
        // The engine of reports refuses imports: only the import's entry point takes them.
        assertThat(schouw.reports().handleAsSystem(imported.get("SIG-1007").stream(),
                new ReportCommand.ImportSignalenStatus(SignalenStatus.GEANNULEERD, null, null, null, clock.instant())).isAccepted())
                .isFalse();
    }

    @Test
    void aRefusedStatusEndsOnlyThatMeldingsImport() throws IOException {
        String json = """
                [{"id": "SIG-2001", "category": "afval/grofvuil", "text": "Bank", "location": {"lat": 52.36, "lon": 4.93},
                  "created_at": "2025-03-05T10:00:00Z",
                  "statuses": [{"state": "m", "created_at": "2025-03-05T10:00:00Z"},
                               {"state": "o", "created_at": "2025-03-06T10:00:00Z"},
                               {"state": "reopened", "text": "Opnieuw", "created_at": "2025-03-07T10:00:00Z"}]},
                 {"id": "SIG-2002", "category": "afval/grofvuil", "text": "Kast", "location": {"lat": 52.36, "lon": 4.93},
                  "created_at": "2025-03-05T10:00:00Z", "statuses": []}]
                """;
        SignalenImport.Result result = schouw.importSignalen(SignalenImport.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertThat(result.imported()).extracting(SignalenImport.Imported::signalenId).containsExactly("SIG-2002");
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.signalenId()).isEqualTo("SIG-2001");
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.violations()).extracting(v -> v.code()).containsExactly("buurtschouw.report.message-required");
        });
    }

    @Test
    void anExportWithAnUnknownStateOrWithoutAFieldIsRefusedWhenRead() {
        String unknown = """
                [{"id": "SIG-3", "category": "afval/grofvuil", "text": "Bank", "location": {"lat": 52.36, "lon": 4.93},
                  "created_at": "2025-03-05T10:00:00Z", "statuses": [{"state": "x", "created_at": "2025-03-05T10:00:00Z"}]}]
                """;
        assertThatThrownBy(() -> SignalenImport.read(new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("buurtschouw.signalenExport.fieldInvalid");
                    assertThat(e.rejectedValue()).isEqualTo("$[0].statuses[0].state");
                    assertThat(e.text().en()).contains("buurtschouw.signalenStatus.invalid");
                });
        String noId = """
                [{"category": "afval/grofvuil", "location": {"lat": 52.36, "lon": 4.93}, "created_at": "2025-03-05T10:00:00Z"}]
                """;
        assertThatThrownBy(() -> SignalenImport.read(new ByteArrayInputStream(noId.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("buurtschouw.signalenExport.fieldRequired");
                    assertThat(e.rejectedValue()).isEqualTo("$[0].id");
                });
    }

    @Test
    void aFieldThatCannotBeReadIsRefusedWithItsPathAndTheValueTypesCode() {
        // Found by fuzzing: a coordinate out of range and a time that is none came out as the value type's own error
        // or a DateTimeParseException, without saying which melding.
        String[][] cases = {
                {"{\"lat\": 91, \"lon\": 4.93}", "2025-03-05T10:00:00Z", "$[0].location", "geoPoint.invalid"},
                {"{\"lat\": 52.36, \"lon\": 4.93}", "gisteren", "$[0].created_at", "ISO-8601"},
        };
        for (String[] c : cases) {
            String export = "[{\"id\": \"SIG-4\", \"category\": \"afval/grofvuil\", \"location\": " + c[0]
                    + ", \"created_at\": \"" + c[1] + "\"}]";
            assertThatThrownBy(() -> SignalenImport.read(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.code()).isEqualTo("buurtschouw.signalenExport.fieldInvalid");
                        assertThat(e.rejectedValue()).isEqualTo(c[2]);
                        assertThat(e.text().nl()).contains(c[3]);
                    });
        }
        assertThatThrownBy(() -> SignalenImport.read(new ByteArrayInputStream("{\"id\": 1}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rejectedValue()).isEqualTo("$"));
    }

    private List<ReportEvent> events(String id) {
        return schouw.reports().history(imported.get(id).stream()).stream().map(RecordedEvent::event).toList();
    }
}
