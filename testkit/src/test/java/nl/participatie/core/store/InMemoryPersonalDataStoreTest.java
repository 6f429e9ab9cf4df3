package nl.participatie.core.store;

/** The personal-data store contract on the in-memory store. */
class InMemoryPersonalDataStoreTest extends PersonalDataStoreContract {

    @Override
    protected PersonalDataStore store() {
        return new InMemoryPersonalDataStore();
    }
}
