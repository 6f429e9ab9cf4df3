package nl.participatie.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Checks a module's message catalogue (<i>tekstcatalogus</i>) against its codes: the module's own
 * {@code ParticipatieMessages.properties} (English) and {@code ParticipatieMessages_nl.properties} (Dutch) hold
 * exactly the same keys, and those keys are exactly the codes of the given enums, so every code has a text in both
 * languages and no text is left that nothing uses.
 *
 * <pre>{@code
 * CatalogueCheck.assertTextsAreExactlyTheCodesOf(Path.of("src/main/resources"),
 *         InitiativeRejection.class, InitiativeNotice.class, ReportText.class);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CatalogueCheck {

    private CatalogueCheck() {
    }

    /** Asserts both files in {@code resources} hold exactly the codes of {@code codeEnums}, no more and no fewer. */
    @SafeVarargs
    public static void assertTextsAreExactlyTheCodesOf(Path resources, Class<? extends Code>... codeEnums) {
        Set<String> codes = new TreeSet<>();
        for (Class<? extends Code> type : codeEnums) {
            Code[] constants = type.getEnumConstants();
            if (constants == null) {
                throw new IllegalArgumentException(type.getName() + " is not an enum of codes");
            }
            for (Code c : constants) {
                assertThat(codes.add(c.code())).as("code %s of %s is also another constant's", c.code(), type.getSimpleName()).isTrue();
            }
        }
        Set<String> english = keys(resources.resolve("ParticipatieMessages.properties"));
        Set<String> dutch = keys(resources.resolve("ParticipatieMessages_nl.properties"));
        assertThat(dutch).as("keys in Dutch (ParticipatieMessages_nl) and English (ParticipatieMessages)").isEqualTo(english);
        assertThat(english).as("texts in %s against the codes", resources).isEqualTo(codes);
    }

    private static Set<String> keys(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalogue " + file, e);
        }
        for (String key : properties.stringPropertyNames()) {
            assertThat(properties.getProperty(key)).as("text of %s in %s", key, file.getFileName()).isNotBlank();
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
