package nl.participatie.core.store;

import nl.participatie.core.API;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.participatie.core.value.PersonId;

/** A personal-data store in memory (<i>persoonsgegevens in het geheugen</i>): for tests and examples. */
@API(status = API.Status.STABLE)
public final class InMemoryPersonalDataStore implements PersonalDataStore {

    private final Map<PersonId, PersonalData> data = new ConcurrentHashMap<>();

    @Override
    public void put(PersonalData personalData) {
        Objects.requireNonNull(personalData, "personalData");
        data.put(personalData.person(), personalData);
    }

    @Override
    public Optional<PersonalData> get(PersonId person) {
        return Optional.ofNullable(data.get(person));
    }

    @Override
    public boolean erase(PersonId person) {
        return data.remove(person) != null;
    }
}
