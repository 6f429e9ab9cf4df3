package nl.participatie.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.participatie.core.EventFormat;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.sample.Petition;
import nl.participatie.core.sample.PetitionCommand;
import nl.participatie.core.sample.PetitionEvent;
import nl.participatie.core.sample.Petitions;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.validation.CommandValidation;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;

/** The engine's technology edges: the format and the validation it is given are the ones it uses. */
class EngineEdgesTest {

    private static final Actor ANNA = Actor.of("anna", Petitions.RESIDENT);

    /** The library's format, counting what the audit trail hashes. */
    private static final class CountingFormat implements EventFormat {
        final AtomicInteger hashed = new AtomicInteger();

        @Override
        public String typeId(Object event) {
            return ParticipatieJson.defaults().typeId(event);
        }

        @Override
        public String toJson(Object event) {
            return ParticipatieJson.defaults().toJson(event);
        }

        @Override
        public Object fromJson(String typeId, String json) {
            return ParticipatieJson.defaults().fromJson(typeId, json);
        }

        @Override
        public byte[] canonicalBytes(RecordedEvent<?> record) {
            hashed.incrementAndGet();
            return ParticipatieJson.defaults().canonicalBytes(record);
        }
    }

    @Test
    void theEngineHashesWithTheFormatItIsGivenAndValidatesWithItsOwnValidation() {
        CountingFormat format = new CountingFormat();
        CommandValidation validation = CommandValidation.create();
        InMemoryEventStore store = new InMemoryEventStore();
        ProcessEngine<PetitionCommand, PetitionEvent, Petition> engine = ProcessEngine.builder(Petitions.DEFINITION)
                .store(store).format(format).validation(validation).build();
        StreamId petition = engine.newStream();

        Outcome<PetitionEvent, Petition> blank = engine.handle(petition, ANNA, new PetitionCommand.Draft(" "));
        assertThat(blank.violations()).extracting(v -> v.code()).containsExactly("constraint.NotBlank");
        assertThat(format.hashed).hasValue(0);

        engine.handle(petition, ANNA, new PetitionCommand.Draft("Meer bankjes")).orElseThrow();
        assertThat(format.hashed).hasValue(1);
        assertThat(engine.verify(petition).valid()).isTrue();
        // The store in memory keeps the record with the canonical bytes it was hashed over: verify hashes those and
        // writes nothing again (issue 18, one encoding per record).
        assertThat(format.hashed).hasValue(1);
        // The store in memory keeps objects and needs no format: the engine uses it as given.
        assertThat(engine.store()).isSameAs(store);
        assertThat(validation).isNotSameAs(CommandValidation.shared());
    }

    @Test
    void aStreamOfAnotherProcessIsRefusedByEveryReadAndCommandBeforeTheStoreIsAsked() {
        ProcessEngine<PetitionCommand, PetitionEvent, Petition> engine = ProcessEngine.builder(Petitions.DEFINITION)
                .store(new InMemoryEventStore()).build();
        StreamId other = StreamId.of("buurtschouw.report", "r-1");
        List<Runnable> calls = List.of(
                () -> engine.load(other),
                () -> engine.history(other),
                () -> engine.verify(other),
                () -> engine.handle(other, ANNA, new PetitionCommand.Draft("Meer bankjes")),
                () -> engine.handleAsSystem(other, new PetitionCommand.Draft("Meer bankjes")));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("buurtschouw.report/r-1").hasMessageContaining("is not a " + Petitions.DEFINITION.streamType());
        }
    }
}
