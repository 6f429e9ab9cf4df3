package nl.participatie.youthmanifesto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * One stage of a group's own process (<i>fase</i>): a step of the method, or an own step, under the name the group
 * gave it. An own step ({@link ManifestoGroupStep#OWN_STEP}) needs a name ("Werkbezoek aan het stadhuis"); a step of
 * the method keeps its own name when the group gives none.
 *
 * @param step the kind of step
 * @param name the group's name for it; empty for the method's name
 */
@API(status = API.Status.EXPERIMENTAL)
public record Stage(@NotNull ManifestoGroupStep step, @NotNull @Size(max = 100) String name) {

    public Stage {
        InvalidValueException.requireNonNull(step, "step");
        InvalidValueException.requireNonNull(name, "name");
    }

    /** A step of the method under its own name. */
    public static Stage of(ManifestoGroupStep step) {
        return new Stage(step, "");
    }

    /** A step under the group's name for it. */
    public static Stage named(ManifestoGroupStep step, String name) {
        return new Stage(step, name);
    }

    /** An own step of the group, e.g. a field visit. */
    public static Stage own(String name) {
        return new Stage(ManifestoGroupStep.OWN_STEP, name);
    }

    /** The name to show: the group's (the same in both languages) or the method's. */
    public LocalizedText label() {
        return name.isBlank() ? step.label() : LocalizedText.of(name, name);
    }
}
