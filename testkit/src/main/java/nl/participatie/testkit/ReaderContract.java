package nl.participatie.testkit;

import java.util.regex.Pattern;
import nl.participatie.core.API;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.json.ParticipatieJson;

/**
 * The contract of a reader of untrusted input (<i>leescontract</i>), as the library's fuzz targets check it: any
 * input is either refused with a typed error (a stable code and where in the input) or read into a valid value that
 * is written and read back to the same value and the same text. Any other exception fails the check, and with it the
 * fuzz target that found the input.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReaderContract {

    /**
     * A stable code: words with dots and dashes, e.g. {@code json.unknown-type}, or a value type's
     * {@code streamId.invalid}.
     */
    private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]*([.-][A-Za-z0-9]+)+");

    private ReaderContract() {
    }

    /**
     * Reads the input as the given type: refused with a {@link JsonReadException}, or a value that round-trips.
     *
     * @return the value read, or {@code null} when the input was refused
     */
    public static <T> T readsOrRefuses(ParticipatieJson json, byte[] input, Class<T> type) {
        T value;
        try {
            value = json.read(input, type);
        } catch (JsonReadException refused) {
            typedError(refused.code(), refused.path());
            return null;
        }
        roundTrips(json, value, type);
        return value;
    }

    /** Reads the input as a recorded event: refused with a {@link JsonReadException}, or one that round-trips. */
    public static RecordedEvent<?> readsRecordedEventOrRefuses(ParticipatieJson json, String input) {
        RecordedEvent<?> value;
        try {
            value = json.readRecordedEvent(input);
        } catch (JsonReadException refused) {
            typedError(refused.code(), refused.path());
            return null;
        }
        String written = json.write(value);
        RecordedEvent<?> again = json.readRecordedEvent(written);
        same(value, again, written, json.write(again));
        return value;
    }

    /** The value is written and read back as the same value, and written again as the same text. */
    public static <T> void roundTrips(ParticipatieJson json, T value, Class<T> type) {
        String written = json.write(value);
        T again;
        try {
            again = json.read(written, type);
        } catch (JsonReadException e) {
            throw new AssertionError("A value read is written as JSON that cannot be read back: " + written, e);
        }
        same(value, again, written, json.write(again));
    }

    /** A typed error: a stable code and a place, {@code $} or a path below it. */
    public static void typedError(String code, String path) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new AssertionError("An error without a stable code: " + code);
        }
        if (path == null || !path.startsWith("$")) {
            throw new AssertionError("An error (" + code + ") without a path from $: " + path);
        }
    }

    private static void same(Object value, Object again, String written, String writtenAgain) {
        if (!value.equals(again)) {
            throw new AssertionError("Read back as another value: " + value + " became " + again + " through " + written);
        }
        if (!written.equals(writtenAgain)) {
            throw new AssertionError("Written again as other JSON: " + written + " became " + writtenAgain);
        }
    }
}
