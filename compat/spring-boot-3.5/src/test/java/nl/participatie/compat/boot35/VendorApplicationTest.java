package nl.participatie.compat.boot35;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.core.Outcome;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Under Spring Boot 3.5's dependency management the library starts, handles commands on H2 and speaks Boot's JSON. */
@SpringBootTest
class VendorApplicationTest {

    @Autowired
    ObjectMapper applicationMapper;

    @Autowired
    BurgersAanHetStuur burgersAanHetStuur;

    @Test
    void runsOnTheVersionsBootManages() {
        assertThat(PackageVersion.VERSION.toString()).isEqualTo("2.19.2");
        assertThat(HibernateValidator.class.getPackage().getImplementationVersion()).isEqualTo("8.0.3.Final");
    }

    @Test
    void aCommandReadByTheApplicationsMapperIsHandledOnH2AndItsEventsWrittenByThatMapper() throws Exception {
        String request = ParticipatieJson.defaults().write(new InitiativeCommand.StartInitiative("Schone Bloemenbuurt",
                NeighbourhoodCode.parse("BU03630102"), List.of(PersonId.of("anna")), null));

        InitiativeCommand command = applicationMapper.readValue(request, InitiativeCommand.class);
        Outcome<InitiativeEvent, ?> outcome = burgersAanHetStuur.initiatives().handle(StreamId.of(BurgersAanHetStuurWorkflow.INITIATIVES.streamType(), "boot-35"),
                Actor.of("anna", BurgersAanHetStuurWorkflow.INITIATOR), command);

        assertThat(outcome.isAccepted()).isTrue();
        RecordedEvent<InitiativeEvent> started = outcome.orElseThrow().events().get(0);
        String response = applicationMapper.writeValueAsString(started.event());
        assertThat(response).contains("\"@type\":\"burgersaanhetstuur.initiative-started.");
        assertThat(applicationMapper.readValue(response, InitiativeEvent.class)).isEqualTo(started.event());
        assertThat(burgersAanHetStuur.initiatives().store().read(StreamId.of(BurgersAanHetStuurWorkflow.INITIATIVES.streamType(), "boot-35"))).hasSize(1);
    }

    @Test
    void aRejectedCommandSaysWhyInBootsValidationSetup() throws Exception {
        String blankTitle = ParticipatieJson.defaults().write(new InitiativeCommand.StartInitiative(" ",
                NeighbourhoodCode.parse("BU03630102"), List.of(PersonId.of("anna")), null));

        Outcome<InitiativeEvent, ?> outcome = burgersAanHetStuur.initiatives().handle(StreamId.of(BurgersAanHetStuurWorkflow.INITIATIVES.streamType(), "boot-35-blank"),
                Actor.of("anna", BurgersAanHetStuurWorkflow.INITIATOR), applicationMapper.readValue(blankTitle, InitiativeCommand.class));

        assertThat(outcome.isAccepted()).isFalse();
        assertThat(outcome.violations()).anySatisfy(v -> assertThat(v.path()).isEqualTo("title"));
    }
}
