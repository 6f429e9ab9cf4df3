package nl.participatie.core.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.participatie.core.Violation;
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
    void an_index_that_lost_or_gained_rows_is_found_by_comparing_it_with_the_records() {
        StreamId idea = idea("i1", BOB);
        StreamId plan = planFrom("p1", idea);
        Link made = store.linksTo(plan).get(0);
        assertThat(verifier().verifyIndexOf(plan)).isEmpty();
        // The in-memory index cannot be edited: copy the records into a store whose index lost the row, and into
        // one whose index holds a row the records do not make.
        InMemoryEventStore lost = new InMemoryEventStore();
        lost.append(idea, 0, store.read(idea));
        lost.append(plan, 0, store.read(plan));
        InMemoryEventStore gained = new InMemoryEventStore();
        gained.append(idea, 0, store.read(idea));
        Link forged = new Link("became", StreamId.of(Nodes.IDEA, "i9"), plan, made.recordedBy(), made.anchor());
        gained.append(plan, 0, store.read(plan), List.of(made, forged));

        assertThat(new LinkVerifier(lost, format()).verifyIndexOf(plan)).extracting(Violation::code).containsExactly("link.index.missing");
        assertThat(new LinkVerifier(gained, format()).verifyIndexOf(plan)).extracting(Violation::code).containsExactly("link.index.extra");
        assertThat(new LinkVerifier(gained, format()).verifyIndexOf(plan).get(0).path()).isEqualTo(forged.toString());
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
