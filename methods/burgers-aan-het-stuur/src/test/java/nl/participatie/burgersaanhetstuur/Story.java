package nl.participatie.burgersaanhetstuur;

import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.CIVIL_SERVANT;
import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.EXECUTIVE;
import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.FACILITATOR;
import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.INITIATOR;
import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.PARTICIPANT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcceptReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcknowledgeReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AdvanceStep;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DefineIndicator;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DescribeSituation;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.FinishAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.JoinInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.PlanAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordMeasurement;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.SetGoal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartInitiative;
import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Violation;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.PersonId;
import nl.participatie.testkit.Spec;

/**
 * The people, commands and moments of the test story: "Schone Bloemenbuurt", an initiative against litter around a
 * playground, run by Anna with Carla and Dirk, supported by facilitator Fenna; Gijs is the civil servant.
 */
final class Story {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    static final NeighbourhoodCode BUURT = NeighbourhoodCode.parse("BU03630102");

    static final PersonId ANNA = PersonId.of("anna");
    static final PersonId BRAM = PersonId.of("bram");
    static final PersonId CARLA = PersonId.of("carla");
    static final PersonId DIRK = PersonId.of("dirk");
    static final PersonId EVA = PersonId.of("eva");

    static final Actor ANNA_INITIATOR = Actor.of(ANNA, INITIATOR);
    static final Actor CARLA_PARTICIPANT = Actor.of(CARLA, PARTICIPANT);
    static final Actor DIRK_PARTICIPANT = Actor.of(DIRK, PARTICIPANT);
    static final Actor FENNA_FACILITATOR = Actor.of("fenna", FACILITATOR);
    static final Actor GIJS_CIVIL_SERVANT = Actor.of("gijs", CIVIL_SERVANT);
    static final Actor WETHOUDER = Actor.of("wethouder", EXECUTIVE);

    /** What a resident wrote, as the erasable value of theirs that the decider makes of it. */
    static Erasable<String> by(PersonId writer, String text) {
        return Erasable.of(writer, text);
    }

    /** What a facilitator or civil servant wrote: an erasable value under the initiative's key only. */
    static Erasable<String> text(String text) {
        return Erasable.of(null, text);
    }

