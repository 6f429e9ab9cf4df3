package nl.participatie.springboot.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import nl.participatie.core.API;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.trust.StreamHead;

/**
 * Fires what is due on every instance of every engine, on a schedule (<i>termijnbewaking</i>): each round reads the
 * heads of the engine's store, and fires {@link ProcessEngine#fireDue(nl.participatie.core.value.StreamId, Instant)}
 * on every stream of the engine's type at the application clock's time, as the system. Opt-in with
 * {@code participatie.scheduling.deadlines.enabled=true}; the interval is
 * {@code participatie.scheduling.deadlines.interval}.
 *
 * <p>Every round loads every instance (the engine has no index of deadlines), so its cost grows with the number of
 * instances; with many, choose a longer interval. Switch it on in one application node: on several, two nodes can
 * fire the same due command at once, and the second is then decided on the state the first left. A stream that fails
 * is logged and the round goes on with the next.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DeadlineFiring extends ScheduledWork {

    private static final Log LOG = LogFactory.getLog(DeadlineFiring.class);

    private final List<ProcessEngine<?, ?, ?>> engines;
    private final Clock clock;

    /** Fires due deadlines of the engines every interval, at the clock's time. */
    public DeadlineFiring(List<? extends ProcessEngine<?, ?, ?>> engines, Clock clock, Duration interval) {
        super("participatie-deadlines", interval);
        this.engines = List.copyOf(engines);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One round now: fires what is due on every stream of every engine.
     *
     * @return how many commands were fired, accepted or not
     */
    public int fireDue() {
        Instant now = clock.instant();
        int fired = 0;
        for (ProcessEngine<?, ?, ?> engine : engines) {
            String type = engine.definition().streamType();
            for (StreamHead head : engine.store().heads().heads()) {
                if (!head.stream().isOfType(type)) {
                    continue;
                }
                try {
                    fired += engine.fireDue(head.stream(), now).size();
                } catch (RuntimeException e) {
                    LOG.error("Firing what is due on " + head.stream() + " failed", e);
                }
            }
        }
        return fired;
    }

    @Override
    void round() {
        fireDue();
    }
}
