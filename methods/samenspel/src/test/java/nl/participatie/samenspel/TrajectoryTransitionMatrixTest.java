package nl.participatie.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.Role;
import nl.participatie.testkit.TransitionTable;

/** Every step × command × role of the trajectory against the table written by hand in transitions/trajectory.csv. */
class TrajectoryTransitionMatrixTest {

    private static final TransitionTable TABLE = TransitionTable.withRoles(SamenspelWorkflow.RESIDENT, SamenspelWorkflow.STAKEHOLDER,
            SamenspelWorkflow.FACILITATOR, SamenspelWorkflow.CIVIL_SERVANT, SamenspelWorkflow.COUNCIL_MEMBER,
            SamenspelWorkflow.EXECUTIVE, Role.SYSTEM);

    @Test
    void theWorkflowAllowsExactlyTheHandWrittenTable() {
        assertThat(TABLE.allowed(SamenspelWorkflow.TRAJECTORIES.workflow(), TrajectoryStep.class, TrajectoryCommand.class))
                .containsExactlyElementsOf(TransitionTable.expected("trajectory.csv"));
    }
}
