package nl.participatie.budgetmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.Role;
import nl.participatie.testkit.TransitionTable;

/** Every step × command × role of the budget round against the table written by hand in transitions/budget-round.csv. */
class BudgetRoundTransitionMatrixTest {

    private static final TransitionTable TABLE = TransitionTable.withRoles(BudgetmonitoringWorkflow.RESIDENT,
            BudgetmonitoringWorkflow.SOCIAL_PROFESSIONAL, BudgetmonitoringWorkflow.CIVIL_SERVANT, BudgetmonitoringWorkflow.EXECUTIVE,
            BudgetmonitoringWorkflow.GRIFFIE, Role.SYSTEM);

    @Test
    void theWorkflowAllowsExactlyTheHandWrittenTable() {
        assertThat(TABLE.allowed(BudgetmonitoringWorkflow.ROUNDS.workflow(), BudgetRoundStep.class, BudgetRoundCommand.class))
                .containsExactlyElementsOf(TransitionTable.expected("budget-round.csv"));
    }
}
