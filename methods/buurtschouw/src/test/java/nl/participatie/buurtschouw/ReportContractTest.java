package nl.participatie.buurtschouw;

import static nl.participatie.buurtschouw.Fixtures.*;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.participatie.buurtschouw.ReportCommand.*;
import nl.participatie.buurtschouw.ReportEvent.*;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.RdPoint;
import nl.participatie.core.value.StreamLink;
import nl.participatie.testkit.MethodContract;

/** The report keeps the contract of every aggregate: decided, evolved, typed, golden, round-tripped. */
class ReportContractTest extends MethodContract<ReportCommand, ReportEvent, Report> {

    private static final LocalizedText MESSAGE = LocalizedText.of("We pakken het op.", "We are on it.");

    @Override
    protected ProcessDefinition<ReportCommand, ReportEvent, Report, ?> definition() {
        // The import's definition: the report's workflow and the Signalen import's two commands.
        return BuurtschouwWorkflow.signalenImport(ReportRules.defaults(), CampaignLookup.NONE, ReporterContacts.NONE);
    }

    @Override
    protected List<ReportCommand> sampleCommands() {
        return List.of(problem(ANNA).withAddress("Javastraat 12", Postcode.parse("1094HA"))
                        .withPhotos(List.of(URI.create("https://foto.example/1.jpg"))),
                new FileReport(ReportKind.IDEA, TREE, "Boomspiegel beplanten", null, RdPoint.of(123_456, 487_654), null, null, WEST,
                        Theme.GREEN, List.of(), null, CAMPAIGN),
                new SetBackToReported(MESSAGE, "terug"), new AwaitHandling(null, null), new StartHandling(MESSAGE, null),
                new Schedule(LocalDate.of(2026, 6, 10), null), new MarkReadyToSend("sigmax", MESSAGE),
                new ConfirmSent("ok"), new ReportSendFailure("time-out"), new ReportDoneExternally(MESSAGE, null),
                new ForwardToExternal("Woningcorporatie Eigen Haard", "beheer@eigenhaard.example", "Kunt u het hek repareren?"),
                new AnswerForward("Hek gerepareerd", List.of(URI.create("https://foto.example/hek.jpg"))), new ExpireForward(),
                new RequestClosure(null, "klaar"),
                new RequestReaction(LocalizedText.of("Welke container?", "Which container?")),
                new React("De tweede van links", List.of(URI.create("https://foto.example/2.jpg"))), new ExpireReactionRequest(),
                new Handle(DONE), new ReportCommand.CloseAsInitiative(nl.participatie.core.value.StreamId.of("burgersaanhetstuur.initiative", "i-1")),
                new ReportCommand.TellChainNews(MESSAGE), new Cancel(LocalizedText.of("Dubbel", "Duplicate"), OTHER_REPORT), new Reopen(MESSAGE),
                new AnswerSatisfactionSurvey(false, "Nog steeds vol"), new AnswerSatisfactionSurvey(false, "niet-opgelost", null),
                new CloseSatisfactionSurvey(),
                new ImportSignalenMelding("SIG-1001", CONTAINER, "De container is vol", JAVASTRAAT, "Javastraat 12", T),
                new ImportSignalenStatus(SignalenStatus.ON_HOLD, "Wacht op de aannemer", null, null, T),
                new ImportSignalenStatus(SignalenStatus.GEANNULEERD, null, null, null, T),
                new SupportIdea(List.of(HelpOffer.TIME, HelpOffer.MATERIALS), HouseholdRef.of("h-17")),
                new StateReadinessToLead(true), new MarkDuplicateIdea(OTHER_REPORT), new SeparateIdea());
    }

