package nl.participatie.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.participatie.core.API;
import nl.participatie.core.Code;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * The generated parts of a module's README (<i>gegenereerde delen</i>): text between {@code <!-- name:begin -->} and
 * {@code <!-- name:end -->} that a test generates from the code (a workflow diagram, a table of codes) and holds the
 * README to. When a part is stale, the whole README with every part current is written to {@code target/README.md},
 * ready to review and copy.
 *
 * <pre>{@code
 * Map<String, String> parts = Map.of("rejections", ReadmeSections.codeTable("burgersaanhetstuur.", InitiativeRejection.values()));
 * ReadmeSections.assertCurrent(Path.of("README.md"), "rejections", parts);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReadmeSections {

    private ReadmeSections() {
    }

    /** Asserts that part {@code name} of the README is {@code parts.get(name)}; writes the current README when not. */
    public static void assertCurrent(Path readme, String name, Map<String, String> parts) {
        String text = read(readme);
        assertThat(text).as("README has the markers of %s", name).contains(begin(name)).contains(end(name));
        String current = text;
        for (Map.Entry<String, String> part : parts.entrySet()) {
            current = replace(current, part.getKey(), part.getValue());
        }
        if (!current.equals(text)) {
            try {
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "README.md"), current);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(between(text, name)).as("README.md's %s part is out of date; the current README is in target/README.md", name)
                .isEqualTo(parts.get(name));
    }

    /** The text of part {@code name}. */
    public static String between(String readme, String name) {
        return readme.substring(readme.indexOf(begin(name)) + begin(name).length(), readme.indexOf(end(name)));
    }

    /** The README with part {@code name} replaced by {@code generated}; unchanged when it has no such part. */
    public static String replace(String readme, String name, String generated) {
        int b = readme.indexOf(begin(name));
        int e = readme.indexOf(end(name));
        if (b < 0 || e < b) {
            return readme;
        }
        return readme.substring(0, b + begin(name).length()) + generated + readme.substring(e);
    }

    /** The README without part {@code name}, e.g. to check that the prose names what the part lists anyway. */
    public static String outside(String readme, String name) {
        int b = readme.indexOf(begin(name));
        int e = readme.indexOf(end(name));
        return b < 0 || e < b ? readme : readme.substring(0, b) + readme.substring(e);
    }

    /**
     * The codes with their Dutch and English texts from the catalogue, sorted by code and shown without
     * {@code prefix}; the arguments stay as {@code {0}}.
     */
    public static String codeTable(String prefix, Code... codes) {
        StringBuilder out = new StringBuilder("| code | Dutch | English |\n|---|---|---|\n");
        List<Code> sorted = new ArrayList<>(List.of(codes));
        sorted.sort(Comparator.comparing(Code::code));
        for (Code code : sorted) {
            LocalizedText text = Catalogue.text(code);
            String shown = code.code().startsWith(prefix) ? code.code().substring(prefix.length()) : code.code();
            out.append("| `").append(shown).append("` | ").append(cell(text.nl())).append(" | ").append(cell(text.en()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /**
     * The README table of a module's type ids, {@code | type id | of |}: the members of each family in the given order
     * (e.g. {@code new Family("command", InitiativeCommand.class)}, then the events), each family by type id. Every
     * registered type belongs to one of the families, or the table is refused.
     */
    public static String typeIdTable(nl.participatie.core.json.TypedJacksonModule module, Family... families) {
        StringBuilder out = new StringBuilder("| type id | of |\n|---|---|\n");
        Map<Class<?>, String> ids = module.typeIds();
        Set<Class<?>> shown = new HashSet<>();
        for (Family f : families) {
            String label = f.label();
            Class<?> family = f.base();
            // The module's map has no order of its own: by type id, so the table is the same on every run.
            Map<String, Class<?>> byId = new TreeMap<>();
            ids.forEach((type, id) -> {
                if (family.isAssignableFrom(type)) {
                    byId.put(id, type);
                }
            });
            byId.forEach((id, type) -> out.append("| `").append(id).append("` | ").append(label).append(" `")
                    .append(type.getSimpleName()).append("` |\n"));
            shown.addAll(byId.values());
        }
        Set<Class<?>> missing = new HashSet<>(ids.keySet());
        missing.removeAll(shown);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Type ids of no listed family: " + missing);
        }
        return out.toString();
    }

    /** A family of a module's types in its type-id table: its label ({@code command}, {@code event}) and sealed base. */
    public record Family(String label, Class<?> base) {
    }

    /** Text as one Markdown table cell: a pipe would end the cell, a line break the row. */
    public static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String begin(String name) {
        return "<!-- " + name + ":begin -->\n";
    }

    private static String end(String name) {
        return "<!-- " + name + ":end -->";
    }

    private static String read(Path readme) {
        try {
            return Files.readString(readme);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + readme, e);
        }
    }
}
