package nl.participatie.buurtschouw;

import static nl.participatie.buurtschouw.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.ReportCommand.Cancel;
import nl.participatie.buurtschouw.ReportCommand.ImportSignalenMelding;
import nl.participatie.buurtschouw.ReportCommand.ImportSignalenStatus;
import nl.participatie.buurtschouw.ReportEvent.ForwardExpired;
import nl.participatie.buurtschouw.ReportEvent.ImportedFromSignalen;
import nl.participatie.buurtschouw.ReportEvent.ReportFiled;
import nl.participatie.buurtschouw.ReportEvent.SignalenStatusImported;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.testkit.Spec;

/**
 * Specification of the Signalen import: Signalen's data as Signalen recorded it, through the import's own entry point,
 * while the municipality's own users keep the module's rules. The spec clock starts Monday 5 January 2026, 09:00 UTC.
 */
class SignalenImportSpecTest {

    static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant FILED = Instant.parse("2025-03-03T08:00:00Z");
    static final Instant LATER = Instant.parse("2025-03-04T08:00:00Z");

    static Spec<ReportCommand, ReportEvent, Report> spec() {
        return Spec.of(BuurtschouwWorkflow.signalenImport(ReportRules.defaults(), WALKING, REACHABLE));
    }

    static Spec<ReportCommand, ReportEvent, Report> imported() {
        return spec().givenSystem(new ImportSignalenMelding("SIG-1", CONTAINER, "Container vol", JAVASTRAAT, null, FILED));
    }

    static ImportSignalenStatus status(String code, String text) {
        return new ImportSignalenStatus(SignalenStatus.parse(code), text, null, null, LATER);
    }

    @Test
    void aMeldingIsFiledAnonymouslyAtItsOwnMomentWithItsSignalenId() {
        spec().whenSystem(new ImportSignalenMelding(" SIG-1 ", CONTAINER, " Container vol ", JAVASTRAAT, " Javastraat 12 ", FILED))
                .thenEvents(new ReportFiled(ReportKind.PROBLEM, CONTAINER, Theme.LITTER, Erasable.of(null, "Container vol"),
                                Erasable.of(null, JAVASTRAAT), Erasable.of(null, "Javastraat 12"), null, null, java.util.List.of(), null,
                                null, null, FILED, Instant.parse("2025-03-06T08:00:00Z")),
                        new ImportedFromSignalen("SIG-1", NOW))
                .thenState(r -> assertThat(r.step()).isEqualTo(ReportStep.REPORTED));
        spec().whenSystem(new ImportSignalenMelding("SIG-1", CategoryCode.of("afval", "onbekend"), "Vol", JAVASTRAAT, null, FILED))
                .thenRejected("buurtschouw.report.category-unknown");
    }

    @Test
    void aCancellationWithoutATextLoadsButOurOwnUsersStillGiveAReason() {
        imported().whenSystem(status("a", null))
                .thenEvents(new SignalenStatusImported(SignalenStatus.GEANNULEERD, ReportStep.CANCELLED, null, null, null, null, LATER, NOW))
                .thenNotified(n -> assertThat(n).isEmpty())
                .thenState(r -> {
                    assertThat(r.step()).isEqualTo(ReportStep.CANCELLED);
                    assertThat(r.closedAt()).isEqualTo(LATER);
                });
        imported().when(OFFICER, new Cancel(LocalizedText.of(" ", ""), null)).thenRejected("buurtschouw.report.message-required");
    }

    @Test
    void handledAndReopenedNeedATextAsInSignalen() {
        imported().whenSystem(status("o", " ")).thenRejected("buurtschouw.report.message-required");
        imported().givenSystem(status("o", "Geleegd")).whenSystem(status("reopened", null))
                .thenRejected("buurtschouw.report.message-required");
        imported().givenSystem(status("o", "Geleegd")).whenSystem(status("reopened", "Opnieuw"))
                .thenState(r -> assertThat(r.reopenCount()).isEqualTo(1));
    }

