package nl.participatie.budgetmonitoring;

import java.util.ArrayList;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.PersonId;

/**
 * A budget round (<i>begrotingsronde</i>) of one resident group for one budget year: its step, the budget it works
 * on (by reference), its members and votes, the chosen domains and programmes, the analysis, the reallocations of
 * its alternative budget, the council's verdicts and the realisations recorded. Folded from its events; immutable.
 *
 * @param step          where the round stands
 * @param municipality  the municipality, {@code null} before the start
 * @param year          the budget year, 0 before the start
 * @param budget        the budget's reference
 * @param mode          how the group decides on domains
 * @param members       the group's members
 * @param votes         the votes cast on domains
 * @param domains       the chosen domains
 * @param programmes    the chosen programmes
 * @param analyses      the programme analyses
 * @param allocations   the translations of lines to areas
 * @param surveys       the survey rounds
 * @param reallocations the proposed reallocations still standing
 * @param proposed      how many reallocations were ever proposed (numbers are not reused)
 * @param totalChange   the declared change of total expenditure, {@code null} before submitting
 * @param proposal      how it went to the council, {@code null} before
 * @param verdicts      the council's verdicts
 * @param result        the council's result, {@code null} before the decision
 * @param realisations  the references of the realisations recorded, in order
 * @param previousYear  the reference of last year's realisation used as seasonal profile, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL)
public record BudgetRound(BudgetRoundStep step, MunicipalityCode municipality, int year, String budget, DecisionMode mode,
                          List<PersonId> members, List<Vote> votes, List<SocialDomain> domains, List<String> programmes,
                          List<ProgrammeAnalysis> analyses, List<LineAllocation> allocations, List<SurveyRound> surveys,
                          List<Reallocation> reallocations, int proposed, Money totalChange, CouncilProposal proposal,
                          List<Verdict> verdicts, CouncilResult result, List<String> realisations, String previousYear) {

    /** The state of a round that has not started. */
    public static final BudgetRound INITIAL = new BudgetRound(BudgetRoundStep.NEW, null, 0, null, null, List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, null, null, List.of(), null, List.of(), null);

    public BudgetRound {
        members = List.copyOf(members);
        votes = List.copyOf(votes);
        domains = List.copyOf(domains);
        programmes = List.copyOf(programmes);
        analyses = List.copyOf(analyses);
        allocations = List.copyOf(allocations);
        surveys = List.copyOf(surveys);
        reallocations = List.copyOf(reallocations);
        verdicts = List.copyOf(verdicts);
        realisations = List.copyOf(realisations);
    }

    /** Whether {@code person} is a member of the group. */
    public boolean isMember(PersonId person) {
        return members.contains(person);
    }

    /** The vote of a member, or {@code null}. */
    public Vote voteOf(PersonId member) {
        return votes.stream().filter(v -> v.member().equals(member)).findFirst().orElse(null);
    }

    /** The standing reallocation with this number, or {@code null}. */
    public Reallocation reallocation(int number) {
        return reallocations.stream().filter(r -> r.number() == number).findFirst().orElse(null);
    }

    /** The reallocations the council adopted, at their adopted amounts. */
    public List<Reallocation> adopted() {
        List<Reallocation> out = new ArrayList<>();
        for (Verdict v : verdicts) {
            Reallocation r = reallocation(v.reallocation());
            if (r != null && v.outcome() != Verdict.Outcome.REJECTED) {
                out.add(r.withAmount(v.amount()));
            }
        }
        return out;
    }

    /** The latest realisation's reference, or {@code null}. */
    public String latestRealisation() {
        return realisations.isEmpty() ? null : realisations.get(realisations.size() - 1);
    }

    BudgetRound withStep(BudgetRoundStep value) {
        return new BudgetRound(value, municipality, year, budget, mode, members, votes, domains, programmes, analyses,
                allocations, surveys, reallocations, proposed, totalChange, proposal, verdicts, result, realisations, previousYear);
    }

    BudgetRound withStart(MunicipalityCode m, int y, String b, DecisionMode d, List<PersonId> people) {
        return new BudgetRound(BudgetRoundStep.DOMAIN_SELECTION, m, y, b, d, people, votes, domains, programmes, analyses,
                allocations, surveys, reallocations, proposed, totalChange, proposal, verdicts, result, realisations, previousYear);
    }

    BudgetRound withMembersAndVotes(List<PersonId> people, List<Vote> cast) {
        return new BudgetRound(step, municipality, year, budget, mode, people, cast, domains, programmes, analyses,
                allocations, surveys, reallocations, proposed, totalChange, proposal, verdicts, result, realisations, previousYear);
    }

    BudgetRound withChoices(BudgetRoundStep s, List<SocialDomain> d, List<String> p) {
        return new BudgetRound(s, municipality, year, budget, mode, members, votes, d, p, analyses,
                allocations, surveys, reallocations, proposed, totalChange, proposal, verdicts, result, realisations, previousYear);
    }

    BudgetRound withAnalysis(List<ProgrammeAnalysis> a, List<LineAllocation> l, List<SurveyRound> s) {
        return new BudgetRound(step, municipality, year, budget, mode, members, votes, domains, programmes, a,
                l, s, reallocations, proposed, totalChange, proposal, verdicts, result, realisations, previousYear);
    }

    BudgetRound withReallocations(List<Reallocation> r, int count) {
        return new BudgetRound(step, municipality, year, budget, mode, members, votes, domains, programmes, analyses,
                allocations, surveys, r, count, totalChange, proposal, verdicts, result, realisations, previousYear);
    }

    BudgetRound withCouncil(BudgetRoundStep s, Money change, CouncilProposal p, List<Verdict> v, CouncilResult r) {
        return new BudgetRound(s, municipality, year, budget, mode, members, votes, domains, programmes, analyses,
                allocations, surveys, reallocations, proposed, change, p, v, r, realisations, previousYear);
    }

    BudgetRound withRealisations(List<String> r, String previous) {
        return new BudgetRound(step, municipality, year, budget, mode, members, votes, domains, programmes, analyses,
                allocations, surveys, reallocations, proposed, totalChange, proposal, verdicts, result, r, previous);
    }
}
