package nl.participatie.samenspel;

import java.time.Instant;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A version of the design (<i>ontwerpversie</i>): version 1 is the draft; each redesign adds one, with its reason.
 *
 * @param version its number, from 1
 * @param reason  why the design changed; empty for version 1
 * @param at      when
 */
@API(status = API.Status.EXPERIMENTAL)
public record DesignVersion(int version, String reason, Instant at) {
    public DesignVersion {
        Checks.notNegative(version, "version");
        InvalidValueException.requireNonNull(reason, "reason");
        InvalidValueException.requireNonNull(at, "at");
    }
}
