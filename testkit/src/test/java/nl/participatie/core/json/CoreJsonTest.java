package nl.participatie.core.json;

import static org.assertj.core.api.Assertions.assertThat;

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
}
