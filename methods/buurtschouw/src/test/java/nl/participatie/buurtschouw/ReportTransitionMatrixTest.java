package nl.participatie.buurtschouw;

import static nl.participatie.buurtschouw.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nl.participatie.buurtschouw.ReportCommand.*;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.testkit.Spec;
import nl.participatie.testkit.TransitionTable;

/**
 * Every step × command × role of the report against the table written by hand in transitions/report.csv (from
 * Signalen's allowed status changes); then every rule fired through the engine from every status it is declared for,
 * by every role the table allows (accepted, landing in a declared status) and every other role (refused), and every
 * status-change command from every status Signalen does not allow it (refused).
 */
class ReportTransitionMatrixTest {

    private static final TransitionTable TABLE = TransitionTable.withRoles(BuurtschouwWorkflow.REPORTER, BuurtschouwWorkflow.CORE_GROUP,
            BuurtschouwWorkflow.PARTICIPANT, BuurtschouwWorkflow.CIVIL_SERVANT, BuurtschouwWorkflow.EXTERNAL_PARTY,
            BuurtschouwWorkflow.EXECUTIVE, BuurtschouwWorkflow.FACILITATOR, Role.SYSTEM);

    private static final List<Role> ROLES = TABLE.roles();
    private static final java.util.Set<String> EXPECTED = TransitionTable.expected("report.csv");

    @org.junit.jupiter.api.Test
    void theWorkflowAllowsExactlyTheHandWrittenTable() {
        assertThat(TABLE.allowed(BuurtschouwWorkflow.REPORTS.workflow(), ReportStep.class, ReportCommand.class))
                .containsExactlyElementsOf(EXPECTED);
    }

    @org.junit.jupiter.api.Test
    void theSignalenImportAllowsTheSameAndTheSystemsImportsWrittenByHand() {
        java.util.Set<String> withImport = new java.util.LinkedHashSet<>(EXPECTED);
        withImport.addAll(TransitionTable.expected("report-import.csv"));
        assertThat(TABLE.allowed(BuurtschouwWorkflow.signalenImport(ReportRules.defaults(), CampaignLookup.NONE, REACHABLE).workflow(),
                ReportStep.class, ReportCommand.class)).containsExactlyInAnyOrderElementsOf(withImport);
    }

    private record Step(Actor actor, ReportCommand command) {
    }

