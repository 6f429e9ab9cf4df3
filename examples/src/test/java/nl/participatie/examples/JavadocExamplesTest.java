package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples in the Javadoc of {@code ProcessEngine}, {@code ProcessDefinition}, {@code Workflow} and
 * {@code ParticipatieJson} compile against the real API, as they are written there.
 */
class JavadocExamplesTest {

    private static final Path CORE = Path.of("../core/src/main/java/nl/participatie/core");
    private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);
    private static final String IMPORTS = "import java.time.*;\nimport java.util.*;\nimport javax.sql.DataSource;\n"
            + "import com.fasterxml.jackson.databind.ObjectMapper;\n"
            + "import nl.participatie.core.*;\nimport nl.participatie.core.json.*;\nimport nl.participatie.core.value.*;\n"
            + "import nl.participatie.core.store.jdbc.JdbcEventStore;\nimport nl.participatie.core.validation.CommandValidation;\n"
            + "import nl.participatie.burgersaanhetstuur.*;\nimport nl.participatie.burgersaanhetstuur.InitiativeCommand.*;\n"
            + "import nl.participatie.burgersaanhetstuur.json.*;\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // class | the names an example may use without declaring them: what its text says the reader has at hand
        "json/ParticipatieJson.java | ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> engine, "
                + "StreamId stream, Actor actor, String body, Outcome<InitiativeEvent, Initiative> outcome",
        "ProcessEngine.java | DataSource dataSource, Clock clock, StreamId stream, Actor actor, InitiativeCommand command",
        "ProcessDefinition.java | InitiativeCommand command, Initiative state, Actor actor",
        "Workflow.java | ",
    })
    void everyExampleInTheJavadocCompiles(String file, String parameters, @TempDir Path out) throws IOException {
        Path source = CORE.resolve(file);
        List<String> examples = examples(Files.readString(source));
        assertThat(examples).as("examples in %s", source).isNotEmpty();
        for (int i = 0; i < examples.size(); i++) {
            String unit = "package example;\n" + IMPORTS
                    + "class Example" + i + " {\n    void run(" + (parameters == null ? "" : parameters) + ") {\n"
                    + examples.get(i) + "\n    }\n}\n";
            assertThat(compile("Example" + i, unit, out)).as("example %d of %s:%n%s", i, file, examples.get(i)).isEmpty();
        }
    }

    private static List<String> examples(String javaSource) {
        List<String> found = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(javaSource);
        while (m.find()) {
            StringBuilder code = new StringBuilder();
            for (String line : m.group(1).split("\n")) {
                code.append(line.replaceFirst("^\\s*\\* ?", "")).append('\n');
            }
            found.add(code.toString());
        }
        return found;
    }

    /** Compiles one class against the test class path; the compiler's errors, empty when it compiled. */
    static String compile(String name, String source, Path out) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        String surefire = System.getProperty("surefire.test.class.path");
        String classPath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///example/" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            boolean ok = compiler.getTask(errors, files, null,
                    List.of("-proc:none", "-classpath", classPath, "-d", out.toString() + File.separator),
                    null, List.of(unit)).call();
            return ok ? "" : errors.toString();
        }
    }
}
