package nl.participatie.examples.buurtschouw;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The walkthrough's clock: it moves only when the story says so, so deadlines pass on cue and output is repeatable. */
public final class WalkClock extends Clock {

    private volatile Instant now;

    /** A clock at the given moment. */
    public WalkClock(Instant start) {
        this.now = start;
    }

    /** Moves to a later moment. */
    public void set(Instant instant) {
        if (instant.isBefore(now)) {
            throw new IllegalArgumentException("The story does not go back in time: " + instant + " is before " + now);
        }
        now = instant;
    }

    /** Moves on. */
    public void advance(Duration duration) {
        set(now.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
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