    @Test
    void legacyOnHoldLoadsAsAwaitingHandlingAndKeepsItsCode() {
        imported().whenSystem(status("h", "Wacht op de aannemer"))
                .thenEvents(new SignalenStatusImported(SignalenStatus.ON_HOLD, ReportStep.AWAITING_HANDLING,
                        Erasable.of(null, "Wacht op de aannemer"), null, null, null, LATER, NOW))
                .thenState(r -> assertThat(r.signalenStatus()).isEqualTo(SignalenStatus.AFWACHTING));
    }

    @Test
    void aHistoricalSplitLoadsAsCancelled() {
        imported().whenSystem(status("s", "Gesplitst"))
                .thenState(r -> assertThat(r.step()).isEqualTo(ReportStep.CANCELLED));
    }

    @Test
    void readyToSendNeedsAKnownTarget() {
        imported().whenSystem(new ImportSignalenStatus(SignalenStatus.TE_VERZENDEN, null, "SIGMAX", null, LATER))
                .thenState(r -> assertThat(r.externalParty()).isEqualTo("sigmax"));
        imported().whenSystem(new ImportSignalenStatus(SignalenStatus.TE_VERZENDEN, null, null, null, LATER))
                .thenRejected("buurtschouw.report.external-system-unknown");
    }

    @Test
    void aForwardNeedsItsEmailAndWaitsTheExternalWindowLikeOurOwn() {
        imported().whenSystem(status("forward to external", "Kunt u het hek repareren?"))
                .thenRejected("buurtschouw.report.import-email-required");
        Instant forwarded = Instant.parse("2026-01-02T09:00:00Z");
        imported().givenSystem(new ImportSignalenStatus(SignalenStatus.DOORGEZET_NAAR_EXTERN, "Kunt u het hek repareren?", null,
                        "beheer@corporatie.example", forwarded))
                .after(Duration.ofDays(11)).whenDeadlinesPass()
                .thenEvents(new ForwardExpired(NOW.plus(Duration.ofDays(11))))
                .thenState(r -> assertThat(r.step()).isEqualTo(ReportStep.CLOSURE_REQUESTED));
    }

    @Test
    void anAnswerOrNoAnswerOfTheExternalPartyIsAClosureRequest() {
        ImportSignalenStatus forward = new ImportSignalenStatus(SignalenStatus.DOORGEZET_NAAR_EXTERN, "Kunt u het hek repareren?",
                null, "beheer@corporatie.example", LATER);
        imported().givenSystem(forward).whenSystem(new ImportSignalenStatus(SignalenStatus.VERZOEK_TOT_AFHANDELING,
                        "Het hek is gerepareerd.", null, null, LATER.plusSeconds(3600)))
                .thenState(r -> {
                    assertThat(r.step()).isEqualTo(ReportStep.CLOSURE_REQUESTED);
                    assertThat(r.nextDeadline()).isEmpty();
                });
        imported().givenSystem(forward).whenSystem(new ImportSignalenStatus(SignalenStatus.VERZOEK_TOT_AFHANDELING, null, null, null,
                        LATER.plus(Duration.ofDays(14))))
                .thenState(r -> assertThat(r.step()).isEqualTo(ReportStep.CLOSURE_REQUESTED));
    }

    @Test
    void aHistoryLoadsInOrderOfTimeAndNeverTheEmptyState() {
        imported().givenSystem(status("b", null))
                .whenSystem(new ImportSignalenStatus(SignalenStatus.AFGEHANDELD, "Klaar", null, null, FILED.minusSeconds(1)))
                .thenRejected("buurtschouw.report.import-out-of-order");
        imported().whenSystem(status("", null)).thenRejected("buurtschouw.report.import-status-invalid");
    }

    @Test
    void onlyTheSystemImportsAndOnlyThroughTheImportsEntryPoint() {
        imported().when(OFFICER, status("b", null)).thenRejected("workflow.role-not-allowed");
        Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults(), WALKING, REACHABLE))
                .whenSystem(new ImportSignalenMelding("SIG-1", CONTAINER, "Container vol", JAVASTRAAT, null, FILED))
                .thenRejected("workflow.command-unknown");
    }
}
