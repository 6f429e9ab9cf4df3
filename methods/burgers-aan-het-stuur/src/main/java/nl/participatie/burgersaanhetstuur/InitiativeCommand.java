package nl.participatie.burgersaanhetstuur;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;

/**
 * What the people of a citizen initiative ask (<i>opdracht</i>): start it, describe the situation, set goals, plan
 * actions, define indicators, carry out and measure, account for it, and open the next cycle. Each command is checked
 * with Bean Validation, then against {@link BurgersAanHetStuurWorkflow#WORKFLOW} (step and role), then by
 * {@link InitiativeDecider}. Goals, actions and indicators are referred to by their number within the initiative.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface InitiativeCommand {

    /**
     * Starts an initiative in a neighbourhood with its initiators; it enters step 1, "Wat is er aan de hand?".
     *
     * @param title         its name
     * @param neighbourhood the neighbourhood (CBS code)
     * @param initiators    the residents running it, at least one
     * @param origin        what started it, e.g. {@code StreamLink.of("started-by", ideaStream)}; may be {@code null}
     */
    record StartInitiative(@NotBlank @Size(max = 200) String title, @NotNull NeighbourhoodCode neighbourhood,
                           @NotEmpty @Size(max = 20) List<@NotNull PersonId> initiators, StreamLink origin)
            implements InitiativeCommand {
        public StartInitiative {
            initiators = Checks.commandList(initiators);
        }
    }

    /**
     * Describes the situation (step 1): what is going on, who is affected, the sources, and the inventory of the
     * neighbourhood's assets. Replaces an earlier description and inventory.
     *
     * @param description what is going on
     * @param affected    who is affected
     * @param sources     observations, figures, stories
     * @param assets      the assets to build on (ABCD); at least one is needed to set goals
     */
    record DescribeSituation(@NotBlank @Size(max = 4000) String description, @NotBlank @Size(max = 1000) String affected,
                             @NotNull @Size(max = 50) List<@NotNull @Valid Source> sources,
                             @NotNull @Size(max = 100) List<@NotNull @Valid Asset> assets) implements InitiativeCommand {
        public DescribeSituation {
            sources = Checks.commandList(sources);
            assets = Checks.commandList(assets);
        }
    }

    /**
     * Adds an asset to the inventory, in any step: assets are found along the way.
     *
     * @param kind        skill, association, institution or place
     * @param description what it is
     */
    record RecordAsset(@NotNull Asset.Kind kind, @NotBlank @Size(max = 500) String description) implements InitiativeCommand {
    }

    /**
     * Adds a resident as initiator or participant.
     *
     * @param person     the resident
     * @param membership initiator or participant
     */
    record JoinInitiative(@NotNull PersonId person, @NotNull Membership membership) implements InitiativeCommand {
    }

    /**
     * A resident leaves; the open actions they owned lose their owner. A participant can only take themselves out; the
     * last initiator cannot leave.
     *
     * @param person the resident
     * @param reason why; may be empty
     */
    record LeaveInitiative(@NotNull PersonId person, @NotNull @Size(max = 1000) String reason) implements InitiativeCommand {
    }

    /**
     * Sets a goal (step 2; in step 8 a goal for the next cycle).
     *
     * @param title what must improve
     * @param theme liveability or social cohesion
     */
    record SetGoal(@NotBlank @Size(max = 200) String title, @NotNull Goal.Theme theme) implements InitiativeCommand {
    }

    /**
     * Plans an action for a goal of the current cycle (step 3). The owner, when given, must be a member and is told.
     *
     * @param goal      the goal it serves
     * @param title     what is done
     * @param owner     who owns it; may be {@code null} (the diagnosis will ask for one)
     * @param deadline  when it should be done; not in the past
     * @param resources what it needs, with planned costs
     */
    record PlanAction(@Positive int goal, @NotBlank @Size(max = 200) String title, PersonId owner, @NotNull LocalDate deadline,
                      @NotNull @Size(max = 20) List<@NotNull @Valid Resource> resources) implements InitiativeCommand {
        public PlanAction {
            resources = Checks.commandList(resources);
        }
    }

    /**
     * Gives an open action a (new) owner, who must be a member and is told.
     *
     * @param action the action
     * @param owner  the new owner
     */
    record AssignAction(@Positive int action, @NotNull PersonId owner) implements InitiativeCommand {
    }

    /**
     * Hands an open action to an organisation (step 3 to 5): the municipality, a housing corporation, a welfare
     * organisation or another partner now owns it and the initiative waits on it. Its member owner, if any, stays the
     * contact. When the partner is the municipality, every civil servant is told.
     *
     * @param action  the action
     * @param partner the organisation that owns it now
     */
    record HandToPartner(@Positive int action, @NotNull @Valid Partner partner) implements InitiativeCommand {
    }

    /**
     * Records money that came in for the current cycle (steps 3 to 7): a subsidy from the bewonersbudget or the
     * initiatievenfonds, the residents' own contribution, or other money.
     *
     * @param kind        where it came from
     * @param amount      how much, more than zero
     * @param description from whom or for what
     */
    record RecordFunding(@NotNull Funding.Kind kind, @NotNull Money amount, @NotBlank @Size(max = 200) String description)
            implements InitiativeCommand {
    }

    /**
     * Funds an action of the current cycle from a line of a budget round in Budgetmonitoring (steps 3 to 5): links
     * the initiative to that round ({@code funded-by}), so the round's realisation reaches the initiative's residents
     * and the idea it came from. The round must exist in the same store.
     *
     * @param action      the action
     * @param budgetRound the Budgetmonitoring round ({@code budgetmonitoring.budget-round})
     * @param line        the budget line as the round names it, e.g. a taakveld code
     */
    record FundActionFromBudget(@Positive int action, @NotNull StreamId budgetRound, @NotBlank @Size(max = 100) String line)
            implements InitiativeCommand {
    }

    /**
     * Records a lesson learned in the current cycle (steps 7 and 8), for the accountability report.
     *
     * @param lesson what was learned
     */
    record RecordLesson(@NotBlank @Size(max = 1000) String lesson) implements InitiativeCommand {
    }

    /**
     * Gives an open action a new deadline while re-planning (step 3).
     *
     * @param action   the action
     * @param deadline the new deadline; not in the past
     * @param reason   why
     */
    record RescheduleAction(@Positive int action, @NotNull LocalDate deadline, @NotBlank @Size(max = 1000) String reason)
            implements InitiativeCommand {
    }

    /**
     * Drops an open action, with the reason (accounted for in the report).
     *
     * @param action the action
     * @param reason why
     */
    record DropAction(@Positive int action, @NotBlank @Size(max = 1000) String reason) implements InitiativeCommand {
    }

    /**
     * Defines a SMART indicator for a goal of the current cycle (step 4): a number (baseline and a different target),
     * a unit and dates, how it is measured and its kind in Results Based Accountability.
     *
     * @param goal             the goal it measures
     * @param name             what is counted
     * @param unit             the unit
     * @param kind             how much, how well, or is anyone better off
     * @param baseline         the value now
     * @param target           the value to reach; not equal to the baseline
     * @param firstMeasurement the first moment to measure; not after the target date
     * @param targetDate       when the target should be reached; after today
     * @param method           how it is measured
     */
    record DefineIndicator(@Positive int goal, @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 50) String unit,
                           @NotNull Indicator.Kind kind, @NotNull @Digits(integer = 12, fraction = 6) BigDecimal baseline,
                           @NotNull @Digits(integer = 12, fraction = 6) BigDecimal target, @NotNull LocalDate firstMeasurement,
                           @NotNull LocalDate targetDate, @NotBlank @Size(max = 500) String method) implements InitiativeCommand {
    }

    /**
     * Starts a planned action, or takes up a blocked one again (step 5). A participant can only do this for an
     * action they own.
     *
     * @param action the action
     */
    record StartAction(@Positive int action) implements InitiativeCommand {
    }

    /**
     * Reports progress on a started action; on a blocked action it is the follow-up that keeps it from stalling.
     *
     * @param action  the action
     * @param percent how far along, 0 to 100
     * @param note    what happened; may be empty
     */
    record ReportProgress(@Positive int action, @Min(0) @Max(100) int percent, @NotNull @Size(max = 1000) String note)
            implements InitiativeCommand {
    }

    /**
     * Reports that a planned or started action is blocked, and why.
     *
     * @param action the action
     * @param reason what blocks it
     */
    record BlockAction(@Positive int action, @NotBlank @Size(max = 1000) String reason) implements InitiativeCommand {
    }

    /**
     * Reports an open action done.
     *
     * @param action the action
     * @param note   what came of it; may be empty
     */
    record FinishAction(@Positive int action, @NotNull @Size(max = 1000) String note) implements InitiativeCommand {
    }

    /**
     * Records money spent on an action of the current cycle, accounted for against its planned budget.
     *
     * @param action      the action
     * @param amount      what was spent; above zero
     * @param description on what
     */
    record RecordSpending(@Positive int action, @NotNull Money amount, @NotBlank @Size(max = 200) String description)
            implements InitiativeCommand {
    }

    /**
     * Records a measurement of an indicator of the current cycle (steps 5 and 6).
     *
     * @param indicator  the indicator
     * @param value      the value, in its unit
     * @param measuredOn when; not in the future
     * @param source     where the value comes from
     */
    record RecordMeasurement(@Positive int indicator, @NotNull @Digits(integer = 12, fraction = 6) BigDecimal value,
                             @NotNull LocalDate measuredOn, @NotBlank @Size(max = 200) String source) implements InitiativeCommand {
    }

    /**
     * The initiative accepts the accountability report of the current cycle (step 7); the municipality is told it is
     * ready.
     *
     * @param note a remark; may be empty
     */
    record AcceptReport(@NotNull @Size(max = 2000) String note) implements InitiativeCommand {
    }

    /**
     * The municipality acknowledges the accepted accountability report (step 7).
     *
     * @param note a remark; may be empty
     */
    record AcknowledgeReport(@NotNull @Size(max = 2000) String note) implements InitiativeCommand {
    }

    /**
     * Moves on to the next step of the cycle when the current one is complete. The target is named, so a command sent
     * twice cannot skip a step.
     *
     * @param to the next step
     */
    record AdvanceStep(@NotNull InitiativeStep to) implements InitiativeCommand {
    }

    /**
     * Goes back to an earlier step of the cycle, e.g. from execution to the action plan to re-plan.
     *
     * @param to     the earlier step
     * @param reason why
     */
    record GoBack(@NotNull InitiativeStep to, @NotBlank @Size(max = 1000) String reason) implements InitiativeCommand {
    }

    /**
     * Opens the next cycle from step 8, at {@link InitiativeStep#GOALS} or, when the situation changed, at
     * {@link InitiativeStep#SITUATION}. The goals set in step 8 are the new cycle's; the listed goals, open actions and
     * indicators are carried over (an action or indicator brings its goal along; a carried indicator starts from its
     * last measured value). Members stay.
     *
     * @param restartAt      {@code GOALS} or {@code SITUATION}
     * @param keepGoals      goals of the current cycle to continue
     * @param keepActions    open actions of the current cycle to continue
     * @param keepIndicators indicators of the current cycle to continue
     */
    record OpenNextCycle(@NotNull InitiativeStep restartAt, @NotNull @Size(max = 100) List<@NotNull Integer> keepGoals,
                         @NotNull @Size(max = 100) List<@NotNull Integer> keepActions,
                         @NotNull @Size(max = 100) List<@NotNull Integer> keepIndicators) implements InitiativeCommand {
        public OpenNextCycle {
            keepGoals = Checks.commandList(keepGoals);
            keepActions = Checks.commandList(keepActions);
            keepIndicators = Checks.commandList(keepIndicators);
        }

        /** Opens the next cycle at the step, carrying nothing over but what step 8 set. */
        public static OpenNextCycle at(InitiativeStep restartAt) {
            return new OpenNextCycle(restartAt, List.of(), List.of(), List.of());
        }
    }

    /**
     * Pauses the initiative, with a reason.
     *
     * @param reason why
     */
    record Pause(@NotBlank @Size(max = 1000) String reason) implements InitiativeCommand {
    }

    /** Resumes a paused initiative in the step it was paused in. */
    record Resume() implements InitiativeCommand {
    }

    /**
     * Closes the initiative for good, with a reason, from any step.
     *
     * @param reason why
     */
    record Close(@NotBlank @Size(max = 1000) String reason) implements InitiativeCommand {
    }

    /**
     * Time-driven, fired by the system: the deadline of an open action passed; its owner (or, without one, the
     * initiators) is told once.
     *
     * @param action the action
     */
    record MarkActionOverdue(@Positive int action) implements InitiativeCommand {
    }
}
