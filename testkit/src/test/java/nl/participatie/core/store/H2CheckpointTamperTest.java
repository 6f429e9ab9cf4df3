package nl.participatie.core.store;

/** Tampering found against signed checkpoints on an embedded H2 database. */
class H2CheckpointTamperTest extends CheckpointTamperContract {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2InMemory();
    }

    @Override
    protected boolean positionsConsecutive() {
        return true;
    }
}
