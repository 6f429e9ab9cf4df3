package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.participatie.core.AuditTrail;
import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.Workflow;
import nl.participatie.core.EventFormat;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.json.TypedJacksonModule;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcPersonalDataStore;
import nl.participatie.core.trust.CheckpointSigner;
import nl.participatie.core.trust.Checkpoints;
import nl.participatie.core.trust.ErasureKeys;
import nl.participatie.core.trust.Retention;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.DatabaseScan;
import nl.participatie.testkit.MutableClock;

/**
 * Crypto-shredding on a database: erasable values are sealed in the rows, erasing a person or expiring a stream
 * makes theirs unreadable for good, and every chain and checkpoint still verifies.
 */
abstract class ErasureContract {

    /** The events of these tests. */
    sealed interface RemarkEvent {
    }

    /** A resident's remark with a place and photos. */
    record Remark(PersonId author, Erasable<String> text, Erasable<GeoPoint> where, List<Erasable<URI>> photos)
            implements RemarkEvent {
    }

    /** Its type id, in a module of its own. */
    static final class RemarkModule extends TypedJacksonModule {
        private static final long serialVersionUID = 1L;

        RemarkModule() {
            super("erasure-test");
            family(RemarkEvent.class);
            type(Remark.class, "erasuretest.remark.v1");
        }
    }

    /** Writing a remark, as a process, so an engine (and its state cache) holds remarks. */
    record WriteRemark(String text) {
    }

    /** The remarks process's only step. */
    enum RemarkStep { OPEN }

    /** Every remark written becomes an event; the state is the remarks so far, their values decrypted. */
    static final class Remarks implements Decider<WriteRemark, RemarkEvent, List<Remark>> {
        static final ProcessDefinition<WriteRemark, RemarkEvent, List<Remark>, RemarkStep> DEFINITION = ProcessDefinition.of(
                "erasuretest.remark", WriteRemark.class, RemarkEvent.class, new Remarks(),
                Workflow.builder("Opmerkingen", RemarkStep.class, RemarkStep.OPEN)
                        .within(WriteRemark.class, RemarkStep.OPEN, Role.of("RESIDENT")).build(),
                remarks -> RemarkStep.OPEN);

        @Override
        public List<Remark> initialState() {
            return List.of();
        }

        @Override
        public Decision<RemarkEvent> decide(WriteRemark command, List<Remark> state, DecisionContext context) {
            PersonId author = context.actor().person();
            return Decision.accept(new Remark(author, Erasable.of(author, command.text()), Erasable.of(author, new GeoPoint(52.1, 5.1)),
                    List.of()));
        }

        @Override
        public List<Remark> evolve(List<Remark> state, RemarkEvent event) {
            List<Remark> next = new ArrayList<>(state);
            next.add((Remark) event);
            return List.copyOf(next);
        }
    }

    private static final KeyPair MUNICIPALITY = CheckpointSigner.newEd25519KeyPair();
    private static final PersonId ANNA = PersonId.of("p-anna");
    private static final PersonId BOB = PersonId.of("p-bob");
    private static final String TYPE = "erasuretest.remark";

    @RegisterExtension
    final MigratedDatabase migrated = new MigratedDatabase(this::newDatabase);

    private final MutableClock clock = MutableClock.startingMonday();
    private JdbcEventStore store;
    private EventFormat format;
    private AuditTrail trail;
    private ErasureKeys keys;

    /** A fresh, empty database (not migrated). */
    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void aStoreThatSealsWithItsOwnKeys() {
        store = new JdbcEventStore(migrated.get().dataSource()).withFormat(ParticipatieJson.of(List.of(new RemarkModule())));
        format = store.format();
        keys = store.erasureKeys().orElseThrow();
        trail = new AuditTrail(format);
    }

    private StreamId remark(String id, PersonId author, String text, GeoPoint where, String photo) {
        StreamId stream = StreamId.of(TYPE, id);
        Remark remark = new Remark(author, Erasable.of(author, text), Erasable.of(author, where),
                List.of(Erasable.of(author, URI.create(photo))));
        store.append(stream, 0, List.of(trail.record(stream, null, clock.instant(), Actor.of(author, Role.of("RESIDENT")),
                "OPEN", remark)));
        return stream;
    }

