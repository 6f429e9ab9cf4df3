package nl.participatie.samenspel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import nl.participatie.core.value.InvalidValueException;

/** Small checks shared by the value types of this package. */
final class Checks {

    // Codes name phases, activities, topics and deliverables inside a design: short, stable, readable in a path.
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private Checks() {
    }

    /** Refuses a code that is not lower case letters, digits and dashes (at most 40). */
    static String code(String value, String name) {
        InvalidValueException.requireNonNull(value, name);
        if (!CODE.matcher(value).matches()) {
            throw new InvalidValueException(ValueRejection.CODE_INVALID.code(), value, name);
        }
        return value;
    }

    /** Refuses a number below 0. */
    static int notNegative(int value, String name) {
        if (value < 0) {
            throw new InvalidValueException(ValueRejection.NUMBER_INVALID.code(), value, name);
        }
        return value;
    }

    /** Refuses a percentage outside 0 to 100. */
    static int percent(int value, String name) {
        if (value < 0 || value > 100) {
            throw new InvalidValueException(ValueRejection.NUMBER_INVALID.code(), value, name);
        }
        return value;
    }

    /** An immutable copy of a list that must be there. */
    static <T> List<T> list(List<T> list, String name) {
        return List.copyOf(InvalidValueException.requireNonNull(list, name));
    }

    /**
     * An unmodifiable copy of a command's list that keeps {@code null} elements, so Bean Validation can report them as
     * violations instead of a {@link NullPointerException} on construction; {@code null} stays {@code null}.
     */
    static <T> List<T> commandList(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** The list with the item appended. */
    static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return List.copyOf(out);
    }
}
