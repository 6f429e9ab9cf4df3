package nl.participatie.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.participatie.core.API;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * The contract every aggregate of every method keeps, as one abstract test class: each command is decided,
 * each event evolves the state, each command and event has a registered type id, each event has a golden JSON file
 * ({@code src/test/resources/golden/<type id>.json}) that the sample event writes to and reads back from exactly,
 * and states survive a JSON round trip. Extend it once per aggregate.
 *
 * <p>A missing golden file fails the test; the expected content is written to {@code target/golden-new/} so it can
 * be reviewed and copied.
 *
 * @param <C> commands
 * @param <E> events
 * @param <S> state
 */
@API(status = API.Status.EXPERIMENTAL)
public abstract class MethodContract<C, E, S> {

    /** The aggregate under test. */
    protected abstract ProcessDefinition<C, E, S, ?> definition();

    /** At least one sample of every concrete command type. */
    protected abstract List<C> sampleCommands();

    /** At least one sample of every concrete event type; these are the golden files' content. */
    protected abstract List<E> sampleEvents();

    /** States to decide and evolve in; at least the initial state. Non-trivial states make the checks stronger. */
    protected List<S> sampleStates() {
        return List.of(definition().decider().initialState());
    }

    protected ParticipatieJson json() {
        return ParticipatieJson.defaults();
    }

    @Test
    void everyCommandTypeHasASample() {
        assertThat(typesOf(sampleCommands())).containsAll(concreteSubtypes(definition().commandType()));
    }

    @Test
    void everyEventTypeHasASample() {
        assertThat(typesOf(sampleEvents())).containsAll(concreteSubtypes(definition().eventType()));
    }

    @Test
    void everyCommandIsDecidedInEveryState() {
        DecisionContext context = new DecisionContext(StreamId.of(definition().streamType(), "contract"),
                Actor.of(PersonId.of("contract"), Role.of("CONTRACT")), Instant.parse("2026-06-01T12:00:00Z"), 0,
                IdGenerator.sequential("contract"));
        for (S state : sampleStates()) {
            for (C command : sampleCommands()) {
                try {
                    assertThat(definition().decider().decide(command, state, context)).as("decision on %s", command).isNotNull();
                } catch (RuntimeException e) {
                    fail("decide(" + command.getClass().getSimpleName() + ") threw " + e + " in state " + state, e);
                }
            }
        }
    }

    @Test
    void everyCommandIsInTheWorkflow() {
        for (Class<?> type : concreteSubtypes(definition().commandType())) {
            assertThat(definition().workflow().commands()).as("workflow rules").contains(type);
        }
    }

    @Test
    void everyEventEvolvesEveryState() {
        for (S state : sampleStates()) {
            for (E event : sampleEvents()) {
                try {
                    assertThat(definition().decider().evolve(state, event)).as("evolve with %s", event).isNotNull();
                } catch (RuntimeException e) {
                    fail("evolve(" + event.getClass().getSimpleName() + ") threw " + e + " in state " + state, e);
                }
            }
        }
    }

    @Test
    void everyCommandHasATypeIdAndRoundTrips() {
        for (C command : sampleCommands()) {
            assertThat(json().typeId(command)).as("type id of %s", command.getClass()).isNotBlank();
            String text = json().write(command);
            assertThat(json().read(text, definition().commandType())).isEqualTo(command);
        }
    }

    @Test
    void everyEventMatchesItsGoldenFile() {
        List<String> problems = new ArrayList<>();
        for (E event : sampleEvents()) {
            String typeId = json().typeId(event);
            String name = typeId + ".json";
            String written = json().write(event);
            String golden = ExpectedFiles.GOLDEN.read(name).orElse(null);
            if (golden == null) {
                problems.add("no golden file golden/" + name + " (expected content written to "
                        + ExpectedFiles.GOLDEN.writeNew(name, written + "\n") + ")");
                continue;
            }
            if (!golden.strip().equals(written)) {
                problems.add("golden/" + name + " differs:\n  golden:  " + golden.strip() + "\n  written: " + written);
            }
            assertThat(json().read(golden, definition().eventType())).as("reading golden/%s", name).isEqualTo(event);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void statesRoundTripThroughJson() {
        for (S state : sampleStates()) {
            String text = json().write(state);
            @SuppressWarnings("unchecked")
            Class<S> type = (Class<S>) state.getClass();
            assertThat(json().read(text, type)).isEqualTo(state);
        }
    }

    private static Set<Class<?>> typesOf(List<?> samples) {
        Set<Class<?>> types = new LinkedHashSet<>();
        samples.forEach(s -> types.add(s.getClass()));
        return types;
    }

    /** Every concrete class below a sealed interface, through nested sealed interfaces. */
    public static Set<Class<?>> concreteSubtypes(Class<?> sealed) {
        Set<Class<?>> out = new LinkedHashSet<>();
        collect(sealed, out);
        return out;
    }

    private static void collect(Class<?> type, Set<Class<?>> out) {
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collect(sub, out);
            }
        } else if (!type.isInterface() && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            out.add(type);
        } else {
            throw new AssertionError(type.getName() + " is an open (non-sealed) interface or abstract class under a sealed family");
        }
    }
}
