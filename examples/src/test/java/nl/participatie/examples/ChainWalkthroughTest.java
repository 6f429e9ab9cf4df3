package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import nl.participatie.budgetmonitoring.BudgetRoundEvent;
import nl.participatie.core.Notification;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Recipient;
import nl.participatie.core.link.Link;
import nl.participatie.core.link.LinkVerifier;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.testkit.ExpectedFiles;
import nl.participatie.youthmanifesto.ManifestoGroupEvent;
import nl.participatie.youthmanifesto.YouthManifestoWorkflow;

/**
 * The chain from a Buurtschouw idea to a realised budget line, end to end on H2 (and on PostgreSQL when a server is
 * given): every link verifies, tampering with either end is found, the chain view is the reviewed one, and the resident
 * who reported the idea hears what became of it.
 */
class ChainWalkthroughTest {

    static ChainWalkthrough.Run run;
    static String printed;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        run = ChainWalkthrough.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyLinkOfTheChainVerifiesAtBothEnds() {
        assertThat(run.links()).extracting(Link::type)
                .containsExactly("became", "funded-by", "phase-of", "responds-to", "responds-to", "realised-by");
        assertThat(run.broken()).isEmpty();
        assertThat(printed).contains("klopt aan beide kanten").doesNotContain("KLOPT NIET");
    }

    @Test
    void theChainViewIsTheReviewedOne() {
        ExpectedFiles.EXPECTED.assertMatches("chain.nl.md", run.chainNl());
        ExpectedFiles.EXPECTED.assertMatches("chain.en.md", run.chainEn());
        ExpectedFiles.EXPECTED.assertMatches("chain.mmd", run.mermaid());
    }

    @Test
    void theReporterHearsThatHerIdeaBecameAnInitiativeThatItsActionIsDoneAndThatTheMoneyWasSpent() {
        List<String> toSanne = codesTo(ChainWalkthrough.SANNE);
        assertThat(toSanne).containsExactly("buurtschouw.idea.became-initiative", "buurtschouw.report.chain-news",
                "buurtschouw.report.chain-news", "buurtschouw.report.chain-news", "buurtschouw.report.chain-news",
                "buurtschouw.report.chain-news");
        assertThat(messagesTo(ChainWalkthrough.SANNE)).anySatisfy(m -> assertThat(m).contains("actie 1 van bewonersinitiatief"))
                .anySatisfy(m -> assertThat(m).contains("tot en met kwartaal 4"));
        assertThat(codesTo(ChainWalkthrough.UMA)).as("the supporter who offered help is invited")
                .contains("buurtschouw.idea.help-invited");
        assertThat(codesTo(ChainWalkthrough.TIM)).doesNotContain("buurtschouw.idea.help-invited")
                .contains("buurtschouw.idea.became-initiative");
        assertThat(run.notifications()).allSatisfy(n -> assertThat(n.message().en()).isNotBlank());
    }

