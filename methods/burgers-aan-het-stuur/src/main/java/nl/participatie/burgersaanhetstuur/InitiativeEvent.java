package nl.participatie.burgersaanhetstuur;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.link.Linking;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamLink;

/**
 * What happened to a citizen initiative (<i>gebeurtenis</i>): the facts its state is folded from and its audit trail
 * records. Never holds personal data in the plain: people are {@link PersonId}s, and what residents write is an
 * {@link Erasable} value under the key of its writer (when an initiator or participant wrote it) and of the
 * initiative, so that erasing the resident or the initiative makes it unreadable. The JSON form of each event is a
 * versioned contract ({@code burgersaanhetstuur.<name>.v<n>}).
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface InitiativeEvent {

    /**
     * The initiative started; it is in step 1 of cycle 1.
     *
     * @param title         its name; erasable
     * @param neighbourhood the neighbourhood
     * @param initiators    the initiators
     * @param origin        what started it, e.g. the Buurtschouw idea it {@code became}; may be {@code null}. Recorded
     *                      since links were checked, it is a registered link and indexed (an older history's
     *                      {@code started-by} is read as it was, and was never indexed)
     * @param at            when
     */
    record InitiativeStarted(Erasable<String> title, NeighbourhoodCode neighbourhood, List<PersonId> initiators, StreamLink origin,
                             Instant at) implements InitiativeEvent, Linking {
        public InitiativeStarted {
            InvalidValueException.requireNonNull(title, "title");
            InvalidValueException.requireNonNull(neighbourhood, "neighbourhood");
            initiators = List.copyOf(InvalidValueException.requireNonNull(initiators, "initiators"));
            InvalidValueException.requireNonNull(at, "at");
        }

        @Override
        public Optional<StreamLink> link() {
            return Optional.ofNullable(origin);
        }
    }

    /**
     * An action of the current cycle is funded from a line of a budget that residents monitor in Budgetmonitoring: a
     * {@code funded-by} link from this initiative to that budget round, anchored in the round's audit trail.
     *
     * @param action   the action
     * @param fundedBy the link to the budget round ({@code funded-by})
     * @param line     the budget line as the round names it, e.g. a taakveld code
     * @param at       when
     */
    record ActionFundedFromBudget(int action, StreamLink fundedBy, String line, Instant at) implements InitiativeEvent, Linking {
        public ActionFundedFromBudget {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(fundedBy, "fundedBy");
            InvalidValueException.requireNonNull(line, "line");
            InvalidValueException.requireNonNull(at, "at");
        }

        @Override
        public Optional<StreamLink> link() {
            return Optional.of(fundedBy);
        }
    }

    /**
     * The situation was described; replaces the analysis and the asset inventory.
     *
     * @param cycle       the cycle
     * @param description what is going on; erasable
     * @param affected    who is affected; erasable
     * @param sources     the sources; each erasable (a resident's story is personal)
     * @param assets      the asset inventory; each erasable
     */
    record SituationDescribed(int cycle, Erasable<String> description, Erasable<String> affected, List<Erasable<Source>> sources,
                              List<Erasable<Asset>> assets)
            implements InitiativeEvent {
        public SituationDescribed {
            Checks.positive(cycle, "cycle");
            InvalidValueException.requireNonNull(description, "description");
            InvalidValueException.requireNonNull(affected, "affected");
            sources = List.copyOf(InvalidValueException.requireNonNull(sources, "sources"));
            assets = List.copyOf(InvalidValueException.requireNonNull(assets, "assets"));
        }
    }

    /**
     * An asset was added to the inventory.
     *
     * @param asset the asset; erasable, under its writer's key
     */
    record AssetRecorded(Erasable<Asset> asset) implements InitiativeEvent {
        public AssetRecorded {
            InvalidValueException.requireNonNull(asset, "asset");
        }
    }

    /**
     * A resident joined.
     *
     * @param person     the resident
     * @param membership initiator or participant
     */
    record MemberJoined(PersonId person, Membership membership) implements InitiativeEvent {
        public MemberJoined {
            InvalidValueException.requireNonNull(person, "person");
            InvalidValueException.requireNonNull(membership, "membership");
        }
    }

    /**
     * A resident left; their open actions have no owner any more.
     *
     * @param person the resident
     * @param reason why; may be empty; erasable
     */
    record MemberLeft(PersonId person, Erasable<String> reason) implements InitiativeEvent {
        public MemberLeft {
            InvalidValueException.requireNonNull(person, "person");
            InvalidValueException.requireNonNull(reason, "reason");
        }
    }

    /**
     * A goal was set.
     *
     * @param goal  its number
     * @param cycle the cycle it is for (the next one when set in step 8)
     * @param title what must improve; erasable
     * @param theme liveability or social cohesion
     */
    record GoalSet(int goal, int cycle, Erasable<String> title, Goal.Theme theme) implements InitiativeEvent {
        public GoalSet {
            Checks.positive(goal, "goal");
            Checks.positive(cycle, "cycle");
            InvalidValueException.requireNonNull(title, "title");
            InvalidValueException.requireNonNull(theme, "theme");
        }
    }

    /**
     * An action was planned in the current cycle.
     *
     * @param action    its number
     * @param goal      the goal it serves
     * @param title     what is done; erasable
     * @param owner     who owns it; may be {@code null}
     * @param deadline  by when
     * @param resources what it needs
     * @param at        when
     */
    record ActionPlanned(int action, int goal, Erasable<String> title, PersonId owner, LocalDate deadline, List<Resource> resources,
                         Instant at) implements InitiativeEvent {
        public ActionPlanned {
            Checks.positive(action, "action");
            Checks.positive(goal, "goal");
            InvalidValueException.requireNonNull(title, "title");
            InvalidValueException.requireNonNull(deadline, "deadline");
            resources = List.copyOf(InvalidValueException.requireNonNull(resources, "resources"));
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * An action got an owner.
     *
     * @param action the action
     * @param owner  the owner
     */
    record ActionAssigned(int action, PersonId owner) implements InitiativeEvent {
        public ActionAssigned {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(owner, "owner");
        }
    }

    /**
     * An open action was handed to an organisation, which the initiative now waits on.
     *
     * @param action  the action
     * @param partner the organisation
     * @param at      when
     */
    record ActionHandedToPartner(int action, Partner partner, Instant at) implements InitiativeEvent {
        public ActionHandedToPartner {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(partner, "partner");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Money came in for a cycle.
     *
     * @param cycle       the cycle
     * @param kind        where it came from
     * @param amount      how much
     * @param description from whom or for what; erasable
     */
    record FundingRecorded(int cycle, Funding.Kind kind, Money amount, Erasable<String> description) implements InitiativeEvent {
        public FundingRecorded {
            Checks.positive(cycle, "cycle");
            InvalidValueException.requireNonNull(kind, "kind");
            InvalidValueException.requireNonNull(amount, "amount");
            InvalidValueException.requireNonNull(description, "description");
        }
    }

    /**
     * A lesson learned in a cycle was recorded.
     *
     * @param cycle  the cycle
     * @param lesson what was learned; erasable
     */
    record LessonRecorded(int cycle, Erasable<String> lesson) implements InitiativeEvent {
        public LessonRecorded {
            Checks.positive(cycle, "cycle");
            InvalidValueException.requireNonNull(lesson, "lesson");
        }
    }

    /**
     * An action got a new deadline.
     *
     * @param action   the action
     * @param deadline the new deadline
     * @param reason   why; erasable
     */
    record ActionRescheduled(int action, LocalDate deadline, Erasable<String> reason) implements InitiativeEvent {
        public ActionRescheduled {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(deadline, "deadline");
            InvalidValueException.requireNonNull(reason, "reason");
        }
    }

    /**
     * An action started, or was taken up again after being blocked.
     *
     * @param action the action
     * @param at     when
     */
    record ActionStarted(int action, Instant at) implements InitiativeEvent {
        public ActionStarted {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Progress was reported on an action.
     *
     * @param action  the action
     * @param percent how far along
     * @param note    what happened; erasable
     * @param at      when
     */
    record ProgressReported(int action, int percent, Erasable<String> note, Instant at) implements InitiativeEvent {
        public ProgressReported {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(note, "note");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * An action got blocked.
     *
     * @param action the action
     * @param reason what blocks it; erasable
     * @param at     when
     */
    record ActionBlocked(int action, Erasable<String> reason, Instant at) implements InitiativeEvent {
        public ActionBlocked {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(reason, "reason");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * An action was done.
     *
     * @param action the action
     * @param note   what came of it; erasable
     * @param at     when
     */
    record ActionFinished(int action, Erasable<String> note, Instant at) implements InitiativeEvent {
        public ActionFinished {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(note, "note");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * An action was dropped.
     *
     * @param action the action
     * @param reason why; erasable
     * @param at     when
     */
    record ActionDropped(int action, Erasable<String> reason, Instant at) implements InitiativeEvent {
        public ActionDropped {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(reason, "reason");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Money was spent on an action.
     *
     * @param action      the action
     * @param amount      how much
     * @param description on what; erasable
     */
    record SpendingRecorded(int action, Money amount, Erasable<String> description) implements InitiativeEvent {
        public SpendingRecorded {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(amount, "amount");
            InvalidValueException.requireNonNull(description, "description");
        }
    }

    /**
     * The deadline of an open action passed and its owner was told.
     *
     * @param action   the action
     * @param deadline the deadline that passed
     */
    record ActionOverdue(int action, LocalDate deadline) implements InitiativeEvent {
        public ActionOverdue {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * An indicator was defined in the current cycle.
     *
     * @param indicator        its number
     * @param goal             the goal it measures
     * @param name             what is counted; erasable
     * @param unit             the unit
     * @param kind             its kind in Results Based Accountability
     * @param baseline         the value at the start
     * @param target           the value to reach
     * @param firstMeasurement the first moment to measure
     * @param targetDate       when the target should be reached
     * @param method           how it is measured; erasable
     */
    record IndicatorDefined(int indicator, int goal, Erasable<String> name, String unit, Indicator.Kind kind, BigDecimal baseline,
                            BigDecimal target, LocalDate firstMeasurement, LocalDate targetDate, Erasable<String> method)
            implements InitiativeEvent {
        public IndicatorDefined {
            Checks.positive(indicator, "indicator");
            Checks.positive(goal, "goal");
            InvalidValueException.requireNonNull(name, "name");
            InvalidValueException.requireNonNull(unit, "unit");
            InvalidValueException.requireNonNull(kind, "kind");
            InvalidValueException.requireNonNull(baseline, "baseline");
            InvalidValueException.requireNonNull(target, "target");
            InvalidValueException.requireNonNull(firstMeasurement, "firstMeasurement");
            InvalidValueException.requireNonNull(targetDate, "targetDate");
            InvalidValueException.requireNonNull(method, "method");
        }
    }

    /**
     * A measurement was recorded.
     *
     * @param indicator  the indicator
     * @param value      the value
     * @param measuredOn when it was measured
     * @param source     where it comes from; erasable
     */
    record MeasurementRecorded(int indicator, BigDecimal value, LocalDate measuredOn, Erasable<String> source) implements InitiativeEvent {
        public MeasurementRecorded {
            Checks.positive(indicator, "indicator");
            InvalidValueException.requireNonNull(value, "value");
            InvalidValueException.requireNonNull(measuredOn, "measuredOn");
            InvalidValueException.requireNonNull(source, "source");
        }
    }

    /**
     * The initiative accepted the accountability report of a cycle.
     *
     * @param cycle the cycle
     * @param note  a remark; erasable
     * @param at    when
     */
    record ReportAccepted(int cycle, Erasable<String> note, Instant at) implements InitiativeEvent {
        public ReportAccepted {
            Checks.positive(cycle, "cycle");
            InvalidValueException.requireNonNull(note, "note");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The municipality acknowledged the accountability report of a cycle.
     *
     * @param cycle the cycle
     * @param note  a remark of the municipality (plain: not a resident's text)
     * @param at    when
     */
    record ReportAcknowledged(int cycle, String note, Instant at) implements InitiativeEvent {
        public ReportAcknowledged {
            Checks.positive(cycle, "cycle");
            InvalidValueException.requireNonNull(note, "note");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The initiative moved on to the next step.
     *
     * @param from the step it left
     * @param to   the step it entered
     * @param at   when
     */
    record StepAdvanced(InitiativeStep from, InitiativeStep to, Instant at) implements InitiativeEvent {
        public StepAdvanced {
            InvalidValueException.requireNonNull(from, "from");
            InvalidValueException.requireNonNull(to, "to");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The initiative went back to an earlier step; going back before step 7 undoes the report's sign-off.
     *
     * @param from   the step it left
     * @param to     the earlier step
     * @param reason why; erasable
     * @param at     when
     */
    record SteppedBack(InitiativeStep from, InitiativeStep to, Erasable<String> reason, Instant at) implements InitiativeEvent {
        public SteppedBack {
            InvalidValueException.requireNonNull(from, "from");
            InvalidValueException.requireNonNull(to, "to");
            InvalidValueException.requireNonNull(reason, "reason");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The next cycle opened, with what was carried over (as new goals, actions and indicators of that cycle).
     *
     * @param cycle      the new cycle
     * @param restartAt  the step it opened at
     * @param goals      the goals carried over
     * @param actions    the actions carried over
     * @param indicators the indicators carried over
     * @param at         when
     */
    record CycleOpened(int cycle, InitiativeStep restartAt, List<Goal> goals, List<Action> actions, List<Indicator> indicators,
                       Instant at) implements InitiativeEvent {
        public CycleOpened {
            Checks.positive(cycle, "cycle");
            InvalidValueException.requireNonNull(restartAt, "restartAt");
            goals = List.copyOf(InvalidValueException.requireNonNull(goals, "goals"));
            actions = List.copyOf(InvalidValueException.requireNonNull(actions, "actions"));
            indicators = List.copyOf(InvalidValueException.requireNonNull(indicators, "indicators"));
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The initiative was paused.
     *
     * @param step   the step it was paused in
     * @param reason why; erasable
     * @param at     when
     */
    record Paused(InitiativeStep step, Erasable<String> reason, Instant at) implements InitiativeEvent {
        public Paused {
            InvalidValueException.requireNonNull(step, "step");
            InvalidValueException.requireNonNull(reason, "reason");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The initiative was resumed.
     *
     * @param step the step it resumed in
     * @param at   when
     */
    record Resumed(InitiativeStep step, Instant at) implements InitiativeEvent {
        public Resumed {
            InvalidValueException.requireNonNull(step, "step");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The initiative was closed.
     *
     * @param step   the step it was in
     * @param reason why; erasable
     * @param at     when
     */
    record Closed(InitiativeStep step, Erasable<String> reason, Instant at) implements InitiativeEvent {
        public Closed {
            InvalidValueException.requireNonNull(step, "step");
            InvalidValueException.requireNonNull(reason, "reason");
            InvalidValueException.requireNonNull(at, "at");
        }
    }
}
