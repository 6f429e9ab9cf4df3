package nl.participatie.buurtschouw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every step × command × role of the campaign against the table written by hand in transitions/campaign.csv. */
class CampaignTransitionMatrixTest {

    @Test
    void theWorkflowAllowsExactlyTheHandWrittenTable() {
        assertThat(TransitionTable.allowed(BuurtschouwWorkflow.CAMPAIGNS.workflow(), CampaignStep.class, CampaignCommand.class))
                .containsExactlyElementsOf(TransitionTable.expected("campaign.csv"));
    }
}
