package nl.participatie.springboot.autoconfigure;

import nl.participatie.core.API;
import nl.participatie.core.trust.Checkpoints;

/**
 * Where a signed checkpoint goes once taken (<i>publicatie van een ijkpunt</i>): somewhere outside the database, such
 * as a file store, the council's archive or a public page. An application bean of this type takes the place of the
 * folder of {@code participatie.scheduling.checkpoints.directory}.
 */
@API(status = API.Status.EXPERIMENTAL)
@FunctionalInterface
public interface CheckpointPublisher {

    /** Publishes the checkpoint and the heads it covers; a failure is logged and the next checkpoint still comes. */
    void publish(Checkpoints.Taken taken);
}
