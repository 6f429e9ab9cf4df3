package nl.participatie.examples.burgersaanhetstuur;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import nl.participatie.burgersaanhetstuur.Initiative;

/**
 * The clock of the walkthrough (<i>verhaalklok</i>): it stands still until the story moves it on, so months of a
 * neighbourhood initiative pass in a second and every run prints the same dates.
 */
public final class StoryClock extends Clock {

    private Instant now;

    /** A clock at the given moment. */
    public StoryClock(Instant start) {
        this.now = start;
    }

    /** Moves the story on. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Today, in Dutch local time. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(now, Initiative.ZONE);
    }

    @Override
    public ZoneId getZone() {
        return Initiative.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
