package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportCommand.React;
import nl.participatie.buurtschouw.ReportCommand.RequestReaction;
import nl.participatie.buurtschouw.geojson.ReportsGeoJson;
import nl.participatie.buurtschouw.open311.Open311Format;
import nl.participatie.buurtschouw.open311.ServiceRequest;
import nl.participatie.core.store.PersonalData;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcPersonalDataStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.trust.CheckpointSigner;
import nl.participatie.core.trust.Checkpoints;
import nl.participatie.core.trust.ErasureKeys;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.DatabaseScan;
import nl.participatie.testkit.MutableClock;

/**
 * Erasing a resident of Buurtschouw on the JDBC stores: put in through the normal API, then nothing of theirs is left
 * in any column of any table, every chain and checkpoint verifies, and the exports show "erased" in its place.
 */
class BuurtschouwErasureTest {

    private static final PersonId FENNA = PersonId.of("p-4711");
    private static final PersonId JOOST = PersonId.of("p-4712");
    private static final CategoryCode CONTAINER = CategoryCode.of("afval", "container-is-vol");
    private static final KeyPair MUNICIPALITY = CheckpointSigner.newEd25519KeyPair();

    @Test
    void afterErasureNothingOfTheResidentIsInTheDatabaseAndEverythingStillVerifiesAndRenders() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:erasure-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigration.migrate(db);
        JdbcEventStore store = new JdbcEventStore(db);
        JdbcPersonalDataStore people = new JdbcPersonalDataStore(db);
        MutableClock clock = MutableClock.startingMonday();
        Buurtschouw schouw = Buurtschouw.builder().store(store).clock(clock).personalData(people).build();

        people.put(PersonalData.of(FENNA, Map.of(PersonalData.DISPLAY_NAME, "Fenna Kwikstaart", PersonalData.EMAIL,
                "fenna.kwikstaart@example.nl", PersonalData.PHONE, "0687654321")));
        GeoPoint door = GeoPoint.of(52.361234, 4.939876);
        StreamId fennas = schouw.fileReport(Actor.of(FENNA, BuurtschouwWorkflow.REPORTER),
                FileReport.problem(CONTAINER, "Kwikstaart-container staat vol bij mijn voordeur", door, FENNA, null)
                        .withAddress("Kwikstaartstraat 7", Postcode.parse("1094 KW"))
                        .withPhotos(List.of(URI.create("https://foto.example/kwikstaart.jpg")))).orElseThrow().stream();
        Actor officer = Actor.of("p-officer", BuurtschouwWorkflow.CIVIL_SERVANT);
        schouw.reports().handle(fennas, officer, new RequestReaction(LocalizedText.of("Welke container?", "Which container?")))
                .orElseThrow();
        schouw.reports().handle(fennas, Actor.of(FENNA, BuurtschouwWorkflow.REPORTER),
                new React("De groene van Kwikstaart", null)).orElseThrow();
        StreamId joosts = schouw.fileReport(Actor.of(JOOST, BuurtschouwWorkflow.REPORTER),
                FileReport.problem(CONTAINER, "Container bij de bakker is vol", GeoPoint.of(52.3601, 4.9401), JOOST, null))
                .orElseThrow().stream();
        Checkpoints.Taken before = Checkpoints.take(store, CheckpointSigner.ed25519("gemeente", MUNICIPALITY.getPrivate()), clock);
        String[] fennasData = {"Fenna", "Kwikstaart", "0687654321", "1094 KW", "52.361234", "4.939876", "foto.example/kwik",
                "voordeur"};
        assertThat(DatabaseScan.of(db).find("Kwikstaart-container", "52.361234", "kwikstaart.jpg"))
                .as("sealed already before erasure").isEmpty();

        assertThat(people.erase(FENNA)).isTrue();
        assertThat(store.erasureKeys().orElseThrow().erasePerson(FENNA)).isTrue();

        assertThat(DatabaseScan.of(db).find(fennasData)).isEmpty();
        assertThat(DatabaseScan.of(db).tables()).contains("participatie_event", "participatie_erasure_key", "participatie_person");
        assertThat(schouw.reports().verify(fennas).valid()).isTrue();
        assertThat(schouw.reports().verify(joosts).valid()).isTrue();
        assertThat(Checkpoints.verify(store, ((JdbcEventStore) schouw.reports().store()).format(),
                before.checkpoint(), before.heads(), MUNICIPALITY.getPublic())).isEmpty();

        Report erased = schouw.reports().load(fennas);
        assertThat(erased.description().isErased()).isTrue();
        assertThat(erased.location().isErased()).isTrue();
        assertThat(erased.reporter()).isEqualTo(FENNA);
        assertThat(schouw.reports().load(joosts).description().value()).contains("Container bij de bakker is vol");

        ServiceRequest backOffice = schouw.open311().withResidentContent(true).toServiceRequest(fennas, erased);
        assertThat(backOffice.description()).isEqualTo("[gewist]");
        assertThat(backOffice.lat()).isNull();
        assertThat(new Open311Format().requestsJson(List.of(backOffice))).doesNotContain(fennasData);
        String map = ReportsGeoJson.defaults().featureCollection(List.of(schouw.summary(fennas), schouw.summary(joosts)), false);
        assertThat(map).contains("\"geometry\":null").doesNotContain(fennasData);
        assertThat(ErasureKeys.personScope(FENNA)).isEqualTo("person/p-4711");
    }
}
