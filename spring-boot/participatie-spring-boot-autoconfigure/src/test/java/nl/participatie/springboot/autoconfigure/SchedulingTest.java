package nl.participatie.springboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.core.trust.Checkpoint;
import nl.participatie.core.trust.CheckpointSigner;
import nl.participatie.core.trust.Checkpoints;
import nl.participatie.core.trust.StreamHead;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MutableClock;

/** Deadlines and checkpoints on a schedule: off by default, and refusing to start without what they need. */
class SchedulingTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void nothingIsScheduledUnlessSwitchedOn() {
        Contexts.withH2().run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DeadlineFiring.class)
                .doesNotHaveBean(CheckpointTaking.class));
    }

    @Test
    void aRoundFiresWhatIsDueOnEveryInstanceAtTheApplicationsClock() {
        MutableClock clock = new MutableClock(MONDAY);
        Contexts.withH2().withBean(Clock.class, () -> clock)
                .withPropertyValues("participatie.scheduling.deadlines.enabled=true",
                        "participatie.scheduling.deadlines.interval=1h")
                .run(context -> {
                    var initiatives = context.getBean(BurgersAanHetStuur.class).initiatives();
                    StreamId late = Initiatives.withActionDueOn(initiatives, DutchTime.dayOf(MONDAY).plusDays(7));
                    StreamId early = Initiatives.withActionDueOn(initiatives, DutchTime.dayOf(MONDAY).plusDays(30));
                    DeadlineFiring firing = context.getBean(DeadlineFiring.class);
                    assertThat(firing.fireDue()).isZero();

                    clock.advance(Duration.ofDays(10));
                    assertThat(firing.fireDue()).isEqualTo(1);
                    assertThat(lastEvent(initiatives.history(late))).isInstanceOf(InitiativeEvent.ActionOverdue.class);
                    assertThat(initiatives.history(late).get(initiatives.history(late).size() - 1).actor().role().code())
                            .isEqualTo("SYSTEM");
                    assertThat(lastEvent(initiatives.history(early))).isNotInstanceOf(InitiativeEvent.ActionOverdue.class);
                    assertThat(firing.fireDue()).as("nothing is due twice").isZero();
                });
    }

    @Test
    void theScheduleRunsOnItsOwn() {
        MutableClock clock = new MutableClock(MONDAY);
        Contexts.withH2().withBean(Clock.class, () -> clock)
                .withPropertyValues("participatie.scheduling.deadlines.enabled=true",
                        "participatie.scheduling.deadlines.interval=50ms")
                .run(context -> {
                    var initiatives = context.getBean(BurgersAanHetStuur.class).initiatives();
                    StreamId late = Initiatives.withActionDueOn(initiatives, LocalDate.of(2026, 3, 9));
                    assertThat(context.getBean(DeadlineFiring.class).isRunning()).isTrue();
                    clock.advance(Duration.ofDays(10));
                    awaitUntil(() -> lastEvent(initiatives.history(late)) instanceof InitiativeEvent.ActionOverdue);
                });
    }

    @Test
    void checkpointsWithoutAKeyRefuseToStartAndSayWhatToSet(@TempDir Path folder) {
        Contexts.withH2().withPropertyValues("participatie.scheduling.checkpoints.enabled=true",
                "participatie.scheduling.checkpoints.directory=" + folder).run(context -> {
                    assertThat(context).hasFailed();
                    CheckpointSettingsException cause = rootCause(context.getStartupFailure());
                    assertThat(cause.getMessage()).contains("no key to sign them is configured");
                    FailureAnalysis analysis = new CheckpointSettingsFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getAction()).contains("participatie.scheduling.checkpoints.key-id")
                            .contains("participatie.scheduling.checkpoints.private-key").contains("CheckpointSigner");
                });
    }

    @Test
    void checkpointsWithoutAPlaceToPublishRefuseToStart(@TempDir Path folder) throws Exception {
        Path key = pem(folder, CheckpointSigner.newEd25519KeyPair());
        Contexts.withH2().withPropertyValues("participatie.scheduling.checkpoints.enabled=true",
                "participatie.scheduling.checkpoints.key-id=gemeente-2026",
                "participatie.scheduling.checkpoints.private-key=file:" + key).run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootCause(context.getStartupFailure()).action())
                            .contains("participatie.scheduling.checkpoints.directory");
                });
    }

    @Test
    void aKeyThatIsNoEd25519KeyRefusesToStart(@TempDir Path folder) throws Exception {
        Path key = Files.writeString(folder.resolve("checkpoint.pem"), "-----BEGIN PRIVATE KEY-----\nbm9wZQ==\n"
                + "-----END PRIVATE KEY-----\n");
        Contexts.withH2().withPropertyValues("participatie.scheduling.checkpoints.enabled=true",
                "participatie.scheduling.checkpoints.key-id=gemeente-2026",
                "participatie.scheduling.checkpoints.private-key=file:" + key,
                "participatie.scheduling.checkpoints.directory=" + folder).run(context ->
                assertThat(rootCause(context.getStartupFailure()).getMessage()).contains("not an Ed25519 private key"));
    }

    @Test
    void aCheckpointIsSignedWithTheConfiguredKeyAndWrittenToTheFolder(@TempDir Path folder) throws Exception {
        KeyPair keys = CheckpointSigner.newEd25519KeyPair();
        Path key = pem(folder, keys);
        Path published = folder.resolve("checkpoints");
        Contexts.withH2().withBean(Clock.class, () -> new MutableClock(MONDAY))
                .withPropertyValues("participatie.scheduling.checkpoints.enabled=true",
                        "participatie.scheduling.checkpoints.key-id=gemeente-2026",
                        "participatie.scheduling.checkpoints.private-key=file:" + key,
                        "participatie.scheduling.checkpoints.directory=" + published,
                        "participatie.scheduling.checkpoints.interval=1h")
                .run(context -> {
                    var initiatives = context.getBean(BurgersAanHetStuur.class).initiatives();
                    StreamId id = initiatives.newStream();
                    initiatives.handle(id, Initiatives.ANNA, Initiatives.start()).orElseThrow();

                    Checkpoints.Taken taken = context.getBean(CheckpointTaking.class).take();

                    Checkpoint written = Checkpoint.parse(Files.readString(
                            published.resolve("checkpoint-20260302T090000.000Z.txt")));
                    assertThat(written).isEqualTo(taken.checkpoint());
                    assertThat(written.isSignedBy(keys.getPublic())).isTrue();
                    assertThat(written.keyId()).isEqualTo("gemeente-2026");
                    assertThat(StreamHead.parse(Files.readString(published.resolve("heads-20260302T090000.000Z.txt"))))
                            .extracting(StreamHead::stream).containsExactly(id);
                });
    }

    @Test
    void theApplicationsSignerAndPublisherAreUsedAndTheScheduleRuns() {
        KeyPair keys = CheckpointSigner.newEd25519KeyPair();
        List<Checkpoints.Taken> published = new ArrayList<>();
        Contexts.withH2()
                .withBean(CheckpointSigner.class, () -> CheckpointSigner.ed25519("eigen-sleutel", keys.getPrivate()))
                .withBean(CheckpointPublisher.class, () -> taken -> {
                    synchronized (published) {
                        published.add(taken);
                    }
                })
                .withPropertyValues("participatie.scheduling.checkpoints.enabled=true",
                        "participatie.scheduling.checkpoints.interval=50ms")
                .run(context -> {
                    awaitUntil(() -> {
                        synchronized (published) {
                            return !published.isEmpty();
                        }
                    });
                    synchronized (published) {
                        assertThat(published.get(0).checkpoint().keyId()).isEqualTo("eigen-sleutel");
                        assertThat(published.get(0).checkpoint().isSignedBy(keys.getPublic())).isTrue();
                    }
                });
    }

    private static Object lastEvent(List<? extends nl.participatie.core.RecordedEvent<?>> history) {
        return history.get(history.size() - 1).event();
    }

    private static Path pem(Path folder, KeyPair keys) throws Exception {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPrivate().getEncoded());
        return Files.writeString(folder.resolve("checkpoint.pem"),
                "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n");
    }

    private static CheckpointSettingsException rootCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CheckpointSettingsException settings) {
                return settings;
            }
        }
        throw new AssertionError("no CheckpointSettingsException in " + failure, failure);
    }

    /** Waits for something the schedule does, at most ten seconds: a bound on waiting, not a measurement. */
    private static void awaitUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the schedule did not run within ten seconds").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
