package nl.participatie.budgetmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.Role;

/** Every step × command × role of the budget round against the table written by hand in transitions/budget-round.csv. */
class BudgetRoundTransitionMatrixTest {

    private static final List<Role> ROLES = List.of(BudgetmonitoringWorkflow.RESIDENT, BudgetmonitoringWorkflow.SOCIAL_PROFESSIONAL,
            BudgetmonitoringWorkflow.CIVIL_SERVANT, BudgetmonitoringWorkflow.EXECUTIVE, BudgetmonitoringWorkflow.GRIFFIE, Role.SYSTEM);

    @Test
    void theWorkflowAllowsExactlyTheHandWrittenTable() throws IOException {
        Set<String> allowed = new TreeSet<>();
        for (BudgetRoundStep step : BudgetRoundStep.values()) {
            for (Class<?> command : BudgetRoundCommand.class.getPermittedSubclasses()) {
                for (Role role : ROLES) {
                    if (BudgetmonitoringWorkflow.ROUNDS.workflow().check(step, command, role).isEmpty()) {
                        allowed.add(step + ";" + command.getSimpleName() + ";" + role.code());
                    }
                }
            }
        }
        assertThat(allowed).containsExactlyElementsOf(expected());
    }

    private static Set<String> expected() throws IOException {
        Set<String> out = new TreeSet<>();
        try (InputStream in = BudgetRoundTransitionMatrixTest.class.getResourceAsStream("/transitions/budget-round.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).toList();
            for (String line : lines) {
                String[] cells = line.split(";");
                assertThat(cells).as(line).hasSize(3);
                for (String role : cells[2].trim().split(" ")) {
                    assertThat(out.add(cells[0].trim() + ";" + cells[1].trim() + ";" + role)).as("twice: " + line).isTrue();
                }
            }
        }
        return out;
    }
}