    private Remark read(StreamId stream) {
        return (Remark) store.read(stream, 1).get(0).event();
    }

    private void assertVerifies(StreamId... streams) {
        for (StreamId stream : streams) {
            assertThat(trail.verify(store.readStored(stream).readable()).valid()).as("chain of %s", stream).isTrue();
        }
    }

    @Test
    void erasableValuesAreSealedInTheRowsAndReadBackWhole() {
        StreamId a = remark("a", ANNA, "Gevaarlijke oversteek ZEBRA-42", new GeoPoint(52.373121, 4.892117),
                "https://example.org/foto-zebra.jpg");
        assertThat(DatabaseScan.of(migrated.get().dataSource()).find("ZEBRA-42", "52.373121", "4.892117", "foto-zebra"))
                .isEmpty();
        Remark back = read(a);
        assertThat(back.text().value()).contains("Gevaarlijke oversteek ZEBRA-42");
        assertThat(back.where().value()).contains(new GeoPoint(52.373121, 4.892117));
        assertThat(back.photos().get(0).value()).contains(URI.create("https://example.org/foto-zebra.jpg"));
        assertVerifies(a);
    }

    /** A pool of one: a second connection asked for while one is open is refused, as an exhausted pool would. */
    private static final class OneConnectionAtATime extends DelegatingDataSource {
        private final java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();

