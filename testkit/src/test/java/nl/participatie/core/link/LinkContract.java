package nl.participatie.core.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.participatie.core.EventFormat;
import nl.participatie.core.Notification;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Violation;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.link.Nodes.Acknowledged;
import nl.participatie.core.link.Nodes.Begin;
import nl.participatie.core.link.Nodes.Command;
import nl.participatie.core.link.Nodes.Event;
import nl.participatie.core.link.Nodes.LinkTo;
import nl.participatie.core.link.Nodes.Node;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;
import nl.participatie.testkit.MutableClock;

/**
 * Links between streams on every store: checked against the registry when recorded, anchored in both chains,
 * indexed both ways in the append's transaction, verified at both ends, and reactions fired once per causing event.
 */
public abstract class LinkContract {

    protected static final Actor ANNA = Actor.of("anna", Nodes.RESIDENT);
    protected static final Actor BOB = Actor.of("bob", Nodes.RESIDENT);

    protected final MutableClock clock = MutableClock.startingMonday();
    protected EventStore store;
    protected ProcessEngine<Command, Event, Node> ideas;
    protected ProcessEngine<Command, Event, Node> plans;
    protected ProcessEngine<Command, Event, Node> budgets;

    /** A fresh, empty store. */
    protected abstract EventStore newStore();

    /** The store's feed. */
    protected abstract EventFeed feed();

    /** Where the reactor keeps its position. */
    protected abstract ReactorPositions positions();

    /** The format the engines record with (what the verifier recomputes hashes with). */
    protected EventFormat format() {
        return ParticipatieJson.defaults();
    }

    @BeforeEach
    void threeEnginesOnOneStore() {
        store = newStore();
        ideas = engine(Nodes.IDEAS);
        plans = engine(Nodes.PLANS);
        budgets = engine(Nodes.BUDGETS);
        store = ideas.store();
    }

    private ProcessEngine<Command, Event, Node> engine(nl.participatie.core.ProcessDefinition<Command, Event, Node, ?> definition) {
        return ProcessEngine.builder(definition).store(store).clock(clock).links(Nodes.TYPES).build();
    }

    protected StreamId idea(String id, Actor by) {
        StreamId s = StreamId.of(Nodes.IDEA, id);
        ideas.handle(s, by, new Begin("Idee " + id, by.person(), null)).orElseThrow();
        return s;
    }

    protected StreamId planFrom(String id, StreamId origin) {
        StreamId s = StreamId.of(Nodes.PLAN, id);
        plans.handle(s, ANNA, new Begin("Plan " + id, ANNA.person(), origin == null ? null : StreamLink.of("became", origin)))
                .orElseThrow();
        return s;
    }

    protected LinkVerifier verifier() {
        return new LinkVerifier(store, format());
    }

    private static List<String> codes(Outcome<?, ?> outcome) {
        return outcome.violations().stream().map(Violation::code).toList();
    }

    @Test
    void a_link_is_indexed_both_ways_and_anchored_in_the_other_chain() {
        StreamId idea = idea("i1", BOB);
        StreamId plan = planFrom("p1", idea);

        RecordedEvent<?> ideaHead = store.read(idea).get(0);
        RecordedEvent<?> linking = store.read(plan).get(0);
        Link expected = new Link("became", idea, plan, RecordReference.of(linking), RecordReference.of(ideaHead));
        assertThat(store.linksFrom(idea)).containsExactly(expected);
        assertThat(store.linksTo(plan)).containsExactly(expected);
        assertThat(store.linksTo(idea)).isEmpty();
        assertThat(store.linksFrom(plan)).isEmpty();
        assertThat(linking.cause()).as("the cause is in the linking record, under its hash").isEqualTo(RecordReference.of(ideaHead));
        assertThat(plans.verify(plan).valid()).isTrue();
        assertThat(verifier().verify(expected).valid()).isTrue();
        assertThat(verifier().verifyLinksOf(idea)).isEmpty();
    }

    @Test
    void a_link_recorded_by_its_source_points_from_the_recording_stream() {
        StreamId plan = planFrom("p1", null);
        StreamId budget = StreamId.of(Nodes.BUDGET, "b1");
        budgets.handle(budget, ANNA, new Begin("Begroting", ANNA.person(), null)).orElseThrow();

        plans.handle(plan, ANNA, new LinkTo(StreamLink.of("funded-by", budget))).orElseThrow();

        assertThat(store.linksFrom(plan)).singleElement().satisfies(l -> {
            assertThat(l.target()).isEqualTo(budget);
            assertThat(l.recordedBy().stream()).isEqualTo(plan);
            assertThat(l.anchor().stream()).isEqualTo(budget);
            assertThat(verifier().verify(l).valid()).isTrue();
        });
        assertThat(store.linksTo(budget)).hasSize(1);
    }

