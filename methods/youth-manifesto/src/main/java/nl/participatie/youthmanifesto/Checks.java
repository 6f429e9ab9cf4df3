package nl.participatie.youthmanifesto;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nl.participatie.core.value.InvalidValueException;

/** Small checks shared by the value types of this package. */
final class Checks {

    private Checks() {
    }

    /** Refuses a number below 1: numbers of topics, actions and stages start at 1. */
    static int positive(int value, String name) {
        if (value < 1) {
            throw new InvalidValueException(ValueRejection.NUMBER_INVALID.code(), value, name);
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

    /** Refuses a number outside {@code min} to {@code max}. */
    static int between(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new InvalidValueException(ValueRejection.NUMBER_INVALID.code(), value, name);
        }
        return value;
    }

    /**
     * An unmodifiable copy of a command's list that keeps {@code null} elements, so Bean Validation can report them as
     * violations instead of a {@link NullPointerException} on construction; {@code null} stays {@code null}.
     */
    static <T> List<T> commandList(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
