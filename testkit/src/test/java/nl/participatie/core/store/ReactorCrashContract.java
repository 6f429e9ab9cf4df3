package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.link.Nodes;
import nl.participatie.core.link.RecordReference;
import nl.participatie.core.link.Reactor;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcReactorPositions;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.Actor;

/**
 * A reaction fires exactly once per causing event when the process dies (in a separate JVM, halted as by SIGKILL)
 * between the causing event and the reaction, or between the reaction and saving the reactor's position, and the
 * reactor is started again.
 */
abstract class ReactorCrashContract {

    /** The database the child process and the restarted reactor share. */
    protected abstract TestDatabase crashDatabase(Path folder);

    @Test
    void killed_between_the_causing_event_and_the_reaction_the_restarted_reactor_fires_it_once(@TempDir Path folder) throws Exception {
        try (TestDatabase target = crashDatabase(folder)) {
            assertThat(runUntilKilled(target, "cause")).containsExactly("caused");

            Reactor.Run restarted = restartedReactor(target).run();
            Reactor.Run again = restartedReactor(target).run();

            assertThat(restarted.fired()).isEqualTo(1);
            assertThat(again.fired()).isZero();
            assertReactedOnce(target);
        }
    }

    @Test
    void killed_after_the_reaction_before_its_position_was_saved_the_restarted_reactor_fires_nothing(@TempDir Path folder)
            throws Exception {
        try (TestDatabase target = crashDatabase(folder)) {
            assertThat(runUntilKilled(target, "react")).containsExactly("caused", "fired");
            long ideaPosition = new JdbcEventStore(target.dataSource()).readAll(0, 10).get(0).position();
            assertThat(new JdbcReactorPositions(target.dataSource()).position("crash"))
                    .as("the causing entry's position not saved, the idea's before it was").isEqualTo(ideaPosition);

            Reactor.Run restarted = restartedReactor(target).run();

            assertThat(restarted.fired()).isZero();
            assertThat(restarted.alreadyFired()).isEqualTo(1);
            assertThat(restartedReactor(target).run().fired()).isZero();
            assertReactedOnce(target);
        }
    }

    private static Reactor restartedReactor(TestDatabase target) {
        SchemaMigration.migrate(target.dataSource());
        JdbcEventStore store = new JdbcEventStore(target.dataSource());
        return CrashingReactor.reactor(store, CrashingReactor.engine(Nodes.IDEAS, store), new JdbcReactorPositions(target.dataSource()));
    }

    private static void assertReactedOnce(TestDatabase target) {
        JdbcEventStore store = new JdbcEventStore(target.dataSource());
        List<RecordedEvent<?>> idea = store.read(CrashingReactor.IDEA);
        assertThat(idea).hasSize(2);
        assertThat(idea.get(1).event()).isEqualTo(new Nodes.Acknowledged("plan " + CrashingReactor.PLAN));
        assertThat(idea.get(1).actor()).isEqualTo(Actor.SYSTEM);
        assertThat(idea.get(1).cause()).isEqualTo(RecordReference.of(store.read(CrashingReactor.PLAN).get(0)));
    }

    /** Runs the child until it dies; returns what it printed. */
    private static List<String> runUntilKilled(TestDatabase target, String mode) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(mode));
        arguments.addAll(List.of(target.connectArguments()));
        List<String> command = TestDatabase.childJvm(CrashingReactor.class, arguments);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> printed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                printed.add(line);
            }
            assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("the child died by halt(137)").isEqualTo(137);
        } finally {
            child.destroyForcibly();
        }
        return printed;
    }
}