    @Test
    void a_link_of_the_wrong_types_is_refused_and_nothing_is_stored() {
        StreamId budget = StreamId.of(Nodes.BUDGET, "b1");
        budgets.handle(budget, ANNA, new Begin("Begroting", ANNA.person(), null)).orElseThrow();
        StreamId plan = StreamId.of(Nodes.PLAN, "p1");

        Outcome<Event, Node> refused = plans.handle(plan, ANNA, new Begin("Plan", ANNA.person(), StreamLink.of("became", budget)));

        assertThat(codes(refused)).containsExactly("link.type.mismatch");
        assertThat(refused.violations().get(0).message().en()).contains("became", "sample.budget", "sample.plan");
        assertThat(refused.violations().get(0).message().nl()).contains("koppeling became");
        assertThat(store.version(plan)).isZero();
        assertThat(store.linksFrom(budget)).isEmpty();
    }

    @Test
    void a_link_to_a_stream_that_does_not_exist_is_refused() {
        Outcome<Event, Node> refused = plans.handle(StreamId.of(Nodes.PLAN, "p1"), ANNA,
                new Begin("Plan", ANNA.person(), StreamLink.of("became", StreamId.of(Nodes.IDEA, "nowhere"))));
        assertThat(codes(refused)).containsExactly("link.target.missing");
        assertThat(refused.violations().get(0).path()).isEqualTo("link.target");
        assertThat(refused.violations().get(0).message().nl()).contains("sample.idea/nowhere");
    }

    @Test
    void a_link_of_an_unregistered_type_is_refused() {
        StreamId idea = idea("i1", BOB);
        Outcome<Event, Node> refused = plans.handle(StreamId.of(Nodes.PLAN, "p1"), ANNA,
                new Begin("Plan", ANNA.person(), StreamLink.of("inspired-by", idea)));
        assertThat(codes(refused)).containsExactly("link.type.unknown");
    }

    @Test
    void a_cycle_of_became_links_is_refused() {
        StreamId a = planFrom("a", null);
        StreamId b = planFrom("b", a);
        StreamId c = StreamId.of(Nodes.PLAN, "c");
        plans.handle(c, ANNA, new Begin("Plan c", ANNA.person(), StreamLink.of("became", b))).orElseThrow();

        // a became b, b became c; c became a would close the circle.
        Outcome<Event, Node> refused = plans.handle(a, ANNA, new LinkTo(StreamLink.of("became", c)));

        assertThat(codes(refused)).containsExactly("link.cycle");
        assertThat(store.linksTo(a)).isEmpty();
        assertThat(codes(plans.handle(a, ANNA, new LinkTo(StreamLink.of("became", a))))).containsExactly("link.cycle");
    }

    @Test
    void a_one_to_one_link_is_refused_at_an_end_that_has_one() {
        StreamId idea = idea("i1", BOB);
        planFrom("p1", idea);
        Outcome<Event, Node> second = plans.handle(StreamId.of(Nodes.PLAN, "p2"), ANNA,
                new Begin("Plan 2", ANNA.person(), StreamLink.of("became", idea)));
        assertThat(codes(second)).containsExactly("link.cardinality");
        assertThat(store.linksFrom(idea)).hasSize(1);
    }

    /** Another store on the same data, as a second node would have; the in-memory store has only itself. */
    protected EventStore sameDataAgain() {
        return store;
    }

