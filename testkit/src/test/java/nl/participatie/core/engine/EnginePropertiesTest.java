package nl.participatie.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

import nl.participatie.core.AuditTrail;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.sample.Petition;
import nl.participatie.core.sample.PetitionCommand;
import nl.participatie.core.sample.PetitionEvent;
import nl.participatie.core.sample.Petitions;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MutableClock;

/** What must hold for every history the engine records. */
class EnginePropertiesTest {

    private static final ParticipatieJson JSON = ParticipatieJson.defaults();

    record Step(Actor actor, PetitionCommand command, long minutesLater) {
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Actor> actors = Arbitraries.of(
                Actor.of("anna", Petitions.RESIDENT), Actor.of("bob", Petitions.RESIDENT),
                Actor.of("officer", Petitions.OFFICER), Actor.SYSTEM);
        Arbitrary<PetitionCommand> commands = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(0).ofMaxLength(12).map(PetitionCommand.Draft::new),
                Arbitraries.integers().between(-2, 30).map(d -> new PetitionCommand.Open(
                        Instant.parse("2026-01-05T09:00:00Z").plus(Duration.ofDays(d)))),
                Arbitraries.of("anna", "bob", "carla", "dirk").map(p -> new PetitionCommand.Support(PersonId.of(p))),
                Arbitraries.of(true, false).map(g -> new PetitionCommand.Decide(g, "besluit")),
                Arbitraries.just(new PetitionCommand.Close("klaar")),
                Arbitraries.just(new PetitionCommand.Expire()));
        Arbitrary<Step> steps = Combinators.combine(actors, commands, Arbitraries.longs().between(0, 60 * 24 * 3)).as(Step::new);
        return steps.list().ofMinSize(1).ofMaxSize(25);
    }

    private static ProcessEngine<PetitionCommand, PetitionEvent, Petition> engine(MutableClock clock) {
        return ProcessEngine.builder(Petitions.DEFINITION).store(new InMemoryEventStore()).clock(clock)
                .ids(IdGenerator.sequential("id")).build();
    }

    private static List<RecordedEvent<PetitionEvent>> run(List<Step> script, ProcessEngine<PetitionCommand, PetitionEvent, Petition> engine,
                                                          MutableClock clock, StreamId id, List<Petition> handled) {
        for (Step step : script) {
            clock.advance(Duration.ofMinutes(step.minutesLater()));
            Outcome<PetitionEvent, Petition> outcome = step.actor().isSystem() ? engine.handleAsSystem(id, step.command())
                    : engine.handle(id, step.actor(), step.command());
            if (outcome instanceof Outcome.Accepted<PetitionEvent, Petition> a) {
                handled.add(a.state());
            }
        }
        return engine.history(id);
    }

    @Property(tries = 200)
    void replayingAnyHistoryGivesTheStateTheHandlerReturned(@ForAll("scripts") List<Step> script) {
        MutableClock clock = MutableClock.startingMonday();
        var engine = engine(clock);
        StreamId id = StreamId.of("sample.petition", "p");
        List<Petition> handled = new ArrayList<>();
        List<RecordedEvent<PetitionEvent>> history = run(script, engine, clock, id, handled);
        Petition replayed = Petitions.DEFINITION.decider().fold(Petitions.DEFINITION.decider().initialState(),
                history.stream().map(RecordedEvent::event).toList());
        Petition expected = handled.isEmpty() ? Petitions.DEFINITION.decider().initialState() : handled.get(handled.size() - 1);
        assertThat(replayed).isEqualTo(expected).isEqualTo(engine.load(id));
        // Replaying what was written as JSON gives the same state too.
        List<PetitionEvent> reread = history.stream()
                .map(r -> (PetitionEvent) JSON.readRecordedEvent(JSON.write(r)).event()).toList();
        assertThat(Petitions.DEFINITION.decider().fold(Petitions.DEFINITION.decider().initialState(), reread)).isEqualTo(replayed);
        assertThat(engine.verify(id).valid()).isTrue();
    }

    @Property(tries = 300)
    void changingAnySingleByteOfARecordedEventIsFoundAtThatRecord(@ForAll("scripts") List<Step> script,
                                                                  @ForAll @IntRange(min = 0, max = 10_000) int recordPick,
                                                                  @ForAll @IntRange(min = 0, max = 100_000) int bytePick,
                                                                  @ForAll @IntRange(min = 1, max = 255) int flip) {
        MutableClock clock = MutableClock.startingMonday();
        var engine = engine(clock);
        StreamId id = StreamId.of("sample.petition", "p");
        // A drafted petition first, so every try has a history to change, whatever the script then does.
        engine.handle(id, Actor.of("anna", Petitions.RESIDENT), new PetitionCommand.Draft("Meer bankjes")).orElseThrow();
        List<RecordedEvent<PetitionEvent>> history = run(script, engine, clock, id, new ArrayList<>());
        // Every try says what it came to, and the run must show enough of each kind of finding: no silent passes. Most
        // flipped bytes make the JSON unreadable (found by the reader); about one in eight leaves it readable (found by
        // the chain), which over 300 tries is still dozens of real checks.
        Statistics.coverage(coverage -> {
            coverage.check("found by the chain").percentage(p -> p >= 5);
            coverage.check("refused by the reader").percentage(p -> p >= 5);
        });
        int target = recordPick % history.size();
        byte[] bytes = JSON.write(history.get(target)).getBytes(StandardCharsets.UTF_8);
        int at = bytePick % bytes.length;
        bytes[at] = (byte) (bytes[at] ^ flip);
        List<RecordedEvent<?>> tampered = new ArrayList<>(history);
        try {
            tampered.set(target, JSON.read(bytes, RecordedEvent.class));
        } catch (JsonReadException unreadable) {
            // The reader refuses the changed record itself, with a clear error: found at that record.
            Statistics.collect("refused by the reader");
            assertThat(unreadable.code()).isNotBlank();
            return;
        }
        Statistics.collect("found by the chain");
        AuditTrail.Verification result = engine.auditTrail().verify(tampered);
        assertThat(result.valid()).as("verification after changing byte %d of record %d", at, target + 1).isFalse();
        assertThat(result.firstBroken()).isEqualTo(target + 1L);
    }

    @Property(tries = 10)
    void commandsFromSeveralThreadsOnOneStreamLeaveAGapFreeHistory(@ForAll @IntRange(min = 2, max = 6) int threads,
                                                                   @ForAll @Size(min = 5, max = 40) List<@IntRange(min = 0, max = 3) Integer> kinds)
            throws Exception {
        MutableClock clock = MutableClock.startingMonday();
        var engine = ProcessEngine.builder(Petitions.DEFINITION).store(new InMemoryEventStore()).clock(clock).maxAttempts(1001).retryDelays(Duration.ZERO, Duration.ZERO)
                .cacheStates(threads % 2 == 0 ? 10 : 0).build();
        StreamId id = StreamId.of("sample.petition", "p");
        engine.handle(id, Actor.of("anna", Petitions.RESIDENT), new PetitionCommand.Draft("x")).orElseThrow();
        engine.handle(id, Actor.of("anna", Petitions.RESIDENT), new PetitionCommand.Open(clock.instant().plus(Duration.ofDays(7)))).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> accepted = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            accepted.add(pool.submit(() -> {
                start.await();
                int count = 0;
                for (int i = 0; i < kinds.size(); i++) {
                    PersonId supporter = PersonId.of("t" + thread + "-" + i + "-" + kinds.get(i));
                    if (engine.handle(id, Actor.of(supporter, Petitions.RESIDENT), new PetitionCommand.Support(supporter)).isAccepted()) {
                        count++;
                    }
                }
                return count;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : accepted) {
            total += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<RecordedEvent<PetitionEvent>> history = engine.history(id);
        assertThat(total).isEqualTo(threads * kinds.size());
        assertThat(history).hasSize(2 + total);
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).sequence()).isEqualTo(i + 1L);
        }
        Set<PersonId> supporters = new HashSet<>();
        for (RecordedEvent<PetitionEvent> r : history) {
            if (r.event() instanceof PetitionEvent.Supported s) {
                assertThat(supporters.add(s.supporter())).as("duplicate %s", s.supporter()).isTrue();
                assertThat(s.count()).isEqualTo(supporters.size());
            }
        }
        assertThat(engine.verify(id).valid()).isTrue();
    }
}
