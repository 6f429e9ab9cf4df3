package nl.participatie.chain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import nl.participatie.budgetmonitoring.BudgetRoundEvent;
import nl.participatie.budgetmonitoring.Reallocation;
import nl.participatie.budgetmonitoring.Verdict;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.core.API;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.link.LinkTypes;
import nl.participatie.core.link.Reaction;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.StreamId;
import nl.participatie.youthmanifesto.ManifestoGroupCommand;

/**
 * The library's reactions between the methods (<i>ketenreacties</i>), to register on a
 * {@link nl.participatie.core.link.Reactor}: each fires a command of one method when an event is recorded in a
 * linked stream of another, once per causing event, as the system, with the causing record as its cause.
 *
 * <pre>{@code
 * Reactor reactor = Reactor.builder("keten", store::readAll, store)
 *         .positions(new JdbcReactorPositions(dataSource))
 *         .reaction(ChainReactions.ideaClosedByInitiative(reports))
 *         .reaction(ChainReactions.initiativeActionDone(reports))
 *         .reaction(ChainReactions.budgetRealisationRecorded(reports))
 *         .reaction(ChainReactions.manifestoActionsRealised(groups, store))
 *         .build();
 * }</pre>
 *
 * Here {@code reports} is the Buurtschouw facade's engine for reports and {@code groups} the Youth Manifesto
 * facade's engine for manifesto groups, on the same store as the other methods.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ChainReactions {

    private ChainReactions() {
    }

    /**
     * An initiative started from an idea ({@code became}) closes the idea (<i>idee wordt bewonersinitiatief</i>): the
     * report's reporter and supporters are told, and those who offered help are invited (Buurtschouw's
     * {@link ReportCommand.CloseAsInitiative}).
     */
    public static Reaction<InitiativeEvent.InitiativeStarted, ReportCommand> ideaClosedByInitiative(
            ProcessEngine<ReportCommand, ?, ?> reports) {
        Objects.requireNonNull(reports, "reports");
        return Reaction.when(LinkTypes.INITIATIVE, InitiativeEvent.InitiativeStarted.class)
                .along("became", Reaction.Direction.UPSTREAM)
                .fire(reports, (started, report) -> Optional.of(new ReportCommand.CloseAsInitiative(started.stream())));
    }

    /**
     * A finished action of a residents' initiative is told to the residents whose reports start its chain
     * (Buurtschouw's {@link ReportCommand.TellChainNews}, in Dutch and English).
     */
    public static Reaction<InitiativeEvent.ActionFinished, ReportCommand> initiativeActionDone(
            ProcessEngine<ReportCommand, ?, ?> reports) {
        Objects.requireNonNull(reports, "reports");
        return Reaction.when(LinkTypes.INITIATIVE, InitiativeEvent.ActionFinished.class).upTheChain()
                .fire(reports, (finished, report) -> Optional.of(new ReportCommand.TellChainNews(LocalizedText.of(
                        "actie " + finished.event().action() + " van bewonersinitiatief " + finished.stream() + " is klaar",
                        "action " + finished.event().action() + " of residents' initiative " + finished.stream() + " is done"))));
    }

    /**
     * The municipality's realisation of a budget round that funds something (<i>realisatie</i>) is told to the
     * residents whose reports start its chain.
     */
    public static Reaction<BudgetRoundEvent.RealisationRecorded, ReportCommand> budgetRealisationRecorded(
            ProcessEngine<ReportCommand, ?, ?> reports) {
        Objects.requireNonNull(reports, "reports");
        return Reaction.when(LinkTypes.BUDGET_ROUND, BudgetRoundEvent.RealisationRecorded.class).upTheChain()
                .fire(reports, (realised, report) -> Optional.of(new ReportCommand.TellChainNews(LocalizedText.of(
                        "de gemeente legde de uitgaven vast van begroting " + realised.stream() + " tot en met kwartaal "
                                + realised.event().throughPeriod(),
                        "the municipality recorded the spending of budget " + realised.stream() + " through quarter "
                                + realised.event().throughPeriod()))));
    }

    /**
     * A council decision (<i>raadsbesluit</i>) that adopts, in whole or in part, a reallocation answering manifesto
     * actions ({@code responds-to}) marks those actions {@code realised-by} the budget round, naming the line that
     * receives the money, and the young people are told (Youth Manifesto's
     * {@link ManifestoGroupCommand.MarkActionsRealised}). Which reallocation answers which actions is read from the
     * round's own records before the decision. The reaction fires once per decision and group: when the adopted
     * answers name several lines, the line of the first recorded adopted answer is named; a decision that
     * adopts no answering reallocation fires nothing.
     *
     * @param store the store of the budget round, read for its answers and reallocations
     */
    public static Reaction<BudgetRoundEvent.CouncilDecisionRecorded, ManifestoGroupCommand> manifestoActionsRealised(
            ProcessEngine<ManifestoGroupCommand, ?, ?> groups, EventStore store) {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(store, "store");
        return Reaction.when(LinkTypes.BUDGET_ROUND, BudgetRoundEvent.CouncilDecisionRecorded.class)
                .along("responds-to", Reaction.Direction.DOWNSTREAM)
                .fire(groups, (decided, answered) -> realisedBy(store, decided, answered));
    }

    private static Optional<ManifestoGroupCommand> realisedBy(EventStore store,
                                                              RecordedEvent<BudgetRoundEvent.CouncilDecisionRecorded> decided,
                                                              StreamId answered) {
        Set<Integer> adopted = new HashSet<>();
        for (Verdict v : decided.event().verdicts()) {
            if (v.outcome() != Verdict.Outcome.REJECTED) {
                adopted.add(v.reallocation());
            }
        }
        Map<Integer, Reallocation> proposed = new HashMap<>();
        SortedSet<Integer> actions = new TreeSet<>();
        String line = null;
        for (RecordedEvent<?> r : store.read(decided.stream())) {
            if (r.sequence() >= decided.sequence()) {
                break;
            }
            if (r.event() instanceof BudgetRoundEvent.ReallocationProposed p) {
                proposed.put(p.reallocation().number(), p.reallocation());
            }
            if (r.event() instanceof BudgetRoundEvent.ManifestoActionsAnswered a && a.respondsTo().target().equals(answered)
                    && adopted.contains(a.reallocation())) {
                actions.addAll(a.actions());
                Reallocation reallocation = proposed.get(a.reallocation());
                if (line == null && reallocation != null) {
                    line = reallocation.to() != null ? reallocation.to() : reallocation.from();
                }
            }
        }
        return actions.isEmpty() ? Optional.empty()
                : Optional.of(new ManifestoGroupCommand.MarkActionsRealised(List.copyOf(actions), decided.stream(), line));
    }
}
