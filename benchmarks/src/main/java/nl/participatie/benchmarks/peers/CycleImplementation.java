package nl.participatie.benchmarks.peers;

/**
 * One implementation of the peer-comparison scenario ({@link nl.participatie.benchmarks.cycle.Cycle}).
 *
 * @param <I> what one run leaves behind: the instance with its state and history
 */
public interface CycleImplementation<I> extends AutoCloseable {

    /** Creates an instance and fires the eight transitions, each role-checked and recorded: the measured op. */
    I run();

    /** The final step and history of an instance {@link #run()} made, in the common form (not measured). */
    CycleRun report(I instance);

    /** Creates an instance and fires the first transition as the given actor; reports whether it was rejected. */
    CycleRun attemptFirst(String actorId, String role);

    @Override
    default void close() {
    }
}
