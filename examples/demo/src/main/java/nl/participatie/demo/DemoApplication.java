package nl.participatie.demo;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The demo application (<i>demo</i>): the five methods in a browser, on the Spring Boot starter, with the walkthroughs'
 * stories as its data. It keeps its data in an embedded H2 file unless {@code spring.datasource.url} names another
 * database (PostgreSQL); it prints the address to open once it listens.
 */
@SpringBootApplication
public class DemoApplication {

    /** Where the H2 file lives when no folder is given: {@code demo.data-directory}, set by the module's pom to its target/. */
    static final String DATA_DIRECTORY = "demo.data-directory";

    /** Starts the demo; Spring Boot's arguments apply ({@code --server.port=8081}, {@code --spring.datasource.url=...}). */
    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(DemoApplication.class);
        app.setDefaultProperties(defaults());
        app.run(args);
    }

    /** The embedded H2 file as the default database; any {@code spring.datasource.url} given takes its place. */
    static Map<String, Object> defaults() {
        String folder = System.getProperty(DATA_DIRECTORY);
        Path directory = folder != null && !folder.isBlank() ? Path.of(folder)
                : Path.of(System.getProperty("java.io.tmpdir"), "participatie-demo");
        return Map.of("spring.datasource.url", "jdbc:h2:file:" + directory.toAbsolutePath().resolve("demo") + ";DB_CLOSE_ON_EXIT=FALSE",
                "spring.datasource.username", "sa");
    }
}
