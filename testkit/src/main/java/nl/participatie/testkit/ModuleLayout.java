package nl.participatie.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.participatie.core.API;

/**
 * The layout of a method module (<i>moduletemplate</i>), as {@code methods/README.md} writes it down: the files
 * every module has, its resources and tests, and the sections of its README in order. A module's
 * {@code LayoutTest} runs it from the module's folder (Maven's working directory for tests):
 *
 * <pre>{@code
 * ModuleLayout.of("BurgersAanHetStuur", "burgersaanhetstuur", "Initiative").assertFollowed(Path.of(""));
 * }</pre>
 *
 * @param method     the method's name in CamelCase, e.g. {@code Buurtschouw}
 * @param pkg        the package segment and code prefix, e.g. {@code buurtschouw}
 * @param aggregates the aggregates, e.g. {@code Campaign} and {@code Report}
 */
@API(status = API.Status.EXPERIMENTAL)
public record ModuleLayout(String method, String pkg, List<String> aggregates) {

    /** The README's sections, in order. */
    public static final List<String> README_SECTIONS = List.of("Use it", "Workflow", "Rules", "Rejection codes",
            "Notifications", "JSON type ids", "Known limits");

    /** Per aggregate, the main types beside the aggregate's own record. */
    public static final List<String> AGGREGATE_SUFFIXES = List.of("", "Step", "Command", "Event", "Decider", "Rules",
            "Rejection", "Notice");

    /** Per aggregate, the tests. */
    public static final List<String> AGGREGATE_TESTS = List.of("ContractTest", "SpecTest", "PropertiesTest",
            "TransitionMatrixTest");

    /** The tests every module has once. */
    public static final List<String> MODULE_TESTS = List.of("ArchitectureTest", "LayoutTest", "MessageCatalogueTest",
            "ReadmeTest");

    public ModuleLayout {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pkg, "pkg");
        aggregates = List.copyOf(aggregates);
        if (aggregates.isEmpty()) {
            throw new IllegalArgumentException("a method has at least one aggregate");
        }
    }

    /** The layout of a method with these aggregates. */
    public static ModuleLayout of(String method, String pkg, String... aggregates) {
        return new ModuleLayout(method, pkg, List.of(aggregates));
    }

    /** Every file the template asks for, relative to the module's folder. */
    public List<Path> requiredFiles() {
        String main = "src/main/java/nl/participatie/" + pkg + "/";
        String test = "src/test/java/nl/participatie/" + pkg + "/";
        List<String> files = new ArrayList<>();
        files.add("README.md");
        files.add(main + method + ".java");
        files.add(main + method + "Workflow.java");
        files.add(main + "package-info.java");
        files.add(main + "json/" + method + "JacksonModule.java");
        files.add(main + "json/package-info.java");
        files.add("src/main/resources/ParticipatieMessages.properties");
        files.add("src/main/resources/ParticipatieMessages_nl.properties");
        files.add("src/main/resources/META-INF/services/com.fasterxml.jackson.databind.Module");
        for (String a : aggregates) {
            for (String suffix : AGGREGATE_SUFFIXES) {
                files.add(main + a + suffix + ".java");
            }
            for (String t : AGGREGATE_TESTS) {
                files.add(test + a + t + ".java");
            }
            files.add("src/test/resources/transitions/" + kebab(a) + ".csv");
        }
        for (String t : MODULE_TESTS) {
            files.add(test + t + ".java");
        }
        return files.stream().map(Path::of).toList();
    }

    /** Asserts the module in {@code moduleDir} has every required file and its README has the sections in order. */
    public void assertFollowed(Path moduleDir) {
        List<String> missing = new ArrayList<>();
        for (Path file : requiredFiles()) {
            if (!Files.isRegularFile(moduleDir.resolve(file))) {
                missing.add(file.toString());
            }
        }
        assertThat(missing).as("files methods/README.md asks for").isEmpty();
        assertThat(sections(moduleDir.resolve("README.md"))).as("the README's ## sections").isEqualTo(README_SECTIONS);
        assertEveryPackageDescribed(moduleDir.resolve("src/main/java"));
    }

    private static List<String> sections(Path readme) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^## (.+?)\\s*$").matcher(read(readme));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void assertEveryPackageDescribed(Path sources) {
        try (Stream<Path> dirs = Files.walk(sources)) {
            List<String> undescribed = dirs.filter(Files::isDirectory)
                    .filter(d -> hasJava(d) && !Files.isRegularFile(d.resolve("package-info.java")))
                    .map(d -> sources.relativize(d).toString()).toList();
            assertThat(undescribed).as("packages without package-info.java").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
