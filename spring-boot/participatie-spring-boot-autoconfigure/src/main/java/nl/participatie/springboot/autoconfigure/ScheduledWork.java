package nl.participatie.springboot.autoconfigure;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work done again and again on a thread of its own, from the application's start to its stop, with a pause between
 * the end of one round and the start of the next. Its own thread, not the application's task scheduler: switching
 * this on must not make the application's own {@code @Scheduled} methods run, nor take their threads. A round that
 * throws is logged and the next round still comes.
 */
abstract class ScheduledWork implements SmartLifecycle {

    private static final Log LOG = LogFactory.getLog(ScheduledWork.class);

    private final String name;
    private final Duration interval;
    private ScheduledExecutorService executor;

    ScheduledWork(String name, Duration interval) {
        this.name = Objects.requireNonNull(name, "name");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The interval of " + name + " must be positive, was " + interval);
        }
    }

    /** One round of the work. */
    abstract void round();

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread thread = new Thread(run, name);
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        executor.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            round();
        } catch (RuntimeException e) {
            LOG.error(name + " failed; it runs again in " + interval, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
