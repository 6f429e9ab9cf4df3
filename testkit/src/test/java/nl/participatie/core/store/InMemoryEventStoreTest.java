package nl.participatie.core.store;

/** The event store contract on the in-memory store. */
class InMemoryEventStoreTest extends EventStoreContract {

    @Override
    protected EventStore store() {
        return new InMemoryEventStore();
    }
}
