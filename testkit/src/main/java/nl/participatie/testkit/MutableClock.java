package nl.participatie.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import nl.participatie.core.API;

/**
 * A clock that stands still until a test or a story moves it (<i>handmatige klok</i>): deadlines pass on cue and
 * every run records the same times. Give it to the engine's builder; {@link #advance} and {@link #set} move it.
 * A clock from {@link #withZone} shares the moment with this one. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /** A clock at {@code start}, in UTC. */
    public MutableClock(Instant start) {
        this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at 2026-01-05T09:00:00Z (a Monday). */
    public static MutableClock startingMonday() {
        return new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    }

    /** Moves the clock on; a negative duration is refused, because recorded time does not go back. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a clock moves forward, not by " + duration);
        }
        now.updateAndGet(t -> t.plus(duration));
    }

    /** Moves the clock to any moment, also an earlier one (to test what happens when a host's clock jumps back). */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Today's date in this clock's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now.get(), zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving moment, seen in another zone. */
    @Override
    public MutableClock withZone(ZoneId zone) {
        return new MutableClock(now, Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
