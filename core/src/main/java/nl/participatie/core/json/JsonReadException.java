package nl.participatie.core.json;

import nl.participatie.core.API;

import java.util.Objects;

import nl.participatie.core.Violation;
import nl.participatie.core.internal.Messages;
import nl.participatie.core.value.LocalizedText;

/**
 * A JSON document could not be read (<i>onleesbaar document</i>): bad syntax, an unknown or unregistered type id,
 * a wrong type, a missing value, a value that breaks a value type's rule, or a document over the size and depth
 * limits. It says what and where: a stable {@link #code()}, the {@link #path()} in the document ({@code $.event.amount})
 * and a message in Dutch and English.
 */
@API(status = API.Status.STABLE)
public final class JsonReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String path;
    private final LocalizedText text;

    /**
     * A read error with its own message, e.g. that of a value type's rule ({@code InvalidValueException}).
     *
     * @param code  the stable code
     * @param path  where in the document, {@code $} for the whole
     * @param text  the message in Dutch and English
     * @param cause the failure behind it, or {@code null}
     */
    public JsonReadException(String code, String path, LocalizedText text, Throwable cause) {
        super(code + " at " + path + ": " + text.en(), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.path = Objects.requireNonNull(path, "path");
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * A read error with the message of its code from the library's catalogue ({@code json.syntax},
     * {@code json.limit}, {@code json.unknown-type}, ...): for an adapter of another JSON library, such as
     * {@code participatie-jackson3}, to report its failures as {@link ParticipatieJson} does.
     *
     * @param code  the stable code, a key of {@code ParticipatieMessages}
     * @param path  where in the document, {@code $} for the whole
     * @param cause the failure behind it, or {@code null}
     * @param args  the message's arguments after the path
     */
    public static JsonReadException of(String code, String path, Throwable cause, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = path;
        System.arraycopy(args, 0, all, 1, args.length);
        return new JsonReadException(code, path, Messages.text(code, all), cause);
    }

    /** The stable code, e.g. {@code json.unknown-type}. */
    public String code() {
        return code;
    }

    /** Where in the document, e.g. {@code $.event.amount}; {@code $} for the document as a whole. */
    public String path() {
        return path;
    }

    /** The message in Dutch and English. */
    public LocalizedText text() {
        return text;
    }

    /** This error as a violation, for a rejection. */
    public Violation toViolation() {
        return new Violation(code, path, text);
    }
}
