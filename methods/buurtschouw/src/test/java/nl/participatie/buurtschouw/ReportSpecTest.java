package nl.participatie.buurtschouw;

import static nl.participatie.buurtschouw.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportCommand.*;
import nl.participatie.buurtschouw.ReportEvent.*;
import nl.participatie.buurtschouw.analysis.ReportSummary;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.InstanceRoles;
import nl.participatie.core.Notification;
import nl.participatie.core.Recipient;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.RdPoint;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;
import nl.participatie.testkit.Spec;

/** Specification of a report: every command, every rejection, the feedback owed. The spec clock starts Monday 5 January 2026, 09:00 UTC. */
class ReportSpecTest {

    static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    static final LocalizedText MESSAGE = LocalizedText.of("We gaan ermee aan de slag.", "We are working on it.");

    static Spec<ReportCommand, ReportEvent, Report> spec() {
        return withLinkTargets(Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults(), WALKING, REACHABLE)));
    }

    static Spec<ReportCommand, ReportEvent, Report> filed() {
        return spec().given(ANNA_REPORTER, problem(ANNA));
    }

    static Spec<ReportCommand, ReportEvent, Report> handled() {
        return filed().given(OFFICER, new StartHandling(null, null), new Handle(DONE));
    }

    static Spec<ReportCommand, ReportEvent, Report> ideaFiled() {
        return spec().given(ANNA_REPORTER, idea(ANNA));
    }

    @Nested
    class Filing {

        @Test
        void aReportNeedsACampaignThatExistsAndTakesObservations() {
            FileReport unknown = FileReport.problem(CONTAINER, "Vol", JAVASTRAAT, ANNA, StreamId.of("buurtschouw.campaign", "onbekend"));
            spec().when(ANNA_REPORTER, unknown).thenRejected("buurtschouw.report.campaign-unknown");
            CampaignLookup preparing = id -> Optional.of(preparedCampaign());
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults(), preparing))
                    .when(ANNA_REPORTER, FileReport.problem(CONTAINER, "Vol", JAVASTRAAT, ANNA, CAMPAIGN))
                    .thenRejected("buurtschouw.report.campaign-not-open");
            CampaignLookup entryClosed = id -> Optional.of(walkingCampaign().withEntryClosesAt(NOW));
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults(), entryClosed))
                    .when(ANNA_REPORTER, FileReport.problem(CONTAINER, "Vol", JAVASTRAAT, ANNA, CAMPAIGN))
                    .thenRejected("buurtschouw.report.campaign-not-open");
        }

        @Test
        void aProblemIsFiledWithTheCategorysServiceLevelAndTheReporterGetsItsHandlingMessage() {
            spec().when(ANNA_REPORTER, problem(ANNA).withAddress(" Javastraat 12 ", Postcode.parse("1094HA"))
                            .withPhotos(List.of(URI.create("https://foto.example/1.jpg"))))
                    .thenEvents(new ReportFiled(ReportKind.PROBLEM, CONTAINER, Theme.LITTER,
                            Fixtures.of(ANNA, "De container bij de Javastraat is vol"), Fixtures.of(ANNA, JAVASTRAAT),
                            Fixtures.of(ANNA, "Javastraat 12"), Fixtures.of(ANNA, Postcode.parse("1094 HA")), null,
                            Fixtures.photos(ANNA, URI.create("https://foto.example/1.jpg")),
                            ANNA, null, null, NOW, Instant.parse("2026-01-08T09:00:00Z")))
                    .thenNotified(n -> assertThat(n).containsExactly(Notification.of(Recipient.person(ANNA), "buurtschouw.report.received",
                            CategoryTree.defaults().find(CONTAINER).orElseThrow().handlingMessage())))
                    .thenState(r -> {
                        assertThat(r.step()).isEqualTo(ReportStep.REPORTED);
                        assertThat(r.signalenStatus()).isEqualTo(SignalenStatus.GEMELD);
                    });
        }

        @Test
        void workingDaysSkipTheWeekendAndHolidays() {
            // Filed on Friday 9 January: 3 working days is Wednesday 14 January, or Thursday with a holiday on Monday.
            spec().after(Duration.ofDays(4)).when(ANNA_REPORTER, problem(ANNA))
                    .thenState(r -> assertThat(r.expectedBy()).isEqualTo(Instant.parse("2026-01-14T09:00:00Z")));
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults().withHolidays(java.util.Set.of(LocalDate.of(2026, 1, 12))), WALKING, REACHABLE))
                    .after(Duration.ofDays(4)).when(ANNA_REPORTER, problem(ANNA))
                    .thenState(r -> assertThat(r.expectedBy()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z")));
        }

        @Test
        void calendarDaysCountEveryDay() {
            spec().when(ANNA_REPORTER, FileReport.problem(CategoryCode.of("overlast-in-de-openbare-ruimte", "fietswrak"), "Wrak",
                            JAVASTRAAT, ANNA, null))
                    .thenState(r -> assertThat(r.expectedBy()).isEqualTo(NOW.plus(Duration.ofDays(28))));
        }

        @Test
        void anAnonymousReportTellsNobody() {
            spec().when(ANNA_REPORTER, problem(null)).thenNotified(n -> assertThat(n).isEmpty())
                    .thenState(r -> assertThat(r.isAnonymous()).isTrue());
        }

        @Test
        void aCivilServantFilesOnBehalfOfAResident() {
            spec().when(OFFICER, problem(BRAM)).thenState(r -> assertThat(r.reporter()).isEqualTo(BRAM));
        }

        @Test
        void onlyACivilServantReportsInAnothersName() {
            spec().when(ANNA_REPORTER, problem(BRAM)).thenRejected("buurtschouw.report.reporter-not-actor");
            spec().when(CHAIMA_PARTICIPANT, problem(BRAM)).thenRejected("buurtschouw.report.reporter-not-actor");
            spec().when(ANNA_CORE, problem(BRAM)).thenRejected("buurtschouw.report.reporter-not-actor");
            spec().when(CHAIMA_PARTICIPANT, problem(CHAIMA)).thenState(r -> assertThat(r.reporter()).isEqualTo(CHAIMA));
        }

        @Test
        void theCategoryMustBeInTheTree() {
            spec().when(ANNA_REPORTER, FileReport.problem(CategoryCode.of("afval", "kernafval"), "?", JAVASTRAAT, ANNA, null))
                    .thenRejected("buurtschouw.report.category-unknown");
        }

        @Test
        void aLocationIsRequiredAndMayBeGivenInRd() {
            FileReport noWhere = new FileReport(ReportKind.PROBLEM, CONTAINER, "Vol", null, null, null, null, null, null, null, ANNA,
                    null);
            spec().when(ANNA_REPORTER, noWhere).thenRejected("buurtschouw.report.location-required");
            RdPoint rd = JAVASTRAAT.toRd();
            spec().when(ANNA_REPORTER, new FileReport(ReportKind.PROBLEM, CONTAINER, "Vol", null, rd, null, null, null, null, null,
                            ANNA, null))
                    .thenState(r -> assertThat(r.location().value().orElseThrow().distanceMetres(JAVASTRAAT)).isLessThan(1.0));
            spec().when(ANNA_REPORTER, new FileReport(ReportKind.PROBLEM, CONTAINER, "Vol", null, RdPoint.of(290_000, 400_000), null,
                    null, null, null, null, ANNA, null)).thenRejected("buurtschouw.report.location-invalid");
        }

        @Test
        void problemsAndIdeasNeedADescription() {
            spec().when(ANNA_REPORTER, FileReport.problem(CONTAINER, "  ", JAVASTRAAT, ANNA, null))
                    .thenRejected("buurtschouw.report.description-required");
            spec().when(ANNA_REPORTER, FileReport.problem(CONTAINER, "x".repeat(4001), JAVASTRAAT, ANNA, null))
                    .thenRejected("constraint.Size");
        }

        @Test
        void aQualityScoreIsNoReport() {
            // A score has no handling deadline, no handling and no survey: it is recorded on the campaign instead.
            spec().when(CHAIMA_PARTICIPANT, new FileReport(ReportKind.QUALITY_ASSESSMENT, TREE, "Gras te hoog", JAVAPLEIN, null, null,
                            null, null, Theme.GREEN, List.of(), CHAIMA, CAMPAIGN))
                    .thenRejected("buurtschouw.report.assessment-is-no-report")
                    .thenState(r -> assertThat(r.isFiled()).isFalse());
        }

        @Test
        void aQualityScoreFiledAsAReportBeforeIsNeverOverdueAndGetsNoSurvey() {
            // Old events still hold scores filed as reports; they keep their kind and score but lose deadline and survey.
            ReportFiled old = new ReportFiled(ReportKind.QUALITY_ASSESSMENT, TREE, Theme.GREEN, Fixtures.of(CHAIMA, ""),
                    Fixtures.of(CHAIMA, JAVAPLEIN), null, null, WEST, List.of(), CHAIMA, StreamLink.of("part-of", CAMPAIGN),
                    new QualityScore(Theme.GREEN, QualityLevel.C, QualityLevel.B), T, T.plusSeconds(86400));
            Report assessed = BuurtschouwWorkflow.REPORTS.decider().evolve(Report.INITIAL, old);
            assertThat(assessed.quality().meetsTarget()).isFalse();
            assertThat(assessed.isOverdue(T.plusSeconds(30 * 86400))).isFalse();
            assertThat(filedProblem().isOverdue(T.plusSeconds(30 * 86400))).isTrue();
            assertThat(ReportSummary.of(OTHER_REPORT, assessed).isOverdue(T.plusSeconds(30 * 86400))).isFalse();
            Decision<ReportEvent> handled = BuurtschouwWorkflow.REPORTS.decider().decide(new Handle(DONE), assessed,
                    new DecisionContext(OTHER_REPORT, OFFICER, T.plusSeconds(3600), 1, IdGenerator.sequential("r")));
            assertThat(handled).isInstanceOfSatisfying(Decision.Accept.class, accepted -> {
                assertThat(accepted.events()).containsExactly(new ReportHandled(DONE, T.plusSeconds(3600), null));
                assertThat(accepted.notifications()).extracting(n -> ((Notification) n).code())
                        .doesNotContain("buurtschouw.report.satisfaction-survey");
            });
        }

        @Test
        void photosAreHttpReferences() {
            spec().when(ANNA_REPORTER, problem(ANNA).withPhotos(List.of(URI.create("https://foto.example/ok.jpg"),
                    URI.create("file:///etc/passwd")))).thenRejected("buurtschouw.report.photo-invalid");
        }

        @Test
        void theCampaignLinkMustBeACampaign() {
            spec().when(ANNA_REPORTER, FileReport.problem(CONTAINER, "Vol", JAVASTRAAT, ANNA, OTHER_REPORT))
                    .thenRejected("buurtschouw.report.campaign-invalid");
            spec().when(ANNA_REPORTER, FileReport.problem(CONTAINER, "Vol", JAVASTRAAT, ANNA, CAMPAIGN))
                    .thenAccepted(e -> assertThat(((ReportFiled) e.get(0)).campaign()).isEqualTo(StreamLink.of("part-of", CAMPAIGN)));
        }

        @Test
        void allViolationsAreReportedAtOnce() {
            spec().when(ANNA_REPORTER, new FileReport(ReportKind.IDEA, CategoryCode.of("x", "y"), "", null, null, null, null, null, null,
                            null, BRAM, OTHER_REPORT))
                    .thenRejected("buurtschouw.report.reporter-not-actor", "buurtschouw.report.category-unknown",
                            "buurtschouw.report.location-required", "buurtschouw.report.description-required",
                            "buurtschouw.report.campaign-invalid");
        }

        @Test
        void theNeighbourhoodIsDerivedFromTheBoundaries() {
            NeighbourhoodBoundaries boundaries = NeighbourhoodBoundaries.builder(NeighbourhoodBoundaries.CoordinateSystem.WGS84)
                    .add(WEST, "POLYGON ((4.930 52.358, 4.939 52.358, 4.939 52.366, 4.930 52.366, 4.930 52.358))")
                    .add(OOST, "POLYGON ((4.939 52.358, 4.950 52.358, 4.950 52.370, 4.939 52.370, 4.939 52.358))")
                    .build();
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults().withBoundaries(boundaries), WALKING, REACHABLE))
                    .when(ANNA_REPORTER, problem(ANNA))
                    .thenState(r -> assertThat(r.neighbourhood()).isEqualTo(WEST));
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults().withBoundaries(boundaries), WALKING, REACHABLE))
                    .when(ANNA_REPORTER, problem(ANNA).withNeighbourhood(OOST))
                    .thenState(r -> assertThat(r.neighbourhood()).as("given wins").isEqualTo(OOST));
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults().withBoundaries(boundaries), WALKING, REACHABLE))
                    .when(ANNA_REPORTER, FileReport.problem(CONTAINER, "Vol", GeoPoint.of(52.0, 5.0), ANNA, null))
                    .thenState(r -> assertThat(r.neighbourhood()).isNull());
        }

        @Test
        void aReportIsFiledOnce() {
            filed().when(ANNA_REPORTER, problem(ANNA)).thenRejected("workflow.step-not-allowed");
        }

        @Test
        void externalPartiesAndExecutivesDoNotFile() {
            spec().when(CONTRACTOR, problem(null)).thenRejected("workflow.role-not-allowed");
            spec().when(ALDERMAN, problem(null)).thenRejected("workflow.role-not-allowed");
        }
    }

    @Nested
    class Handling {

        @Test
        void aStatusChangeWithATextTellsTheReporterAndCountsAsFirstResponse() {
            filed().after(Duration.ofHours(5)).when(OFFICER, new StartHandling(MESSAGE, " aannemer gebeld "))
                    .thenEvents(new StatusChanged(ReportStep.IN_PROGRESS, MESSAGE, "aannemer gebeld", NOW.plus(Duration.ofHours(5))))
                    .thenNotified(n -> assertThat(n).containsExactly(Notification.of(Recipient.person(ANNA),
                            "buurtschouw.report.status-changed", MESSAGE)))
                    .thenState(r -> assertThat(r.firstResponseAt()).isEqualTo(NOW.plus(Duration.ofHours(5))));
        }

        @Test
        void aStatusChangeWithoutATextTellsNobody() {
            filed().when(OFFICER, new AwaitHandling(LocalizedText.of(" ", " "), null))
                    .thenEvents(new StatusChanged(ReportStep.AWAITING_HANDLING, null, null, NOW))
                    .thenNotified(n -> assertThat(n).isEmpty());
            filed().given(OFFICER, new StartHandling(null, null)).when(OFFICER, new SetBackToReported(null, "verkeerde afdeling"))
                    .thenEvents(new StatusChanged(ReportStep.REPORTED, null, "verkeerde afdeling", NOW));
        }

        @Test
        void schedulingAlwaysTellsTheReporterTheDate() {
            filed().when(OFFICER, new Schedule(LocalDate.of(2026, 1, 12), null))
                    .thenEvents(new ReportScheduled(LocalDate.of(2026, 1, 12),
                            LocalizedText.of("Uw melding is ingepland voor 12 januari 2026.", "Your report is scheduled for 12 January 2026."), NOW))
                    .thenNotified(n -> assertThat(n).extracting(Notification::code).containsExactly("buurtschouw.report.scheduled"));
            filed().when(OFFICER, new Schedule(LocalDate.of(2026, 1, 4), null)).thenRejected("buurtschouw.report.date-in-past");
        }

        @Test
        void externalSystemsGetReportsAndReportBack() {
            filed().given(OFFICER, new MarkReadyToSend(" Sigmax ", null))
                    .given(CONTRACTOR, new ConfirmSent(null))
                    .when(CONTRACTOR, new ReportDoneExternally(MESSAGE, null))
                    .thenEvents(new StatusChanged(ReportStep.DONE_EXTERNAL, MESSAGE, null, NOW))
                    .thenState(r -> assertThat(r.externalParty()).isEqualTo("sigmax"));
            filed().given(OFFICER, new MarkReadyToSend("gisib", null))
                    .whenSystem(new ReportSendFailure("time-out"))
                    .thenEvents(new StatusChanged(ReportStep.SEND_FAILED, null, "time-out", NOW));
        }

        @Test
        void aReportGoesOnlyToSignalensSystemsOrOnesTheMunicipalityRegistered() {
            filed().when(OFFICER, new MarkReadyToSend("straatnotes", null))
                    .thenEvents(new ReportForwarded(ReportStep.READY_TO_SEND, "straatnotes", null, NOW));
            filed().when(OFFICER, new MarkReadyToSend("Aannemer Groen BV", null))
                    .thenRejected("buurtschouw.report.external-system-unknown");
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults().withExternalSystem("groen-bv"), WALKING, REACHABLE))
                    .given(ANNA_REPORTER, problem(ANNA)).when(OFFICER, new MarkReadyToSend("Groen-BV", null))
                    .thenEvents(new ReportForwarded(ReportStep.READY_TO_SEND, "groen-bv", null, NOW));
        }

        @Test
        void handlingNeedsATextAndTellsReporterAndSupportersAndOpensTheSurvey() {
            ideaFiled().given(BRAM_REPORTER, new SupportIdea(List.of(), null))
                    .when(OFFICER, new Handle(LocalizedText.of("De geveltuin is aangelegd.", "")))
                    .thenEvents(new ReportHandled(LocalizedText.of("De geveltuin is aangelegd.", "De geveltuin is aangelegd."), NOW,
                            NOW.plus(Duration.ofDays(14))))
                    .thenNotified(n -> {
                        assertThat(n).extracting(Notification::code).containsExactly("buurtschouw.report.handled",
                                "buurtschouw.report.satisfaction-survey", "buurtschouw.report.handled");
                        assertThat(n).extracting(Notification::recipient).containsExactly(Recipient.person(ANNA),
                                Recipient.person(ANNA), Recipient.person(BRAM));
                        assertThat(n.get(1).message().nl()).contains("19 januari 2026, 10:00");
                    })
                    .thenState(r -> {
                        assertThat(r.closedAt()).isEqualTo(NOW);
                        assertThat(r.signalenStatus()).isEqualTo(SignalenStatus.AFGEHANDELD);
                    });
            filed().when(OFFICER, new Handle(LocalizedText.of("", " "))).thenRejected("buurtschouw.report.message-required");
            filed().when(OFFICER, new Handle(null)).thenRejected("constraint.NotNull");
        }

        @Test
        void anAnonymousReportIsHandledWithoutSurvey() {
            spec().given(ANNA_REPORTER, problem(null)).when(OFFICER, new Handle(DONE))
                    .thenEvents(new ReportHandled(DONE, NOW, null))
                    .thenNotified(n -> assertThat(n).isEmpty());
        }

        @Test
        void cancellingAsADuplicatePointsAtTheOriginal() {
            filed().when(OFFICER, new Cancel(LocalizedText.of("Dit is al gemeld.", "This was reported before."), OTHER_REPORT))
                    .thenEvents(new ReportCancelled(LocalizedText.of("Dit is al gemeld.", "This was reported before."),
                            StreamLink.of("duplicate-of", OTHER_REPORT), NOW))
                    .thenNotified(n -> assertThat(n).extracting(Notification::code).containsExactly("buurtschouw.report.cancelled"))
                    .thenState(r -> assertThat(r.duplicateOf()).isEqualTo(OTHER_REPORT));
        }

        @Test
        void cancellingNeedsATextAndARealOriginal() {
            filed().when(OFFICER, new Cancel(LocalizedText.of(" ", ""), null)).thenRejected("buurtschouw.report.message-required");
            filed().when(OFFICER, new Cancel(MESSAGE, CAMPAIGN)).thenRejected("buurtschouw.report.duplicate-not-a-report");
            Spec<ReportCommand, ReportEvent, Report> spec = filed();
            spec.when(OFFICER, new Cancel(MESSAGE, spec.stream())).thenRejected("buurtschouw.report.duplicate-of-itself");
        }

        @Test
        void reopeningNeedsATextAndTellsTheReporter() {
            handled().when(OFFICER, new Reopen(MESSAGE)).thenEvents(new ReportReopened(MESSAGE, NOW))
                    .thenNotified(n -> assertThat(n).extracting(Notification::code).containsExactly("buurtschouw.report.reopened"))
                    .thenState(r -> {
                        assertThat(r.reopenCount()).isEqualTo(1);
                        assertThat(r.closedAt()).isNull();
                    });
            handled().when(OFFICER, new Reopen(LocalizedText.of("", ""))).thenRejected("buurtschouw.report.message-required");
        }

        @Test
        void residentsDoNotHandleReports() {
            filed().when(ANNA_REPORTER, new Handle(DONE)).thenRejected("workflow.role-not-allowed");
            filed().when(CONTRACTOR, new Cancel(DONE, null)).thenRejected("workflow.role-not-allowed");
        }
    }

    @Nested
    class ReactionWindow {

        @Test
        void theReporterIsAskedAndHasFiveDays() {
            filed().when(OFFICER, new RequestReaction(LocalizedText.of("Welke container?", "Which container?")))
                    .thenEvents(new ReactionRequested(LocalizedText.of("Welke container?", "Which container?"), NOW.plus(Duration.ofDays(5)), NOW))
                    .thenNotified(n -> assertThat(n).singleElement().satisfies(one -> {
                        assertThat(one.recipient()).isEqualTo(Recipient.person(ANNA));
                        assertThat(one.message().nl()).isEqualTo("Welke container? U kunt reageren tot 10 januari 2026, 10:00.");
                    }));
        }

        @Test
        void aQuestionNeedsTextAndAReporter() {
            filed().when(OFFICER, new RequestReaction(LocalizedText.of(" ", ""))).thenRejected("buurtschouw.report.question-required");
            spec().given(ANNA_REPORTER, problem(null)).when(OFFICER, new RequestReaction(MESSAGE))
                    .thenRejected("buurtschouw.report.reporter-anonymous");
        }

        @Test
        void aQuestionIsAtMostAThousandCharactersAsInSignalen() {
            String longest = "?".repeat(1000);
            filed().when(OFFICER, new RequestReaction(LocalizedText.of(longest, "Where?"))).thenState(r ->
                    assertThat(r.step()).isEqualTo(ReportStep.REACTION_REQUESTED));
            filed().when(OFFICER, new RequestReaction(LocalizedText.of("Waar?", longest + "?")))
                    .thenRejected("buurtschouw.report.question-too-long");
        }

        @Test
        void aQuestionGoesOnlyToAReporterWithAnEmailAddress() {
            ReporterContacts onlyBram = person -> person.equals(BRAM);
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults(), WALKING, onlyBram)).given(ANNA_REPORTER, problem(ANNA))
                    .when(OFFICER, new RequestReaction(MESSAGE)).thenRejected("buurtschouw.report.reporter-unreachable");
            // Without a view of the contacts nobody can be asked.
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults(), WALKING)).given(ANNA_REPORTER, problem(ANNA))
                    .when(OFFICER, new RequestReaction(MESSAGE)).thenRejected("buurtschouw.report.reporter-unreachable");
        }

        @Test
        void theReporterReacts() {
            filed().given(OFFICER, new RequestReaction(MESSAGE)).after(Duration.ofDays(2))
                    .when(ANNA_REPORTER, new React(" De tweede van links ", List.of(URI.create("https://foto.example/2.jpg"))))
                    .thenEvents(new ReactionReceived(Fixtures.of(ANNA, "De tweede van links"), Fixtures.photos(ANNA, URI.create("https://foto.example/2.jpg")), false,
                            NOW.plus(Duration.ofDays(2))))
                    .thenState(r -> {
                        assertThat(r.step()).isEqualTo(ReportStep.REACTION_RECEIVED);
                        assertThat(r.reactionDeadline()).isNull();
                    });
        }

        @Test
        void onlyTheReporterReacts() {
            // Another resident is no reporter of this report: the engine refuses before the decider sees it.
            filed().given(OFFICER, new RequestReaction(MESSAGE)).when(BRAM_REPORTER, new React("Ik weet het", null))
                    .thenRejected("workflow.not-in-instance");
            // The decider refuses too, for a municipality that drops the instance roles from its definition.
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults(), WALKING, REACHABLE).withInstanceRoles(InstanceRoles.none())).given(ANNA_REPORTER, problem(ANNA))
                    .given(OFFICER, new RequestReaction(MESSAGE)).when(BRAM_REPORTER, new React("Ik weet het", null))
                    .thenRejected("buurtschouw.report.not-the-reporter");
            filed().given(OFFICER, new RequestReaction(MESSAGE))
                    .when(ANNA_REPORTER, new React("Kijk", List.of(URI.create("ftp://x/y")))).thenRejected("buurtschouw.report.photo-invalid");
        }

        @Test
        void afterTheWindowTheReportMovesOnByItself() {
            assertThat(filed().given(OFFICER, new RequestReaction(MESSAGE)).state().nextDeadline()).contains(NOW.plus(Duration.ofDays(5)));
            assertThat(filed().state().nextDeadline()).isEmpty();
            filed().given(OFFICER, new RequestReaction(MESSAGE)).after(Duration.ofDays(5)).whenDeadlinesPass()
                    .thenEvents(new ReactionRequestExpired(NOW.plus(Duration.ofDays(5))))
                    .thenNotified(n -> assertThat(n).extracting(Notification::code).containsExactly("buurtschouw.report.reaction-expired"))
                    .thenState(r -> assertThat(r.step()).isEqualTo(ReportStep.REACTION_RECEIVED));
        }

        @Test
        void theWindowIsConfigurableAndNotClosedEarly() {
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults().withReactionWindow(Duration.ofDays(2)), WALKING, REACHABLE))
                    .given(ANNA_REPORTER, problem(ANNA)).given(OFFICER, new RequestReaction(MESSAGE))
                    .after(Duration.ofDays(2)).whenDeadlinesPass().thenEvents(new ReactionRequestExpired(NOW.plus(Duration.ofDays(2))));
            filed().given(OFFICER, new RequestReaction(MESSAGE)).after(Duration.ofDays(4))
                    .whenSystem(new ExpireReactionRequest()).thenRejected("buurtschouw.report.reaction-window-open");
        }
    }

    @Nested
    class ForwardToAnExternalParty {

        static final ForwardToExternal FORWARD = new ForwardToExternal("Woningcorporatie", "beheer@corporatie.example",
                " Kunt u het hek bij de Javastraat repareren? ");

        @Test
        void theQuestionGoesToTheExternalPartyWithFourteenDaysToAnswerAndTheReporterHearsNothing() {
            filed().when(OFFICER, FORWARD)
                    .thenEvents(new ForwardedToExternal("Woningcorporatie", Erasable.of(null, "beheer@corporatie.example"),
                            "Kunt u het hek bij de Javastraat repareren?", NOW.plus(Duration.ofDays(14)), NOW))
                    .thenNotified(n -> assertThat(n).singleElement().satisfies(one -> {
                        assertThat(one.recipient()).isEqualTo(Recipient.everyone(BuurtschouwWorkflow.EXTERNAL_PARTY));
                        assertThat(one.message().nl()).startsWith("Vraag van de gemeente over een melding: Kunt u het hek");
                    }))
                    .thenState(r -> {
                        assertThat(r.step()).isEqualTo(ReportStep.FORWARDED_TO_EXTERNAL);
                        assertThat(r.nextDeadline()).contains(NOW.plus(Duration.ofDays(14)));
                    });
        }

        @Test
        void anEmailAddressAndAQuestionAreRequired() {
            filed().when(OFFICER, new ForwardToExternal("Woningcorporatie", "geen adres", "Vraag?")).thenRejected("constraint.Email");
            filed().when(OFFICER, new ForwardToExternal("Woningcorporatie", "", "Vraag?")).thenRejected("constraint.NotBlank");
            filed().when(OFFICER, new ForwardToExternal("Woningcorporatie", "beheer@corporatie.example", " ")).thenRejected("constraint.NotBlank");
        }

        @Test
        void anAnswerMovesTheReportToClosureRequested() {
            filed().given(OFFICER, FORWARD).after(Duration.ofDays(3))
                    .when(CONTRACTOR, new AnswerForward(" Het hek is gerepareerd. ", List.of(URI.create("https://foto.example/hek.jpg"))))
                    .thenEvents(new ForwardAnswered(Erasable.of(null, "Het hek is gerepareerd."),
                            Fixtures.photos(null, URI.create("https://foto.example/hek.jpg")), NOW.plus(Duration.ofDays(3))))
                    .thenNotified(n -> assertThat(n).extracting(Notification::code).containsExactly("buurtschouw.report.forward-answered"))
                    .thenState(r -> {
                        assertThat(r.step()).isEqualTo(ReportStep.CLOSURE_REQUESTED);
                        assertThat(r.nextDeadline()).isEmpty();
                    });
            filed().given(OFFICER, FORWARD).when(CONTRACTOR, new AnswerForward("Kijk", List.of(URI.create("ftp://x/y"))))
                    .thenRejected("buurtschouw.report.photo-invalid");
            // The reporter answers questions, not forwards.
            filed().given(OFFICER, FORWARD).when(ANNA_REPORTER, new React("Ik weet het", null)).thenRejected("workflow.step-not-allowed");
        }

        @Test
        void noAnswerWithinTheWindowAlsoMovesItToClosureRequested() {
            Spec<ReportCommand, ReportEvent, Report> spec = filed().given(OFFICER, FORWARD).after(Duration.ofDays(13));
            spec.whenSystem(new ExpireForward()).thenRejected("buurtschouw.report.forward-window-open");
            spec.after(Duration.ofDays(1)).whenDeadlinesPass()
                    .thenEvents(new ForwardExpired(NOW.plus(Duration.ofDays(14))))
                    .thenNotified(n -> assertThat(n).extracting(Notification::code).containsExactly("buurtschouw.report.forward-expired"))
                    .thenState(r -> assertThat(r.step()).isEqualTo(ReportStep.CLOSURE_REQUESTED));
        }

        @Test
        void theWindowIsConfigurable() {
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults().withExternalWindow(Duration.ofDays(7)), WALKING, REACHABLE))
                    .given(ANNA_REPORTER, problem(ANNA)).given(OFFICER, FORWARD).after(Duration.ofDays(7)).whenDeadlinesPass()
                    .thenEvents(new ForwardExpired(NOW.plus(Duration.ofDays(7))));
        }
    }

    @Nested
    class SatisfactionSurvey {

        @Test
        void aSatisfiedReporterKeepsTheReportHandled() {
            handled().after(Duration.ofDays(3)).when(ANNA_REPORTER, new AnswerSatisfactionSurvey(true, "Snel geregeld!"))
                    .thenEvents(new SatisfactionAnswered(true, null, Fixtures.of(ANNA, "Snel geregeld!"), false, NOW.plus(Duration.ofDays(3))))
                    .thenNotified(n -> assertThat(n).isEmpty())
                    .thenState(r -> {
                        assertThat(r.step()).isEqualTo(ReportStep.HANDLED);
                        assertThat(r.satisfied()).isTrue();
                        assertThat(r.surveyClosesAt()).isNull();
                    });
        }

        @Test
        void notSatisfiedInTheirOwnWordsMovesTheReportToReopenRequested() {
            handled().when(ANNA_REPORTER, new AnswerSatisfactionSurvey(false, "Nog steeds vol"))
                    .thenEvents(new SatisfactionAnswered(false, null, Fixtures.of(ANNA, "Nog steeds vol"), true, NOW))
                    .thenNotified(n -> assertThat(n).extracting(Notification::recipient).containsExactly(Recipient.person(ANNA),
                            Recipient.everyone(BuurtschouwWorkflow.CIVIL_SERVANT)))
                    .thenState(r -> {
                        assertThat(r.step()).isEqualTo(ReportStep.REOPEN_REQUESTED);
                        assertThat(r.signalenStatus()).isEqualTo(SignalenStatus.VERZOEK_TOT_HEROPENEN);
                        assertThat(r.closedAt()).isNull();
                    });
        }

        @Test
        void aStandardAnswerReopensOnlyWhenMarkedSo() {
            handled().when(ANNA_REPORTER, new AnswerSatisfactionSurvey(false, "niet-opgelost", null))
                    .thenEvents(new SatisfactionAnswered(false, "niet-opgelost", null, true, NOW))
                    .thenState(r -> assertThat(r.step()).isEqualTo(ReportStep.REOPEN_REQUESTED));
            handled().when(ANNA_REPORTER, new AnswerSatisfactionSurvey(false, "te-lang-geduurd", "Drie weken"))
                    .thenEvents(new SatisfactionAnswered(false, "te-lang-geduurd", Fixtures.of(ANNA, "Drie weken"), false, NOW))
                    .thenNotified(n -> assertThat(n).isEmpty())
                    .thenState(r -> {
                        assertThat(r.step()).isEqualTo(ReportStep.HANDLED);
                        assertThat(r.satisfied()).isFalse();
                    });
            // Unhappy without any answer gives nothing to act on: the report stays handled.
            handled().when(ANNA_REPORTER, new AnswerSatisfactionSurvey(false, null))
                    .thenState(r -> assertThat(r.step()).isEqualTo(ReportStep.HANDLED));
            Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults().withUnhappyAnswer("te-lang-geduurd", true), WALKING, REACHABLE))
                    .given(ANNA_REPORTER, problem(ANNA)).given(OFFICER, new Handle(DONE))
                    .when(ANNA_REPORTER, new AnswerSatisfactionSurvey(false, "te-lang-geduurd", null))
                    .thenState(r -> assertThat(r.step()).isEqualTo(ReportStep.REOPEN_REQUESTED));
            handled().when(ANNA_REPORTER, new AnswerSatisfactionSurvey(false, "slecht", null))
                    .thenRejected("buurtschouw.report.unhappy-answer-unknown");
        }

        @Test
        void onlyTheReporterAnswersOnceWithinTheWindow() {
            handled().when(BRAM_REPORTER, new AnswerSatisfactionSurvey(true, null)).thenRejected("workflow.not-in-instance");
            handled().given(ANNA_REPORTER, new AnswerSatisfactionSurvey(true, null))
                    .when(ANNA_REPORTER, new AnswerSatisfactionSurvey(false, null)).thenRejected("buurtschouw.report.survey-answered");
            handled().after(Duration.ofDays(15)).when(ANNA_REPORTER, new AnswerSatisfactionSurvey(false, null))
                    .thenRejected("buurtschouw.report.survey-closed");
        }

        @Test
        void theSurveyClosesByItselfAfterFourteenDays() {
            assertThat(handled().state().nextDeadline()).contains(NOW.plus(Duration.ofDays(14)));
            Spec<ReportCommand, ReportEvent, Report> spec = handled().after(Duration.ofDays(13));
            assertThat(spec.engine().due(spec.stream(), spec.clock().instant())).isEmpty();
            spec.whenSystem(new CloseSatisfactionSurvey()).thenRejected("buurtschouw.report.survey-not-due");
            spec.after(Duration.ofDays(1)).whenDeadlinesPass()
                    .thenEvents(new SatisfactionSurveyClosed(NOW.plus(Duration.ofDays(14))))
                    .thenState(r -> {
                        assertThat(r.step()).isEqualTo(ReportStep.HANDLED);
                        assertThat(r.surveyClosesAt()).isNull();
                    });
            assertThat(spec.engine().due(spec.stream(), spec.clock().instant())).isEmpty();
        }

        @Test
        void aReopenedAndHandledReportAsksAgain() {
            handled().given(ANNA_REPORTER, new AnswerSatisfactionSurvey(false, "Niet opgelost"))
                    .given(OFFICER, new Reopen(MESSAGE), new Handle(DONE))
                    .when(ANNA_REPORTER, new AnswerSatisfactionSurvey(true, null))
                    .thenState(r -> assertThat(r.satisfied()).isTrue());
        }
    }

    @Nested
    class Ideas {

        @Test
        void residentsSupportAnIdeaAndTheReporterHearsOfIt() {
            ideaFiled().after(Duration.ofHours(1))
                    .when(BRAM_REPORTER, new SupportIdea(List.of(HelpOffer.MATERIALS, HelpOffer.TIME, HelpOffer.TIME), HouseholdRef.of("h-1")))
                    .thenEvents(new IdeaSupported(BRAM, List.of(HelpOffer.TIME, HelpOffer.MATERIALS), HouseholdRef.of("h-1"),
                            NOW.plus(Duration.ofHours(1))))
                    .thenNotified(n -> assertThat(n).singleElement().satisfies(one -> {
                        assertThat(one.recipient()).isEqualTo(Recipient.person(ANNA));
                        assertThat(one.message().en()).isEqualTo("Someone supports your idea. It now has 1 supporter(s), 1 of whom want to help.");
                    }))
                    .thenState(r -> assertThat(r.supporters()).hasSize(1));
        }

        @Test
        void theReporterAndEverySupporterHearWhatBecomesOfASupportedIdea() {
            // Each outcome is told to the reporter and to every supporter, once each.
            Map<ReportNotice, ReportCommand> bySystem = new LinkedHashMap<>();
            bySystem.put(ReportNotice.IDEA_BECAME_INITIATIVE, new CloseAsInitiative(StreamId.of("burgersaanhetstuur.initiative", "i-1")));
            bySystem.put(ReportNotice.CHAIN_NEWS, new TellChainNews(LocalizedText.of("Het plan is begroot.", "The plan is budgeted.")));
            bySystem.forEach((notice, command) -> supportedIdea().whenSystem(command).thenNotified(n -> toldEveryone(n, notice)));
            supportedIdea().when(OFFICER, new Cancel(MESSAGE, null)).thenNotified(n -> toldEveryone(n, ReportNotice.CANCELLED));
            supportedIdea().given(OFFICER, new Handle(DONE)).when(OFFICER, new Reopen(MESSAGE))
                    .thenNotified(n -> toldEveryone(n, ReportNotice.REOPENED));
        }

        private Spec<ReportCommand, ReportEvent, Report> supportedIdea() {
            return ideaFiled().given(BRAM_REPORTER, new SupportIdea(List.of(HelpOffer.TIME), null))
                    .given(CHAIMA_PARTICIPANT, new SupportIdea(null, null));
        }

        private void toldEveryone(List<Notification> told, ReportNotice notice) {
            assertThat(told).filteredOn(one -> one.code().equals(notice.code())).as(notice.code())
                    .extracting(Notification::recipient)
                    .containsExactlyInAnyOrder(Recipient.person(ANNA), Recipient.person(BRAM), Recipient.person(CHAIMA));
        }

        @Test
        void onlyIdeasAreSupportedOncePerPersonAndNotByTheirAuthor() {
            filed().when(BRAM_REPORTER, new SupportIdea(null, null)).thenRejected("buurtschouw.report.not-an-idea");
            ideaFiled().when(ANNA_REPORTER, new SupportIdea(null, null)).thenRejected("buurtschouw.report.own-idea");
            ideaFiled().given(CHAIMA_PARTICIPANT, new SupportIdea(null, null))
                    .when(CHAIMA_PARTICIPANT, new SupportIdea(List.of(HelpOffer.SKILLS), null)).thenRejected("buurtschouw.report.already-supported");
        }

        @Test
        void aHandledIdeaIsNoLongerSupported() {
            ideaFiled().given(OFFICER, new Handle(DONE)).when(BRAM_REPORTER, new SupportIdea(null, null))
                    .thenRejected("workflow.step-not-allowed");
        }

        @Test
        void theReporterSaysWhetherTheyWillLeadAndMayChangeTheirMind() {
            assertThat(ideaFiled().state().readyToLead()).as("not said").isNull();
            ideaFiled().when(ANNA_REPORTER, new StateReadinessToLead(true))
                    .thenEvents(new ReadinessToLeadStated(true, NOW))
                    .thenNotified(told -> assertThat(told).isEmpty())
                    .thenState(r -> assertThat(r.readyToLead()).isTrue());
            ideaFiled().given(ANNA_REPORTER, new StateReadinessToLead(true)).when(ANNA_REPORTER, new StateReadinessToLead(false))
                    .thenState(r -> assertThat(r.readyToLead()).isFalse());
        }

        @Test
        void onlyTheReporterOfAnIdeaSaysSo() {
            filed().when(ANNA_REPORTER, new StateReadinessToLead(true)).thenRejected("buurtschouw.report.not-an-idea");
            ideaFiled().when(BRAM_REPORTER, new StateReadinessToLead(true)).thenRejected("workflow.not-in-instance");
            ideaFiled().when(CHAIMA_PARTICIPANT, new StateReadinessToLead(true)).thenRejected("workflow.role-not-allowed");
            // Nobody can say it for an anonymous idea.
            spec().given(OFFICER, idea(null)).when(ANNA_REPORTER, new StateReadinessToLead(true)).thenRejected("workflow.not-in-instance");
        }

        @Test
        void aCivilServantOrFacilitatorGroupsAnIdeaWithTheIdeaItDuplicates() {
            StreamId original = ORIGINAL_IDEA;
            ideaFiled().when(FACILITATOR, new MarkDuplicateIdea(original))
                    .thenEvents(new IdeaMarkedDuplicate(StreamLink.of("duplicate-of", original), PersonId.of("p-facilitator"), NOW))
                    .thenState(r -> {
                        assertThat(r.duplicateIdeaOf()).isEqualTo(original);
                        assertThat(r.step()).as("it stays open").isEqualTo(ReportStep.REPORTED);
                    });
            ideaFiled().given(OFFICER, new MarkDuplicateIdea(original)).when(OFFICER, new MarkDuplicateIdea(OTHER_REPORT))
                    .thenState(r -> assertThat(r.duplicateIdeaOf()).isEqualTo(OTHER_REPORT));
            ideaFiled().given(OFFICER, new MarkDuplicateIdea(original)).when(FACILITATOR, new MarkDuplicateIdea(original))
                    .thenRejected("buurtschouw.report.already-grouped");
            ideaFiled().when(ANNA_REPORTER, new MarkDuplicateIdea(original)).thenRejected("workflow.role-not-allowed");
        }

        @Test
        void onlyAnIdeaIsGroupedAndOnlyWithAnotherReport() {
            filed().when(OFFICER, new MarkDuplicateIdea(OTHER_REPORT)).thenRejected("buurtschouw.report.not-an-idea");
            ideaFiled().when(OFFICER, new MarkDuplicateIdea(CAMPAIGN)).thenRejected("buurtschouw.report.duplicate-not-a-report");
            Spec<ReportCommand, ReportEvent, Report> idea = ideaFiled();
            idea.when(OFFICER, new MarkDuplicateIdea(idea.stream())).thenRejected("buurtschouw.report.duplicate-of-itself");
        }

        @Test
        void aGroupedIdeaIsSeparatedAgain() {
            ideaFiled().given(OFFICER, new MarkDuplicateIdea(OTHER_REPORT)).when(FACILITATOR, new SeparateIdea())
                    .thenEvents(new IdeaSeparated(PersonId.of("p-facilitator"), NOW))
                    .thenState(r -> assertThat(r.duplicateIdeaOf()).isNull());
            ideaFiled().when(OFFICER, new SeparateIdea()).thenRejected("buurtschouw.report.not-grouped");
        }
    }

    @Nested
    class Links {

        private nl.participatie.core.link.LinkVerifier verifier(Spec<ReportCommand, ReportEvent, Report> spec) {
            nl.participatie.core.store.EventStore store = spec.engine().store();
            return new nl.participatie.core.link.LinkVerifier(store, nl.participatie.core.json.ParticipatieJson.defaults());
        }

        @Test
        void aReportFiledOnAWalkIsPartOfItsCampaignAsAnIndexedLinkThatVerifies() {
            Spec<ReportCommand, ReportEvent, Report> spec = spec();
            spec.when(ANNA_REPORTER, FileReport.problem(CONTAINER, "Vol", JAVASTRAAT, ANNA, CAMPAIGN)).thenAccepted(e -> { });
            assertThat(spec.engine().store().linksFrom(spec.stream())).singleElement().satisfies(link -> {
                assertThat(link.type()).isEqualTo("part-of");
                assertThat(link.target()).isEqualTo(CAMPAIGN);
                assertThat(verifier(spec).verify(link).valid()).isTrue();
            });
            assertThat(verifier(spec).verifyIndexOf(spec.stream())).isEmpty();
        }

        @Test
        void aDuplicateAndAGroupedIdeaPointAtTheirOriginalAsIndexedLinksThatVerify() {
            Spec<ReportCommand, ReportEvent, Report> cancelled = filed();
            cancelled.when(OFFICER, new Cancel(MESSAGE, OTHER_REPORT)).thenAccepted(e -> { });
            Spec<ReportCommand, ReportEvent, Report> grouped = ideaFiled();
            grouped.when(OFFICER, new MarkDuplicateIdea(ORIGINAL_IDEA)).thenAccepted(e -> { });
            grouped.given(OFFICER, new SeparateIdea()).when(OFFICER, new MarkDuplicateIdea(OTHER_REPORT)).thenAccepted(e -> { });

            assertThat(cancelled.engine().store().linksTo(OTHER_REPORT)).singleElement()
                    .satisfies(link -> assertThat(link.source()).isEqualTo(cancelled.stream()));
            assertThat(grouped.engine().store().linksFrom(grouped.stream())).extracting(nl.participatie.core.link.Link::target)
                    .as("regrouped after separating: both links stay in the index").containsExactly(ORIGINAL_IDEA, OTHER_REPORT);
            assertThat(verifier(grouped).verifyLinksOf(grouped.stream())).isEmpty();
            assertThat(verifier(cancelled).verifyIndexOf(cancelled.stream())).isEmpty();
        }

        @Test
        void anOriginalOrCampaignThatIsNotInTheStoreIsRefused() {
            StreamId nowhere = StreamId.of("buurtschouw.report", "r-9");
            filed().when(OFFICER, new Cancel(MESSAGE, nowhere)).thenRejected("link.target.missing");
            ideaFiled().when(OFFICER, new MarkDuplicateIdea(nowhere)).thenRejected("link.target.missing");
            Spec<ReportCommand, ReportEvent, Report> empty = Spec.of(BuurtschouwWorkflow.reports(ReportRules.defaults(), WALKING, REACHABLE));
            empty.when(ANNA_REPORTER, FileReport.problem(CONTAINER, "Vol", JAVASTRAAT, ANNA, CAMPAIGN)).thenRejected("link.target.missing");
        }
    }

    @Test
    void replayingTheHistoryGivesTheSameStateAndTheAuditTrailHolds() {
        Spec<ReportCommand, ReportEvent, Report> spec = handled().given(ANNA_REPORTER, new AnswerSatisfactionSurvey(false, "Nee"));
        Report folded = BuurtschouwWorkflow.REPORTS.decider().fold(Report.INITIAL,
                spec.engine().history(spec.stream()).stream().map(nl.participatie.core.RecordedEvent::event).toList());
        assertThat(folded).isEqualTo(spec.state());
        assertThat(spec.engine().verify(spec.stream()).valid()).isTrue();
        assertThat(spec.engine().history(spec.stream())).extracting(nl.participatie.core.RecordedEvent::step)
                .containsExactly("NEW", "REPORTED", "IN_PROGRESS", "HANDLED");
        assertThat(StreamId.of("buurtschouw.report", "spec-1")).isEqualTo(spec.stream());
    }
}
