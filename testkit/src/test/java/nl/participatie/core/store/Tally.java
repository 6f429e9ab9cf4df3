package nl.participatie.core.store;

import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Workflow;
import nl.participatie.core.store.NoteFormat.Note;
import nl.participatie.core.value.Role;

/**
 * A process for the facade's concurrency test whose fold costs nothing per event: each {@link Count} records a note
 * numbered one more than the notes before it. After any number of concurrent commands, note {@code n} must sit at
 * sequence {@code n}: a lost or duplicated event, or a decision on stale state, breaks that.
 */
final class Tally implements Decider<Tally.Count, Note, Long> {

    /** The only step. */
    enum Step { COUNTING }

    /** Count one more. */
    record Count(String by) {
    }

    static final Role COUNTER = Role.of("COUNTER");

    static final ProcessDefinition<Count, Note, Long, Step> DEFINITION = ProcessDefinition.of("storetest.tally",
            Count.class, Note.class, new Tally(),
            Workflow.builder("Telling", Step.class, Step.COUNTING).within(Count.class, Step.COUNTING, COUNTER).build(),
            count -> Step.COUNTING);

    @Override
    public Long initialState() {
        return 0L;
    }

    @Override
    public Decision<Note> decide(Count command, Long state, DecisionContext context) {
        return Decision.accept(new Note(command.by(), state + 1));
    }

    @Override
    public Long evolve(Long state, Note event) {
        return event.number();
    }
}
