package nl.participatie.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;

/**
 * A sample petition's history as the library recorded it before records could name a cause (generated with the
 * code of commit 406db03 and kept unchanged): one recorded event per line, with the hashes of that time.
 */
public final class RecordedFile {

    private static final String PATH = "recorded/petition-before-causes.jsonl";

    private RecordedFile() {
    }

    /** The lines of the file. */
    public static List<String> lines() {
        try (InputStream in = RecordedFile.class.getClassLoader().getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException(PATH + " is missing from the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line read as a recorded event. */
    public static RecordedEvent<?> read(String line) {
        return ParticipatieJson.defaults().readRecordedEvent(line);
    }

    /** Every record of the file. */
    public static List<RecordedEvent<?>> records() {
        return lines().stream().<RecordedEvent<?>>map(RecordedFile::read).toList();
    }
}
