package nl.participatie.youthmanifesto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.participatie.core.Workflow;
import nl.participatie.core.value.Role;
import nl.participatie.testkit.TransitionTable;

/**
 * Every step × command × role of a manifesto group against the table written by hand in
 * {@code transitions/manifesto-group.csv}, from the README, not from the workflow. Only the workflow's own permission is
 * compared (step and role); the instance roles and the decider's rules (only for themselves) are the spec tests'.
 */
class ManifestoGroupTransitionMatrixTest {

    private static final TransitionTable TABLE = TransitionTable.withRoles(YouthManifestoWorkflow.YOUNG_PARTICIPANT,
            YouthManifestoWorkflow.FACILITATOR, YouthManifestoWorkflow.CIVIL_SERVANT, YouthManifestoWorkflow.GRIFFIE,
            YouthManifestoWorkflow.EXECUTIVE, Role.SYSTEM);
    private static final Workflow<ManifestoGroupStep> WORKFLOW = YouthManifestoWorkflow.GROUPS.workflow();

    @Test
    void theWorkflowAllowsExactlyTheHandWrittenTable() {
        assertThat(TABLE.allowed(WORKFLOW, ManifestoGroupStep.class, ManifestoGroupCommand.class))
                .containsExactlyElementsOf(TransitionTable.expected("manifesto-group.csv"));
    }

    @Test
    void anOwnStepMayLeadToEveryStepTheGroupsProcessAllowsAfterIt() {
        // The workflow admits every order GroupProcess.check() allows; the decider picks the group's next stage.
        assertThat(WORKFLOW.rule(ManifestoGroupCommand.AdvanceStep.class, ManifestoGroupStep.OWN_STEP).orElseThrow().to())
                .containsExactlyInAnyOrder(ManifestoGroupStep.TOPICS, ManifestoGroupStep.PRIORITISATION, ManifestoGroupStep.DRAFTING,
                        ManifestoGroupStep.HANDOVER, ManifestoGroupStep.OWN_STEP);
        assertThat(WORKFLOW.rule(ManifestoGroupCommand.AdvanceStep.class, ManifestoGroupStep.HANDOVER).orElseThrow().to())
                .containsExactly(ManifestoGroupStep.COUNCIL_RESPONSE);
    }
}
