package nl.participatie.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.core.CommandObserver;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.sample.Petition;
import nl.participatie.core.sample.PetitionCommand;
import nl.participatie.core.sample.PetitionEvent;
import nl.participatie.core.sample.Petitions;
import nl.participatie.core.store.ConcurrencyConflictException;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.ContestedStore;
import nl.participatie.testkit.MutableClock;

/** The engine tells its observer of every command: accepted, rejected, after conflicts, failed, fired when due. */
class CommandObserverTest {

    private static final Actor ANNA = Actor.of("anna", Petitions.RESIDENT);

    /** What the observer was told, one line per call. */
    private static final class Told implements CommandObserver {
        final List<String> lines = new ArrayList<>();
        final List<Duration> took = new ArrayList<>();

        @Override
        public void handled(StreamId stream, Object command, Outcome<?, ?> outcome, int conflictsRetried, Duration took) {
            String result = outcome.isAccepted() ? "accepted" : "rejected " + ((Outcome.Rejected<?, ?>) outcome).codes();
            lines.add(stream.type() + " " + command.getClass().getSimpleName() + " " + result + " after "
                    + conflictsRetried + " conflicts");
            this.took.add(took);
        }

        @Override
        public void failed(StreamId stream, Object command, RuntimeException failure, int conflictsRetried, Duration took) {
            lines.add(stream.type() + " " + command.getClass().getSimpleName() + " failed with "
                    + failure.getClass().getSimpleName() + " after " + conflictsRetried + " conflicts");
            this.took.add(took);
        }
    }

    @Test
    void everyOutcomeIsToldWithItsConflictsAndItsTime() {
        Told told = new Told();
        ContestedStore store = new ContestedStore();
        ProcessEngine<PetitionCommand, PetitionEvent, Petition> engine = ProcessEngine.builder(Petitions.DEFINITION)
                .store(store).retryDelays(Duration.ZERO, Duration.ZERO).maxAttempts(3).observer(told).build();
        StreamId petition = engine.newStream();

        engine.handle(petition, ANNA, new PetitionCommand.Draft(" "));
        engine.handle(petition, Actor.SYSTEM, new PetitionCommand.Draft("Meer bankjes"));
        store.conflictOnNextAppends(2);
        engine.handle(petition, ANNA, new PetitionCommand.Draft("Meer bankjes")).orElseThrow();
        store.conflictOnNextAppends(3);
        assertThatThrownBy(() -> engine.handle(petition, ANNA, new PetitionCommand.Draft("Nog meer bankjes")))
                .isInstanceOf(ConcurrencyConflictException.class);

        assertThat(told.lines).containsExactly(
                "sample.petition Draft rejected [constraint.NotBlank] after 0 conflicts",
                "sample.petition Draft rejected [workflow.system-not-allowed] after 0 conflicts",
                "sample.petition Draft accepted after 2 conflicts",
                "sample.petition Draft failed with ConcurrencyConflictException after 2 conflicts");
        assertThat(told.took).allSatisfy(d -> assertThat(d).isPositive());
    }

    @Test
    void commandsFiredWhenDueAreToldAsWell() {
        Told told = new Told();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        ProcessEngine<PetitionCommand, PetitionEvent, Petition> engine = ProcessEngine.builder(Petitions.DEFINITION)
                .clock(clock).observer(told).build();
        StreamId petition = engine.newStream();
        engine.handle(petition, ANNA, new PetitionCommand.Draft("Meer bankjes")).orElseThrow();
        engine.handle(petition, ANNA, new PetitionCommand.Open(clock.instant().plus(Duration.ofDays(7)))).orElseThrow();
        engine.handle(petition, ANNA, new PetitionCommand.Support(PersonId.of("bert"))).orElseThrow();
        told.lines.clear();

        clock.advance(Duration.ofDays(8));
        engine.fireDue(petition);

        assertThat(told.lines).containsExactly("sample.petition Expire accepted after 0 conflicts");
    }

    @Test
    void severalObserversAreEachTold() {
        Told first = new Told();
        Told second = new Told();
        ProcessEngine<PetitionCommand, PetitionEvent, Petition> engine = ProcessEngine.builder(Petitions.DEFINITION)
                .observer(CommandObserver.all(List.of(first, second))).build();

        engine.handle(engine.newStream(), ANNA, new PetitionCommand.Draft("Meer bankjes"));

        assertThat(first.lines).containsExactly("sample.petition Draft accepted after 0 conflicts");
        assertThat(second.lines).isEqualTo(first.lines);
        assertThat(CommandObserver.all(List.of())).isSameAs(CommandObserver.NONE);
    }
}
