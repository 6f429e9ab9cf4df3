package nl.participatie.springboot.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import nl.participatie.core.trust.Checkpoints;
import nl.participatie.core.trust.StreamHead;

/**
 * Writes each checkpoint into a folder as two text files, {@code checkpoint-<UTC time>.txt} ({@code toText()}) and
 * {@code heads-<UTC time>.txt} ({@link StreamHead#toText}); the folder must be outside the database's reach.
 */
final class DirectoryCheckpointPublisher implements CheckpointPublisher {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path directory;

    DirectoryCheckpointPublisher(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public void publish(Checkpoints.Taken taken) {
        String at = NAME.format(taken.checkpoint().at());
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("heads-" + at + ".txt"), StreamHead.toText(taken.heads()),
                    StandardCharsets.UTF_8);
            // The checkpoint last: a checkpoint file is there only with its heads beside it.
            Files.writeString(directory.resolve("checkpoint-" + at + ".txt"), taken.checkpoint().toText(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the checkpoint of " + taken.checkpoint().at() + " to " + directory, e);
        }
    }
}