    @TestFactory
    Stream<DynamicTest> everyDeclaredMoveByEveryRole() {
        Map<ReportStep, List<Step>> paths = paths();
        List<DynamicTest> tests = new ArrayList<>();
        for (Workflow.Rule<ReportStep> rule : BuurtschouwWorkflow.REPORTS.workflow().rules()) {
            for (ReportStep from : rule.from()) {
                for (Role role : ROLES) {
                    // Whether the role may: from the hand-written table, not from the workflow under test.
                    boolean allowed = EXPECTED.contains(from + ";" + rule.command().getSimpleName() + ";" + role.code());
                    String name = rule.command().getSimpleName() + " in " + from + " by " + role + (allowed ? ": accepted" : ": refused");
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        Spec<ReportCommand, ReportEvent, Report> spec = replay(paths.get(from));
                        if (needsTime(rule.command())) {
                            spec.after(Duration.ofDays(15));
                        }
                        if (rule.command() == SeparateIdea.class) {
                            // Only an idea marked as a duplicate can be separated again.
                            spec.given(actor(BuurtschouwWorkflow.CIVIL_SERVANT, MarkDuplicateIdea.class), sample(MarkDuplicateIdea.class));
                        }
                        Spec<ReportCommand, ReportEvent, Report>.Then then = spec.when(actor(role, rule.command()), sample(rule.command()));
                        if (allowed) {
                            assertThat(then.violations()).as(name).isEmpty();
                            ReportStep now = spec.state().step();
                            if (rule.staysInStep()) {
                                assertThat(now).isEqualTo(from);
                            } else {
                                assertThat(rule.to()).as(name).contains(now);
                            }
                        } else {
                            then.thenRejected("workflow.role-not-allowed");
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyStatusChangeSignalenDoesNotAllowIsRefused() {
        Map<ReportStep, List<Step>> paths = paths();
        List<DynamicTest> tests = new ArrayList<>();
        for (Workflow.Rule<ReportStep> rule : BuurtschouwWorkflow.REPORTS.workflow().rules()) {
            for (ReportStep from : ReportStep.values()) {
                if (BuurtschouwWorkflow.REPORTS.workflow().rule(rule.command(), from).isPresent()) {
                    continue;
                }
                Role role = rule.roles().iterator().next();
                String name = rule.command().getSimpleName() + " in " + from + ": not allowed";
                tests.add(DynamicTest.dynamicTest(name, () -> replay(paths.get(from))
                        .when(actor(role, rule.command()), sample(rule.command()))
                        .thenRejected("workflow.step-not-allowed")));
            }
        }
        return tests.stream();
    }

    /** The shortest way from a new report to every status, following the workflow's rules in declaration order. */
    static Map<ReportStep, List<Step>> paths() {
        Map<ReportStep, List<Step>> paths = new EnumMap<>(ReportStep.class);
        paths.put(ReportStep.NEW, List.of());
        Deque<ReportStep> queue = new ArrayDeque<>(List.of(ReportStep.NEW));
        while (!queue.isEmpty()) {
            ReportStep from = queue.poll();
            for (Workflow.Rule<ReportStep> rule : BuurtschouwWorkflow.REPORTS.workflow().rules()) {
                if (!rule.from().contains(from) || needsTime(rule.command())) {
                    continue;
                }
                for (ReportStep to : rule.to()) {
                    if (to != from && !paths.containsKey(to)) {
                        if (rule.command() == AnswerSatisfactionSurvey.class && to == ReportStep.HANDLED) {
                            continue;
                        }
                        List<Step> path = new ArrayList<>(paths.get(from));
                        path.add(new Step(actor(rule.roles().iterator().next(), rule.command()), sample(rule.command())));
                        paths.put(to, path);
                        queue.add(to);
                    }
                }
            }
        }
        assertThat(paths).as("every status is reachable").hasSize(ReportStep.values().length);
        return paths;
    }

    private static Spec<ReportCommand, ReportEvent, Report> replay(List<Step> path) {
        Spec<ReportCommand, ReportEvent, Report> spec = Fixtures.withLinkTargets(
                Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults(), CampaignLookup.NONE, REACHABLE)));
        for (Step step : path) {
            spec.given(step.actor(), step.command());
        }
        return spec;
    }

    private static boolean needsTime(Class<?> command) {
        return command == ExpireReactionRequest.class || command == ExpireForward.class || command == CloseSatisfactionSurvey.class;
    }

    /** Anna reports (an idea, so it can be supported), in whatever role; Bram supports it; everyone else acts under their role. */
    private static Actor actor(Role role, Class<?> command) {
        if (role.equals(Role.SYSTEM)) {
            return Actor.SYSTEM;
        }
        if (command == FileReport.class) {
            return Actor.of(ANNA, role);
        }
        if (role.equals(BuurtschouwWorkflow.REPORTER)) {
            return Actor.of(command == SupportIdea.class ? BRAM : ANNA, role);
        }
        return Actor.of(PersonId.of("p-" + role.code().toLowerCase(java.util.Locale.ROOT).replace('_', '-')), role);
    }

    /** A valid command of each type. */
    static ReportCommand sample(Class<?> type) {
        LocalizedText message = LocalizedText.of("Bericht voor de melder.", "Message for the reporter.");
        if (type == FileReport.class) {
            return idea(ANNA);
        }
        if (type == SetBackToReported.class) {
            return new SetBackToReported(message, null);
        }
        if (type == AwaitHandling.class) {
            return new AwaitHandling(null, null);
        }
        if (type == StartHandling.class) {
            return new StartHandling(message, "opgepakt");
        }
        if (type == Schedule.class) {
            return new Schedule(LocalDate.of(2026, 2, 2), null);
        }
        if (type == MarkReadyToSend.class) {
            return new MarkReadyToSend("sigmax", null);
        }
        if (type == ConfirmSent.class) {
            return new ConfirmSent(null);
        }
        if (type == ReportSendFailure.class) {
            return new ReportSendFailure("time-out");
        }
        if (type == ReportDoneExternally.class) {
            return new ReportDoneExternally(message, null);
        }
        if (type == ForwardToExternal.class) {
            return new ForwardToExternal("Woningcorporatie", "beheer@corporatie.example", "Kunt u het hek repareren?");
        }
        if (type == AnswerForward.class) {
            return new AnswerForward("Hek gerepareerd", List.of());
        }
        if (type == ExpireForward.class) {
            return new ExpireForward();
        }
        if (type == RequestClosure.class) {
            return new RequestClosure(null, "klaar");
        }
        if (type == RequestReaction.class) {
            return new RequestReaction(LocalizedText.of("Waar precies?", "Where exactly?"));
        }
        if (type == React.class) {
            return new React("Bij de lantaarnpaal", List.of(URI.create("https://foto.example/3.jpg")));
        }
        if (type == ExpireReactionRequest.class) {
            return new ExpireReactionRequest();
        }
        if (type == Handle.class) {
            return new Handle(DONE);
        }
        if (type == Cancel.class) {
            return new Cancel(message, null);
        }
        if (type == Reopen.class) {
            return new Reopen(message);
        }
        if (type == AnswerSatisfactionSurvey.class) {
            return new AnswerSatisfactionSurvey(false, "Niet opgelost");
        }
        if (type == CloseSatisfactionSurvey.class) {
            return new CloseSatisfactionSurvey();
        }
        if (type == SupportIdea.class) {
            return new SupportIdea(List.of(HelpOffer.TIME), null);
        }
        if (type == StateReadinessToLead.class) {
            return new StateReadinessToLead(true);
        }
        if (type == MarkDuplicateIdea.class) {
            return new MarkDuplicateIdea(OTHER_REPORT);
        }
        if (type == SeparateIdea.class) {
            return new SeparateIdea();
        }
        if (type == ReportCommand.CloseAsInitiative.class) {
            return new ReportCommand.CloseAsInitiative(nl.participatie.core.value.StreamId.of("burgersaanhetstuur.initiative", "i-1"));
        }
        if (type == ReportCommand.TellChainNews.class) {
            return new ReportCommand.TellChainNews(message);
        }
        throw new IllegalArgumentException("No sample for " + type);
    }

}
