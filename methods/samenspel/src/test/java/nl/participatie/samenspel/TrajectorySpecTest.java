package nl.participatie.samenspel;

import static nl.participatie.samenspel.Fixtures.ANNA;
import static nl.participatie.samenspel.Fixtures.ANNA_RESIDENT;
import static nl.participatie.samenspel.Fixtures.CARLA_RESIDENT;
import static nl.participatie.samenspel.Fixtures.FATIMA;
import static nl.participatie.samenspel.Fixtures.WADDINXVEEN;
import static nl.participatie.samenspel.Fixtures.WETHOUDER;
import static nl.participatie.samenspel.Fixtures.adopted;
import static nl.participatie.samenspel.Fixtures.draft;
import static nl.participatie.samenspel.Fixtures.frames;
import static nl.participatie.samenspel.Fixtures.promising;
import static nl.participatie.samenspel.Fixtures.withPhase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.participatie.core.Recipient;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.samenspel.TrajectoryCommand.AdoptDesign;
import nl.participatie.samenspel.TrajectoryCommand.ChangeFrames;
import nl.participatie.samenspel.TrajectoryCommand.ClosePhase;
import nl.participatie.samenspel.TrajectoryCommand.CloseTrajectory;
import nl.participatie.samenspel.TrajectoryCommand.Contribute;
import nl.participatie.samenspel.TrajectoryCommand.DeclareFrames;
import nl.participatie.samenspel.TrajectoryCommand.Evaluate;
import nl.participatie.samenspel.TrajectoryCommand.HoldActivity;
import nl.participatie.samenspel.TrajectoryCommand.RecordDecision;
import nl.participatie.samenspel.TrajectoryCommand.RecordSurvey;
import nl.participatie.samenspel.TrajectoryCommand.Redesign;
import nl.participatie.samenspel.TrajectoryCommand.RegisterParticipant;
import nl.participatie.samenspel.TrajectoryCommand.ReportBack;
import nl.participatie.samenspel.TrajectoryCommand.ReviewPhase;
import nl.participatie.samenspel.TrajectoryCommand.StartEvaluation;
import nl.participatie.samenspel.TrajectoryCommand.StartPhase;
import nl.participatie.samenspel.TrajectoryCommand.StopTrajectory;
import nl.participatie.samenspel.TrajectoryEvent.TrajectoryDrafted;
import nl.participatie.testkit.MutableClock;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.Spec;

/** Every command accepted once and every rejection code provoked once, on the Waddinxveen template. */
class TrajectorySpecTest {

    private static final Design DESIGN = WADDINXVEEN.design();
    private static final Phase LISTEN = DESIGN.phases().get(0);

    private static Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> fresh() {
        return Spec.of(SamenspelWorkflow.TRAJECTORIES, new MutableClock(Fixtures.LATE_2026));
    }

    private static Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> listening() {
        return adopted(WADDINXVEEN).given(FATIMA, new StartPhase(), new RegisterParticipant(ANNA, StakeholderGroup.RESIDENTS));
    }

    private static Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> inReview() {
        return listening().given(FATIMA, new HoldActivity("town-walk", LocalDate.of(2026, 3, 7),
                List.of(new Attendance(StakeholderGroup.RESIDENTS, 40))), new ClosePhase());
    }

    private static Design designWith(Phase phase) {
        return withPhase(DESIGN, 0, phase);
    }

    @Nested
    class TheDesign {

        @Test
        void aSoundDesignIsDraftedAsVersionOne() {
            fresh().when(FATIMA, draft(WADDINXVEEN))
                    .thenEvents(new TrajectoryDrafted(WADDINXVEEN.municipality(), DESIGN, Fixtures.LATE_2026))
                    .thenState(t -> assertThat(t.versions()).hasSize(1));
        }

        @Test
        void aDesignWithoutPhasesIsRefused() {
            fresh().when(FATIMA, new TrajectoryCommand.DraftTrajectory(WADDINXVEEN.municipality(), new Design(DESIGN.title(), List.of())))
                    .thenRejected("samenspel.no-phases");
        }

