package nl.participatie.burgersaanhetstuur;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;

/**
 * What the initiative learned in a cycle (<i>geleerde les</i>), written in step 7 or 8 for the accountability report
 * and the next cycle.
 *
 * @param cycle the cycle it was learned in
 * @param text  the lesson, e.g. "Vraag de vergunning een maand eerder aan"; erasable
 */
@API(status = API.Status.EXPERIMENTAL)
public record Lesson(int cycle, Erasable<String> text) {

    public Lesson {
        Checks.positive(cycle, "cycle");
        InvalidValueException.requireNonNull(text, "text");
    }
}
