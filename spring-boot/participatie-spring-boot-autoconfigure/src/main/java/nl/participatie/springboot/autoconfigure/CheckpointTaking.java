package nl.participatie.springboot.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;


import nl.participatie.core.API;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.trust.CheckpointSigner;
import nl.participatie.core.trust.Checkpoints;

/**
 * Takes a signed checkpoint of the event store on a schedule and publishes it outside the database
 * (<i>ijkpunten</i>): {@link Checkpoints#take} with the municipality's key, then the {@link CheckpointPublisher}. Opt-in
 * with {@code participatie.scheduling.checkpoints.enabled=true}; the application does not start when the key or the
 * place to publish is missing.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CheckpointTaking extends ScheduledWork {

    private final EventStore store;
    private final CheckpointSigner signer;
    private final CheckpointPublisher publisher;
    private final Clock clock;

    /** Takes and publishes a checkpoint of the store every interval. */
    public CheckpointTaking(EventStore store, CheckpointSigner signer, CheckpointPublisher publisher, Clock clock,
                            Duration interval) {
        super("participatie-checkpoints", interval);
        this.store = Objects.requireNonNull(store, "store");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Takes a checkpoint now and publishes it. */
    public Checkpoints.Taken take() {
        Checkpoints.Taken taken = Checkpoints.take(store, signer, clock);
        publisher.publish(taken);
        return taken;
    }

    @Override
    void round() {
        take();
    }
}
