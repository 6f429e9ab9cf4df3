package nl.participatie.burgersaanhetstuur;

import java.time.Instant;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamLink;

/**
 * A citizen initiative (<i>bewonersinitiatief</i>; the brochure says <i>burgerinitiatief</i>) in a neighbourhood, as
 * the fold of its events: the step of the cycle it is in, its people, its problem analysis and assets per cycle, the
 * goals, actions, indicators and measurements of every cycle so far, and the money in and the lessons learned. Immutable; built only by {@link InitiativeDecider#evolve}.
 *
 * <p>Goals, actions and indicators are numbered per initiative from 1 and never removed: item {@code n} is at index
 * {@code n - 1} of its list, and each carries the cycle it belongs to, so earlier cycles stay readable. People are
 * opaque {@link PersonId}s only.
 *
 * @param step          where it stands
 * @param cycle         the current cycle, from 1; 0 before it started
 * @param stepSince     when it entered the current step; {@code null} before it started
 * @param pausedIn      the step it was paused in; {@code null} unless {@link InitiativeStep#PAUSED}
 * @param title         its name, e.g. "Schone Bloemenbuurt"; erasable; {@code null} before it started
 * @param neighbourhood the neighbourhood (CBS code); {@code null} before it started
 * @param origin        what started it, e.g. a buurtschouw idea; {@code null} when nothing did
 * @param initiators    the residents running it (<i>initiatiefnemers</i>)
 * @param participants  the residents taking part (<i>deelnemers</i>)
 * @param situations    the problem analysis of every cycle in which it was described, in order of cycle; a new
 *                      description in the same cycle replaces that cycle's
 * @param assets        the neighbourhood's assets (ABCD); each erasable
 * @param goals         the goals of every cycle, in order of number
 * @param actions       the actions of every cycle, in order of number
 * @param indicators    the indicators of every cycle, in order of number
 * @param measurements  the measurements, in the order they were recorded
 * @param signOffs      the sign-offs of the accountability reports, one per cycle at most
 * @param participation the number of members at the end of each finished cycle: index 0 for cycle 1
 * @param fundings      the money that came in, in every cycle, in the order it was recorded
 * @param lessons       the lessons learned, in every cycle, in the order they were recorded
 */
