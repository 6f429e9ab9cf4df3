package nl.participatie.budgetmonitoring;

import static nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow.GRIFFIE;
import static nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow.RESIDENT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.participatie.budgetmonitoring.BudgetRoundCommand.AgreeOnDomains;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.AllocateToAreas;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.AnswerManifestoActions;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.AnalyseProgramme;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CastVote;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CloseRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CompleteAnalysis;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CountVotes;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.JoinGroup;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.PresentToCouncil;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.ProposeReallocation;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordCouncilDecision;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordRealisation;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordSurveyRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.SelectProgrammes;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.StartRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.SubmitAlternativeBudget;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.WithdrawReallocation;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.AlternativeBudgetSubmitted;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.AnalysisCompleted;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.CouncilDecisionRecorded;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.DomainsChosen;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.LineAllocated;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.ManifestoActionsAnswered;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.MemberJoined;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.ProgrammeAnalysed;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.ProgrammesSelected;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.ProposalPresented;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.RealisationRecorded;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.ReallocationProposed;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.ReallocationWithdrawn;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.RoundClosed;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.RoundStarted;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.SurveyRoundRecorded;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.VoteCast;
import nl.participatie.core.API;
import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.Notification;
import nl.participatie.core.Recipient;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamLink;

/**
 * The rules of a budget round (<i>spelregels</i>): what each command causes in a given state, and how each event
 * changes it. The workflow (step and role) is checked by the engine before {@link #decide}; here live the rules that
 * need the state or the figures: only members vote and propose, one vote per member, programmes lie in the chosen
 * domains, area percentages add up to 100, a reallocation touches real lines of the selected programmes and never
 * the reserve mutations, the declared total change is the real one, every reallocation gets a verdict. The figures are
 * read through {@link BudgetData}, given to the decider. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BudgetRoundDecider implements Decider<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BudgetData data;
    private final BudgetRoundRules rules;
    private final SocialDomains domains;

    /**
     * A decider on the municipality's figures and rules.
     *
     * @param data    where budgets and realisations are found
     * @param rules   the thresholds and voting rules
     * @param domains the grouping of taakvelden into social domains
     */
    public BudgetRoundDecider(BudgetData data, BudgetRoundRules rules, SocialDomains domains) {
        this.data = InvalidValueException.requireNonNull(data, "data");
        this.rules = InvalidValueException.requireNonNull(rules, "rules");
        this.domains = InvalidValueException.requireNonNull(domains, "domains");
    }

    @Override
    public BudgetRound initialState() {
        return BudgetRound.INITIAL;
    }

    // ------------------------------------------------------------------------------------------------------- decide

    @Override
    public Decision<BudgetRoundEvent> decide(BudgetRoundCommand command, BudgetRound state, DecisionContext context) {
        if (command instanceof StartRound c) {
            return start(c, state, context);
        }
        Budget budget = data.budget(state.budget());
        if (state.step() == BudgetRoundStep.NEW || budget == null) {
            return Decision.reject(BudgetRoundRejection.NOT_STARTED, "");
        }
        PersonId actor = context.actor().person();
        boolean resident = RESIDENT.equals(context.actor().role());
        // Instance roles: a resident acts only as a member of this group.
        if (resident && !state.isMember(actor) && !(command instanceof JoinGroup)) {
            return Decision.reject(BudgetRoundRejection.NOT_A_MEMBER, "actor", actor);
        }
        if (command instanceof JoinGroup c) {
            if (state.isMember(c.member())) {
                return Decision.reject(BudgetRoundRejection.ALREADY_A_MEMBER, "member", c.member());
            }
            return Decision.accept(new MemberJoined(c.member()));
        }
        if (command instanceof CastVote c) {
            return vote(c, state, resident, actor);
        }
        if (command instanceof CountVotes) {
            return count(state);
        }
        if (command instanceof AgreeOnDomains c) {
            if (state.mode() != DecisionMode.CONSENSUS) {
                return Decision.reject(BudgetRoundRejection.WRONG_DECISION_MODE, "", state.mode());
            }
            for (SocialDomain d : c.domains()) {
                if (!domains.knows(d)) {
                    return Decision.reject(BudgetRoundRejection.DOMAIN_UNKNOWN, "domains", d);
                }
            }
            return Decision.accept(new DomainsChosen(List.copyOf(new LinkedHashSet<>(c.domains())), DecisionMode.CONSENSUS, 0));
        }
        if (command instanceof SelectProgrammes c) {
            return selectProgrammes(c, state, budget);
        }
        if (command instanceof AnalyseProgramme c) {
            if (!state.programmes().contains(c.programme())) {
                return Decision.reject(BudgetRoundRejection.PROGRAMME_NOT_SELECTED, "programme", c.programme());
            }
            return Decision.accept(new ProgrammeAnalysed(new ProgrammeAnalysis(c.programme(), Erasable.of(null, c.goals().strip()), c.decisionMoment())));
        }
        if (command instanceof AllocateToAreas c) {
            return allocate(c, state, budget);
        }
        if (command instanceof RecordSurveyRound c) {
            if (c.responses() > c.invited()) {
                return Decision.reject(BudgetRoundRejection.RESPONSES_EXCEED_INVITED, "responses", c.responses(), c.invited());
            }
            return Decision.accept(new SurveyRoundRecorded(new SurveyRound(state.surveys().size() + 1, c.area(), c.invited(), c.responses(),
                    c.findings().stream().map(f -> Erasable.of(null, f.strip())).toList())));
        }
        if (command instanceof CompleteAnalysis) {
            return completeAnalysis(state, context);
        }
        if (command instanceof ProposeReallocation c) {
            return propose(c, state, budget);
        }
        if (command instanceof WithdrawReallocation c) {
            if (state.reallocation(c.reallocation()) == null) {
                return Decision.reject(BudgetRoundRejection.REALLOCATION_UNKNOWN, "reallocation", c.reallocation());
            }
            return Decision.accept(new ReallocationWithdrawn(c.reallocation()));
        }
        if (command instanceof AnswerManifestoActions c) {
            if (state.reallocation(c.reallocation()) == null) {
                return Decision.reject(BudgetRoundRejection.REALLOCATION_UNKNOWN, "reallocation", c.reallocation());
            }
            // The group's actions are checked where they are kept: core checks that the group exists, the group
            // refuses to mark an action it does not have.
            return Decision.accept(new ManifestoActionsAnswered(c.reallocation(), StreamLink.of("responds-to", c.manifestoGroup()),
                    List.copyOf(new java.util.TreeSet<>(c.actions()))));
        }
        if (command instanceof SubmitAlternativeBudget c) {
            return submit(c, state, budget, context);
        }
        if (command instanceof PresentToCouncil c) {
            CouncilProposal proposal = new CouncilProposal(c.form(), c.meeting(), c.document().strip());
            return Decision.<BudgetRoundEvent>accept(new ProposalPresented(proposal))
                    .notify(notice(Recipient.everyone(GRIFFIE), BudgetRoundNotice.PROPOSAL_PRESENTED, state.year(), proposal.document(),
                            proposal.meeting().toString()));
        }
        if (command instanceof RecordCouncilDecision c) {
            return councilDecision(c, state, budget);
        }
        if (command instanceof RecordRealisation c) {
            return realisation(c, state, budget);
        }
        if (command instanceof CloseRound) {
            if (state.realisations().isEmpty()) {
                return Decision.reject(BudgetRoundRejection.NO_REALISATION, "");
            }
            return Decision.accept(new RoundClosed(context.now()));
        }
        throw new IllegalArgumentException("Unhandled command " + command.getClass().getName());
    }

    private Decision<BudgetRoundEvent> start(StartRound c, BudgetRound state, DecisionContext context) {
        if (state.step() != BudgetRoundStep.NEW) {
            return Decision.reject(BudgetRoundRejection.ALREADY_STARTED, "");
        }
        Budget budget = data.budget(c.budget());
        if (budget == null) {
            return Decision.reject(BudgetRoundRejection.BUDGET_UNKNOWN, "budget", c.budget());
        }
        if (!budget.municipality().equals(c.municipality()) || budget.year() != c.year()) {
            return Decision.reject(BudgetRoundRejection.BUDGET_MISMATCH, "budget", c.budget(), budget.municipality().value(),
                    String.valueOf(budget.year()));
        }
        Set<PersonId> members = new LinkedHashSet<>();
        if (RESIDENT.equals(context.actor().role())) {
            members.add(context.actor().person());
        }
        members.addAll(c.members());
        return Decision.accept(new RoundStarted(c.municipality(), c.year(), c.budget(), budget.lines().size(), budget.totalLasten(),
                c.mode(), List.copyOf(members), context.now()));
    }

    private Decision<BudgetRoundEvent> vote(CastVote c, BudgetRound state, boolean resident, PersonId actor) {
        if (!state.isMember(c.member())) {
            return Decision.reject(BudgetRoundRejection.NOT_A_MEMBER, "member", c.member());
        }
        // A resident casts their own vote in the app; paper votes are entered by a facilitator.
        if (resident && (!c.member().equals(actor) || c.channel() != Vote.Channel.DIGITAL)) {
            return Decision.reject(BudgetRoundRejection.VOTE_NOT_OWN, "member", c.member());
        }
        if (state.mode() != DecisionMode.VOTES) {
            return Decision.reject(BudgetRoundRejection.WRONG_DECISION_MODE, "", state.mode());
        }
        if (state.voteOf(c.member()) != null) {
            return Decision.reject(BudgetRoundRejection.ALREADY_VOTED, "member", c.member(), state.voteOf(c.member()).channel());
        }
        List<SocialDomain> chosen = List.copyOf(new LinkedHashSet<>(c.domains()));
        if (chosen.size() > rules.domainsPerVote()) {
            return Decision.reject(BudgetRoundRejection.TOO_MANY_DOMAINS, "domains", chosen.size(), rules.domainsPerVote());
        }
        for (SocialDomain d : chosen) {
            if (!domains.knows(d)) {
                return Decision.reject(BudgetRoundRejection.DOMAIN_UNKNOWN, "domains", d);
            }
        }
        return Decision.accept(new VoteCast(new Vote(c.member(), chosen, c.channel())));
    }

    private Decision<BudgetRoundEvent> count(BudgetRound state) {
        if (state.mode() != DecisionMode.VOTES) {
            return Decision.reject(BudgetRoundRejection.WRONG_DECISION_MODE, "", state.mode());
        }
        if (state.votes().isEmpty()) {
            return Decision.reject(BudgetRoundRejection.NO_VOTES, "");
        }
        Map<SocialDomain, Integer> counts = new TreeMap<>();
        state.votes().forEach(v -> v.domains().forEach(d -> counts.merge(d, 1, Integer::sum)));
        List<Map.Entry<SocialDomain, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<SocialDomain, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int cut = ranked.get(Math.min(rules.domainsChosen(), ranked.size()) - 1).getValue();
        // Every domain tied at the last place comes along: a tie is not broken by the alphabet.
        List<SocialDomain> chosen = ranked.stream().filter(e -> e.getValue() >= cut).map(Map.Entry::getKey).toList();
        return Decision.accept(new DomainsChosen(chosen, DecisionMode.VOTES, state.votes().size()));
    }

    private Decision<BudgetRoundEvent> selectProgrammes(SelectProgrammes c, BudgetRound state, Budget budget) {
        Set<String> known = budget.programmes();
        Set<String> inDomains = new HashSet<>();
        for (BudgetLine l : budget.lines()) {
            if (state.domains().contains(domains.of(l.taakveld()))) {
                inDomains.add(l.programme());
            }
        }
        List<String> chosen = List.copyOf(new LinkedHashSet<>(c.programmes().stream().map(String::strip).toList()));
        for (String p : chosen) {
            if (!known.contains(p)) {
                return Decision.reject(BudgetRoundRejection.PROGRAMME_UNKNOWN, "programmes", p);
            }
            if (!inDomains.contains(p)) {
                return Decision.reject(BudgetRoundRejection.PROGRAMME_OUTSIDE_DOMAINS, "programmes", p);
            }
        }
        return Decision.accept(new ProgrammesSelected(chosen));
    }

    private static Decision<BudgetRoundEvent> allocate(AllocateToAreas c, BudgetRound state, Budget budget) {
        BudgetLine line = budget.line(c.line());
        if (line == null) {
            return Decision.reject(BudgetRoundRejection.LINE_UNKNOWN, "line", c.line());
        }
        if (!state.programmes().contains(line.programme())) {
            return Decision.reject(BudgetRoundRejection.LINE_NOT_SELECTED, "line", c.line(), line.programme());
        }
        BigDecimal sum = c.shares().stream().map(AreaShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<AreaCode> areas = new HashSet<>();
        c.shares().forEach(s -> areas.add(s.area()));
        if (sum.compareTo(HUNDRED) != 0 || areas.size() != c.shares().size()) {
            return Decision.reject(BudgetRoundRejection.SHARES_NOT_100, "shares", sum.stripTrailingZeros().toPlainString());
        }
        return Decision.accept(new LineAllocated(new LineAllocation(c.line(), c.shares())));
    }

    private static Decision<BudgetRoundEvent> completeAnalysis(BudgetRound state, DecisionContext context) {
        Set<String> analysed = new HashSet<>();
        state.analyses().forEach(a -> analysed.add(a.programme()));
        for (String p : state.programmes()) {
            if (!analysed.contains(p)) {
                return Decision.reject(BudgetRoundRejection.ANALYSIS_INCOMPLETE, "programmes", p);
            }
        }
        if (state.surveys().isEmpty()) {
            return Decision.reject(BudgetRoundRejection.NO_SURVEY, "");
        }
        return Decision.accept(new AnalysisCompleted(context.now()));
    }

    private static Decision<BudgetRoundEvent> propose(ProposeReallocation c, BudgetRound state, Budget budget) {
        if (!c.amount().isPositive()) {
            return Decision.reject(BudgetRoundRejection.AMOUNT_NOT_POSITIVE, "amount", c.amount());
        }
        if (c.from() == null && c.to() == null || c.from() != null && c.from().equals(c.to())) {
            return Decision.reject(BudgetRoundRejection.SAME_LINE, "to", c.to());
        }
        for (String[] end : new String[][] {{"from", c.from()}, {"to", c.to()}}) {
            if (end[1] == null) {
                continue;
            }
            BudgetLine line = budget.line(end[1]);
            if (line == null) {
                return Decision.reject(BudgetRoundRejection.LINE_UNKNOWN, end[0], end[1]);
            }
            if (line.isReserves()) {
                return Decision.reject(BudgetRoundRejection.RESERVE_LINE, end[0], end[1]);
            }
            if (!state.programmes().contains(line.programme())) {
                return Decision.reject(BudgetRoundRejection.LINE_NOT_SELECTED, end[0], end[1], line.programme());
            }
        }
        for (Integer f : c.findings()) {
            if (f < 1 || f > state.surveys().size()) {
                return Decision.reject(BudgetRoundRejection.FINDING_UNKNOWN, "findings", f);
            }
        }
        if (c.from() != null) {
            // What the source line still has after the standing reallocations: a line never goes below zero.
            long left = budget.line(c.from()).lasten().cents();
            for (Reallocation r : state.reallocations()) {
                if (c.from().equals(r.from())) {
                    left -= r.amount().cents();
                }
                if (c.from().equals(r.to())) {
                    left += r.amount().cents();
                }
            }
            if (c.amount().cents() > left) {
                return Decision.reject(BudgetRoundRejection.EXCEEDS_LINE, "amount", c.amount(), Money.ofCents(left));
            }
        }
        return Decision.accept(new ReallocationProposed(new Reallocation(state.proposed() + 1, c.from(), c.to(), c.amount(), c.findings())));
    }

    private static Decision<BudgetRoundEvent> submit(SubmitAlternativeBudget c, BudgetRound state, Budget budget, DecisionContext context) {
        if (state.reallocations().isEmpty()) {
            return Decision.reject(BudgetRoundRejection.NO_REALLOCATIONS, "");
        }
        Money change = Money.ZERO;
        for (Reallocation r : state.reallocations()) {
            change = change.plus(r.totalChange());
        }
        if (!change.equals(c.totalChange())) {
            return Decision.reject(BudgetRoundRejection.TOTAL_CHANGE_MISMATCH, "totalChange", c.totalChange(), change);
        }
        return Decision.accept(new AlternativeBudgetSubmitted(change, budget.totalLasten().plus(change), context.now()));
    }

    private Decision<BudgetRoundEvent> councilDecision(RecordCouncilDecision c, BudgetRound state, Budget budget) {
        Map<Integer, Verdict> byNumber = new HashMap<>();
        for (Verdict v : c.verdicts()) {
            Reallocation r = state.reallocation(v.reallocation());
            if (r == null) {
                return Decision.reject(BudgetRoundRejection.REALLOCATION_UNKNOWN, "verdicts", v.reallocation());
            }
            if (byNumber.put(v.reallocation(), v) != null) {
                return Decision.reject(BudgetRoundRejection.VERDICT_TWICE, "verdicts", v.reallocation());
            }
            boolean fits = switch (v.outcome()) {
                case ADOPTED -> v.amount().equals(r.amount());
                case ADOPTED_AMENDED -> v.amount().isPositive() && !v.amount().equals(r.amount());
                case REJECTED -> v.amount().isZero();
            };
            if (!fits) {
                return Decision.reject(BudgetRoundRejection.ADOPTED_AMOUNT_INVALID, "verdicts", v.reallocation(), v.outcome(), v.amount());
            }
        }
        for (Reallocation r : state.reallocations()) {
            if (!byNumber.containsKey(r.number())) {
                return Decision.reject(BudgetRoundRejection.VERDICT_MISSING, "verdicts", r.number());
            }
        }
        List<Verdict> ordered = state.reallocations().stream().map(r -> byNumber.get(r.number())).toList();
        long adopted = ordered.stream().filter(v -> v.outcome() != Verdict.Outcome.REJECTED).count();
        boolean whole = ordered.stream().allMatch(v -> v.outcome() == Verdict.Outcome.ADOPTED);
        CouncilResult result = whole ? CouncilResult.WHOLLY : adopted == 0 ? CouncilResult.NOT : CouncilResult.PARTLY;
        BudgetRound decided = state.withCouncil(state.step(), state.totalChange(), state.proposal(), ordered, result);
        Money adoptedLasten = budget.apply(decided.adopted()).totalLasten();
        return Decision.<BudgetRoundEvent>accept(new CouncilDecisionRecorded(ordered, result, adoptedLasten))
                .notify(notice(Recipient.everyone(RESIDENT), BudgetRoundNotice.COUNCIL_DECIDED, state.year(), result.ordinal(),
                        String.valueOf(adopted), String.valueOf(ordered.size())));
    }

    private Decision<BudgetRoundEvent> realisation(RecordRealisation c, BudgetRound state, Budget budget) {
        Realisation realisation = data.realisation(c.realisation());
        if (realisation == null) {
            return Decision.reject(BudgetRoundRejection.REALISATION_UNKNOWN, "realisation", c.realisation());
        }
        Realisation previous = null;
        if (c.previousYear() != null) {
            previous = data.realisation(c.previousYear());
            if (previous == null) {
                return Decision.reject(BudgetRoundRejection.REALISATION_UNKNOWN, "previousYear", c.previousYear());
            }
        }
        Map<String, BudgetLine> lines = budget.byId();
        for (Realisation r : previous == null ? List.of(realisation) : List.of(realisation, previous)) {
            int expectedYear = r == realisation ? state.year() : state.year() - 1;
            if (r.year() != expectedYear) {
                return Decision.reject(BudgetRoundRejection.REALISATION_MISMATCH, r == realisation ? "realisation" : "previousYear",
                        String.valueOf(r.year()));
            }
        }
        for (Realisation.Amount a : realisation.amounts()) {
            if (!lines.containsKey(a.line())) {
                return Decision.reject(BudgetRoundRejection.REALISATION_MISMATCH, "realisation", a.line());
            }
        }
        Monitoring monitoring = Monitoring.of(budget.apply(state.adopted()), state.adopted(), realisation, previous, state.allocations(),
                domains, rules);
        int flagged = monitoring.flagged().size();
        Decision<BudgetRoundEvent> decision = Decision.accept(new RealisationRecorded(c.realisation(), c.previousYear(),
                realisation.throughPeriod(), monitoring.total().amount(Monitoring.REALISED), flagged));
        return flagged == 0 ? decision : decision.notify(notice(Recipient.everyone(RESIDENT), BudgetRoundNotice.DEVIATIONS_FLAGGED,
                state.year(), String.valueOf(flagged), String.valueOf(realisation.throughPeriod())));
    }

    private static Notification notice(Recipient to, BudgetRoundNotice code, Object... args) {
        Object[] written = args.clone();
        if (written.length > 0 && written[0] instanceof Integer year) {
            written[0] = String.valueOf(year);
        }
        return Notification.of(to, code.code(), Catalogue.text(code, written));
    }

    // ------------------------------------------------------------------------------------------------------- evolve

    @Override
    public BudgetRound evolve(BudgetRound state, BudgetRoundEvent event) {
        if (event instanceof RoundStarted e) {
            return state.withStart(e.municipality(), e.year(), e.budget(), e.mode(), e.members());
        }
        if (event instanceof MemberJoined e) {
            return state.withMembersAndVotes(plus(state.members(), e.member()), state.votes());
        }
        if (event instanceof VoteCast e) {
            return state.withMembersAndVotes(state.members(), plus(state.votes(), e.vote()));
        }
        if (event instanceof DomainsChosen e) {
            return state.withChoices(BudgetRoundStep.PROGRAMME_SELECTION, e.domains(), state.programmes());
        }
        if (event instanceof ProgrammesSelected e) {
            return state.withChoices(BudgetRoundStep.ANALYSIS, state.domains(), e.programmes());
        }
        if (event instanceof ProgrammeAnalysed e) {
            List<ProgrammeAnalysis> analyses = new ArrayList<>(state.analyses());
            analyses.removeIf(a -> a.programme().equals(e.analysis().programme()));
            analyses.add(e.analysis());
            return state.withAnalysis(analyses, state.allocations(), state.surveys());
        }
        if (event instanceof LineAllocated e) {
            List<LineAllocation> allocations = new ArrayList<>(state.allocations());
            allocations.removeIf(a -> a.line().equals(e.allocation().line()));
            allocations.add(e.allocation());
            return state.withAnalysis(state.analyses(), allocations, state.surveys());
        }
        if (event instanceof SurveyRoundRecorded e) {
            return state.withAnalysis(state.analyses(), state.allocations(), plus(state.surveys(), e.survey()));
        }
        if (event instanceof AnalysisCompleted) {
            return state.withStep(BudgetRoundStep.ALTERNATIVE_BUDGET);
        }
        if (event instanceof ReallocationProposed e) {
            return state.withReallocations(plus(state.reallocations(), e.reallocation()), Math.max(state.proposed(), e.reallocation().number()));
        }
        if (event instanceof ReallocationWithdrawn e) {
            return state.withReallocations(state.reallocations().stream().filter(r -> r.number() != e.reallocation()).toList(),
                    state.proposed());
        }
        if (event instanceof ManifestoActionsAnswered) {
            // The link is the store's to keep (linksFrom): the round needs nothing of it to decide.
            return state;
        }
        if (event instanceof AlternativeBudgetSubmitted e) {
            return state.withCouncil(BudgetRoundStep.COUNCIL_PROPOSAL, e.totalChange(), state.proposal(), state.verdicts(), state.result());
        }
        if (event instanceof ProposalPresented e) {
            return state.withCouncil(BudgetRoundStep.COUNCIL_DECISION, state.totalChange(), e.proposal(), state.verdicts(), state.result());
        }
        if (event instanceof CouncilDecisionRecorded e) {
            return state.withCouncil(BudgetRoundStep.MONITORING, state.totalChange(), state.proposal(), e.verdicts(), e.result());
        }
        if (event instanceof RealisationRecorded e) {
            return state.withRealisations(plus(state.realisations(), e.realisation()), e.previousYear());
        }
        if (event instanceof RoundClosed) {
            return state.withStep(BudgetRoundStep.CLOSED);
        }
        throw new IllegalArgumentException("Unhandled event " + event.getClass().getName());
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return out;
    }
}