        OneConnectionAtATime(javax.sql.DataSource real) {
            super(real);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            if (open.incrementAndGet() > 1) {
                open.decrementAndGet();
                throw new java.sql.SQLTransientConnectionException("a second connection while one is open", "08004");
            }
            Connection c = real.getConnection();
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && !c.isClosed()) {
                            open.decrementAndGet();
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @Test
    void aReaderDecodesErasableValuesAfterGivingItsConnectionBackSoAPoolOfOneIsEnough() {
        StreamId a = remark("a", ANNA, "Losliggende stoeptegel", new GeoPoint(52.1, 5.1), "https://example.org/tegel.jpg");
        // A store of its own, so its erasure keys have read nothing yet and must ask the database while reading.
        JdbcEventStore onePool = new JdbcEventStore(new OneConnectionAtATime(migrated.get().dataSource()))
                .withFormat(ParticipatieJson.of(List.of(new RemarkModule())));

        assertThat(((Remark) onePool.read(a, 1).get(0).event()).text().value()).contains("Losliggende stoeptegel");
        assertThat(onePool.readStored(a).readable()).hasSize(1);
        assertThat(onePool.readAll(0, 10)).singleElement()
                .satisfies(e -> assertThat(((Remark) e.event().event()).where().value()).contains(new GeoPoint(52.1, 5.1)));
    }

    @Test
    void keysThatCannotBeReadAreAStoreFailureNotAnUnreadableEvent() {
        StreamId a = remark("a", ANNA, "Kapotte lantaarnpaal", new GeoPoint(52.1, 5.1), "https://example.org/paal.jpg");
        DelegatingDataSource keysDown = new DelegatingDataSource(migrated.get().dataSource()) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                throw new java.sql.SQLNonTransientConnectionException("the keys' database is down (simulated)", "08001");
            }
        };
        JdbcEventStore unreachableKeys = new JdbcEventStore(migrated.get().dataSource())
                .withErasureKeys(new nl.participatie.core.store.jdbc.JdbcErasureKeys(keysDown))
                .withFormat(ParticipatieJson.of(List.of(new RemarkModule())));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> unreachableKeys.read(a, 1))
                .isInstanceOf(nl.participatie.core.store.StoreException.class)
                .isNotInstanceOf(nl.participatie.core.store.jdbc.StoreIntegrityException.class);
    }

    @Test
    void erasingAPersonLeavesNothingOfTheirsReadableAndEveryChainAndCheckpointValid() {
        JdbcPersonalDataStore people = new JdbcPersonalDataStore(migrated.get().dataSource());
        people.put(PersonalData.of(ANNA, Map.of(PersonalData.DISPLAY_NAME, "Anna Zebrastraat", PersonalData.EMAIL,
                "anna.zebra@example.nl", PersonalData.PHONE, "0612345678")));
        StreamId a = remark("a", ANNA, "Losse tegel ZEBRA-42", new GeoPoint(52.373121, 4.892117),
                "https://example.org/foto-zebra.jpg");
        StreamId b = remark("b", BOB, "Kapotte lantaarn OKAPI-7", new GeoPoint(52.0907, 5.1214),
                "https://example.org/foto-okapi.jpg");
        Checkpoints.Taken before = Checkpoints.take(store, CheckpointSigner.ed25519("gemeente", MUNICIPALITY.getPrivate()), clock);

        assertThat(people.erase(ANNA)).isTrue();
        assertThat(keys.erasePerson(ANNA)).isTrue();

        assertThat(DatabaseScan.of(migrated.get().dataSource()).find("Anna Zebrastraat", "anna.zebra", "0612345678",
                "ZEBRA-42", "52.373121", "foto-zebra")).isEmpty();
        Remark erased = read(a);
        assertThat(erased.author()).isEqualTo(ANNA);
        assertThat(erased.text().isErased()).isTrue();
        assertThat(erased.text().orElse("[gewist]")).isEqualTo("[gewist]");
        assertThat(erased.where().value()).isEmpty();
        assertThat(erased.photos().get(0).isErased()).isTrue();
        assertThat(read(b).text().value()).contains("Kapotte lantaarn OKAPI-7");
        assertVerifies(a, b);
        assertThat(Checkpoints.verify(store, format, before.checkpoint(), before.heads(), MUNICIPALITY.getPublic())).isEmpty();
        Checkpoints.Taken after = Checkpoints.take(store, CheckpointSigner.ed25519("gemeente", MUNICIPALITY.getPrivate()), clock);
        assertThat(Checkpoints.verify(store, format, after.checkpoint(), after.heads(), MUNICIPALITY.getPublic())).isEmpty();
        assertThat(after.checkpoint().root()).isEqualTo(before.checkpoint().root());
    }

    @Test
    void aStreamPastItsRetentionPeriodKeepsOnlyItsStructureAndStillVerifies() {
        StreamId old = remark("old", ANNA, "Oude melding ZEBRA-1", new GeoPoint(52.1, 5.1), "https://example.org/oud.jpg");
        clock.advance(java.time.Duration.ofDays(365 * 3));
        StreamId recent = remark("recent", ANNA, "Nieuwe melding ZEBRA-2", new GeoPoint(52.2, 5.2), "https://example.org/nieuw.jpg");
        Retention retention = Retention.none().keep(TYPE, Period.ofYears(2));

        assertThat(retention.expire(store, keys, clock.instant())).containsExactly(old);

        Remark expired = read(old);
        assertThat(expired.text().isErased()).isTrue();
        assertThat(expired.where().isErased()).isTrue();
        assertThat(expired.author()).isEqualTo(ANNA);
        assertThat(store.read(old, 1).get(0).step()).isEqualTo("OPEN");
        assertThat(read(recent).text().value()).contains("Nieuwe melding ZEBRA-2");
        assertThat(DatabaseScan.of(migrated.get().dataSource()).find("ZEBRA-1")).isEmpty();
        assertVerifies(old, recent);
        assertThat(retention.expire(store, keys, clock.instant())).containsExactly(old);
    }

    @Test
    void aFormatWithoutKeysReadsSealedValuesAsErasedAndWritesTheSameBytes() {
        StreamId a = remark("a", ANNA, "Geheim ZEBRA-9", new GeoPoint(52.3, 4.9), "https://example.org/x.jpg");
        ParticipatieJson keyless = ParticipatieJson.of(List.of(new RemarkModule()));
        List<RecordedEvent<?>> readKeyless = new ArrayList<>();
        for (var entry : store.readAll(0, 10)) {
            readKeyless.add(entry.event());
        }
        // Re-read through a store whose format has other (empty) keys: nothing opens, nothing throws.
        JdbcEventStore blind = new JdbcEventStore(migrated.get().dataSource())
                .withErasureKeys(new nl.participatie.core.trust.InMemoryErasureKeys()).withFormat(keyless);
        Remark seen = (Remark) blind.read(a, 1).get(0).event();
        assertThat(seen.text().isErased()).isTrue();
        assertThat(seen.toString()).doesNotContain("ZEBRA-9");
        assertThat(new AuditTrail(blind.format()).verify(blind.readStored(a).readable()).valid()).isTrue();
        assertThat(readKeyless).hasSize(1);
    }

    @Test
    void withoutKeysAnErasableValueIsWrittenPlainForGoldenFiles() {
        ParticipatieJson plain = ParticipatieJson.of(List.of(new RemarkModule()));
        Remark remark = new Remark(ANNA, Erasable.of(ANNA, "tekst"), Erasable.of(ANNA, new GeoPoint(52.0, 5.0)), List.of());
        String json = plain.toJson(remark);
        assertThat(json).contains("\"text\":{\"subject\":\"p-anna\",\"value\":\"tekst\"}");
        assertThat(plain.fromJson("erasuretest.remark.v1", json)).isEqualTo(remark);
    }

    @Test
    void theApplicationsOwnMapperWritesAnOpenedValuePlainWhileTheLibraryKeepsHashingItSealed() throws Exception {
        StreamId a = remark("a", ANNA, "Losse stoeptegel ZEBRA-7", new GeoPoint(52.1, 5.1), "https://example.org/t.jpg");
        Remark opened = read(a);
        com.fasterxml.jackson.databind.ObjectMapper own = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new RemarkModule()).registerModule(new nl.participatie.core.json.CoreModule());

        String response = own.writeValueAsString(opened);

        assertThat(response).contains("Losse stoeptegel ZEBRA-7").doesNotContain("\"sealed\"");
        assertThat(own.readValue(response, Remark.class)).isEqualTo(opened);
        // A format without keys re-encodes what a keyed store read in its sealed form: the chain still verifies.
        ParticipatieJson keyless = ParticipatieJson.of(List.of(new RemarkModule()));
        assertThat(new AuditTrail(keyless).verify(store.readStored(a).readable()).valid()).isTrue();
        assertThat(keyless.toJson(opened)).doesNotContain("ZEBRA-7").contains("\"sealed\"");
    }

    @Test
    void anEnginesCachedStateForgetsAnErasedValueAtOnceInThisJvmAndWithinItsMaximumAgeOnAnotherNode() throws Exception {
        ParticipatieJson remarks = ParticipatieJson.of(List.of(new RemarkModule()));
        ProcessEngine<WriteRemark, RemarkEvent, List<Remark>> node = ProcessEngine.builder(Remarks.DEFINITION)
                .store(new JdbcEventStore(migrated.get().dataSource())).format(remarks).build();
        ProcessEngine<WriteRemark, RemarkEvent, List<Remark>> youngCache = ProcessEngine.builder(Remarks.DEFINITION)
                .store(new JdbcEventStore(migrated.get().dataSource())).format(remarks)
                .cacheStates(100, java.time.Duration.ZERO).build();
        StreamId annas = StreamId.of(TYPE, "annas");
        StreamId bobs = StreamId.of(TYPE, "bobs");
        node.handle(annas, Actor.of(ANNA, Role.of("RESIDENT")), new WriteRemark("Losse tegel ZEBRA-42")).orElseThrow();
        node.handle(bobs, Actor.of(BOB, Role.of("RESIDENT")), new WriteRemark("Kapotte lantaarn OKAPI-7")).orElseThrow();
        assertThat(youngCache.load(annas).get(0).text().value()).contains("Losse tegel ZEBRA-42");

        // Another node erases Anna: her key row goes, and nothing in this JVM hears of it.
        try (Connection c = migrated.get().dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM participatie_erasure_key WHERE scope = '" + ErasureKeys.personScope(ANNA) + "'");
        }
        // Within the default maximum age (a minute) this node's cache still holds her text; with an age of zero it is gone.
        assertThat(node.load(annas).get(0).text().value()).contains("Losse tegel ZEBRA-42");
        assertThat(youngCache.load(annas).get(0).text().isErased()).isTrue();

        // Erased through this JVM's keys: every engine here folds afresh at once, whatever its cache's age.
        assertThat(keys.erasePerson(BOB)).isTrue();
        assertThat(node.load(bobs).get(0).text().isErased()).isTrue();
        assertThat(node.load(annas).get(0).text().isErased()).isTrue();
        // What Bob writes after his erasure is sealed under a new key of his, and readable.
        assertThat(node.handle(bobs, Actor.of(BOB, Role.of("RESIDENT")), new WriteRemark("Nog een")).orElseThrow().state())
                .extracting(r -> r.text().isErased()).containsExactly(true, false);
    }
}