    @Test
    void two_engines_racing_to_make_the_second_one_to_one_link_store_one_and_refuse_the_other() throws Exception {
        StreamId idea = idea("i1", BOB);
        java.util.concurrent.CyclicBarrier bothChecked = new java.util.concurrent.CyclicBarrier(2);
        List<ProcessEngine<Command, Event, Node>> racers = List.of(
                ProcessEngine.builder(Nodes.PLANS).store(new GatedStore(sameDataAgain(), bothChecked)).clock(clock).links(Nodes.TYPES).build(),
                ProcessEngine.builder(Nodes.PLANS).store(new GatedStore(sameDataAgain(), bothChecked)).clock(clock).links(Nodes.TYPES).build());
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Outcome<Event, Node>>> outcomes = new java.util.ArrayList<>();
            for (int n = 0; n < 2; n++) {
                StreamId plan = StreamId.of(Nodes.PLAN, "p" + n);
                ProcessEngine<Command, Event, Node> racer = racers.get(n);
                outcomes.add(threads.submit(() -> racer.handle(plan, ANNA,
                        new Begin("Plan", ANNA.person(), StreamLink.of("became", idea)))));
            }
            List<Outcome<Event, Node>> done = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Outcome<Event, Node>> outcome : outcomes) {
                done.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(done).filteredOn(Outcome::isAccepted).hasSize(1);
            assertThat(done).filteredOn(o -> !o.isAccepted()).singleElement()
                    .satisfies(o -> assertThat(codes(o)).containsExactly("link.cardinality"));
            assertThat(store.linksFrom(idea)).hasSize(1);
            assertThat(store.version(StreamId.of(Nodes.PLAN, "p0")) + store.version(StreamId.of(Nodes.PLAN, "p1")))
                    .as("the refused plan stored nothing").isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_reaction_fires_once_per_causing_event_as_the_system_with_the_cause_in_its_record() {
        StreamId idea = idea("i1", BOB);
        StreamId other = idea("i2", BOB);
        List<Notification> told = new ArrayList<>();
        Reactor reactor = reactor(told);
        assertThat(reactor.run().fired()).as("nothing to react to yet").isZero();

        StreamId plan = planFrom("p1", idea);
        Reactor.Run first = reactor.run();
        Reactor.Run second = reactor.run();
        Reactor.Run again = reactor(new ArrayList<>()).run();

        assertThat(first.fired()).isEqualTo(1);
        assertThat(second.fired()).isZero();
        assertThat(again.fired()).as("a second reactor on the same positions").isZero();
        List<RecordedEvent<?>> history = store.read(idea);
        assertThat(history).hasSize(2);
        RecordedEvent<?> reaction = history.get(1);
        assertThat(reaction.event()).isEqualTo(new Acknowledged("plan sample.plan/p1"));
        assertThat(reaction.actor()).isEqualTo(Actor.SYSTEM);
        assertThat(reaction.cause()).isEqualTo(RecordReference.of(store.read(plan).get(0)));
        assertThat(ideas.verify(idea).valid()).isTrue();
        assertThat(store.read(other)).as("an idea that became nothing").hasSize(1);
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(nl.participatie.core.Recipient.person(PersonId.of("bob")));
            assertThat(n.message().nl()).contains("sample.plan/p1");
            assertThat(n.message().en()).contains("sample.plan/p1");
        });
    }

    @Test
    void a_reaction_found_recorded_is_not_fired_again_when_the_position_was_lost() {
        StreamId idea = idea("i1", BOB);
        planFrom("p1", idea);
        ReactorPositions forgetful = ReactorPositions.inMemory();
        Reactor once = Reactor.builder("forgetful", feed(), store).positions(forgetful).reaction(acknowledgeIdea()).build();
        assertThat(once.run().fired()).isEqualTo(1);
        // A crash after the reaction was recorded, before its position was saved: the reactor starts over.
        forgetful.save("forgetful", 0);

        Reactor.Run rerun = once.run();

        assertThat(rerun.fired()).isZero();
        assertThat(rerun.alreadyFired()).isEqualTo(1);
        assertThat(store.read(idea)).hasSize(2);
    }

    @Test
    void the_system_actor_is_still_refused_through_handle() {
        StreamId idea = idea("i1", BOB);
        assertThat(codes(ideas.handle(idea, Actor.SYSTEM, new Nodes.Acknowledge("x")))).containsExactly("workflow.system-not-allowed");
        assertThat(codes(ideas.handle(idea, Actor.of("bob", Role.SYSTEM), new Nodes.Acknowledge("x"))))
                .containsExactly("workflow.system-not-allowed");
    }

    protected Reaction<Nodes.Begun, Command> acknowledgeIdea() {
        return Reaction.when(Nodes.PLAN, Nodes.Begun.class).along("became", Reaction.Direction.UPSTREAM)
                .fire(ideas, (begun, idea) -> Optional.of(new Nodes.Acknowledge("plan " + begun.stream())));
    }

    protected Reactor reactor(List<Notification> told) {
        return Reactor.builder("ideas", feed(), store).positions(positions()).reaction(acknowledgeIdea())
                .notifications(told::add).build();
    }

    @Test
    void feedback_goes_up_the_whole_chain_to_the_resident_who_started_it() {
        StreamId idea = idea("i1", BOB);
        StreamId plan = planFrom("p1", idea);
        StreamId budget = StreamId.of(Nodes.BUDGET, "b1");
        budgets.handle(budget, ANNA, new Begin("Begroting", ANNA.person(), null)).orElseThrow();
        plans.handle(plan, ANNA, new LinkTo(StreamLink.of("funded-by", budget))).orElseThrow();
        List<Notification> told = new ArrayList<>();
        Reactor reactor = Reactor.builder("feedback", feed(), store).positions(positions())
                .reaction(Reaction.when(Nodes.BUDGET, Nodes.Acknowledged.class).upTheChain()
                        .fire(ideas, (spent, first) -> Optional.of(new Nodes.Acknowledge("budget " + spent.stream()))))
                .notifications(told::add).build();
        reactor.run();

        budgets.handleAsSystem(budget, new Nodes.Acknowledge("uitgegeven"));
        Reactor.Run run = reactor.run();

        assertThat(run.fired()).isEqualTo(1);
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(nl.participatie.core.Recipient.person(PersonId.of("bob")));
            assertThat(n.message().nl()).contains("budget sample.budget/b1");
        });
        assertThat(store.read(plan)).as("only the start of the chain is told").hasSize(2);
        assertThat(store.read(idea).get(1).cause()).isEqualTo(RecordReference.of(store.read(budget).get(1)));
    }
}
