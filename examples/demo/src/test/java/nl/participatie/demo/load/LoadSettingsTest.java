package nl.participatie.demo.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A load run stays on this machine and stops by itself: only loopback, bounded clients and time. */
class LoadSettingsTest {

    private static final URI LOCAL = URI.create("http://127.0.0.1:8080");

    @Test
    void loopbackWithinTheBoundsIsARun() {
        LoadSettings run = new LoadSettings(URI.create("http://localhost:8080"), LoadSettings.DEFAULT_CLIENTS, LoadSettings.DEFAULT_DURATION);
        assertThat(run.clients()).isEqualTo(50);
        assertThat(run.duration()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void anAddressOffThisMachineIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LoadSettings(URI.create("http://192.0.2.1:8080"), 1, Duration.ofSeconds(1)))
                .withMessageContaining("loopback");
        assertThatIllegalArgumentException().isThrownBy(() -> new LoadSettings(URI.create("https://127.0.0.1:8080"), 1, Duration.ofSeconds(1)));
    }

    @Test
    void clientsAndTimeAreBounded() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LoadSettings(LOCAL, 0, Duration.ofSeconds(10)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoadSettings(LOCAL, LoadSettings.MAX_CLIENTS + 1, Duration.ofSeconds(10)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoadSettings(LOCAL, 10, Duration.ofMillis(999)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoadSettings(LOCAL, 10, Duration.ofMinutes(LoadSettings.MAX_MINUTES).plusSeconds(1)));
    }

    @Test
    void percentilesAreNearestRank() {
        long[] millis = new long[100];
        for (int i = 0; i < 100; i++) {
            millis[i] = (i + 1) * 1_000_000L;
        }
        assertThat(LoadResult.percentile(millis, 50)).isEqualTo(50.0);
        assertThat(LoadResult.percentile(millis, 95)).isEqualTo(95.0);
        assertThat(LoadResult.percentile(millis, 99)).isEqualTo(99.0);
        assertThat(LoadResult.percentile(new long[0], 99)).isZero();
    }
}
