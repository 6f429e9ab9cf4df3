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
 * A citizen initiative (<i>burgerinitiatief</i>) in a neighbourhood, as the fold of its events: the step of the cycle
 * it is in, its people, its problem analysis and assets, and the goals, actions, indicators and measurements of every
 * cycle so far. Immutable; built only by {@link InitiativeDecider#evolve}.
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
 * @param situation     the problem analysis; {@code null} until described
 * @param assets        the neighbourhood's assets (ABCD)
 * @param goals         the goals of every cycle, in order of number
 * @param actions       the actions of every cycle, in order of number
 * @param indicators    the indicators of every cycle, in order of number
 * @param measurements  the measurements, in the order they were recorded
 * @param signOffs      the sign-offs of the accountability reports, one per cycle at most
 */
@API(status = API.Status.EXPERIMENTAL)
public record Initiative(InitiativeStep step, int cycle, Instant stepSince, InitiativeStep pausedIn, Erasable<String> title,
                         NeighbourhoodCode neighbourhood, StreamLink origin, List<PersonId> initiators,
                         List<PersonId> participants, Situation situation, List<Asset> assets, List<Goal> goals,
                         List<Action> actions, List<Indicator> indicators, List<Measurement> measurements,
                         List<ReportSignOff> signOffs) {

    /** The initiative before anything happened. */
    public static final Initiative INITIAL = new Initiative(InitiativeStep.NEW, 0, null, null, null, null, null, List.of(),
            List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

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
        return new Initiative(InitiativeStep.SITUATION, 1, at, null, newTitle, in, from, firstInitiators, List.of(), null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    Initiative withStep(InitiativeStep value, InitiativeStep paused, Instant since) {
        return new Initiative(value, cycle, since, paused, title, neighbourhood, origin, initiators, participants, situation,
                assets, goals, actions, indicators, measurements, signOffs);
    }

    Initiative withMembers(List<PersonId> newInitiators, List<PersonId> newParticipants, List<Action> newActions) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, newInitiators, newParticipants,
                situation, assets, goals, newActions, indicators, measurements, signOffs);
    }

    Initiative withSituation(Situation value, List<Asset> newAssets) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants, value,
                newAssets, goals, actions, indicators, measurements, signOffs);
    }

    Initiative withGoals(List<Goal> value) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants,
                situation, assets, value, actions, indicators, measurements, signOffs);
    }

    Initiative withActions(List<Action> value) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants,
                situation, assets, goals, value, indicators, measurements, signOffs);
    }

    Initiative withIndicators(List<Indicator> value) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants,
                situation, assets, goals, actions, value, measurements, signOffs);
    }

    Initiative withMeasurements(List<Measurement> value) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants,
                situation, assets, goals, actions, indicators, value, signOffs);
    }

    Initiative withSignOffs(List<ReportSignOff> value) {
        return new Initiative(step, cycle, stepSince, pausedIn, title, neighbourhood, origin, initiators, participants,
                situation, assets, goals, actions, indicators, measurements, value);
    }

    Initiative withCycle(int value, InitiativeStep at, Instant since, List<Goal> newGoals, List<Action> newActions,
                         List<Indicator> newIndicators) {
        return new Initiative(at, value, since, null, title, neighbourhood, origin, initiators, participants, situation,
                assets, newGoals, newActions, newIndicators, measurements, signOffs);
    }
}
