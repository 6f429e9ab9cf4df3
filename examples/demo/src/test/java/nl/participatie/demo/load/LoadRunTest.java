package nl.participatie.demo.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The short load run, on PostgreSQL (skipped when {@value LoadRun#PG_URL_VARIABLE} names no server): 10 clients for
 * 10 seconds file, handle and read reports; then no errors other than conflicts, every acknowledged report stored
 * exactly once and every chain verifying. The same test is the full run with {@code -Dload.clients=50
 * -Dload.seconds=60} (see the demo's README), or the main class {@link LoadRun}.
 */
class LoadRunTest {

    @Test
    void clientsFilingHandlingAndReadingLoseNothing() throws Exception {
        String url = System.getenv(LoadRun.PG_URL_VARIABLE);
        Assumptions.assumeTrue(url != null && !url.isBlank(), "no PostgreSQL server given (" + LoadRun.PG_URL_VARIABLE + ")");

        int clients = Integer.getInteger("load.clients", 10);
        Duration duration = Duration.ofSeconds(Integer.getInteger("load.seconds", 10));

        LoadRun.Outcome outcome = LoadRun.run(url, clients, duration);

        System.out.print(outcome.result().toMarkdown());
        System.out.println("Check: " + outcome.check().summary());
        assertThat(outcome.check().problems()).isEmpty();
        assertThat(outcome.check().passed()).isTrue();
        assertThat(outcome.result().accepted()).isNotEmpty();
        assertThat(outcome.check().storedNew()).isEqualTo(outcome.result().accepted().size());
        for (LoadGenerator.Call kind : LoadGenerator.Call.values()) {
            assertThat(outcome.result().calls().get(kind).answered()).as(kind.name()).isPositive();
        }
    }
}
