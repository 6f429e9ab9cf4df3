package nl.participatie.budgetmonitoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.link.Linking;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamLink;

/**
 * What happened in a budget round (<i>gebeurtenis</i>): the group's decisions and the council's. The budget and its
 * realisation are referred to, never copied: an event names the reference and the totals it was checked against.
 * People are {@link PersonId}s. The JSON form of each event is a versioned contract
 * ({@code budgetmonitoring.<name>.v1}).
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface BudgetRoundEvent {

    /**
     * The round started on a budget.
     *
     * @param municipality the municipality
     * @param year         the budget year
     * @param budget       the budget's reference
     * @param lines        how many lines the budget had
     * @param totalLasten  its total expenditure, reserve mutations excluded
     * @param mode         how the group decides on domains
     * @param members      the first members
     * @param at           when
     */
    record RoundStarted(MunicipalityCode municipality, int year, String budget, int lines, Money totalLasten, DecisionMode mode,
                        List<PersonId> members, Instant at) implements BudgetRoundEvent {
        public RoundStarted {
            InvalidValueException.requireNonNull(municipality, "municipality");
            InvalidValueException.requireNonNull(budget, "budget");
            InvalidValueException.requireNonNull(totalLasten, "totalLasten");
            InvalidValueException.requireNonNull(mode, "mode");
            members = List.copyOf(InvalidValueException.requireNonNull(members, "members"));
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /** A resident joined the group. @param member the resident */
    record MemberJoined(PersonId member) implements BudgetRoundEvent {
        public MemberJoined {
            InvalidValueException.requireNonNull(member, "member");
        }
    }

    /** A member's vote was cast. @param vote the vote */
    record VoteCast(Vote vote) implements BudgetRoundEvent {
        public VoteCast {
            InvalidValueException.requireNonNull(vote, "vote");
        }
    }

    /**
     * The group chose its domains.
     *
     * @param domains the domains
     * @param mode    by votes or by consensus
     * @param votes   how many votes were counted (0 by consensus)
     */
    record DomainsChosen(List<SocialDomain> domains, DecisionMode mode, int votes) implements BudgetRoundEvent {
        public DomainsChosen {
            domains = List.copyOf(InvalidValueException.requireNonNull(domains, "domains"));
            InvalidValueException.requireNonNull(mode, "mode");
        }
    }

    /** The programmes to analyse were chosen. @param programmes the programmes */
    record ProgrammesSelected(List<String> programmes) implements BudgetRoundEvent {
        public ProgrammesSelected {
            programmes = List.copyOf(InvalidValueException.requireNonNull(programmes, "programmes"));
        }
    }

    /** A programme was analysed. @param analysis the analysis */
    record ProgrammeAnalysed(ProgrammeAnalysis analysis) implements BudgetRoundEvent {
        public ProgrammeAnalysed {
            InvalidValueException.requireNonNull(analysis, "analysis");
        }
    }

    /** A line was translated to areas. @param allocation the translation */
    record LineAllocated(LineAllocation allocation) implements BudgetRoundEvent {
        public LineAllocated {
            InvalidValueException.requireNonNull(allocation, "allocation");
        }
    }

    /** A survey round was recorded. @param survey the round */
    record SurveyRoundRecorded(SurveyRound survey) implements BudgetRoundEvent {
        public SurveyRoundRecorded {
            InvalidValueException.requireNonNull(survey, "survey");
        }
    }

    /** The analysis was completed. @param at when */
    record AnalysisCompleted(Instant at) implements BudgetRoundEvent {
        public AnalysisCompleted {
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /** A reallocation was proposed. @param reallocation the reallocation */
    record ReallocationProposed(Reallocation reallocation) implements BudgetRoundEvent {
        public ReallocationProposed {
            InvalidValueException.requireNonNull(reallocation, "reallocation");
        }
    }

    /**
     * A reallocation answers actions of a Youth Manifesto group: a {@code responds-to} link from this round to the
     * group, anchored in the group's audit trail.
     *
     * @param reallocation the reallocation's number
     * @param respondsTo   the link to the group ({@code responds-to})
     * @param actions      the numbers of the manifesto's actions it answers
     */
    record ManifestoActionsAnswered(int reallocation, StreamLink respondsTo, List<Integer> actions)
            implements BudgetRoundEvent, Linking {
        public ManifestoActionsAnswered {
            InvalidValueException.requireNonNull(respondsTo, "respondsTo");
            actions = List.copyOf(InvalidValueException.requireNonNull(actions, "actions"));
        }

        @Override
        public Optional<StreamLink> link() {
            return Optional.of(respondsTo);
        }
    }

    /** A reallocation was withdrawn. @param reallocation its number */
    record ReallocationWithdrawn(int reallocation) implements BudgetRoundEvent {
    }

    /**
     * The alternative budget was submitted.
     *
     * @param totalChange     the change of total expenditure, zero when budget-neutral
     * @param residentsLasten the residents' total expenditure, reserve mutations excluded
     * @param at              when
     */
    record AlternativeBudgetSubmitted(Money totalChange, Money residentsLasten, Instant at) implements BudgetRoundEvent {
        public AlternativeBudgetSubmitted {
            InvalidValueException.requireNonNull(totalChange, "totalChange");
            InvalidValueException.requireNonNull(residentsLasten, "residentsLasten");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /** The alternative budget went to the council. @param proposal how and when */
    record ProposalPresented(CouncilProposal proposal) implements BudgetRoundEvent {
        public ProposalPresented {
            InvalidValueException.requireNonNull(proposal, "proposal");
        }
    }

    /**
     * The griffie recorded the council's decision.
     *
     * @param verdicts      one per reallocation
     * @param result        wholly, partly or not adopted
     * @param adoptedLasten the adopted total expenditure, reserve mutations excluded
     */
    record CouncilDecisionRecorded(List<Verdict> verdicts, CouncilResult result, Money adoptedLasten) implements BudgetRoundEvent {
        public CouncilDecisionRecorded {
            verdicts = List.copyOf(InvalidValueException.requireNonNull(verdicts, "verdicts"));
            InvalidValueException.requireNonNull(result, "result");
            InvalidValueException.requireNonNull(adoptedLasten, "adoptedLasten");
        }
    }

    /**
     * Realised amounts were recorded.
     *
     * @param realisation   the reference of the realisation
     * @param previousYear  the reference of last year's realisation used as seasonal profile, or {@code null}
     * @param throughPeriod the last period it covers
     * @param realised      the realised expenditure so far, reserve mutations excluded
     * @param flagged       how many lines were flagged
     */
    record RealisationRecorded(String realisation, String previousYear, int throughPeriod, Money realised, int flagged)
            implements BudgetRoundEvent {
        public RealisationRecorded {
            InvalidValueException.requireNonNull(realisation, "realisation");
            InvalidValueException.requireNonNull(realised, "realised");
        }
    }

    /** The round was closed. @param at when */
    record RoundClosed(Instant at) implements BudgetRoundEvent {
        public RoundClosed {
            InvalidValueException.requireNonNull(at, "at");
        }
    }
}
