package nl.participatie.core.value;

import nl.participatie.core.API;

import java.util.Objects;

import nl.participatie.core.internal.Messages;

/**
 * Thrown when a value type is constructed from input that breaks its rules, for example a postcode with the
 * letters {@code SA} (<i>ongeldige waarde</i>). It carries a stable {@link #code() code}, the offending input
 * (shortened) and a message in Dutch and English, so a caller can report it without parsing text.
 */
@API(status = API.Status.STABLE)
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_ECHO = 60;

    private final String code;
    private final String rejectedValue;
    private final LocalizedText text;

    /**
     * @param code          the stable violation code, also the key of the message in {@code ParticipatieMessages}
     * @param rejectedValue the input that was refused (may be {@code null}); shortened when echoed
     * @param args          arguments for the message ({@code {0}} is always the rejected value)
     */
    public InvalidValueException(String code, Object rejectedValue, Object... args) {
        this(code, rejectedValue, Messages.text(code, prepend(shorten(rejectedValue), args)));
    }

    private InvalidValueException(String code, Object rejectedValue, LocalizedText text) {
        super(code + ": " + text.en());
        this.code = Objects.requireNonNull(code, "code");
        this.rejectedValue = shorten(rejectedValue);
        this.text = text;
    }

    /** Refuses a missing value: code {@code value.required}. */
    public static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new InvalidValueException("value.required", null, name);
        }
        return value;
    }

    /** The stable, machine-readable code, e.g. {@code postcode.invalid}. */
    public String code() {
        return code;
    }

    /** The refused input, shortened to at most 60 characters; {@code null} when the value was missing. */
    public String rejectedValue() {
        return rejectedValue;
    }

    /** The message in Dutch and English. */
    public LocalizedText text() {
        return text;
    }

    private static String shorten(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value);
        return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO) + "…";
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first == null ? "" : first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
