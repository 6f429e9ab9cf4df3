package nl.participatie.buurtschouw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.participatie.core.internal.Messages;

/** Every violation code of the buurtschouw has a message in Dutch and English, and every message is used. */
class MessageCatalogueTest {

    private static final Pattern CODE = Pattern.compile("\"(buurtschouw\\.[a-zA-Z]+\\.[a-z-]+)\"");

    @Test
    void everyCodeInTheSourcesHasBothLanguagesAndEveryMessageIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.removeIf(code -> code.startsWith("buurtschouw.campaign.") && isNotification(code)
                || code.startsWith("buurtschouw.report.") && isNotification(code) || code.startsWith("buurtschouw.idea."));
        assertThat(used).hasSizeGreaterThan(40);
        for (String code : used) {
            assertThat(Messages.hasBoth(code)).as("%s in Dutch and English", code).isTrue();
        }
        Set<String> catalogue = new TreeSet<>(Messages.catalogue("en").keySet());
        catalogue.removeIf(k -> !k.startsWith("buurtschouw."));
        assertThat(used).as("messages without a use").containsAll(catalogue);
        Set<String> dutch = new TreeSet<>(Messages.catalogue("nl").keySet());
        dutch.removeIf(k -> !k.startsWith("buurtschouw."));
        assertThat(dutch).isEqualTo(catalogue);
    }

    @Test
    void everyRejectionIsSpecifiedInATest() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith("Test.java"))
                    .filter(f -> !f.endsWith("MessageCatalogueTest.java"))::iterator) {
                tests.append(Files.readString(file));
            }
        }
        Set<String> rejections = new TreeSet<>(Messages.catalogue("en").keySet());
        rejections.removeIf(k -> !k.startsWith("buurtschouw.campaign.") && !k.startsWith("buurtschouw.report."));
        assertThat(rejections).hasSizeGreaterThan(40)
                .allSatisfy(code -> assertThat(tests.toString()).as("a test that expects %s", code).contains("\"" + code + "\""));
    }

    /** Notification codes look like violation codes but are no messages of the catalogue. */
    private static boolean isNotification(String code) {
        return Set.of("buurtschouw.campaign.entry-closed", "buurtschouw.campaign.results-published", "buurtschouw.campaign.cancelled",
                "buurtschouw.campaign.invited", "buurtschouw.campaign.walk-started", "buurtschouw.report.received",
                "buurtschouw.report.status-changed", "buurtschouw.report.scheduled", "buurtschouw.report.forwarded",
                "buurtschouw.report.reaction-requested", "buurtschouw.report.reaction-received", "buurtschouw.report.reaction-expired",
                "buurtschouw.report.handled", "buurtschouw.report.satisfaction-survey", "buurtschouw.report.cancelled",
                "buurtschouw.report.reopened", "buurtschouw.report.reopen-requested").contains(code);
    }
}
