package nl.participatie.core;

import java.util.Objects;

import nl.participatie.core.internal.Messages;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * One reason a command was refused (<i>bezwaar</i>, <i>schending</i>): a stable, machine-readable code, the
 * path of the offending field ({@code ""} for the command as a whole) and a message in Dutch and English.
 *
 * @param code    stable code, e.g. {@code workflow.step-not-allowed} or {@code constraint.NotBlank}
 * @param path    the field, e.g. {@code actions[0].deadline}; empty for the whole command
 * @param message the message in Dutch and English
 */
@API(status = API.Status.STABLE)
public record Violation(String code, String path, LocalizedText message) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A violation whose message comes from the library's catalogue under {@code code}, with the arguments filled in:
     * every {@code ParticipatieMessages.properties} (English) and {@code ParticipatieMessages_nl.properties} (Dutch) at
     * the root of the class path, merged; a vendor's own process adds its codes in files of those names.
     */
    public static Violation of(String code, String path, Object... args) {
        return new Violation(code, path, Messages.text(code, args));
    }

    /** A violation with the code's message from the catalogue, with the arguments filled in. */
    public static Violation of(Code code, String path, Object... args) {
        return of(code.code(), path, args);
    }

    /** The violation an invalid value stands for, at the given path. */
    public static Violation of(InvalidValueException e, String path) {
        return new Violation(e.code(), path, e.text());
    }

    @Override
    public String toString() {
        return code + (path.isEmpty() ? "" : " at " + path) + ": " + message.en();
    }
}
