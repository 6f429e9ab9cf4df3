package nl.participatie.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.participatie.core.Workflow;
import nl.participatie.core.value.Role;

/**
 * An expected transition table written by hand in {@code src/test/resources/transitions/<a>.csv}
 * ({@code step;command;roles}), held against a workflow for every step × command × role.
 */
final class TransitionTable {

    static final List<Role> ROLES = List.of(SamenspelWorkflow.RESIDENT, SamenspelWorkflow.STAKEHOLDER,
            SamenspelWorkflow.FACILITATOR, SamenspelWorkflow.CIVIL_SERVANT, SamenspelWorkflow.COUNCIL_MEMBER,
            SamenspelWorkflow.EXECUTIVE, Role.SYSTEM);

    private TransitionTable() {
    }

    /** The allowed moves of the table as {@code step;command;role} lines. */
    static Set<String> expected(String resource) {
        Set<String> out = new TreeSet<>();
        try (InputStream in = TransitionTable.class.getResourceAsStream("/transitions/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).toList();
            for (String line : lines) {
                String[] cells = line.split(";");
                assertThat(cells).as(line).hasSize(3);
                for (String role : cells[2].trim().split(" ")) {
                    assertThat(out.add(cells[0].trim() + ";" + cells[1].trim() + ";" + role)).as("twice: " + line).isTrue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every step × command × role the workflow lets through, as {@code step;command;role} lines. */
    static <S extends Enum<S>> Set<String> allowed(Workflow<S> workflow, Class<S> steps, Class<?> commands) {
        Set<String> out = new TreeSet<>();
        for (S step : steps.getEnumConstants()) {
            for (Class<?> command : commands.getPermittedSubclasses()) {
                for (Role role : ROLES) {
                    if (workflow.rules().stream().anyMatch(r -> r.command() == command && r.from().contains(step)
                            && r.roles().contains(role))) {
                        out.add(step.name() + ";" + command.getSimpleName() + ";" + role.code());
                    }
                }
            }
        }
        return out;
    }
}
