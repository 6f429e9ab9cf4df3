package nl.participatie.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import nl.participatie.core.sample.PetitionEvent;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;

class CoreJsonTest {

    private final ParticipatieJson json = ParticipatieJson.defaults();

    @Test
    void linksBetweenStreamsSurviveSerialisation() {
        StreamLink link = StreamLink.of("started-from", StreamId.of("buurtschouw.report", "r-17"));
        String text = json.write(link);
        assertThat(text).isEqualTo("{\"relation\":\"started-from\",\"target\":\"buurtschouw.report/r-17\"}");
        assertThat(json.read(text, StreamLink.class)).isEqualTo(link);
    }

    @Test
    void coreValuesAreCompact() {
        assertThat(json.write(Actor.of("p-1", Role.of("INITIATOR")))).isEqualTo("{\"person\":\"p-1\",\"role\":\"INITIATOR\"}");
        assertThat(json.write(LocalizedText.of("hallo", "hello"))).isEqualTo("{\"en\":\"hello\",\"nl\":\"hallo\"}");
        assertThat(json.read("\"p-1\"", PersonId.class)).isEqualTo(PersonId.of("p-1"));
    }

    @Test
    void findAndRegisterModulesPicksUpTheLibraryModules() throws Exception {
        ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
        assertThat(plain.writeValueAsString(new PetitionEvent.Drafted("Bankjes")))
                .isEqualTo("{\"@type\":\"sample.drafted.v2\",\"title\":\"Bankjes\"}");
        assertThat(plain.readValue("{\"@type\":\"sample.drafted.v2\",\"title\":\"Bankjes\"}", PetitionEvent.class))
                .isEqualTo(new PetitionEvent.Drafted("Bankjes"));
        assertThat(plain.writeValueAsString(StreamId.of("a.b", "c"))).isEqualTo("\"a.b/c\"");
    }

    @Test
    void theEventFormatKnowsTypeIdsAndReadsWhatItWrites() throws Exception {
        PetitionEvent event = new PetitionEvent.Decided(true, "Past in het plan");
        assertThat(json.typeId(event)).isEqualTo("sample.decided.v1");
        assertThat(json.fromJson("sample.decided.v1", json.toJson(event))).isEqualTo(event);
        // A list of events is written with its element type, so every element carries its type id.
        String list = json.mapper().writerFor(new com.fasterxml.jackson.core.type.TypeReference<List<PetitionEvent>>() { })
                .writeValueAsString(List.of(event));
        assertThat(json.read(list, PetitionEvent[].class)).containsExactly(event);
    }

    @Test
    void aCommandsTypeIdIsNeverReadAsSomethingThatHappened() {
        String recorded = json.write(new nl.participatie.core.AuditTrail(json)
                .record(StreamId.of("sample.petition", "p-1"), null, java.time.Instant.parse("2026-01-05T09:00:00Z"),
                        Actor.of("p-1", Role.of("RESIDENT")), "DRAFT", new PetitionEvent.Drafted("Bankjes")));
        assertThat(json.readRecordedEvent(recorded).event()).isEqualTo(new PetitionEvent.Drafted("Bankjes"));
        String forged = recorded.replace("\"@type\":\"sample.drafted.v2\"", "\"@type\":\"sample.draft.v1\"");
        assertThat(forged).isNotEqualTo(recorded);
        assertThatThrownBy(() -> json.readRecordedEvent(forged)).isInstanceOfSatisfying(JsonReadException.class,
                e -> assertThat(e.code()).isEqualTo("json.not-an-event"));
        assertThatThrownBy(() -> json.fromJson("sample.draft.v1", "{\"title\":\"Bankjes\"}"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code()).isEqualTo("json.not-an-event"));
    }

    /** An event type no module on the class path knows. */
    record Extra(String note) {
    }

    static final class ExtraModule extends nl.participatie.core.json.TypedJacksonModule {
        private static final long serialVersionUID = 1L;

        ExtraModule() {
            super("core-json-test");
            family(Extra.class);
            type(Extra.class, "corejsontest.extra.v1");
        }
    }

    @Test
    void aModuleRegisteredOnAnotherMapperChangesNothingElsewhere() {
        new ObjectMapper().registerModule(new ExtraModule());
        ParticipatieJson.newMapper().registerModule(new ExtraModule());

        assertThatThrownBy(() -> json.typeId(new Extra("x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Extra.class.getName());
        ParticipatieJson own = ParticipatieJson.of(List.of(new ExtraModule()));
        assertThat(own.typeId(new Extra("x"))).isEqualTo("corejsontest.extra.v1");
        assertThat(own.fromJson("corejsontest.extra.v1", own.toJson(new Extra("x")))).isEqualTo(new Extra("x"));
        // The core module is always there; the sample module on the class path is not, for an instance of its own.
        assertThat(own.write(StreamId.of("a.b", "c"))).isEqualTo("\"a.b/c\"");
        assertThatThrownBy(() -> own.typeId(new PetitionEvent.Drafted("Bankjes"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMapperHandedOutIsACopyThatCannotChangeWhatIsHashed() throws Exception {
        PetitionEvent event = new PetitionEvent.Decided(true, "Past in het plan");
        String before = json.write(event);
        ObjectMapper copy = json.mapper();
        copy.disable(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);
        copy.enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

        assertThat(copy).isNotSameAs(json.mapper());
        assertThat(copy.writeValueAsString(event)).isNotEqualTo(before);
        assertThat(json.write(event)).isEqualTo(before);
        assertThat(json.mapper().isEnabled(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)).isTrue();
    }
}
