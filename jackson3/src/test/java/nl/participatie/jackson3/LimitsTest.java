package nl.participatie.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.json.JsonMapper;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.sample.PetitionCommand;

/**
 * The safety limits of {@link ParticipatieJson} hold on Jackson 3: nesting depth, string length, number length and
 * document size, each accepted up to the limit and refused with {@code json.limit} just over it, as by Jackson 2.
 */
class LimitsTest {

    private static final ParticipatieJson JACKSON2 = ParticipatieJson.defaults();
    private static final JsonMapper JACKSON3 = ParticipatieJson3.defaults();

    private static String draft(String title) {
        return "{\"@type\":\"sample.draft.v1\",\"title\":\"" + title + "\"}";
    }

    private static void refusedAlike(String document, Class<?> type) {
        JsonReadException two = catchThrowableOfType(JsonReadException.class, () -> JACKSON2.read(document, type));
        assertThatThrownBy(() -> ParticipatieJson3.read(JACKSON3, document, type))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.limit").isEqualTo(two.code());
                    assertThat(e.path()).isEqualTo(two.path());
                });
    }

    @Test
    void theFactoryCarriesTheLibrarysLimits() {
        StreamReadConstraints limits = ParticipatieJson3.jsonFactory().streamReadConstraints();
        assertThat(limits.getMaxNestingDepth()).isEqualTo(ParticipatieJson.MAX_DEPTH).isEqualTo(64);
        assertThat(limits.getMaxStringLength()).isEqualTo(ParticipatieJson.MAX_STRING_LENGTH);
        assertThat(limits.getMaxNumberLength()).isEqualTo(ParticipatieJson.MAX_NUMBER_LENGTH);
        assertThat(limits.getMaxDocumentLength()).isEqualTo(ParticipatieJson.MAX_DOCUMENT_LENGTH);
        assertThat(JACKSON3.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(ParticipatieJson.MAX_DEPTH);
    }

    @Test
    void nestingUpToTheLimitReadsAndDeeperIsRefused() {
        String atLimit = "[".repeat(ParticipatieJson.MAX_DEPTH) + "]".repeat(ParticipatieJson.MAX_DEPTH);
        assertThat(ParticipatieJson3.read(JACKSON3, atLimit, Object.class)).isEqualTo(JACKSON2.read(atLimit, Object.class));
        refusedAlike("[".repeat(ParticipatieJson.MAX_DEPTH + 1) + "]".repeat(ParticipatieJson.MAX_DEPTH + 1), Object.class);
        refusedAlike("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000), Object.class);
    }

    @Test
    void aStringUpToTheLimitReadsAndALongerOneIsRefused() {
        String atLimit = draft("x".repeat(ParticipatieJson.MAX_STRING_LENGTH));
        assertThat(ParticipatieJson3.read(JACKSON3, atLimit, PetitionCommand.class))
                .isEqualTo(JACKSON2.read(atLimit, PetitionCommand.class));
        refusedAlike(draft("x".repeat(ParticipatieJson.MAX_STRING_LENGTH + 1)), PetitionCommand.class);
    }

    @Test
    void aNumberOfMoreThanAHundredDigitsIsRefused() {
        String record = "{\"actor\":{\"person\":\"anna\",\"role\":\"RESIDENT\"},"
                + "\"event\":{\"@type\":\"sample.drafted.v2\",\"title\":\"Bankjes\"},\"hash\":\"ab\",\"previousHash\":\"cd\","
                + "\"recordedAt\":\"2026-01-05T09:00:00Z\",\"sequence\":SEQ,\"step\":\"DRAFT\",\"stream\":\"sample.petition/p\"}";
        assertThat(ParticipatieJson3.read(JACKSON3, record.replace("SEQ", "1"), RecordedEvent.class).sequence()).isEqualTo(1);
        refusedAlike(record.replace("SEQ", "9".repeat(ParticipatieJson.MAX_NUMBER_LENGTH + 1)), RecordedEvent.class);
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedBeforeItIsParsedAndByTheParserItself() {
        String huge = "[" + String.join(",", java.util.Collections.nCopies(120, "\"" + "x".repeat(50_000) + "\"")) + "]";
        assertThat(huge.length()).isGreaterThan((int) ParticipatieJson.MAX_DOCUMENT_LENGTH);
        refusedAlike(huge, List.class);
        // Through the mapper alone, without read()'s check of the length first: the parser counts the document.
        assertThatThrownBy(() -> JACKSON3.readValue(huge.getBytes(StandardCharsets.UTF_8), List.class))
                .satisfies(e -> assertThat(ParticipatieJson3.toReadException(e).code()).isEqualTo("json.limit"));
    }

    @Test
    void anApplicationsMapperOnTheLibrarysFactoryHasTheLimits() {
        JsonMapper application = JsonMapper.builder(ParticipatieJson3.jsonFactory()).addModule(new ParticipatieJacksonModule()).build();
        String deep = "[".repeat(ParticipatieJson.MAX_DEPTH + 1) + "]".repeat(ParticipatieJson.MAX_DEPTH + 1);

        assertThatThrownBy(() -> ParticipatieJson3.read(application, deep, Object.class))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code()).isEqualTo("json.limit"));
    }
}
