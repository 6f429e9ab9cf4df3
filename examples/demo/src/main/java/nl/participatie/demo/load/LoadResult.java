package nl.participatie.demo.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a load run measured (<i>meetresultaat</i>): per kind of call how many answered as expected, their latency
 * percentiles, the conflicts and the errors; the ids of the reports the demo acknowledged; the throughput.
 *
 * @param settings the run
 * @param elapsed  from the first call to the last answer
 * @param accepted the {@code service_request_id} of every POST answered with 201, in no particular order; a repeated
 *                 id is kept twice, so duplicates can be found
 * @param calls    per kind of call
 * @param errors   the first few error descriptions (status and the start of the body, or the exception)
 */
public record LoadResult(LoadSettings settings, Duration elapsed, List<String> accepted, Map<LoadGenerator.Call, Calls> calls,
                         List<String> errors) {

    /** How many error descriptions are kept. */
    static final int KEPT_ERRORS = 20;

    public LoadResult {
        accepted = List.copyOf(accepted);
        calls = Map.copyOf(calls);
        errors = List.copyOf(errors);
    }

    /**
     * The calls of one kind.
     *
     * @param answered  answered as expected
     * @param conflicts answered 409, or 422 with a workflow code where civil servants race for one report
     * @param errors    anything else, or no answer
     * @param p50       median latency of every call that got an answer (expected or not), in ms
     * @param p95       95th percentile, in ms
     * @param p99       99th percentile, in ms
     */
    public record Calls(long answered, long conflicts, long errors, double p50, double p95, double p99) {
    }

    /** All errors, of every kind. */
    public long errorCount() {
        return calls.values().stream().mapToLong(Calls::errors).sum();
    }

    /** All conflicts, of every kind. */
    public long conflictCount() {
        return calls.values().stream().mapToLong(Calls::conflicts).sum();
    }

    /** Calls answered as expected per second, over the run. */
    public double throughput() {
        return calls.values().stream().mapToLong(Calls::answered).sum() / seconds();
    }

    /** Reports acknowledged per second. */
    public double reportsPerSecond() {
        return accepted.size() / seconds();
    }

    private double seconds() {
        return Math.max(1, elapsed.toMillis()) / 1000.0;
    }

    /** The figures as a Markdown table, one row per kind of call. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d clients, %.1f s: %d reports acknowledged (%.1f/s), %.1f calls/s answered as expected, "
                + "%d conflicts, %d errors%n%n", settings.clients(), elapsed.toMillis() / 1000.0, accepted.size(), reportsPerSecond(),
                throughput(), conflictCount(), errorCount()));
        out.append("| call | answered | conflicts | errors | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (LoadGenerator.Call kind : LoadGenerator.Call.values()) {
            Calls c = calls.get(kind);
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f |%n", label(kind), c.answered(), c.conflicts(),
                    c.errors(), c.p50(), c.p95(), c.p99()));
        }
        return out.toString();
    }

    private static String label(LoadGenerator.Call kind) {
        return switch (kind) {
            case OPEN311_POST -> "Open311 POST requests.json (file a report)";
            case API_COMMAND -> "JSON API command as civil servant (start handling; handled, raced for)";
            case OPEN311_GET -> "Open311 GET requests.json (last minute)";
        };
    }

    /** Merges what the clients measured. */
    static LoadResult of(LoadSettings settings, List<Client> clients, Duration elapsed) {
        List<String> accepted = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<LoadGenerator.Call, Calls> calls = LoadGenerator.perCall(() -> null);
        for (LoadGenerator.Call kind : LoadGenerator.Call.values()) {
            long answered = 0;
            long conflicts = 0;
            long failed = 0;
            int n = 0;
            for (Client c : clients) {
                n += c.timed[kind.ordinal()];
            }
            long[] all = new long[n];
            int at = 0;
            for (Client c : clients) {
                System.arraycopy(c.latencies[kind.ordinal()], 0, all, at, c.timed[kind.ordinal()]);
                at += c.timed[kind.ordinal()];
                conflicts += c.conflicts[kind.ordinal()];
                failed += c.errors[kind.ordinal()];
            }
            answered = clients.stream().mapToLong(c -> c.answered[kind.ordinal()]).sum();
            Arrays.sort(all);
            calls.put(kind, new Calls(answered, conflicts, failed, percentile(all, 50), percentile(all, 95), percentile(all, 99)));
        }
        for (Client c : clients) {
            accepted.addAll(c.accepted);
            for (String e : c.errorTexts) {
                if (errors.size() < KEPT_ERRORS) {
                    errors.add(e);
                }
            }
        }
        return new LoadResult(settings, elapsed, accepted, calls, errors);
    }

    /** The nearest-rank percentile of sorted nanoseconds, in milliseconds; 0 when there are none. */
    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    /** What one client measured; used by its own thread only, read after it finished. */
    static final class Client {
        private final long[][] latencies = new long[LoadGenerator.Call.values().length][1024];
        private final int[] timed = new int[LoadGenerator.Call.values().length];
        private final long[] answered = new long[LoadGenerator.Call.values().length];
        private final long[] conflicts = new long[LoadGenerator.Call.values().length];
        private final long[] errors = new long[LoadGenerator.Call.values().length];
        private final List<String> accepted = new ArrayList<>();
        private final List<String> errorTexts = new ArrayList<>();

        void time(LoadGenerator.Call kind, long nanos) {
            int k = kind.ordinal();
            if (timed[k] == latencies[k].length) {
                latencies[k] = Arrays.copyOf(latencies[k], latencies[k].length * 2);
            }
            latencies[k][timed[k]++] = nanos;
        }

        void accepted(String id) {
            accepted.add(id);
        }

        void answered(LoadGenerator.Call kind) {
            answered[kind.ordinal()]++;
        }

        void conflict(LoadGenerator.Call kind) {
            conflicts[kind.ordinal()]++;
        }

        void error(LoadGenerator.Call kind, String what) {
            errors[kind.ordinal()]++;
            if (errorTexts.size() < KEPT_ERRORS) {
                errorTexts.add(kind + ": " + what);
            }
        }
    }
}
