package nl.participatie.core.sample;

import java.time.Instant;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;

/**
 * Events of the sample petition (<i>verzoekschrift</i>): a process for the library's own tests, not a method and not
 * for vendors.
 */
@API(status = API.Status.INTERNAL)
public sealed interface PetitionEvent {

    /** The draft got a title. */
    record Drafted(String title) implements PetitionEvent {
        public Drafted {
            InvalidValueException.requireNonNull(title, "title");
        }
    }

    /** Opened for support. */
    record Opened(Instant closesAt) implements PetitionEvent {
        public Opened {
            InvalidValueException.requireNonNull(closesAt, "closesAt");
        }
    }

    /** Someone supported it. */
    record Supported(PersonId supporter, int count) implements PetitionEvent {
        public Supported {
            InvalidValueException.requireNonNull(supporter, "supporter");
        }
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
