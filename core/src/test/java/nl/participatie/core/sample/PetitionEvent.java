package nl.participatie.core.sample;

import java.time.Instant;

import nl.participatie.core.value.PersonId;

/** Events of the sample petition. */
public sealed interface PetitionEvent {

    /** The draft got a title. */
    record Drafted(String title) implements PetitionEvent {
    }

    /** Opened for support. */
    record Opened(Instant closesAt) implements PetitionEvent {
    }

    /** Someone supported it. */
    record Supported(PersonId supporter, int count) implements PetitionEvent {
    }

    /** The municipality decided. */
    record Decided(boolean granted, String reason) implements PetitionEvent {
    }

    /** Closed. */
    record Closed(String reason) implements PetitionEvent {
    }

    /** The support period ended. */
    record Expired(Instant at) implements PetitionEvent {
    }
}
