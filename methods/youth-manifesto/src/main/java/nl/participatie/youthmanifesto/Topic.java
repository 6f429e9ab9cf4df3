package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.NeighbourhoodCode;

/**
 * A topic the young people raise (<i>onderwerp</i>), and once it made the manifesto, the problem as they see it.
 * Numbered per group from 1 in the order raised; never removed.
 *
 * @param number        its number
 * @param title         what it is about, e.g. "Een plek om te chillen na 22 uur"; erasable
 * @param description   what the young people see; erasable
 * @param area          the policy area (BBV main task field)
 * @param neighbourhood the neighbourhood it is about; {@code null} when it is not about one
 * @param problem       the problem as the young people see it, written while drafting; erasable; {@code null} until then
 */
@API(status = API.Status.EXPERIMENTAL)
public record Topic(int number, Erasable<String> title, Erasable<String> description, PolicyArea area,
                    NeighbourhoodCode neighbourhood, Erasable<String> problem) {

    public Topic {
        Checks.positive(number, "number");
        InvalidValueException.requireNonNull(title, "title");
        InvalidValueException.requireNonNull(description, "description");
        InvalidValueException.requireNonNull(area, "area");
    }

    /** Whether the problem was written. */
    public boolean isDrafted() {
        return problem != null;
    }

    Topic withProblem(Erasable<String> value) {
        return new Topic(number, title, description, area, neighbourhood, value);
    }
}
