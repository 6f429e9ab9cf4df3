package nl.participatie.testkit;

import nl.participatie.core.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import nl.participatie.core.json.ParticipatieJson;

/**
 * Documents stored under an old type id, kept to show they still read (<i>oude versies van gebeurtenissen</i>): when an
 * event's JSON changes, its type id gets a new version with an upcast, and its old golden file moves from
 * {@code golden/} to {@code upcast/<old type id>.json} on the test class path. {@link #read} reads one through the
 * library's format, upcasts and all.
 *
 * <pre>{@code
 * ReportFiled filed = (ReportFiled) UpcastFiles.read("buurtschouw.report-filed.v1");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class UpcastFiles {

    private UpcastFiles() {
    }

    /** The event stored as {@code upcast/<typeId>.json}, read as the current version of its type. */
    public static Object read(String typeId) {
        String name = "/upcast/" + typeId + ".json";
        try (InputStream in = UpcastFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + name + " on the test class path");
            }
            return ParticipatieJson.defaults().fromJson(typeId, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
