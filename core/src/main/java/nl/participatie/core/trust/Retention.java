package nl.participatie.core.trust;

import nl.participatie.core.API;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.StreamId;

/**
 * How long the erasable personal data of each kind of stream is kept (<i>bewaartermijn</i>), as a municipality's
 * selection list under the Archiefwet says: for example Buurtschouw reports seven years after their last event.
 * {@link #expire} destroys the stream key of every stream past its period, so its erasable values become unreadable
 * for good; the records themselves, their structure (types, steps, actors, times) and their hashes stay, and every
 * chain and checkpoint still verifies. Stream types without a period are kept.
 *
 * <pre>{@code
 * Retention retention = Retention.none().keep("buurtschouw.report", Period.ofYears(7));
 * List<StreamId> expired = retention.expire(store, store.erasureKeys().orElseThrow(), clock.instant());
 * }</pre>
 *
 * @param periods per stream type, how long after its last event a stream's erasable data is kept
 */
@API(status = API.Status.EXPERIMENTAL)
public record Retention(Map<String, Period> periods) {

    public Retention {
        periods = Map.copyOf(periods);
        periods.forEach((type, period) -> {
            if (period.isNegative() || period.isZero()) {
                throw new InvalidValueException("retention.period.invalid", period, type);
            }
        });
    }

    /** No stream type has a period: nothing expires. */
    public static Retention none() {
        return new Retention(Map.of());
    }

    /** This retention with {@code streamType} kept for {@code period} after its last event. */
    public Retention keep(String streamType, Period period) {
        Objects.requireNonNull(streamType, "streamType");
        Objects.requireNonNull(period, "period");
        Map<String, Period> more = new LinkedHashMap<>(periods);
        more.put(streamType, period);
        return new Retention(more);
    }

    /**
     * Destroys the stream key of every stream whose last event is more than its period (in Dutch time) before
     * {@code now}. Safe to run again: a stream already expired is listed again and changes no further.
     *
     * @return the streams past their period
     */
    public List<StreamId> expire(EventStore store, ErasureKeys keys, Instant now) {
        List<StreamId> expired = new ArrayList<>();
        for (StreamHead head : store.heads().heads()) {
            StreamId stream = head.stream();
            Period period = periods.get(stream.type());
            if (period == null) {
                continue;
            }
            List<RecordedEvent<?>> last = store.read(stream, head.version());
            if (last.isEmpty()) {
                continue;
            }
            Instant until = last.get(0).recordedAt().atZone(DutchTime.ZONE).plus(period).toInstant();
            if (!until.isAfter(now)) {
                keys.expireStream(stream);
                expired.add(stream);
            }
        }
        return expired;
    }
}
