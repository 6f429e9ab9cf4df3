package nl.participatie.core.sample;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.value.PersonId;

/**
 * Commands of the sample petition (<i>verzoekschrift</i>): a process for the library's own tests, not a method and
 * not for vendors.
 */
@API(status = API.Status.INTERNAL)
public sealed interface PetitionCommand {

    /** Give the draft a title. */
    record Draft(@NotBlank @Size(max = 200) String title) implements PetitionCommand {
    }

    /** Open for support until a deadline. */
    record Open(@NotNull Instant closesAt) implements PetitionCommand {
    }

    /** A resident supports the petition; may be fired any number of times. */
    record Support(@NotNull PersonId supporter) implements PetitionCommand {
    }

    /** The municipality decides. */
    record Decide(boolean granted, @NotBlank @Size(max = 2000) String reason) implements PetitionCommand {
    }

    /** Closed by the municipality from any active step. */
    record Close(@NotBlank String reason) implements PetitionCommand {
    }

    /** Time-driven: the support period ended without a decision. */
    record Expire() implements PetitionCommand {
    }
}