    @Override
    protected List<ReportEvent> sampleEvents() {
        return List.of(
                new ReportFiled(ReportKind.PROBLEM, CONTAINER, Theme.LITTER, Fixtures.of(ANNA, "De container is vol"),
                        Fixtures.of(ANNA, JAVASTRAAT), Fixtures.of(ANNA, "Javastraat 12"), Fixtures.of(ANNA, Postcode.parse("1094 HA")),
                        WEST, Fixtures.photos(ANNA, URI.create("https://foto.example/1.jpg")), ANNA,
                        StreamLink.of("part-of", CAMPAIGN), null, T, Instant.parse("2026-03-04T10:15:30.123456Z")),
                new StatusChanged(ReportStep.IN_PROGRESS, MESSAGE, "aannemer gebeld", T),
                new ReportScheduled(LocalDate.of(2026, 3, 10), LocalizedText.of("Ingepland op 10 maart.", "Scheduled for 10 March."), T),
                new ReportForwarded(ReportStep.FORWARDED_TO_EXTERNAL, "Woningcorporatie Eigen Haard", null, T),
                new ForwardedToExternal("Woningcorporatie Eigen Haard", Erasable.of(null, "beheer@eigenhaard.example"),
                        "Kunt u het hek repareren?", T.plusSeconds(14 * 86400), T),
                new ForwardAnswered(Erasable.of(null, "Hek gerepareerd"), List.of(Erasable.of(null, URI.create("https://foto.example/hek.jpg"))), T),
                new ForwardExpired(T), new ImportedFromSignalen("SIG-1001", T),
                new SignalenStatusImported(SignalenStatus.DOORGEZET_NAAR_EXTERN, ReportStep.FORWARDED_TO_EXTERNAL,
                        Erasable.of(null, "Kunt u het hek repareren?"), null, Erasable.of(null, "beheer@eigenhaard.example"),
                        T.plusSeconds(14 * 86400), T, T),
                new ReactionRequested(LocalizedText.of("Welke container?", "Which container?"), T.plusSeconds(5 * 86400), T),
                new ReactionReceived(Fixtures.of(ANNA, "De tweede van links"), List.of(), false, T), new ReactionRequestExpired(T),
                new ReportHandled(DONE, T, T.plusSeconds(14 * 86400)),
                new ReportCancelled(LocalizedText.of("Dubbele melding.", "Duplicate report."), StreamLink.of("duplicate-of", OTHER_REPORT), T),
                new ReportReopened(MESSAGE, T), new SatisfactionAnswered(false, "niet-opgelost", Fixtures.of(ANNA, "Nog steeds vol"), true, T), new SatisfactionSurveyClosed(T),
                new IdeaSupported(CHAIMA, List.of(HelpOffer.SKILLS, HelpOffer.TIME), HouseholdRef.of("h-17"), T),
                new ReadinessToLeadStated(true, T), new IdeaMarkedDuplicate(StreamLink.of("duplicate-of", OTHER_REPORT), BRAM, T),
                new IdeaSeparated(BRAM, T),
                new ReportEvent.ChainNewsTold(MESSAGE, T));
    }

    @Override
    protected List<Report> sampleStates() {
        Report filed = filedProblem();
        ReportDecider decider = (ReportDecider) BuurtschouwWorkflow.REPORTS.decider();
        Report handled = decider.evolve(filed, new ReportHandled(DONE, T, T.plusSeconds(86400)));
        Report idea = decider.fold(Report.INITIAL, List.of(new ReportFiled(ReportKind.IDEA, IDEA, Theme.MEETING_PLACES, Fixtures.of(BRAM, "Geveltuin"),
                        Fixtures.of(BRAM, JAVAPLEIN), null, null, null, List.of(), BRAM, null, null, T, T.plusSeconds(86400)),
                new IdeaSupported(CHAIMA, List.of(HelpOffer.TIME), null, T), new ReadinessToLeadStated(true, T),
                new IdeaMarkedDuplicate(StreamLink.of("duplicate-of", OTHER_REPORT), BRAM, T)));
        Report assessed = decider.evolve(Report.INITIAL, new ReportFiled(ReportKind.QUALITY_ASSESSMENT, TREE, Theme.GREEN, Fixtures.of(null, ""),
                Fixtures.of(null, JAVAPLEIN), null, null, OOST, List.of(), null, StreamLink.of("part-of", CAMPAIGN),
                new QualityScore(Theme.GREEN, QualityLevel.C, QualityLevel.B), T, T.plusSeconds(86400)));
        Report asked = decider.evolve(filed, new ReactionRequested(LocalizedText.of("Waar?", "Where?"), T.plusSeconds(5 * 86400), T));
        return List.of(Report.INITIAL, filed, handled, idea, assessed, asked);
    }
}
