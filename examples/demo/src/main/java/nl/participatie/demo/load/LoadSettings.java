package nl.participatie.demo.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * What a load run does (<i>belastingproef</i>): how many clients, for how long, against which demo. Bounded so that
 * a run always stops by itself and never leaves this machine: 1 to {@value #MAX_CLIENTS} clients, 1 s to
 * {@value #MAX_MINUTES} minutes, at most {@value #MAX_ROUNDS_PER_CLIENT} rounds per client, and only a loopback
 * address.
 *
 * @param demo     the demo's base address, e.g. {@code http://127.0.0.1:8080}; loopback only
 * @param clients  concurrent clients
 * @param duration how long they keep going; a round under way is finished
 */
public record LoadSettings(URI demo, int clients, Duration duration) {

    /** The most concurrent clients. */
    public static final int MAX_CLIENTS = 200;
    /** The longest run, in minutes. */
    public static final int MAX_MINUTES = 10;
    /** The most rounds (report, handling, reading) one client does, whatever the time. */
    public static final int MAX_ROUNDS_PER_CLIENT = 100_000;
    /** The full run: 50 clients. */
    public static final int DEFAULT_CLIENTS = 50;
    /** The full run: 60 seconds. */
    public static final Duration DEFAULT_DURATION = Duration.ofSeconds(60);

    public LoadSettings {
        Objects.requireNonNull(demo, "demo");
        Objects.requireNonNull(duration, "duration");
        if (!"http".equals(demo.getScheme()) || demo.getHost() == null || !loopback(demo.getHost())) {
            throw new IllegalArgumentException("A load run goes to a loopback address over http only (e.g. http://127.0.0.1:8080), not "
                    + demo.getScheme() + "://" + demo.getHost());
        }
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("A load run has 1 to " + MAX_CLIENTS + " clients, not " + clients);
        }
        if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(Duration.ofMinutes(MAX_MINUTES)) > 0) {
            throw new IllegalArgumentException("A load run lasts 1 s to " + MAX_MINUTES + " min, not " + duration);
        }
    }

    private static boolean loopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}
