package nl.participatie.buurtschouw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.Role;
import nl.participatie.testkit.TransitionTable;

/** Every step × command × role of the campaign against the table written by hand in transitions/campaign.csv. */
class CampaignTransitionMatrixTest {

    private static final TransitionTable TABLE = TransitionTable.withRoles(BuurtschouwWorkflow.REPORTER, BuurtschouwWorkflow.CORE_GROUP,
            BuurtschouwWorkflow.PARTICIPANT, BuurtschouwWorkflow.CIVIL_SERVANT, BuurtschouwWorkflow.EXTERNAL_PARTY,
            BuurtschouwWorkflow.EXECUTIVE, BuurtschouwWorkflow.FACILITATOR, Role.SYSTEM);

    @Test
    void theWorkflowAllowsExactlyTheHandWrittenTable() {
        assertThat(TABLE.allowed(BuurtschouwWorkflow.CAMPAIGNS.workflow(), CampaignStep.class, CampaignCommand.class))
                .containsExactlyElementsOf(TransitionTable.expected("campaign.csv"));
    }
}
