package nl.participatie.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every step × command × role of the trajectory against the table written by hand in transitions/trajectory.csv. */
class TrajectoryTransitionMatrixTest {

    @Test
    void theWorkflowAllowsExactlyTheHandWrittenTable() {
        assertThat(TransitionTable.allowed(SamenspelWorkflow.TRAJECTORIES.workflow(), TrajectoryStep.class, TrajectoryCommand.class))
                .containsExactlyElementsOf(TransitionTable.expected("trajectory.csv"));
    }
}
