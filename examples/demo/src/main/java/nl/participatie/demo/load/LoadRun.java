package nl.participatie.demo.load;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.demo.DemoApplication;
import nl.participatie.demo.StreamIndex;

/**
 * The load run on PostgreSQL (<i>belastingproef</i>): starts the demo on loopback with its data in a new schema on
 * the PostgreSQL server given, runs the {@link LoadGenerator}, checks the store ({@link LoadCheck}), stops the demo
 * and drops the schema. The main class prints the figures as Markdown and exits with 1 when a check failed.
 *
 * <pre>{@code
 * java ... nl.participatie.demo.load.LoadRun --pg-url=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres --clients=50 --seconds=60
 * }</pre>
 *
 * Without {@code --pg-url} the server is the one in {@code PARTICIPATIE_TEST_PG_URL}.
 */
public final class LoadRun {

    /** The environment variable the tests and CI name the PostgreSQL server in. */
    public static final String PG_URL_VARIABLE = "PARTICIPATIE_TEST_PG_URL";

    /**
     * A finished run.
     *
     * @param result what the clients measured
     * @param check  what the store held afterwards
     */
    public record Outcome(LoadResult result, LoadCheck check) {
    }

    private LoadRun() {
    }

    /** Runs the load: {@code --pg-url=...}, {@code --clients=50}, {@code --seconds=60}. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("Arguments are --pg-url=..., --clients=N, --seconds=N; not " + a);
            }
            options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        String url = options.getOrDefault("pg-url", System.getenv(PG_URL_VARIABLE));
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Name the PostgreSQL server: --pg-url=jdbc:postgresql://... or " + PG_URL_VARIABLE);
        }
        int clients = Integer.parseInt(options.getOrDefault("clients", Integer.toString(LoadSettings.DEFAULT_CLIENTS)));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds",
                Long.toString(LoadSettings.DEFAULT_DURATION.toSeconds()))));
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Outcome outcome = run(url, clients, duration);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.println();
        System.out.print(outcome.result().toMarkdown());
        System.out.println();
        System.out.println("Check: " + outcome.check().summary());
        System.out.printf(Locale.ROOT, "Load average (1 min): %.2f before, %.2f after; %d processors%n", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
        System.exit(outcome.check().passed() ? 0 : 1);
    }

    /** Starts the demo on a new schema of the server at {@code pgUrl}, runs the load, checks, and cleans up. */
    public static Outcome run(String pgUrl, int clients, Duration duration) throws SQLException, InterruptedException {
        String schema = "demo_load_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(pgUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            SpringApplication demo = new SpringApplication(DemoApplication.class);
            // As arguments, which come before the demo's application.properties (its fixed port 8080).
            String[] arguments = {
                // The property that puts the demo on PostgreSQL; the schema keeps the run apart from other tests on the server.
                "--spring.datasource.url=" + pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--server.port=0", "--server.address=127.0.0.1", "--logging.level.nl.participatie.demo=WARN"};
            try (ConfigurableApplicationContext app = demo.run(arguments)) {
                int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
                Buurtschouw buurtschouw = app.getBean(Buurtschouw.class);
                StreamIndex index = app.getBean(StreamIndex.class);
                int before = index.of(BuurtschouwWorkflow.REPORTS.streamType()).size();
                LoadResult result = new LoadGenerator(new LoadSettings(URI.create("http://127.0.0.1:" + port), clients, duration)).run();
                return new Outcome(result, LoadCheck.of(result, buurtschouw, index, before));
            }
        } finally {
            try (Connection c = DriverManager.getConnection(pgUrl); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
