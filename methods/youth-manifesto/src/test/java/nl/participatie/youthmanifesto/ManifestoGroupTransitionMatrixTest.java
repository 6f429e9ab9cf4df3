package nl.participatie.youthmanifesto;

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
 * Every step × command × role of a manifesto group against {@code transitions/manifesto-group.csv}, a table written by
 * hand from the README, not from the workflow: a change to who may do what in which step has to be made in the README
 * (and so in the table) as well, or this fails. Only the workflow's own permission is compared (step and role); the
 * decider's rules (only the group's own participants, only for themselves) are the spec tests'.
 */
class ManifestoGroupTransitionMatrixTest {

    private static final String TABLE = "/transitions/manifesto-group.csv";
    private static final List<Role> ROLES = List.of(YouthManifestoWorkflow.YOUNG_PARTICIPANT, YouthManifestoWorkflow.FACILITATOR,
            YouthManifestoWorkflow.CIVIL_SERVANT, YouthManifestoWorkflow.GRIFFIE, YouthManifestoWorkflow.EXECUTIVE, Role.SYSTEM);
    private static final Workflow<ManifestoGroupStep> WORKFLOW = YouthManifestoWorkflow.GROUPS.workflow();
    private static final Set<ManifestoGroupStep> BEFORE_HANDOVER = EnumSet.of(ManifestoGroupStep.RECRUITMENT, ManifestoGroupStep.TOPICS,
            ManifestoGroupStep.PRIORITISATION, ManifestoGroupStep.DRAFTING, ManifestoGroupStep.OWN_STEP);
    private static final Set<ManifestoGroupStep> RESPONDING = EnumSet.of(ManifestoGroupStep.COUNCIL_RESPONSE, ManifestoGroupStep.FOLLOW_UP);

    /** One row of the table: the steps in which the command is allowed and the roles that may fire it there. */
    record Expected(String command, Set<ManifestoGroupStep> steps, Set<Role> roles) {
    }

    @TestFactory
    Stream<DynamicTest> everyStepAndRoleOfEveryCommandIsAsTheTableSays() {
        return table().values().stream().map(row -> DynamicTest.dynamicTest(row.command(), () -> {
            Class<?> command = commandClass(row.command());
            List<String> differences = new ArrayList<>();
            for (ManifestoGroupStep step : ManifestoGroupStep.values()) {
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
        Set<String> commands = MethodContract.concreteSubtypes(ManifestoGroupCommand.class).stream().map(Class::getSimpleName)
                .collect(Collectors.toSet());
        assertThat(table().keySet()).containsExactlyInAnyOrderElementsOf(commands);
        assertThat(WORKFLOW.commands()).extracting(Class::getSimpleName).containsExactlyInAnyOrderElementsOf(commands);
    }

    @Test
    void theTableIsReadAsWritten() {
        Map<String, Expected> table = table();
        assertThat(table.get("CloseGroup").steps()).isEqualTo(ManifestoGroupStep.active());
        assertThat(table.get("AdvanceStep").steps()).doesNotContain(ManifestoGroupStep.NEW, ManifestoGroupStep.FOLLOW_UP,
                ManifestoGroupStep.CLOSED).hasSize(7);
        assertThat(table.get("RecordAgendaItem").steps()).containsExactly(ManifestoGroupStep.HANDOVER,
                ManifestoGroupStep.COUNCIL_RESPONSE, ManifestoGroupStep.FOLLOW_UP);
        assertThat(table.get("VoteOnDraft").roles()).containsExactly(YouthManifestoWorkflow.YOUNG_PARTICIPANT);
    }

    @Test
    void everyStepAnOwnStepMayLeadToIsOneTheGroupsProcessAllows() {
        // The workflow admits every order GroupProcess.check() allows; the decider picks the group's next stage.
        assertThat(WORKFLOW.rule(ManifestoGroupCommand.AdvanceStep.class, ManifestoGroupStep.OWN_STEP).orElseThrow().to())
                .containsExactlyInAnyOrder(ManifestoGroupStep.TOPICS, ManifestoGroupStep.PRIORITISATION, ManifestoGroupStep.DRAFTING,
                        ManifestoGroupStep.HANDOVER, ManifestoGroupStep.OWN_STEP);
        assertThat(WORKFLOW.rule(ManifestoGroupCommand.AdvanceStep.class, ManifestoGroupStep.HANDOVER).orElseThrow().to())
                .containsExactly(ManifestoGroupStep.COUNCIL_RESPONSE);
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

    private static Set<ManifestoGroupStep> steps(String cell) {
        Set<ManifestoGroupStep> steps = EnumSet.noneOf(ManifestoGroupStep.class);
        for (String token : cell.split(",")) {
            String t = token.strip();
            switch (t) {
                case "before-handover":
                    steps.addAll(BEFORE_HANDOVER);
                    break;
                case "responding":
                    steps.addAll(RESPONDING);
                    break;
                case "active":
                    steps.addAll(BEFORE_HANDOVER);
                    steps.add(ManifestoGroupStep.HANDOVER);
                    steps.addAll(RESPONDING);
                    break;
                default:
                    steps.add(ManifestoGroupStep.valueOf(t));
            }
        }
        return steps;
    }

    private static Set<Role> roles(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).map(name -> ROLES.stream().filter(r -> r.code().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(TABLE + ": no role " + name)))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static Class<?> commandClass(String name) {
        return MethodContract.concreteSubtypes(ManifestoGroupCommand.class).stream().filter(c -> c.getSimpleName().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(TABLE + ": no command " + name));
    }

    private static List<String> lines() {
        try (InputStream in = ManifestoGroupTransitionMatrixTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