        @Test
        void aDesignWithMorePhasesThanTheRulesAllowIsRefused() {
            assertThat(DESIGN.violations(TrajectoryRules.defaults().withMaxPhases(2))).extracting(v -> v.code())
                    .containsExactly("samenspel.too-many-phases");
        }

        @Test
        void exactlyAsManyPhasesAsTheRulesAllowAreAllowed() {
            assertThat(DESIGN.violations(TrajectoryRules.defaults().withMaxPhases(DESIGN.phases().size()))).isEmpty();
        }

        @Test
        void anActivityDeliverableOrTopicWhoseCodeAnotherPhaseUsesIsRefusedWhereItIsUsedAgain() {
            Phase second = DESIGN.phases().get(1);
            Phase copying = new Phase(second.code(), second.name(), second.goal(), second.promises(), LISTEN.activities(),
                    LISTEN.deliverables(), LISTEN.topics(), second.start(), second.end());
            List<String> expected = new ArrayList<>();
            for (int j = 0; j < LISTEN.activities().size(); j++) {
                expected.add("phases[1].activities[" + j + "].code");
            }
            for (int j = 0; j < LISTEN.deliverables().size(); j++) {
                expected.add("phases[1].deliverables[" + j + "].code");
            }
            for (int j = 0; j < LISTEN.topics().size(); j++) {
                expected.add("phases[1].topics[" + j + "].code");
            }
            assertThat(expected).as("the first phase has something of each").hasSizeGreaterThanOrEqualTo(3);

            assertThat(withPhase(DESIGN, 1, copying).violations(TrajectoryRules.defaults()))
                    .filteredOn(v -> v.code().equals("samenspel.duplicate-code")).extracting(v -> v.path())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void anEmptyPhaseIsRefused() {
            Phase empty = new Phase("listen", LISTEN.name(), LISTEN.goal(), List.of(), List.of(), List.of(), List.of(), LISTEN.start(), LISTEN.end());
            fresh().when(FATIMA, new TrajectoryCommand.DraftTrajectory(WADDINXVEEN.municipality(), designWith(empty)))
                    .thenRejected("samenspel.empty-phase");
        }

        @Test
        void aCodeUsedTwiceAGroupPromisedTwiceAndDatesOutOfOrderAreEachNamedByTheirPath() {
            List<Promise> twice = new ArrayList<>(LISTEN.promises());
            twice.add(new Promise(StakeholderGroup.RESIDENTS, LadderLevel.CONSULT));
            Phase bad = new Phase("experiment", LISTEN.name(), LISTEN.goal(), twice, LISTEN.activities(), LISTEN.deliverables(),
                    LISTEN.topics(), LISTEN.end(), LISTEN.start());
            var then = fresh().when(FATIMA, new TrajectoryCommand.DraftTrajectory(WADDINXVEEN.municipality(), designWith(bad)));
            then.thenRejected("samenspel.group-promised-twice", "samenspel.dates-out-of-order",
                    "samenspel.activity-outside-phase", "samenspel.activity-outside-phase", "samenspel.duplicate-code");
            assertThat(then.violations()).extracting(v -> v.path()).contains("design.phases[1].code", "design.phases[0].promises[4]",
                    "design.phases[0].end");
        }

        @Test
        void aDesignWithoutAnActivityForResidentsAboveInformIsRefused() {
            List<Phase> phases = new ArrayList<>();
            for (Phase p : DESIGN.phases()) {
                phases.add(promising(p, p.promises().stream().map(pr -> pr.group().equals(StakeholderGroup.RESIDENTS)
                        ? new Promise(StakeholderGroup.RESIDENTS, LadderLevel.INFORM) : pr).toList()));
            }
            fresh().when(FATIMA, new TrajectoryCommand.DraftTrajectory(WADDINXVEEN.municipality(), new Design(DESIGN.title(), phases)))
                    .thenRejected("samenspel.no-resident-participation");
        }

        @Test
        void aCouncilOnlyPowerPromisedAsSelfGovernWithoutTheCouncilsDecisionIsRefused() {
            Phase experiment = DESIGN.phases().get(1);
            DecisionTopic budget = experiment.topics().get(0);
            Phase withoutCouncil = new Phase(experiment.code(), experiment.name(), experiment.goal(),
                    List.of(new Promise(StakeholderGroup.RESIDENTS, LadderLevel.SELF_GOVERN)), experiment.activities(),
                    experiment.deliverables(), List.of(new DecisionTopic(budget.code(), budget.title(), true, "")),
                    experiment.start(), experiment.end());
            var then = fresh().when(FATIMA, new TrajectoryCommand.DraftTrajectory(WADDINXVEEN.municipality(),
                    withPhase(DESIGN, 1, withoutCouncil)));
            then.thenRejected("samenspel.council-power-promised");
            assertThat(then.violations().get(0).path()).isEqualTo("design.phases[1].topics[0]");
        }

        @Test
        void theSamePromiseWithTheCouncilsOwnDecisionIsAccepted() {
            assertThat(DESIGN.phases().get(1).topics().get(0).mayBeLeftToResidents()).isTrue();
            fresh().when(FATIMA, draft(WADDINXVEEN)).thenAccepted(events -> assertThat(events).hasSize(1));
        }
    }

