package nl.participatie.core.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.jdbc.FeedEntry;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.StreamId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL server itself dies under writers: a private cluster with {@code fsync=on} and
 * {@code synchronous_commit=on} (not the throwaway server of the other tests, whose durability is off), killed with
 * SIGKILL to the postmaster and every backend while four writers append, then restarted (crash recovery). And the
 * connection dropped mid-transaction ({@code pg_terminate_backend}). Afterwards every append a writer saw succeed is
 * there, no batch is partial, every chain and the feed verify, and every failure a writer saw was the store's typed
 * {@link StoreException}, never another exception. Runs where the server binaries are given
 * ({@code PARTICIPATIE_TEST_PG_BIN}, set by {@code .ci/run}).
 */
@EnabledIfEnvironmentVariable(named = "PARTICIPATIE_TEST_PG_BIN", matches = ".+")
class PostgreSqlServerKillTest {

    private static final int WRITERS = 4;
    private static final int STREAMS_PER_WRITER = 2;

    private Path folder;
    private int port;
    private JdbcEventStore store;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<Throwable> untyped = new ArrayList<>();
    private final AtomicInteger typedFailures = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);

    @BeforeEach
    void aDurableServerOfItsOwn() throws Exception {
        folder = Files.createTempDirectory(Path.of("/tmp"), "participatie-pg-kill");
        asPostgresOwner(folder);
        run(pgBin("initdb"), "-D", data(), "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale");
        port = freePort();
        start();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres");
        dataSource.setConnectTimeout(5);
        dataSource.setSocketTimeout(30);
        SchemaMigration.migrate(dataSource);
        store = new JdbcEventStore(dataSource).withFormat(NoteFormat.INSTANCE);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
            rs.next();
            assertThat(rs.getString(1) + "/" + rs.getString(2)).isEqualTo("on/on");
        }
    }

    @AfterEach
    void stopAndRemove() throws Exception {
        running.set(false);
        runQuietly(pgBin("pg_ctl"), "-D", data(), "-m", "immediate", "-w", "-t", "30", "stop");
        runQuietly("rm", "-rf", folder.toString());
    }

    @Test
    void killingTheServerUnderFourWritersLosesNoAcknowledgedAppendAndLeavesNoBatchHalf() throws Exception {
        List<Thread> writers = startWriters();
        awaitAcknowledged(150);
        int failuresBefore = typedFailures.get();
        killServer();
        // Restart only once every writer could have run into the dead server.
        awaitCondition(() -> typedFailures.get() >= failuresBefore + WRITERS, "each writer saw the server gone");
        int failuresWhileDown = typedFailures.get() - failuresBefore;
        start();
        int before = acknowledged.size();
        awaitAcknowledged(before + 100);
        stop(writers);

        assertThat(failuresWhileDown).as("the writers saw the server gone").isPositive();
        assertEverythingAcknowledgedIsWholeAndVerifies();
    }

    @Test
    void connectionsDroppedMidTransactionLoseNoAcknowledgedAppendAndLeaveNoBatchHalf() throws Exception {
        List<Thread> writers = startWriters();
        awaitAcknowledged(50);
        int terminated = 0;
        for (int i = 0; i < 20; i++) {
            terminated += terminateWriterBackends();
            // The next round once the writers have reconnected and appended again.
            int done = acknowledged.size();
            awaitCondition(() -> acknowledged.size() > done, "an append after the connections were dropped");
        }
        int before = acknowledged.size();
        awaitAcknowledged(before + 50);
        stop(writers);

        assertThat(terminated).as("backends terminated").isPositive();
        assertThat(typedFailures.get()).as("writers saw their connection dropped").isPositive();
        assertEverythingAcknowledgedIsWholeAndVerifies();
    }

    // ---- the writers

    private List<Thread> startWriters() {
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread t = new Thread(() -> write(writer), "writer-" + w);
            t.start();
            threads.add(t);
        }
        return threads;
    }

    /** Appends batches of 1 to 4 notes to its own streams; a batch is acknowledged when append returned. */
    private void write(int writer) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (running.get()) {
            StreamId stream = EventStoreContract.stream("kill-" + writer + "-" + random.nextInt(STREAMS_PER_WRITER));
            String batch = UUID.randomUUID().toString();
            try {
                long version = store.version(stream);
                RecordedEvent<?> previous = version == 0 ? null : store.read(stream, version).get(0);
                int size = 1 + random.nextInt(4);
                String[] texts = new String[size];
                for (int i = 0; i < size; i++) {
                    texts[i] = batch + " " + (i + 1) + "/" + size;
                }
                store.append(stream, version, NoteFormat.batch(stream, previous,
                        Clock.systemUTC().instant().truncatedTo(ChronoUnit.MICROS), EventStoreContract.ANNA, texts));
                acknowledged.add(batch);
            } catch (StoreException e) {
                typedFailures.incrementAndGet();
                pause(50);
            } catch (Throwable e) {
                synchronized (untyped) {
                    untyped.add(e);
                }
                pause(50);
            }
        }
    }

    private void awaitAcknowledged(int count) throws InterruptedException {
        awaitCondition(() -> acknowledged.size() >= count, count + " appends acknowledged");
    }

    /** Polls a condition (the writers run on their own threads), failing after two minutes. */
    private static void awaitCondition(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    private void stop(List<Thread> writers) throws InterruptedException {
        running.set(false);
        for (Thread t : writers) {
            t.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(t.isAlive()).as("%s stopped", t.getName()).isFalse();
        }
    }

    private void assertEverythingAcknowledgedIsWholeAndVerifies() {
        assertThat(untyped).as("failures that were not the store's typed exceptions").isEmpty();
        Map<String, Set<String>> batches = new HashMap<>();
        long total = 0;
        for (int w = 0; w < WRITERS; w++) {
            for (int s = 0; s < STREAMS_PER_WRITER; s++) {
                StreamId stream = EventStoreContract.stream("kill-" + w + "-" + s);
                List<RecordedEvent<?>> history = store.read(stream);
                assertThat(NoteFormat.TRAIL.verify(history).valid()).as("chain of %s", stream).isTrue();
                total += history.size();
                for (RecordedEvent<?> r : history) {
                    String[] parts = ((NoteFormat.Note) r.event()).text().split(" ");
                    batches.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
                }
            }
        }
        batches.forEach((batch, parts) -> assertThat(parts).as("batch %s is whole", batch)
                .hasSize(Integer.parseInt(parts.iterator().next().split("/")[1])));
        assertThat(batches.keySet()).as("every acknowledged append survived").containsAll(acknowledged);
        List<FeedEntry> feed = store.readAll(0, Integer.MAX_VALUE);
        assertThat(feed).hasSize((int) total);
        // Positions come from the appending transactions' ids (schema version 4): increasing, each entry once.
        for (int i = 1; i < feed.size(); i++) {
            assertThat(feed.get(i).position()).as("feed position %d", i + 1).isGreaterThan(feed.get(i - 1).position());
        }
    }

    // ---- the server

    private void start() throws Exception {
        run(pgBin("pg_ctl"), "-D", data(), "-l", folder.resolve("server.log").toString(), "-w", "-t", "120", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + folder
                        + " -c fsync=on -c synchronous_commit=on -c full_page_writes=on", "start");
    }

    /** SIGKILL to the postmaster and every process it started: no shutdown, no checkpoint, no flush. */
    private void killServer() throws Exception {
        long pid = Long.parseLong(Files.readAllLines(Path.of(data(), "postmaster.pid"), StandardCharsets.US_ASCII).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        // Stopped first, so that it forks no backend between the listing of its children and its death: a backend
        // forked then outlived it, holding the shared memory, and the restart refused to start ("pre-existing shared
        // memory block is still in use"; seen once in CI under load).
        signal("STOP", pid);
        awaitCondition(() -> stopped(pid), "postmaster " + pid + " stopped");
        List<ProcessHandle> victims = new ArrayList<>(postmaster.children().toList());
        assertThat(victims).as("the backends and workers of postmaster %s", pid).isNotEmpty();
        victims.add(0, postmaster);
        victims.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (ProcessHandle victim : victims) {
            while (victim.isAlive() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
            assertThat(victim.isAlive()).as("process %s killed", victim.pid()).isFalse();
        }
    }

    private static void signal(String name, long pid) throws Exception {
        Process p = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("kill -%s %s: %s", name, pid, out).isZero();
    }

    /** Whether the process is stopped (state T in {@code /proc/<pid>/stat}, after the command's closing parenthesis). */
    private static boolean stopped(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("T");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private int terminateWriterBackends() throws Exception {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres");
        try (Connection c = admin.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE pid <> pg_backend_pid() AND datname = current_database() AND backend_type = 'client backend'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String data() {
        return folder.resolve("data").toString();
    }

    private static String pgBin(String tool) {
        return Path.of(System.getenv("PARTICIPATIE_TEST_PG_BIN"), tool).toString();
    }

    /** PostgreSQL refuses to run as root: as root, its tools run as the user postgres, who must own the folder. */
    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void asPostgresOwner(Path path) throws Exception {
        if (root()) {
            runQuietly("chown", "postgres:", path.toString());
        }
        runQuietly("chmod", "700", path.toString());
    }

    private void run(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (root() && command[0].startsWith(System.getenv("PARTICIPATIE_TEST_PG_BIN"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        Process p = new ProcessBuilder(full).directory(folder.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s%n%s%s", full, out, serverLog()).isZero();
    }

    private String serverLog() {
        try {
            Path log = folder.resolve("server.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void runQuietly(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
