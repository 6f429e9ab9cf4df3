package nl.participatie.youthmanifesto;

import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.value.PersonId;

/**
 * A read port onto the participants' personal data (<i>deelnemersdossiers opzoeken</i>): the decider asks it for a
 * young person's date of birth and permissions when they enrol, when the group starts and when consent must be
 * re-confirmed, so every path enforces the permissions without any of it entering an event. The facade
 * {@link YouthManifesto} answers it from the personal-data store ({@code privacy.ParticipantRegister}).
 */
@API(status = API.Status.EXPERIMENTAL)
@FunctionalInterface
public interface ParticipantRecords {

    /**
     * No records at all: every enrolment is refused for want of a record. The explicit choice of a decider used without
     * a personal-data store, so that nobody can join a group whose permissions nobody checked.
     */
    ParticipantRecords NONE = person -> Optional.empty();

    /** The record of the person; empty when none is held (never recorded, or erased). Must not change anything. */
    Optional<ParticipantRecord> find(PersonId person);
}