    @Test
    void theChainViewShowsAllFiveMethods() {
        assertThat(run.chainEn()).contains(run.idea().toString(), run.initiative().toString(), run.round().toString(),
                run.group().toString(), run.trajectory().toString());
        assertThat(List.of(run.idea(), run.initiative(), run.round(), run.group(), run.trajectory()))
                .extracting(nl.participatie.core.value.StreamId::type).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void aCouncilDecisionAdoptingAReallocationForAManifestoActionMarksItRealisedOnceAsTheSystem() {
        JdbcEventStore store = new JdbcEventStore(run.database());
        List<RecordedEvent<?>> realised = store.read(run.group()).stream()
                .filter(r -> r.event() instanceof ManifestoGroupEvent.ActionsRealised).toList();
        // Reallocation 1 (adopted with another amount) answers action 1; reallocation 3 (rejected) answers action 4.
        assertThat(realised).singleElement().satisfies(r -> {
            ManifestoGroupEvent.ActionsRealised e = (ManifestoGroupEvent.ActionsRealised) r.event();
            assertThat(e.actions()).containsExactly(1);
            assertThat(e.line()).isEqualTo("jeugd-ambulant-lokaal");
            assertThat(e.realisedBy()).isEqualTo(nl.participatie.core.value.StreamLink.of("realised-by", run.round()));
            assertThat(r.actor().isSystem()).isTrue();
            RecordedEvent<?> cause = store.read(run.round()).get((int) r.cause().sequence() - 1);
            assertThat(cause.event()).isInstanceOf(BudgetRoundEvent.CouncilDecisionRecorded.class);
        });
        assertThat(run.notifications()).filteredOn(n -> n.code().equals("youthmanifesto.action-realised-in-budget"))
                .singleElement().satisfies(n -> {
                    assertThat(n.recipient()).isEqualTo(Recipient.everyone(YouthManifestoWorkflow.YOUNG_PARTICIPANT));
                    assertThat(n.message().nl()).contains("Actie 1", "jeugd-ambulant-lokaal", run.round().toString());
                    assertThat(n.message().en()).contains("Action 1", "jeugd-ambulant-lokaal");
                });
    }

    @Test
    void tamperingWithEitherEndOfALinkIsFound() throws SQLException {
        JdbcEventStore store = new JdbcEventStore(run.database());
        LinkVerifier verifier = new LinkVerifier(store, store.format());
        Link became = store.linksTo(run.initiative()).get(0);
        Link fundedBy = store.linksFrom(run.initiative()).get(0);
        // The idea's text is sealed (erasable), so the row is changed where it is readable: who filed it. The walk's
        // database is shared by this class's tests, so the rows are put back afterwards.
        String reporter = run.idea().id();
        String round = run.round().id();
        String filedBy = actorOfFirstRecord("buurtschouw.report", reporter);
        String startedBy = actorOfFirstRecord("budgetmonitoring.budget-round", round);
        try {
            sql("UPDATE participatie_event SET actor_person = 'p-iemand-anders'"
                    + " WHERE stream_type = 'buurtschouw.report' AND stream_id = '" + reporter + "' AND sequence_no = 1");
            assertThat(verifier.verify(became).valid()).isFalse();
            assertThat(verifier.verify(became).where()).isEqualTo(run.idea());
            sql("UPDATE participatie_event SET actor_person = 'p-iemand-anders'"
                    + " WHERE stream_type = 'budgetmonitoring.budget-round' AND stream_id = '" + round + "' AND sequence_no = 1");
            assertThat(verifier.verify(fundedBy).valid()).isFalse();
            assertThat(verifier.verify(fundedBy).where()).isEqualTo(run.round());
        } finally {
            sql("UPDATE participatie_event SET actor_person = '" + filedBy + "' WHERE stream_type = 'buurtschouw.report'"
                    + " AND stream_id = '" + reporter + "' AND sequence_no = 1");
            sql("UPDATE participatie_event SET actor_person = '" + startedBy + "'"
                    + " WHERE stream_type = 'budgetmonitoring.budget-round' AND stream_id = '" + round + "' AND sequence_no = 1");
        }
        assertThat(verifier.verify(became).valid()).as("put back").isTrue();
        assertThat(verifier.verify(fundedBy).valid()).as("put back").isTrue();
    }

    private static String actorOfFirstRecord(String type, String id) throws SQLException {
        try (Connection c = run.database().getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT actor_person FROM participatie_event WHERE stream_type = '"
                     + type + "' AND stream_id = '" + id + "' AND sequence_no = 1")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    @Test
    void theSameChainOnPostgreSql() throws SQLException {
        String url = System.getenv("PARTICIPATIE_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "no PostgreSQL server given (PARTICIPATIE_TEST_PG_URL)");
        String schema = "chain_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setURL(url);
        try (Connection c = plain.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setCurrentSchema(schema);
            ChainWalkthrough.Run onPg = ChainWalkthrough.run(new PrintStream(PrintStream.nullOutputStream()), pg);
            assertThat(onPg.broken()).isEmpty();
            assertThat(onPg.chainNl()).isEqualTo(run.chainNl());
            assertThat(onPg.mermaid()).isEqualTo(run.mermaid());
            assertThat(onPg.notifications()).extracting(Notification::code)
                    .containsExactlyElementsOf(run.notifications().stream().map(Notification::code).toList());
        } finally {
            try (Connection c = plain.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static List<String> codesTo(nl.participatie.core.value.PersonId person) {
        return run.notifications().stream().filter(n -> n.recipient().equals(Recipient.person(person))).map(Notification::code).toList();
    }

    private static List<String> messagesTo(nl.participatie.core.value.PersonId person) {
        return run.notifications().stream().filter(n -> n.recipient().equals(Recipient.person(person))).map(n -> n.message().nl()).toList();
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = run.database().getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(statement)).isPositive();
        }
    }
}