    @Nested
    class OwnStakeholderGroups {

        private static final StakeholderGroup ONDERNEMERS = StakeholderGroup.of("ondernemers");

        /** Waddinxveen with entrepreneurs of its own consulted in the first phase, at the town walk. */
        private static Design withEntrepreneurs() {
            List<Promise> promises = new ArrayList<>(LISTEN.promises());
            promises.add(new Promise(ONDERNEMERS, LadderLevel.CONSULT));
            Activity walk = LISTEN.activities().get(0);
            List<StakeholderGroup> walkers = new ArrayList<>(walk.groups());
            walkers.add(ONDERNEMERS);
            List<Activity> activities = new ArrayList<>(LISTEN.activities());
            activities.set(0, new Activity(walk.code(), walk.kind(), walk.title(), walkers, walk.date()));
            Phase listen = new Phase(LISTEN.code(), LISTEN.name(), LISTEN.goal(), promises, activities, LISTEN.deliverables(),
                    LISTEN.topics(), LISTEN.start(), LISTEN.end());
            return new Design(DESIGN.title(), withPhase(DESIGN, 0, listen).phases(),
                    List.of(new OwnGroup(ONDERNEMERS, LocalizedText.of("ondernemers", "entrepreneurs"))));
        }

        @Test
        void theSixOfTheIssueAreTheDefaultSetAndAGroupIsItsCode() {
            assertThat(StakeholderGroup.DEFAULTS).extracting(StakeholderGroup::code).containsExactly("RESIDENTS", "ORGANISATIONS",
                    "PROFESSIONALS", "COUNCIL_MEMBERS", "CIVIL_SERVANTS", "EXECUTIVE");
            assertThat(StakeholderGroup.of("RESIDENTS")).isSameAs(StakeholderGroup.RESIDENTS);
            assertThat(ONDERNEMERS.isDefault()).isFalse();
            assertThatThrownBy(() -> StakeholderGroup.of("jongeren raad!")).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.code()).isEqualTo("samenspel.group-invalid"));
        }

