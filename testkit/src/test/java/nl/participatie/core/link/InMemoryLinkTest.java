package nl.participatie.core.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;
import nl.participatie.testkit.ExpectedFiles;

/** Links on the in-memory store, and the chain view (the same on every store: it reads only the link index). */
class InMemoryLinkTest extends LinkContract {

    private InMemoryEventStore memory;
    private final ReactorPositions positions = ReactorPositions.inMemory();

    @Override
    protected EventStore newStore() {
        memory = new InMemoryEventStore();
        return memory;
    }

    @Override
    protected EventFeed feed() {
        return memory::readAll;
    }

    @Override
    protected ReactorPositions positions() {
        return positions;
    }

    @Test
    void the_chain_view_shows_everything_upstream_and_downstream_with_its_status() {
        StreamId idea = idea("i1", BOB);
        StreamId plan = planFrom("p1", idea);
        StreamId budget = StreamId.of(Nodes.BUDGET, "b1");
        budgets.handle(budget, ANNA, new Nodes.Begin("Begroting", ANNA.person(), null)).orElseThrow();
        plans.handle(plan, ANNA, new Nodes.LinkTo(StreamLink.of("funded-by", budget))).orElseThrow();
        StreamId unrelated = idea("i2", BOB);

        ChainView fromPlan = ChainView.of(store, plan, ChainView.statusFrom(ideas, plans, budgets));
        ChainView fromIdea = ChainView.of(store, idea, ChainView.statusFrom(ideas, plans, budgets));

        assertThat(fromPlan.steps()).extracting(ChainView.Step::stream).containsExactly(idea, plan, budget);
        assertThat(fromPlan.steps()).extracting(ChainView.Step::position)
                .containsExactly(ChainView.Position.UPSTREAM, ChainView.Position.START, ChainView.Position.DOWNSTREAM);
        assertThat(fromIdea.steps()).extracting(ChainView.Step::distance).containsExactly(0, 1, 2);
        assertThat(fromIdea.steps()).extracting(ChainView.Step::stream).doesNotContain(unrelated);
        assertThat(fromPlan.links()).hasSize(2);
        ExpectedFiles.EXPECTED.assertMatches("chain-view.nl.md", fromPlan.toMarkdown(Locale.forLanguageTag("nl")));
        ExpectedFiles.EXPECTED.assertMatches("chain-view.en.md", fromPlan.toMarkdown(Locale.ENGLISH));
        ExpectedFiles.EXPECTED.assertMatches("chain-view.mmd", fromPlan.toMermaid());
    }
}
