package nl.participatie.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.participatie.burgersaanhetstuur.Goal;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.trust.InMemoryErasureKeys;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * Crypto-shredding through Jackson 3 (core/TRUST.md): a value sealed by one Jackson is opened by the other with the
 * same keys, in the same sealed form; a destroyed key erases it for both. The ciphertext differs per nonce, so sealed
 * documents are compared by reading them back and by their form without data and nonce.
 */
class ErasableValuesTest {

    private final InMemoryErasureKeys keys = new InMemoryErasureKeys();
    private final ParticipatieJson jackson2 = ParticipatieJson.defaults().withErasureKeys(keys);
    private final JsonMapper jackson3 = ParticipatieJson3.defaults();

    /** A new event each time: a value remembers the sealed form it was first written in. */
    private static InitiativeEvent goalSet() {
        return new InitiativeEvent.GoalSet(1, 1, Erasable.of(PersonId.of("anna"), "Minder zwerfafval rond het speelveld"),
                Goal.Theme.LIVEABILITY);
    }

    private String sealedBy3(Object event) {
        return ParticipatieJson3.withErasureKeys(jackson3.writer(), keys).writeValueAsString(event);
    }

    private Object openedBy3(String json) {
        return ParticipatieJson3.withErasureKeys(jackson3.readerFor(InitiativeEvent.class), keys).readValue(json);
    }

    /** The document with its ciphertext and nonce left out: what is the same however often a value is sealed. */
    private static String form(String sealed) {
        return sealed.replaceAll("\"data\":\"[^\"]*\"", "\"data\":\"…\"").replaceAll("\"nonce\":\"[^\"]*\"", "\"nonce\":\"…\"");
    }

    @Test
    void whatJackson2SealsJackson3OpensWithTheSameKeys() {
        String sealed = jackson2.toJson(goalSet());

        assertThat(sealed).contains("\"sealed\":").doesNotContain("zwerfafval");
        assertThat(openedBy3(sealed)).isEqualTo(goalSet());
    }

    @Test
    void whatJackson3SealsJackson2OpensWithTheSameKeys() {
        String sealed = sealedBy3(goalSet());

        assertThat(sealed).contains("\"sealed\":").doesNotContain("zwerfafval");
        assertThat(jackson2.fromJson("burgersaanhetstuur.goal-set.v2", sealed)).isEqualTo(goalSet());
    }

    @Test
    void bothSealInTheSameForm() {
        String by2 = jackson2.toJson(goalSet());
        String by3 = sealedBy3(goalSet());

        assertThat(form(by3)).isEqualTo(form(by2)).contains("\"keys\":[\"person/anna\"]").contains("\"subject\":\"anna\"");
        assertThat(by3).isNotEqualTo(by2);
    }

    @Test
    void aValueOnceSealedIsWrittenAsTheSameCiphertextByBoth() {
        Object opened = openedBy3(jackson2.toJson(goalSet()));

        assertThat(sealedBy3(opened)).isEqualTo(jackson2.toJson(opened));
    }

    @Test
    void withoutKeysBothWriteThePlainFormByteForByte() throws Exception {
        String plain = ParticipatieJson.defaults().write(goalSet());

        assertThat(plain).contains("\"title\":{\"subject\":\"anna\",\"value\":\"Minder zwerfafval rond het speelveld\"}");
        assertThat(jackson3.writeValueAsBytes(goalSet())).isEqualTo(ParticipatieJson.defaults().mapper().writeValueAsBytes(goalSet()));
    }

    @Test
    void aDestroyedKeyErasesTheValueForBoth() {
        String sealed = sealedBy3(goalSet());
        keys.destroy("person/anna");

        InitiativeEvent.GoalSet by3 = (InitiativeEvent.GoalSet) openedBy3(sealed);
        InitiativeEvent.GoalSet by2 = (InitiativeEvent.GoalSet) jackson2.fromJson("burgersaanhetstuur.goal-set.v2", sealed);
        assertThat(by3.title().isErased()).isTrue();
        assertThat(by3).isEqualTo(by2);
        assertThat(ParticipatieJson3.withErasureKeys(jackson3.writer(), keys).writeValueAsString(by3))
                .as("the sealed form is kept, so the audit chain that hashed it still verifies").isEqualTo(sealed);
    }

    @Test
    void aValueWithoutSubjectIsSealedUnderItsStreamsKey() {
        InitiativeEvent paused = new InitiativeEvent.Paused(nl.participatie.burgersaanhetstuur.InitiativeStep.GOALS, Erasable.of(null, "vakantie"),
                java.time.Instant.parse("2026-03-01T10:00:00Z"));
        StreamId stream = StreamId.of("burgersaanhetstuur.initiative", "i-1");

        assertThatThrownBy(() -> sealedBy3(paused)).hasMessageContaining("stream");
        String sealed = ParticipatieJson3.withErasureKeys(jackson3.writer(), keys, stream).writeValueAsString(paused);
        assertThat(sealed).contains("\"keys\":[\"stream/burgersaanhetstuur.initiative/i-1\"]").doesNotContain("vakantie");
        assertThat(jackson2.fromJson("burgersaanhetstuur.paused.v2", sealed)).isEqualTo(paused);
    }
}
