package nl.participatie.core.store;

import nl.participatie.core.API;

import java.util.Optional;

import nl.participatie.core.value.PersonId;

/**
 * Where personal data is kept, apart from the events (<i>opslag van persoonsgegevens</i>). Supports the rights
 * of the AVG/GDPR: access ({@link #get}) and erasure ({@link #erase}, a real delete). Implementations are
 * thread-safe; the library ships one in memory and one on JDBC.
 */
@API(status = API.Status.STABLE)
public interface PersonalDataStore {

    /** Stores or replaces everything held about the person. */
    void put(PersonalData data);

    /** Everything held about the person, if anything: the answer to an access request. */
    Optional<PersonalData> get(PersonId person);

    /** Deletes everything held about the person; returns whether anything was held. */
    boolean erase(PersonId person);
}
