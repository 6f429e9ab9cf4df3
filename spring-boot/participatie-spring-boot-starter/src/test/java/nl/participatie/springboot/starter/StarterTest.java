package nl.participatie.springboot.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;

import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartInitiative;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.StreamId;

/**
 * The starter alone is enough: an application with only the starter, one method module and a JDBC driver on its class
 * path gets a DataSource, the schema, and the method's facade on the JDBC store.
 */
@SpringBootTest(classes = StarterTest.Application.class,
        properties = "spring.datasource.url=jdbc:h2:mem:starter;DB_CLOSE_DELAY=-1")
class StarterTest {

    @SpringBootApplication
    static class Application {
    }

    @Autowired
    private BurgersAanHetStuur burgersAanHetStuur;
    @Autowired
    private EventStore store;

    @Test
    void theMethodOnTheClassPathHandlesCommandsOnTheDatabase() {
        Actor anna = Actor.of("p-7f3a9c", BurgersAanHetStuurWorkflow.INITIATOR);
        var initiatives = burgersAanHetStuur.initiatives();
        StreamId id = initiatives.newStream();
        initiatives.handle(id, anna, new StartInitiative("Schone Bloemenbuurt", NeighbourhoodCode.parse("BU03630102"),
                List.of(anna.person()), null)).orElseThrow();

        assertThat(store).isInstanceOf(JdbcEventStore.class);
        assertThat(store.version(id)).isEqualTo(1);
    }
}
