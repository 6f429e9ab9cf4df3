package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.participatie.core.ProcessEngine;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.sample.PetitionCommand;
import nl.participatie.core.sample.Petitions;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MutableClock;

/** Personal data lives apart from the events: erasing a person leaves every audit chain verifiable. */
class PersonalDataErasureTest {

    @Test
    void erasingAPersonKeepsTheAuditTrailValidAndLeavesNoPersonalDataInEvents() {
        MutableClock clock = MutableClock.startingMonday();
        InMemoryPersonalDataStore people = new InMemoryPersonalDataStore();
        PersonId anna = PersonId.of("p-anna");
        people.put(PersonalData.of(anna, Map.of(PersonalData.DISPLAY_NAME, "Anna de Vries", PersonalData.EMAIL, "anna@example.nl")));
        var engine = ProcessEngine.builder(Petitions.DEFINITION).clock(clock).build();
        StreamId id = StreamId.of("sample.petition", "1");
        Actor actor = Actor.of(anna, Petitions.RESIDENT);
        engine.handle(id, actor, new PetitionCommand.Draft("Meer bankjes")).orElseThrow();
        engine.handle(id, actor, new PetitionCommand.Open(clock.instant().plus(Duration.ofDays(7)))).orElseThrow();
        engine.handle(id, actor, new PetitionCommand.Support(anna)).orElseThrow();

        String recorded = ParticipatieJson.defaults().write(engine.history(id));
        assertThat(recorded).contains("p-anna").doesNotContain("Anna de Vries", "anna@example.nl");

        assertThat(people.erase(anna)).isTrue();
        assertThat(people.get(anna)).isEmpty();
        assertThat(people.erase(anna)).isFalse();
        assertThat(engine.verify(id).valid()).isTrue();
    }

    @Test
    void personalDataRefusesBadAttributeNamesAndIsImmutable() {
        PersonalData data = PersonalData.of(PersonId.of("p-1"), Map.of(PersonalData.EMAIL, "a@b.nl"));
        assertThat(data.get(PersonalData.EMAIL)).isEqualTo("a@b.nl");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PersonalData.of(PersonId.of("p-1"), Map.of("bad name", "x")))
                .isInstanceOf(nl.participatie.core.value.InvalidValueException.class)
                .hasMessageContaining("personalData.attribute.invalid");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> data.attributes().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
