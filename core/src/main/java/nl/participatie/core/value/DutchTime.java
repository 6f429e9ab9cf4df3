package nl.participatie.core.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import nl.participatie.core.API;

/**
 * Dutch local time (<i>Nederlandse tijd</i>): the zone in which a municipality's days, deadlines and report dates
 * fall. The library records instants in UTC and turns them into days only here, so every method counts the same day.
 */
@API(status = API.Status.STABLE)
public final class DutchTime {

    /** Europe/Amsterdam: CET in winter, CEST in summer. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }

    /** The Dutch calendar day of a moment: 2026-03-01T23:30Z is 2 March 2026 in Amsterdam. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }
}
