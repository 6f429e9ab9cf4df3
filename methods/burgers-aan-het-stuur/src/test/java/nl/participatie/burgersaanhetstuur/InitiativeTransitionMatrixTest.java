package nl.participatie.burgersaanhetstuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.participatie.core.Violation;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.Role;
import nl.participatie.testkit.MethodContract;

/**
 * Every step × command × role of an initiative against {@code transitions/initiative.csv}, a table written by hand
 * from the README, not from the workflow: a change to who may do what in which step has to be made in the README (and
 * so in the table) as well, or this fails. Only the workflow's own permission is compared (step and role); the
 * decider's business rules (a participant's own actions, the last initiator) are the spec tests'.
 */
class InitiativeTransitionMatrixTest {

    private static final String TABLE = "/transitions/initiative.csv";
    private static final List<Role> ROLES = List.of(BurgersAanHetStuurWorkflow.INITIATOR, BurgersAanHetStuurWorkflow.PARTICIPANT,
            BurgersAanHetStuurWorkflow.FACILITATOR, BurgersAanHetStuurWorkflow.CIVIL_SERVANT, BurgersAanHetStuurWorkflow.EXECUTIVE,
            Role.SYSTEM);
    private static final Workflow<InitiativeStep> WORKFLOW = BurgersAanHetStuurWorkflow.INITIATIVES.workflow();

    /** One row of the table: the steps in which the command is allowed and the roles that may fire it there. */
    record Expected(String command, Set<InitiativeStep> steps, Set<Role> roles) {
    }

    @TestFactory
    Stream<DynamicTest> everyStepAndRoleOfEveryCommandIsAsTheTableSays() {
        return table().values().stream().map(row -> DynamicTest.dynamicTest(row.command(), () -> {
            Class<?> command = commandClass(row.command());
            List<String> differences = new ArrayList<>();
            for (InitiativeStep step : InitiativeStep.values()) {
                for (Role role : ROLES) {
                    String expected = !row.steps().contains(step) ? "workflow.step-not-allowed"
                            : !row.roles().contains(role) ? "workflow.role-not-allowed" : "allowed";
                    List<Violation> violations = WORKFLOW.check(step, command, role);
                    String actual = violations.isEmpty() ? "allowed" : violations.get(0).code();
                    if (!expected.equals(actual)) {
                        differences.add(step + " × " + role.code() + ": table says " + expected + ", workflow says " + actual);
                    }
                }
            }
            assertThat(differences).as("%s: where the workflow differs from %s", row.command(), TABLE).isEmpty();
        }));
    }

    @Test
    void theTableHasEveryCommandOnce() {
        // A command missing from the table would be compared with nothing; one the workflow does not know, with a guess.
        Set<String> commands = MethodContract.concreteSubtypes(InitiativeCommand.class).stream().map(Class::getSimpleName)
                .collect(Collectors.toSet());
        assertThat(table().keySet()).containsExactlyInAnyOrderElementsOf(commands);
        assertThat(WORKFLOW.commands()).extracting(Class::getSimpleName).containsExactlyInAnyOrderElementsOf(commands);
    }

    @Test
    void theTableIsReadAsWritten() {
        // The expansion itself, on rows whose meaning the README states in words, so a parser bug cannot hide a difference.
        Map<String, Expected> table = table();
        assertThat(table.get("Close").steps()).isEqualTo(EnumSet.range(InitiativeStep.SITUATION, InitiativeStep.PAUSED));
        assertThat(table.get("MarkActionOverdue").steps())
                .containsExactly(InitiativeStep.ACTION_PLAN, InitiativeStep.MEASURABLE_RESULTS, InitiativeStep.EXECUTION,
                        InitiativeStep.MEASUREMENT);
        assertThat(table.get("SetGoal").steps()).containsExactly(InitiativeStep.GOALS, InitiativeStep.NEW_GOALS);
        assertThat(table.get("AcknowledgeReport").roles())
                .containsExactlyInAnyOrder(BurgersAanHetStuurWorkflow.CIVIL_SERVANT, BurgersAanHetStuurWorkflow.EXECUTIVE);
    }

    static Map<String, Expected> table() {
        Map<String, Expected> rows = new LinkedHashMap<>();
        for (String line : lines()) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cells = line.split(";", -1);
            if (cells.length != 3) {
                throw new IllegalArgumentException(TABLE + ": not command;steps;roles: " + line);
            }
            String command = cells[0].strip();
            Expected row = new Expected(command, steps(cells[1]), roles(cells[2]));
            if (rows.put(command, row) != null) {
                throw new IllegalArgumentException(TABLE + ": " + command + " twice");
            }
        }
        return rows;
    }

    private static Set<InitiativeStep> steps(String cell) {
        Set<InitiativeStep> steps = EnumSet.noneOf(InitiativeStep.class);
        for (String token : cell.split(",")) {
            String t = token.strip();
            if (t.equals("any-active")) {
                steps.addAll(InitiativeStep.cycle());
                steps.add(InitiativeStep.PAUSED);
            } else if (t.matches("\\d+-\\d+")) {
                String[] ends = t.split("-");
                for (int n = Integer.parseInt(ends[0]); n <= Integer.parseInt(ends[1]); n++) {
                    steps.add(numbered(n));
                }
            } else if (t.matches("\\d+")) {
                steps.add(numbered(Integer.parseInt(t)));
            } else {
                steps.add(InitiativeStep.valueOf(t));
            }
        }
        return steps;
    }

    private static InitiativeStep numbered(int n) {
        return Arrays.stream(InitiativeStep.values()).filter(s -> s.isCycleStep() && s.number() == n).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(TABLE + ": no step " + n));
    }

    private static Set<Role> roles(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).map(name -> ROLES.stream().filter(r -> r.code().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(TABLE + ": no role " + name)))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static Class<?> commandClass(String name) {
        return MethodContract.concreteSubtypes(InitiativeCommand.class).stream().filter(c -> c.getSimpleName().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(TABLE + ": no command " + name));
    }

    private static List<String> lines() {
        try (InputStream in = InitiativeTransitionMatrixTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