@API(status = API.Status.EXPERIMENTAL)
public record Initiative(InitiativeStep step, int cycle, Instant stepSince, InitiativeStep pausedIn, Erasable<String> title,
                         NeighbourhoodCode neighbourhood, StreamLink origin, List<PersonId> initiators,
                         List<PersonId> participants, List<Situation> situations, List<Erasable<Asset>> assets, List<Goal> goals,
                         List<Action> actions, List<Indicator> indicators, List<Measurement> measurements,
                         List<ReportSignOff> signOffs, List<Integer> participation,
                         List<Funding> fundings, List<Lesson> lessons) {

    /** The initiative before anything happened. */
    public static final Initiative INITIAL = new Initiative(InitiativeStep.NEW, 0, null, null, null, null, null, List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public Initiative {
        InvalidValueException.requireNonNull(step, "step");
        Checks.notNegative(cycle, "cycle");
        initiators = Lists.immutable(InvalidValueException.requireNonNull(initiators, "initiators"));
        participants = Lists.immutable(InvalidValueException.requireNonNull(participants, "participants"));
        assets = Lists.immutable(InvalidValueException.requireNonNull(assets, "assets"));
        goals = Lists.immutable(InvalidValueException.requireNonNull(goals, "goals"));
        actions = Lists.immutable(InvalidValueException.requireNonNull(actions, "actions"));
        indicators = Lists.immutable(InvalidValueException.requireNonNull(indicators, "indicators"));
        measurements = Lists.immutable(InvalidValueException.requireNonNull(measurements, "measurements"));
        signOffs = Lists.immutable(InvalidValueException.requireNonNull(signOffs, "signOffs"));
        situations = Lists.immutable(InvalidValueException.requireNonNull(situations, "situations"));
        participation = Lists.immutable(InvalidValueException.requireNonNull(participation, "participation"));
        fundings = Lists.immutable(InvalidValueException.requireNonNull(fundings, "fundings"));
        lessons = Lists.immutable(InvalidValueException.requireNonNull(lessons, "lessons"));
    }

    /** Whether the initiative runs: started and not closed (a paused initiative runs). */
    public boolean isRunning() {
        return step != InitiativeStep.NEW && step != InitiativeStep.CLOSED;
    }

    /** The step of the cycle it is in, or was in when it was paused; {@code step} otherwise. */
    public InitiativeStep cycleStep() {
        return step == InitiativeStep.PAUSED && pausedIn != null ? pausedIn : step;
    }

    /** Whether the person is an initiator or a participant. */
    public boolean isMember(PersonId person) {
        return initiators.contains(person) || participants.contains(person);
    }

    /** The number of members: initiators and participants. */
    public int memberCount() {
        return initiators.size() + participants.size();
    }

    /** The latest problem analysis, or {@code null} until one was described. */
    public Situation situation() {
        return situations.isEmpty() ? null : situations.get(situations.size() - 1);
    }

    /** The problem analysis of a cycle, or {@code null} when none was described in it. */
    public Situation situation(int ofCycle) {
        for (Situation s : situations) {
            if (s.cycle() == ofCycle) {
                return s;
            }
        }
        return null;
    }

    /** The number of members at the end of a cycle, or now for the current cycle; 0 for a cycle that does not exist. */
    public int membersIn(int ofCycle) {
        if (ofCycle == cycle) {
            return memberCount();
        }
        return ofCycle >= 1 && ofCycle <= participation.size() ? participation.get(ofCycle - 1) : 0;
    }

    /** Goal number {@code id}, or {@code null} when there is none. */
    public Goal goal(int id) {
        return id >= 1 && id <= goals.size() ? goals.get(id - 1) : null;
    }

    /** Action number {@code id}, or {@code null} when there is none. */
    public Action action(int id) {
        return id >= 1 && id <= actions.size() ? actions.get(id - 1) : null;
    }

    /** Indicator number {@code id}, or {@code null} when there is none. */
    public Indicator indicator(int id) {
        return id >= 1 && id <= indicators.size() ? indicators.get(id - 1) : null;
    }

    /** The sign-off of the report of a cycle, or {@code null} when it was not accepted (yet). */
    public ReportSignOff signOff(int ofCycle) {
        for (int i = signOffs.size() - 1; i >= 0; i--) {
            if (signOffs.get(i).cycle() == ofCycle) {
                return signOffs.get(i);
            }
        }
        return null;
    }

    /** This (new) initiative started: in step 1 of cycle 1 with its first initiators, nothing else yet. */
    Initiative withStart(Erasable<String> newTitle, NeighbourhoodCode in, StreamLink from, List<PersonId> firstInitiators, Instant at) {
        return new Initiative(InitiativeStep.SITUATION, 1, at, null, newTitle, in, from, firstInitiators, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    Initiative withStep(InitiativeStep value, InitiativeStep paused, Instant since) {
        return new Initiative(value, cycle, since, paused, title, neighbourhood, origin, initiators, participants, situations,
                assets, goals, actions, indicators, measurements, signOffs, participation, fundings, lessons);
    }

    Initiative withMembers(List<PersonId> newInitiators, List<PersonId> newParticipants, List<Action> newActions) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, newInitiators, newParticipants,
                situations, assets, goals, newActions, indicators, measurements, signOffs, participation, fundings, lessons);
    }

    Initiative withSituations(List<Situation> value, List<Erasable<Asset>> newAssets) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants, value,
                newAssets, goals, actions, indicators, measurements, signOffs, participation, fundings, lessons);
    }

    Initiative withGoals(List<Goal> value) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants,
                situations, assets, value, actions, indicators, measurements, signOffs, participation, fundings, lessons);
    }

    Initiative withActions(List<Action> value) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants,
                situations, assets, goals, value, indicators, measurements, signOffs, participation, fundings, lessons);
    }

    Initiative withIndicators(List<Indicator> value) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants,
                situations, assets, goals, actions, value, measurements, signOffs, participation, fundings, lessons);
    }

    Initiative withMeasurements(List<Measurement> value) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants,
                situations, assets, goals, actions, indicators, value, signOffs, participation, fundings, lessons);
    }

    Initiative withSignOffs(List<ReportSignOff> value) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants,
                situations, assets, goals, actions, indicators, measurements, value, participation, fundings, lessons);
    }

    Initiative withFundings(List<Funding> value) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants,
                situations, assets, goals, actions, indicators, measurements, signOffs, participation, value, lessons);
    }

    Initiative withLessons(List<Lesson> value) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants,
                situations, assets, goals, actions, indicators, measurements, signOffs, participation, fundings, value);
    }

    Initiative withCycle(int value, InitiativeStep at, Instant since, List<Goal> newGoals, List<Action> newActions,
                         List<Indicator> newIndicators) {
        return new Initiative(at, value, since, null, title, neighbourhood, origin, initiators, participants, situations,
                assets, newGoals, newActions, newIndicators, measurements, signOffs, Lists.plus(participation, memberCount()), fundings, lessons);
    }
}
