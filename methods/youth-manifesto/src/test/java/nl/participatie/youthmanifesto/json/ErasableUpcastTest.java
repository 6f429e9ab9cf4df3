package nl.participatie.youthmanifesto.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.PersonId;
import nl.participatie.testkit.UpcastFiles;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ActionAdded;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ParticipantLeft;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.TopicDrafted;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.TopicRaised;

/**
 * Events stored before the young people's texts became erasable (the v1 golden files, kept in {@code upcast/}) still
 * read: a leaving participant's reason as theirs, the group's texts under the group's key.
 */
class ErasableUpcastTest {

    @Test
    void aParticipantsReasonForLeavingReadsAsTheirErasableValue() {
        ParticipantLeft left = (ParticipantLeft) UpcastFiles.read("youthmanifesto.participant-left.v1");
        assertThat(left.reason()).isEqualTo(Erasable.of(PersonId.of("p-1"), "verhuisd"));
    }

    @Test
    void theGroupsTopicsProblemsAndRequestsReadAsErasableValuesOfNobodyInParticular() {
        TopicRaised raised = (TopicRaised) UpcastFiles.read("youthmanifesto.topic-raised.v1");
        assertThat(raised.title()).isEqualTo(Erasable.of(null, "Een plek om te chillen na 22 uur"));
        assertThat(raised.description()).isEqualTo(Erasable.of(null, "We worden weggestuurd."));
        assertThat(((TopicDrafted) UpcastFiles.read("youthmanifesto.topic-drafted.v1")).problem())
                .isEqualTo(Erasable.of(null, "Geen plek na tienen."));
        assertThat(((ActionAdded) UpcastFiles.read("youthmanifesto.action-added.v1")).request())
                .isEqualTo(Erasable.of(null, "Open het jongerencentrum tot 23 uur"));
    }
}
