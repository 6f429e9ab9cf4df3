package nl.participatie.core.sample;

/** Steps of the sample petition process used to test the engine. */
public enum PetitionStep {
    DRAFT, OPEN, DECIDED, CLOSED
}