        @Test
        void aMunicipalityAddsItsOwnGroupWithItsNamesAndItTakesPartLikeAnyOther() {
            Design design = withEntrepreneurs();
            assertThat(design.nameOf(ONDERNEMERS)).isEqualTo(LocalizedText.of("ondernemers", "entrepreneurs"));
            assertThat(design.nameOf(StakeholderGroup.RESIDENTS).nl()).isEqualTo("inwoners");
            Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> spec = fresh()
                    .given(FATIMA, new TrajectoryCommand.DraftTrajectory(WADDINXVEEN.municipality(), design));
            for (Phase p : design.phases()) {
                spec.given(FATIMA, new DeclareFrames(p.code(), frames()));
            }
            spec.given(WETHOUDER, new AdoptDesign("B&W 2026-30")).given(FATIMA, new StartPhase(),
                    new RegisterParticipant(Fixtures.BRAM, ONDERNEMERS));
            spec.when(Fixtures.BRAM_STAKEHOLDER, new Contribute(ContributionKind.IDEA, "agenda", "doc-ondernemer-1"))
                    .thenState(t -> assertThat(t.contributions().get(0).group()).isEqualTo(ONDERNEMERS));
            assertThat(ParticipationPlan.of(spec.state()).toMarkdown(Locale.ENGLISH))
                    .contains("| entrepreneurs | consult |", "residents, organisations, executive, entrepreneurs");
            assertThat(design.toMermaid(Locale.forLanguageTag("nl"))).contains("<br/>ondernemers: raadplegen\"]");
        }

        @Test
        void aDesignWithItsOwnGroupsRoundTripsThroughJsonWithTheGroupAsItsCode() {
            ParticipatieJson json = ParticipatieJson.defaults();
            String written = json.write(withEntrepreneurs());
            assertThat(written).contains("\"groups\":[{\"group\":\"ondernemers\"", "\"group\":\"RESIDENTS\"");
            assertThat(json.read(written, Design.class)).isEqualTo(withEntrepreneurs());
            // A design with only the default groups is written as before there were own groups.
            assertThat(json.write(DESIGN)).doesNotContain("\"groups\":[]", "ondernemers");
        }

        @Test
        void aGroupTheDesignDoesNotKnowOrAnOwnGroupWithADefaultsCodeIsRefused() {
            Design unknown = new Design(DESIGN.title(), withEntrepreneurs().phases());
            var then = fresh().when(FATIMA, new TrajectoryCommand.DraftTrajectory(WADDINXVEEN.municipality(), unknown));
            then.thenRejected("samenspel.group-unknown", "samenspel.group-unknown");
            assertThat(then.violations()).extracting(v -> v.path()).containsExactly("design.phases[0].promises[4].group",
                    "design.phases[0].activities[0].groups[3]");
            Design clash = new Design(DESIGN.title(), DESIGN.phases(),
                    List.of(new OwnGroup(StakeholderGroup.RESIDENTS, LocalizedText.of("bewoners", "inhabitants"))));
            assertThat(clash.violations(TrajectoryRules.defaults())).extracting(v -> v.code(), v -> v.path())
                    .containsExactly(tuple("samenspel.duplicate-code", "groups[0].group"));
        }