    static final StartInitiative START = new StartInitiative("Schone Bloemenbuurt", BUURT, List.of(ANNA), null);
    static final Source SOURCE = Source.of(Source.Kind.OBSERVATION, "buurtschouw maart: 14 meldingen zwerfafval");
    static final Asset ASSET = Asset.of(Asset.Kind.PLACE, "buurthuis De Schakel, gratis zaal op dinsdag");
    static final DescribeSituation SITUATION = new DescribeSituation("Veel zwerfafval rond het speelveld",
            "ouders en kinderen rond het speelveld", List.of(SOURCE), List.of(ASSET));
    static final SetGoal GOAL = new SetGoal("Minder zwerfafval rond het speelveld", Goal.Theme.LIVEABILITY);
    static final LocalDate DEADLINE = LocalDate.of(2026, 3, 1);
    static final Resource GRABBERS = Resource.of(Resource.Kind.MATERIALS, "20 grijpers en vuilniszakken", Money.euros(250));
    static final PlanAction ACTION = new PlanAction(1, "Opschoonochtend met de basisschool", CARLA, DEADLINE, List.of(GRABBERS));
    static final DefineIndicator INDICATOR = new DefineIndicator(1, "Zakken zwerfafval per opschoonronde", "zakken",
            Indicator.Kind.BETTER_OFF, new BigDecimal("40"), new BigDecimal("15"), LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 6, 30), "telling na elke ronde");
    static final RecordMeasurement MEASUREMENT = new RecordMeasurement(1, new BigDecimal("22"), TODAY, "telling werkgroep");

    /**
     * Every code the decider refused with, through {@link #spec()}: {@code InitiativeSpecTest} clears it before its
     * scenarios and afterwards checks that each {@link InitiativeRejection} was provoked. Test classes run one after
     * another (no parallel execution is configured), so only its own scenarios land here in between.
     */
    static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

    /** The library's definition, its decider wrapped so that its refusals are recorded in {@link #REFUSED}. */
    static final ProcessDefinition<InitiativeCommand, InitiativeEvent, Initiative, InitiativeStep> RECORDED =
            ProcessDefinition.of(BurgersAanHetStuurWorkflow.INITIATIVES.streamType(), InitiativeCommand.class,
                    InitiativeEvent.class, recording(BurgersAanHetStuurWorkflow.INITIATIVES.decider()),
                    BurgersAanHetStuurWorkflow.INITIATIVES.workflow(), Initiative::step);

    private Story() {
    }

    static Spec<InitiativeCommand, InitiativeEvent, Initiative> spec() {
        return Spec.of(RECORDED);
    }

    private static Decider<InitiativeCommand, InitiativeEvent, Initiative> recording(
            Decider<InitiativeCommand, InitiativeEvent, Initiative> decider) {
        return new Decider<>() {
            @Override
            public Initiative initialState() {
                return decider.initialState();
            }

            @Override
            public Decision<InitiativeEvent> decide(InitiativeCommand command, Initiative state, DecisionContext context) {
                Decision<InitiativeEvent> decision = decider.decide(command, state, context);
                if (decision instanceof Decision.Reject<InitiativeEvent> rejected) {
                    rejected.violations().stream().map(Violation::code).forEach(REFUSED::add);
                }
                return decision;
            }

            @Override
            public Initiative evolve(Initiative state, InitiativeEvent event) {
                return decider.evolve(state, event);
            }

            @Override
            public List<InitiativeCommand> due(Initiative state, java.time.Instant now) {
                return decider.due(state, now);
            }
        };
    }

    static AdvanceStep advanceTo(InitiativeStep step) {
        return new AdvanceStep(step);
    }

    /**
     * A spec whose initiative went through the story up to the given step of cycle 1: three members, one goal, one
     * action owned by Carla, one indicator; in MEASUREMENT the action is done, from ACCOUNTABILITY on one measurement is
     * recorded, in NEW_GOALS the report is accepted and acknowledged.
     */
    static Spec<InitiativeCommand, InitiativeEvent, Initiative> at(InitiativeStep step) {
        Spec<InitiativeCommand, InitiativeEvent, Initiative> spec = spec();
        if (step == InitiativeStep.NEW) {
            return spec;
        }
        spec.given(ANNA_INITIATOR, START, new JoinInitiative(CARLA, Membership.PARTICIPANT),
                new JoinInitiative(DIRK, Membership.PARTICIPANT), SITUATION);
        if (step == InitiativeStep.SITUATION) {
            return spec;
        }
        spec.given(ANNA_INITIATOR, advanceTo(InitiativeStep.GOALS), GOAL);
        if (step == InitiativeStep.GOALS) {
            return spec;
        }
        spec.given(ANNA_INITIATOR, advanceTo(InitiativeStep.ACTION_PLAN), ACTION);
        if (step == InitiativeStep.ACTION_PLAN) {
            return spec;
        }
        spec.given(ANNA_INITIATOR, advanceTo(InitiativeStep.MEASURABLE_RESULTS), INDICATOR);
        if (step == InitiativeStep.MEASURABLE_RESULTS) {
            return spec;
        }
        spec.given(ANNA_INITIATOR, advanceTo(InitiativeStep.EXECUTION));
        if (step == InitiativeStep.EXECUTION) {
            return spec;
        }
        spec.given(ANNA_INITIATOR, new FinishAction(1, "18 bewoners en groep 7 deden mee"), advanceTo(InitiativeStep.MEASUREMENT));
        if (step == InitiativeStep.MEASUREMENT) {
            return spec;
        }
        spec.given(ANNA_INITIATOR, MEASUREMENT, advanceTo(InitiativeStep.ACCOUNTABILITY));
        if (step == InitiativeStep.ACCOUNTABILITY) {
            return spec;
        }
        spec.given(ANNA_INITIATOR, new AcceptReport(""));
        spec.given(GIJS_CIVIL_SERVANT, new AcknowledgeReport("Mooi werk"));
        spec.given(ANNA_INITIATOR, advanceTo(InitiativeStep.NEW_GOALS));
        if (step == InitiativeStep.NEW_GOALS) {
            return spec;
        }
        throw new IllegalArgumentException("The story does not go to " + step);
    }
}
