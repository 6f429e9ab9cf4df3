package nl.participatie.demo.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.participatie.buurtschouw.ReportCommand.Handle;
import nl.participatie.buurtschouw.ReportCommand.StartHandling;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.demo.api.ApiController;
import nl.participatie.examples.buurtschouw.IndischeBuurt;

/**
 * The load (<i>belasting</i>): N clients that each, round after round until the time is up, file a report over
 * Open311 (POST), start handling it as a civil servant through the JSON API, mark the oldest report in progress as
 * handled (as every civil servant takes the oldest, they race for it) and read the list of the last minute's service
 * requests (GET), over loopback HTTP, timing every call. Expected conflicts: a 409, and for marking handled a 422 with
 * a workflow code, the race lost to another civil servant who handled that report first. Any other answer than the
 * expected one, or no answer, is an error.
 */
public final class LoadGenerator {

    /** The kinds of call, each timed apart. */
    public enum Call {
        /** POST requests.json: a resident's report. */
        OPEN311_POST,
        /** POST /api/buurtschouw/report/{id}/commands as the civil servant. */
        API_COMMAND,
        /** GET requests.json of the last minute. */
        OPEN311_GET
    }

    /** The first violation of a 422 is the workflow's: the report is no longer in the step the command needs. */
    private static final Pattern LOST_RACE = Pattern.compile("\"violations\":\\[\\{\"code\":\"workflow\\.");
    private static final Pattern ID = Pattern.compile("\"service_request_id\":\"([^\"]+)\"");
    private static final String START = ParticipatieJson.defaults().write(new StartHandling(
            LocalizedText.of("We gaan ermee aan de slag.", "We are on it."), null));
    private static final String HANDLE = ParticipatieJson.defaults().write(new Handle(
            LocalizedText.of("De bank is weggehaald.", "The bench was taken away.")));
    private static final String[] SERVICES = {"grofvuil", "veeg-zwerfvuil", "bestrating"};

    private final LoadSettings settings;
    private final HttpClient http;
    /** Reports in progress, oldest first: what the civil servants mark handled. */
    private final java.util.concurrent.ConcurrentLinkedDeque<String> inProgress = new java.util.concurrent.ConcurrentLinkedDeque<>();

    public LoadGenerator(LoadSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Runs the clients until the time is up and every round under way is done. */
    public LoadResult run() throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + settings.duration().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
        List<Future<LoadResult.Client>> clients = new ArrayList<>();
        try {
            for (int i = 0; i < settings.clients(); i++) {
                clients.add(pool.submit(() -> client(deadline)));
            }
            List<LoadResult.Client> done = new ArrayList<>();
            for (Future<LoadResult.Client> c : clients) {
                try {
                    done.add(c.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("A load client failed", e.getCause());
                }
            }
            return LoadResult.of(settings, done, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            pool.shutdownNow();
        }
    }

    private LoadResult.Client client(long deadline) {
        LoadResult.Client me = new LoadResult.Client();
        for (int round = 0; round < LoadSettings.MAX_ROUNDS_PER_CLIENT && System.nanoTime() < deadline; round++) {
            String id = file(me);
            if (id != null && command(me, id, START, false)) {
                inProgress.addLast(id);
            }
            String oldest = inProgress.peekFirst();
            if (oldest != null && command(me, oldest, HANDLE, true)) {
                inProgress.remove(oldest);
            }
            read(me);
        }
        return me;
    }

    private String file(LoadResult.Client me) {
        String service = SERVICES[ThreadLocalRandom.current().nextInt(SERVICES.length)];
        String form = "service_code=" + service + "&lat=" + IndischeBuurt.JAVAPLEIN.latitude() + "&long="
                + IndischeBuurt.JAVAPLEIN.longitude() + "&description=" + URLEncoder.encode("Belastingproef: melding", StandardCharsets.UTF_8);
        HttpResponse<String> answer = call(me, Call.OPEN311_POST, HttpRequest.newBuilder(uri("/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)), 201, false);
        if (answer == null) {
            return null;
        }
        Matcher m = ID.matcher(answer.body());
        if (!m.find()) {
            me.error(Call.OPEN311_POST, "201 without a service_request_id");
            return null;
        }
        me.accepted(m.group(1));
        return m.group(1);
    }

    /** A command as the civil servant; {@code raced}: others may fire it on the same report, so losing is a conflict. */
    private boolean command(LoadResult.Client me, String id, String command, boolean raced) {
        return call(me, Call.API_COMMAND, HttpRequest.newBuilder(uri("/api/buurtschouw/report/" + id + "/commands"))
                .header("Content-Type", "application/json").header(ApiController.PERSONA, "CIVIL_SERVANT")
                .POST(HttpRequest.BodyPublishers.ofString(command)), 200, raced) != null;
    }

    private void read(LoadResult.Client me) {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        call(me, Call.OPEN311_GET, HttpRequest.newBuilder(uri("/open311/v2/requests.json?start_date="
                + URLEncoder.encode(since, StandardCharsets.UTF_8))).GET(), 200, false);
    }

    /** One timed call: the answer when it had the expected status, else {@code null} and a conflict or an error counted. */
    private HttpResponse<String> call(LoadResult.Client me, Call kind, HttpRequest.Builder request, int expected, boolean raced) {
        long start = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            me.error(kind, e.getClass().getSimpleName());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            me.error(kind, "interrupted");
            return null;
        }
        me.time(kind, System.nanoTime() - start);
        if (answer.statusCode() == expected) {
            me.answered(kind);
            return answer;
        }
        if (answer.statusCode() == 409 || raced && answer.statusCode() == 422 && LOST_RACE.matcher(answer.body()).find()) {
            me.conflict(kind);
        } else {
            me.error(kind, answer.statusCode() + " " + answer.body().substring(0, Math.min(200, answer.body().length())));
        }
        return null;
    }

    private URI uri(String path) {
        return settings.demo().resolve(path);
    }

    /** Counts per kind of call, for the result. */
    static <V> Map<Call, V> perCall(java.util.function.Supplier<V> empty) {
        Map<Call, V> out = new EnumMap<>(Call.class);
        for (Call c : Call.values()) {
            out.put(c, empty.get());
        }
        return out;
    }
}
