package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import nl.participatie.burgersaanhetstuur.AccountabilityReport;
import nl.participatie.burgersaanhetstuur.Asset;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AdvanceStep;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DescribeSituation;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.SetGoal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartInitiative;
import nl.participatie.burgersaanhetstuur.Goal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.burgersaanhetstuur.InitiativeStep;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.DatabaseScan;
import nl.participatie.testkit.MutableClock;

/**
 * Erasing an initiator of Burgers aan het stuur on the JDBC store: what she wrote (the title, the situation, a goal) is
 * in no column of any table afterwards, the audit chain still verifies, and the accountability report shows
 * "[gewist]" in its place, while what a facilitator wrote is still there.
 */
class BurgersAanHetStuurErasureTest {

    private static final PersonId ANNA = PersonId.of("p-5101");

    @Test
    void afterErasureTheInitiatorsTextsAreGoneAndTheReportStillRenders() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:bahs-erasure-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigration.migrate(db);
        JdbcEventStore store = new JdbcEventStore(db);
        MutableClock clock = MutableClock.startingMonday();
        ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives =
                BurgersAanHetStuur.builder().store(store).clock(clock).build().initiatives();
        Actor anna = Actor.of(ANNA, BurgersAanHetStuurWorkflow.INITIATOR);
        Actor fenna = Actor.of("p-facilitator", BurgersAanHetStuurWorkflow.FACILITATOR);
        StreamId id = initiatives.newStream();
        initiatives.handle(id, anna, new StartInitiative("Kwikstaart schoon", NeighbourhoodCode.parse("BU03630102"), List.of(ANNA), null))
                .orElseThrow();
        initiatives.handle(id, anna, new DescribeSituation("Zwerfafval voor Kwikstaartstraat 7", "buren van de Kwikstaartstraat",
                List.of(), List.of(Asset.of(Asset.Kind.PLACE, "buurthuis De Schakel")))).orElseThrow();
        initiatives.handle(id, anna, new AdvanceStep(InitiativeStep.GOALS)).orElseThrow();
        initiatives.handle(id, anna, new SetGoal("Minder afval bij Kwikstaart", Goal.Theme.LIVEABILITY)).orElseThrow();
        initiatives.handle(id, fenna, new SetGoal("Buren leren elkaar kennen", Goal.Theme.SOCIAL_COHESION)).orElseThrow();
        assertThat(DatabaseScan.of(db).find("Kwikstaart", "Buren leren elkaar")).as("sealed before erasure").isEmpty();

        assertThat(store.erasureKeys().orElseThrow().erasePerson(ANNA)).isTrue();

        assertThat(DatabaseScan.of(db).find("Kwikstaart")).isEmpty();
        assertThat(initiatives.verify(id).valid()).isTrue();
        Initiative after = initiatives.load(id);
        assertThat(after.title().isErased()).isTrue();
        assertThat(after.situation().description().isErased()).isTrue();
        assertThat(after.goal(2).title().value()).contains("Buren leren elkaar kennen");
        String report = AccountabilityReport.of(after).toMarkdown(Locale.forLanguageTag("nl"));
        assertThat(report).startsWith("# Verantwoording: \\[gewist\\]").contains("## Doel 1: \\[gewist\\]")
                .contains("Buren leren elkaar kennen").doesNotContain("Kwikstaart");
    }
}
