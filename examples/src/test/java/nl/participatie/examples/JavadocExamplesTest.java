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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in the Javadoc of {@code ParticipatieJson} compile against the real API, as they are written there. */
class JavadocExamplesTest {

    private static final Path SOURCE = Path.of("../core/src/main/java/nl/participatie/core/json/ParticipatieJson.java");
    private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);

    /** The names an example may use without declaring them: what its text says the reader has at hand. */
    private static final String PARAMETERS = "ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> engine, "
            + "StreamId stream, Actor actor, String body, Outcome<InitiativeEvent, Initiative> outcome";

    @Test
    void everyExampleInParticipatieJsonCompiles(@TempDir Path out) throws IOException {
        List<String> examples = examples(Files.readString(SOURCE));
        assertThat(examples).as("examples in %s", SOURCE).isNotEmpty();
        for (int i = 0; i < examples.size(); i++) {
            String source = "package example;\n"
                    + "import nl.participatie.core.*;\nimport nl.participatie.core.json.*;\nimport nl.participatie.core.value.*;\n"
                    + "import nl.participatie.burgersaanhetstuur.*;\n"
                    + "class Example" + i + " {\n    void run(" + PARAMETERS + ") {\n" + examples.get(i) + "\n    }\n}\n";
            assertThat(compile("Example" + i, source, out)).as("example %d:%n%s", i, examples.get(i)).isEmpty();
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
    private static String compile(String name, String source, Path out) throws IOException {
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
