package nl.participatie.budgetmonitoring;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * What the people of a budget round ask (<i>opdracht</i>). Each command is checked with Bean Validation, then
 * against the workflow of {@link BudgetmonitoringWorkflow#ROUNDS} (step and role), then by {@link BudgetRoundDecider}.
 * Budget lines are referred to by their id in the round's budget, reallocations and survey rounds by number.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface BudgetRoundCommand {

    /**
     * Starts a round for a resident group on a budget already supplied ({@link BudgetData}).
     *
     * @param municipality the municipality
     * @param year         the budget year
     * @param budget       the reference of the budget in {@link BudgetData}
     * @param mode         how the group decides on its domains
     * @param members      the group's members; a resident who starts it is a member too
     */
    record StartRound(@NotNull MunicipalityCode municipality, @Min(2017) @Max(2100) int year, @NotBlank @Size(max = 100) String budget,
                      @NotNull DecisionMode mode, @NotNull @Size(max = 500) List<@NotNull PersonId> members) implements BudgetRoundCommand {
        public StartRound {
            members = members == null ? null : List.copyOf(members);
        }
    }

    /** Adds a resident to the group. @param member the resident */
    record JoinGroup(@NotNull PersonId member) implements BudgetRoundCommand {
    }

    /**
     * A member's vote on the domains: cast by the member digitally, or entered by a facilitator from paper.
     *
     * @param member  whose vote it is
     * @param domains the domains voted for
     * @param channel digital or paper
     */
    record CastVote(@NotNull PersonId member, @NotEmpty @Size(max = 20) List<@NotNull SocialDomain> domains,
                    @NotNull Vote.Channel channel) implements BudgetRoundCommand {
        public CastVote {
            domains = domains == null ? null : List.copyOf(domains);
        }
    }

    /** Counts the votes and chooses the domains with the most ({@link DecisionMode#VOTES}). */
    record CountVotes() implements BudgetRoundCommand {
    }

    /** Records the domains the group agreed on ({@link DecisionMode#CONSENSUS}). @param domains the domains */
    record AgreeOnDomains(@NotEmpty @Size(max = 20) List<@NotNull SocialDomain> domains) implements BudgetRoundCommand {
        public AgreeOnDomains {
            domains = domains == null ? null : List.copyOf(domains);
        }
    }

    /** Chooses the programmes to analyse, within the chosen domains. @param programmes the programmes */
    record SelectProgrammes(@NotEmpty @Size(max = 50) List<@NotBlank String> programmes) implements BudgetRoundCommand {
        public SelectProgrammes {
            programmes = programmes == null ? null : List.copyOf(programmes);
        }
    }

    /**
     * Records the analysis of a selected programme; replaces an earlier one.
     *
     * @param programme      the programme
     * @param goals          its goals and results in the group's words
     * @param decisionMoment when in the budget cycle its money is decided
     */
    record AnalyseProgramme(@NotBlank String programme, @NotBlank @Size(max = 2000) String goals,
                            @NotNull ProgrammeAnalysis.CycleMoment decisionMoment) implements BudgetRoundCommand {
    }

    /**
     * Translates a line of a selected programme to areas; replaces an earlier translation.
     *
     * @param line   the line's id
     * @param shares the areas and percentages, adding up to 100
     */
    record AllocateToAreas(@NotBlank String line, @NotEmpty @Size(max = 200) List<@NotNull @Valid AreaShare> shares)
            implements BudgetRoundCommand {
        public AllocateToAreas {
            shares = shares == null ? null : List.copyOf(shares);
        }
    }

    /**
     * Records a round of activating neighbourhood research.
     *
     * @param area      where
     * @param invited   households asked
     * @param responses households that answered
     * @param findings  what the group found
     */
    record RecordSurveyRound(@NotNull AreaCode area, @Min(1) @Max(1_000_000) int invited, @Min(0) int responses,
                             @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> findings) implements BudgetRoundCommand {
        public RecordSurveyRound {
            findings = findings == null ? null : List.copyOf(findings);
        }
    }

    /** Closes the analysis: every selected programme analysed, at least one survey round. */
    record CompleteAnalysis() implements BudgetRoundCommand {
    }

    /**
     * Proposes a reallocation: from and to for a move, only to for an increase, only from for a decrease.
     *
     * @param from     the line that gives, or {@code null}
     * @param to       the line that receives, or {@code null}
     * @param amount   how much
     * @param findings the survey rounds whose findings justify it, at least one
     */
    record ProposeReallocation(String from, String to, @NotNull Money amount, @NotEmpty @Size(max = 20) List<@NotNull Integer> findings)
            implements BudgetRoundCommand {
        public ProposeReallocation {
            findings = findings == null ? null : List.copyOf(findings);
        }
    }

    /**
     * Records that a reallocation answers actions of a Youth Manifesto group (<i>antwoord op het jongerenmanifest</i>):
     * a {@code responds-to} link from this round to that group, checked and indexed by core. When the council adopts
     * the reallocation, a reaction can mark those actions {@code realised-by} this round. The group must exist in the
     * same store.
     *
     * @param reallocation   the reallocation's number
     * @param manifestoGroup the Youth Manifesto group ({@code youthmanifesto.group})
     * @param actions        the numbers of the manifesto's actions it answers
     */
    record AnswerManifestoActions(@Min(1) int reallocation, @NotNull StreamId manifestoGroup,
                                  @NotEmpty @Size(max = 50) List<@NotNull @Min(1) Integer> actions) implements BudgetRoundCommand {
        public AnswerManifestoActions {
            actions = actions == null ? null : List.copyOf(actions);
        }
    }

    /** Withdraws a proposed reallocation. @param reallocation its number */
    record WithdrawReallocation(@Min(1) int reallocation) implements BudgetRoundCommand {
    }

    /**
     * Submits the alternative budget with the change of total expenditure it declares: zero for budget-neutral.
     *
     * @param totalChange the declared change of total expenditure (reserve mutations excluded)
     */
    record SubmitAlternativeBudget(@NotNull Money totalChange) implements BudgetRoundCommand {
    }

    /**
     * Records how and when the alternative budget went to the council.
     *
     * @param form     raadsadres or amendments
     * @param meeting  the council meeting
     * @param document the council document id
     */
    record PresentToCouncil(@NotNull CouncilProposal.Form form, @NotNull LocalDate meeting, @NotBlank @Size(max = 100) String document)
            implements BudgetRoundCommand {
    }

    /** Records the council's decision, one verdict per reallocation. @param verdicts the verdicts */
    record RecordCouncilDecision(@NotNull @Size(max = 500) List<@NotNull @Valid Verdict> verdicts) implements BudgetRoundCommand {
        public RecordCouncilDecision {
            verdicts = verdicts == null ? null : List.copyOf(verdicts);
        }
    }

    /**
     * Records realised amounts supplied in {@link BudgetData}, with optionally last year's realisation as the
     * seasonal profile of the projection.
     *
     * @param realisation  the reference of this year's realisation so far
     * @param previousYear the reference of last year's full realisation, or {@code null} for a linear projection
     */
    record RecordRealisation(@NotBlank @Size(max = 100) String realisation, @Size(max = 100) String previousYear)
            implements BudgetRoundCommand {
    }

    /** Closes the year with the final monitoring report. */
    record CloseRound() implements BudgetRoundCommand {
    }
}