        @Test
        void aSurveyOfAGroupTheDesignDoesNotKnowIsRefused() {
            adopted(WADDINXVEEN).when(FATIMA, new RecordSurvey(SurveyMoment.BEFORE, ONDERNEMERS, 40,
                    List.of(new SurveyScore("feel-heard", 50)))).thenRejected("samenspel.group-unknown");
        }
    }

    @Nested
    class FramesAndAdoption {

        @Test
        void framesAreDeclaredOncePerPhaseAndChangedOnlyWithAReason() {
            fresh().given(FATIMA, draft(WADDINXVEEN), new DeclareFrames("listen", frames()))
                    .when(FATIMA, new DeclareFrames("listen", frames())).thenRejected("samenspel.frames-already-declared");
        }

        @Test
        void framesOfAPhaseThatIsNotInTheDesignAreRefused() {
            fresh().given(FATIMA, draft(WADDINXVEEN)).when(FATIMA, new DeclareFrames("nowhere", frames()))
                    .thenRejected("samenspel.phase-unknown");
        }

        @Test
        void anotherMethodsInstanceIsAPhaseOnlyWhenItIsInTheStoreAndOfAKindThatCanBe() {
            // The campaign is not in this spec's store: the phase-of link has no other end. The examples' chain
            // walkthrough records a real initiative as a phase.
            StreamId campaign = StreamId.of("buurtschouw.campaign", "schouw-2026");
            listening().when(FATIMA, new TrajectoryCommand.AddPhaseInstance("listen", campaign)).thenRejected("link.target.missing");
            listening().when(FATIMA, new TrajectoryCommand.AddPhaseInstance("listen", StreamId.of("buurtschouw.report", "idee-1")))
                    .thenRejected("link.type.mismatch");
            listening().when(FATIMA, new TrajectoryCommand.AddPhaseInstance("nowhere", campaign)).thenRejected("samenspel.phase-unknown");
            inReview().given(FATIMA, new ReviewPhase(List.of("agenda"), "made"), new StartPhase())
                    .when(FATIMA, new TrajectoryCommand.AddPhaseInstance("listen", campaign)).thenRejected("samenspel.phase-completed");
        }

        @Test
        void theExecutiveAdoptsOnce() {
            adopted(WADDINXVEEN).when(WETHOUDER, new AdoptDesign("again")).thenRejected("samenspel.already-adopted");
        }

        @Test
        void noPhaseStartsBeforeTheExecutiveAdoptedTheDesign() {
            fresh().given(FATIMA, draft(WADDINXVEEN), new DeclareFrames("listen", frames()))
                    .when(FATIMA, new StartPhase()).thenRejected("samenspel.not-adopted");
        }

        @Test
        void noPhaseStartsBeforeItsFramesAreDeclared() {
            fresh().given(FATIMA, draft(WADDINXVEEN)).given(WETHOUDER, new AdoptDesign(""))
                    .when(FATIMA, new StartPhase()).thenRejected("samenspel.frames-not-declared");
        }

        @Test
        void aStartedPhaseTellsResidentsAndStakeholders() {
            adopted(WADDINXVEEN).when(FATIMA, new StartPhase()).thenNotified(n -> assertThat(n).extracting(x -> x.recipient())
                    .containsExactly(Recipient.everyone(SamenspelWorkflow.RESIDENT), Recipient.everyone(SamenspelWorkflow.STAKEHOLDER)));
        }

        @Test
        void framesChangedAfterInputAreRecordedAsSuch() {
            listening().given(ANNA_RESIDENT, new Contribute(ContributionKind.IDEA, "", "doc-1"))
                    .when(FATIMA, new ChangeFrames("listen", frames(), "budget halved", false))
                    .thenState(t -> assertThat(t.frames().get(t.frames().size() - 1).afterInput()).isTrue());
        }

        @Test
        void framesOfACompletedPhaseCannotChange() {
            inReview().when(FATIMA, new ChangeFrames("listen", frames(), "late", true)).thenRejected("samenspel.phase-completed");
        }

        @Test
        void framesThatWereNeverDeclaredCannotChange() {
            Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> spec = fresh().given(FATIMA, draft(WADDINXVEEN), new DeclareFrames("listen", frames()));
            spec.given(WETHOUDER, new AdoptDesign("")).given(FATIMA, new StartPhase())
                    .when(FATIMA, new ChangeFrames("anchor", frames(), "why", false)).thenRejected("samenspel.frames-not-declared");
        }
    }

    @Nested
    class APhase {

        @Test
        void onlyGroupsThePhaseInvolvesTakePartOnce() {
            listening().when(FATIMA, new RegisterParticipant(Fixtures.BRAM, StakeholderGroup.COUNCIL_MEMBERS))
                    .thenRejected("samenspel.group-not-in-phase");
            listening().when(FATIMA, new RegisterParticipant(ANNA, StakeholderGroup.RESIDENTS)).thenRejected("samenspel.already-participant");
        }

        @Test
        void onlyPlannedActivitiesAreHeldOnceAndNotInTheFuture() {
            listening().when(FATIMA, new HoldActivity("budget-evening", LocalDate.of(2026, 3, 7), List.of()))
                    .thenRejected("samenspel.activity-unknown");
            listening().when(FATIMA, new HoldActivity("town-walk", LocalDate.of(2027, 3, 7), List.of()))
                    .thenRejected("samenspel.date-in-future");
            inReview().given(FATIMA, new ReviewPhase(List.of(), ""), new StartPhase())
                    .when(FATIMA, new HoldActivity("budget-evening", LocalDate.of(2026, 5, 20), List.of()))
                    .thenAccepted(e -> assertThat(e).hasSize(1));
            listening().given(FATIMA, new HoldActivity("town-walk", LocalDate.of(2026, 3, 7), List.of()))
                    .when(FATIMA, new HoldActivity("town-walk", LocalDate.of(2026, 3, 7), List.of()))
                    .thenRejected("samenspel.activity-already-held");
        }

        @Test
        void onlyParticipantsContributeAndTheirTextStaysOutOfTheEvent() {
            listening().when(CARLA_RESIDENT, new Contribute(ContributionKind.IDEA, "", "doc-1")).thenRejected("samenspel.not-a-participant");
            listening().when(ANNA_RESIDENT, new Contribute(ContributionKind.IDEA, "budget", "doc-1")).thenRejected("samenspel.topic-unknown");
            listening().when(ANNA_RESIDENT, new Contribute(ContributionKind.ADVICE, "agenda", "doc-1"))
                    .thenState(t -> assertThat(t.contributions()).containsExactly(new Contribution(1, "listen", ANNA,
                            StakeholderGroup.RESIDENTS, ContributionKind.ADVICE, "agenda", "doc-1")));
        }

        @Test
        void aDecisionSaysWhatBecameOfEachContributionAndTellsItsContributor() {
            var spec = listening().given(ANNA_RESIDENT, new Contribute(ContributionKind.ADVICE, "agenda", "doc-1"));
            spec.when(WETHOUDER, new RecordDecision("agenda", DecidedBy.EXECUTIVE, true, "",
                            List.of(new ContributionUse(1, Uptake.ADOPTED, ""))))
                    .thenNotified(n -> assertThat(n).extracting(x -> x.recipient()).containsExactly(Recipient.person(ANNA)));
        }

        @Test
        void aDecisionOnAnUnknownTopicOrContributionOrWithoutAReasonIsRefused() {
            var spec = listening().given(ANNA_RESIDENT, new Contribute(ContributionKind.ADVICE, "agenda", "doc-1"));
            spec.when(WETHOUDER, new RecordDecision("budget", DecidedBy.EXECUTIVE, true, "", List.of())).thenRejected("samenspel.topic-unknown");
            spec.when(WETHOUDER, new RecordDecision("agenda", DecidedBy.EXECUTIVE, true, "",
                    List.of(new ContributionUse(9, Uptake.ADOPTED, "")))).thenRejected("samenspel.contribution-unknown");
            spec.when(WETHOUDER, new RecordDecision("agenda", DecidedBy.EXECUTIVE, true, "",
                    List.of(new ContributionUse(1, Uptake.NOT_USED, " ")))).thenRejected("samenspel.reason-missing");
        }

        @Test
        void aPhaseClosesAfterAnActivityAndIsReviewedOnceWithItsOwnDeliverables() {
            listening().when(FATIMA, new ClosePhase()).thenRejected("samenspel.no-activity-held");
            inReview().when(FATIMA, new ReviewPhase(List.of("pilots"), "")).thenRejected("samenspel.deliverable-unknown");
            inReview().given(FATIMA, new ReviewPhase(List.of("agenda"), "made")).when(FATIMA, new ReviewPhase(List.of(), ""))
                    .thenRejected("samenspel.already-reviewed");
        }

        @Test
        void theNextPhaseWaitsForTheReview() {
            inReview().when(FATIMA, new StartPhase()).thenRejected("samenspel.phase-not-reviewed");
            inReview().when(FATIMA, new StartEvaluation()).thenRejected("samenspel.phase-not-reviewed");
            inReview().given(FATIMA, new ReviewPhase(List.of("agenda"), "")).when(FATIMA, new StartEvaluation())
                    .thenRejected("samenspel.phases-remaining");
        }

        @Test
        void reportingBackTellsResidentsAndStakeholders() {
            listening().when(FATIMA, new ReportBack()).thenState(t -> assertThat(t.reportedBack()).containsExactly("listen"));
        }
    }

    @Nested
    class Redesigns {

        @Test
        void aRedesignIsANewVersionWithItsReason() {
            Phase anchor = DESIGN.phases().get(2);
            Phase renamed = new Phase(anchor.code(), LocalizedText.of("Borgen", "Secure"), anchor.goal(), anchor.promises(),
                    anchor.activities(), anchor.deliverables(), anchor.topics(), anchor.start(), anchor.end());
            inReview().when(FATIMA, new Redesign(withPhase(DESIGN, 2, renamed), "council asked for it"))
                    .thenState(t -> assertThat(t.versions()).extracting(DesignVersion::reason).containsExactly("", "council asked for it"));
        }

        @Test
        void aCompletedPhaseCannotChange() {
            Phase renamed = new Phase(LISTEN.code(), LocalizedText.of("Luisteren", "Hear"), LISTEN.goal(), LISTEN.promises(),
                    LISTEN.activities(), LISTEN.deliverables(), LISTEN.topics(), LISTEN.start(), LISTEN.end());
            inReview().when(FATIMA, new Redesign(designWith(renamed), "nicer")).thenRejected("samenspel.completed-phase-changed");
        }

        @Test
        void theRunningPhaseStaysInItsPlace() {
            List<Phase> swapped = List.of(DESIGN.phases().get(1), DESIGN.phases().get(0), DESIGN.phases().get(2));
            var then = listening().when(FATIMA, new Redesign(new Design(DESIGN.title(), swapped), "swap"));
            assertThat(then.violations()).extracting(v -> v.code()).contains("samenspel.current-phase-moved");
        }
    }

    @Nested
    class TheEnd {

        @Test
        void surveysBeforeInTheRunAfterInTheEvaluationWithKnownQuestions() {
            adopted(WADDINXVEEN).when(FATIMA, new RecordSurvey(SurveyMoment.AFTER, StakeholderGroup.RESIDENTS, 10, List.of()))
                    .thenRejected("samenspel.survey-moment-wrong");
            adopted(WADDINXVEEN).when(FATIMA, new RecordSurvey(SurveyMoment.BEFORE, StakeholderGroup.RESIDENTS, 10,
                    List.of(new SurveyScore("happy", 50)))).thenRejected("samenspel.question-unknown");
            adopted(WADDINXVEEN).when(FATIMA, new RecordSurvey(SurveyMoment.BEFORE, StakeholderGroup.RESIDENTS, 10,
                    List.of(new SurveyScore("feel-heard", 31)))).thenState(t -> assertThat(t.surveys()).hasSize(1));
        }

        @Test
        void theLastPhaseHasNoNextAndTheTrajectoryClosesOnlyAfterItsEvaluation() {
            var spec = Templates.runToEvaluation(WADDINXVEEN, Templates.Variant.KEPT);
            spec.when(WETHOUDER, new CloseTrajectory()).thenRejected("samenspel.not-evaluated");
            spec.when(FATIMA, new StartPhase()).thenRejected("workflow.step-not-allowed");
        }

        @Test
        void anEvaluatedTrajectoryCloses() {
            Templates.runToEvaluation(WADDINXVEEN, Templates.Variant.KEPT).given(FATIMA, new Evaluate("a", "b", "c"))
                    .when(WETHOUDER, new CloseTrajectory()).thenState(t -> assertThat(t.step()).isEqualTo(TrajectoryStep.CLOSED));
        }

        @Test
        void theExecutiveCanStopATrajectory() {
            listening().when(WETHOUDER, new StopTrajectory("no budget")).thenState(t -> assertThat(t.step()).isEqualTo(TrajectoryStep.CLOSED));
        }

        @Test
        void theLastReviewedPhaseHasNoNextPhase() {
            var spec = Templates.runToLastReview(WADDINXVEEN, Templates.Variant.KEPT);
            spec.when(FATIMA, new StartPhase()).thenRejected("samenspel.no-next-phase");
        }
    }
}
