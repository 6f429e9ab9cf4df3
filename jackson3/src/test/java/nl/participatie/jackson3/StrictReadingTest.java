package nl.participatie.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.sample.PetitionCommand;
import nl.participatie.core.sample.PetitionEvent;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.PersonId;
import org.example.vendor.ApplicationForm;

/**
 * Strict reading: every bad document gives, through Jackson 3, the {@link JsonReadException} that Jackson 2 gives
 * through {@link ParticipatieJson} — the same code at the same path.
 */
class StrictReadingTest {

    private static final ParticipatieJson JACKSON2 = ParticipatieJson.defaults();
    private static final JsonMapper JACKSON3 = ParticipatieJson3.defaults();

    private static final String RECORD = "{\"actor\":{\"person\":\"anna\",\"role\":\"RESIDENT\"},"
            + "\"event\":{\"@type\":\"sample.drafted.v2\",\"title\":\"Bankjes\"},\"hash\":\"ab\",\"previousHash\":\"cd\","
            + "\"recordedAt\":\"2026-01-05T09:00:00Z\",\"sequence\":1,\"step\":\"DRAFT\",\"stream\":\"sample.petition/p\"}";
    private static final String SPENDING = "{\"@type\":\"burgersaanhetstuur.record-spending.v1\",\"action\":1,"
            + "\"amount\":\"120.50\",\"description\":\"grijpers\"}";
    private static final String GOAL_SET = "{\"@type\":\"burgersaanhetstuur.goal-set.v2\",\"cycle\":1,\"goal\":1,"
            + "\"theme\":\"LIVEABILITY\",\"title\":{\"subject\":\"anna\",\"value\":\"Minder zwerfafval\"}}";

    /** A bad document, what it is read as, and the code Jackson 2 gives for it. */
    record Bad(String name, Class<?> target, byte[] document, String code) {
        @Override
        public String toString() {
            return name + " -> " + code;
        }
    }

    static Bad bad(String name, Class<?> target, String document, String code) {
        return new Bad(name, target, document.getBytes(StandardCharsets.UTF_8), code);
    }

    static Stream<Arguments> badDocuments() {
        List<Bad> all = new ArrayList<>();
        // Syntax and shape
        all.add(bad("empty document", PetitionCommand.class, "", "json.wrong-type"));
        all.add(bad("literal null", PetitionCommand.class, "null", "json.empty"));
        all.add(bad("truncated object", PetitionCommand.class, "{\"@type\":\"sample.draft.v1\",\"title\":\"x\"", "json.syntax"));
        all.add(bad("truncated recorded event", RecordedEvent.class, RECORD.substring(0, RECORD.length() / 2), "json.syntax"));
        all.add(bad("comment", PetitionCommand.class, "/* hi */ {\"@type\":\"sample.expire.v1\"}", "json.syntax"));
        all.add(bad("single quotes", PetitionCommand.class, "{'@type':'sample.expire.v1'}", "json.syntax"));
        all.add(bad("NaN literal", RecordedEvent.class, RECORD.replace("\"sequence\":1", "\"sequence\":NaN"), "json.syntax"));
        all.add(bad("raw control character", PetitionCommand.class, "{\"@type\":\"sample.draft.v1\",\"title\":\"a\u0001b\"}", "json.syntax"));
        all.add(new Bad("invalid UTF-8", PetitionCommand.class,
                new byte[] {'{', '"', '@', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, "json.syntax"));
        all.add(bad("trailing tokens", PetitionCommand.class, "{\"@type\":\"sample.expire.v1\"} {\"@type\":\"sample.expire.v1\"}", "json.wrong-type"));
        all.add(bad("array where object is required", RecordedEvent.class, "[1,2,3]", "json.wrong-type"));
        // Type ids
        all.add(bad("unknown type id", PetitionCommand.class, "{\"@type\":\"sample.nope.v1\"}", "json.unknown-type"));
        all.add(bad("JDK class name as type id", PetitionCommand.class,
                "{\"@type\":\"java.lang.ProcessBuilder\",\"command\":[\"touch\",\"/tmp/pwned\"]}", "json.unknown-type"));
        all.add(bad("default-typing array form", PetitionCommand.class, "[\"java.util.HashMap\",{}]", "json.unknown-type"));
        all.add(bad("missing type id", PetitionCommand.class, "{\"title\":\"x\"}", "json.missing-type"));
        all.add(bad("command type id read as event", PetitionEvent.class, "{\"@type\":\"sample.draft.v1\",\"title\":\"x\"}", "json.unknown-type"));
        all.add(bad("command as the event of a record", RecordedEvent.class, RECORD.replace("sample.drafted.v2", "sample.draft.v1"),
                "json.not-an-event"));
        all.add(bad("class name as event type in a record", RecordedEvent.class, RECORD.replace("sample.drafted.v2", "java.net.URL"),
                "json.unknown-type"));
        all.add(bad("event without type id in a record", RecordedEvent.class, RECORD.replace("\"@type\":\"sample.drafted.v2\",", ""),
                "json.wrong-type"));
        // Unknown and missing properties
        all.add(bad("unknown property", PetitionCommand.class, "{\"@type\":\"sample.draft.v1\",\"title\":\"x\",\"admin\":true}",
                "json.unknown-property"));
        all.add(bad("unknown property in a method's command", InitiativeCommand.class,
                SPENDING.replace("\"action\":1", "\"action\":1,\"approved\":true"), "json.unknown-property"));
        all.add(bad("unknown property in an erasable value's content", InitiativeEvent.class,
                GOAL_SET.replace("\"goal\":1", "\"goal\":1,\"secret\":1"), "json.unknown-property"));
        all.add(bad("missing required value", PetitionEvent.class, "{\"@type\":\"sample.supported.v1\",\"count\":1}", "value.required"));
        all.add(bad("null where a value is required", PetitionEvent.class, "{\"@type\":\"sample.opened.v1\",\"closesAt\":null}",
                "value.required"));
        all.add(bad("null for a primitive", PetitionEvent.class,
                "{\"@type\":\"sample.supported.v1\",\"count\":null,\"supporter\":\"anna\"}", "json.wrong-type"));
        all.add(bad("missing primitive", PetitionEvent.class, "{\"@type\":\"sample.decided.v1\",\"reason\":\"r\"}", "json.wrong-type"));
        all.add(bad("null event in a record", RecordedEvent.class, RECORD.replace("{\"@type\":\"sample.drafted.v2\",\"title\":\"Bankjes\"}", "null"),
                "json.wrong-type"));
        all.add(bad("null sequence in a record", RecordedEvent.class, RECORD.replace("\"sequence\":1", "\"sequence\":null"), "json.wrong-type"));
        all.add(bad("duplicate property in a record", RecordedEvent.class,
                RECORD.replace("\"step\":\"DRAFT\"", "\"step\":\"DRAFT\",\"step\":\"OPEN\""), "json.wrong-type"));
        // Wrong types: no coercion
        all.add(bad("number where text is required", PetitionCommand.class, "{\"@type\":\"sample.draft.v1\",\"title\":123}", "json.wrong-type"));
        all.add(bad("boolean where text is required", PetitionCommand.class, "{\"@type\":\"sample.draft.v1\",\"title\":true}", "json.wrong-type"));
        all.add(bad("text where boolean is required", PetitionCommand.class,
                "{\"@type\":\"sample.decide.v1\",\"granted\":\"yes\",\"reason\":\"r\"}", "json.wrong-type"));
        all.add(bad("text where a number is required", InitiativeCommand.class, SPENDING.replace("\"action\":1", "\"action\":\"1\""),
                "json.wrong-type"));
        all.add(bad("number beyond an int", InitiativeCommand.class, SPENDING.replace("\"action\":1", "\"action\":99999999999"),
                "json.invalid"));
        all.add(bad("object where text is required", PetitionCommand.class, "{\"@type\":\"sample.draft.v1\",\"title\":{}}", "json.wrong-type"));
        all.add(bad("number for an enum", InitiativeEvent.class, GOAL_SET.replace("\"LIVEABILITY\"", "1"), "json.wrong-type"));
        all.add(bad("unknown enum name", InitiativeEvent.class, GOAL_SET.replace("\"LIVEABILITY\"", "\"HAPPINESS\""), "json.wrong-type"));
        all.add(bad("text sequence in a record", RecordedEvent.class, RECORD.replace("\"sequence\":1", "\"sequence\":\"one\""),
                "json.wrong-type"));
        all.add(bad("fraction as sequence in a record", RecordedEvent.class, RECORD.replace("\"sequence\":1", "\"sequence\":1.5"), "json.wrong-type"));
        all.add(bad("number as hash in a record", RecordedEvent.class, RECORD.replace("\"ab\"", "12"), "json.wrong-type"));
        all.add(bad("malformed time", RecordedEvent.class, RECORD.replace("2026-01-05T09:00:00Z", "yesterday"), "json.wrong-type"));
        // Value types' own rules
        all.add(bad("invalid person id", PetitionCommand.class, "{\"@type\":\"sample.support.v1\",\"supporter\":\"<script>\"}",
                "personId.invalid"));
        all.add(bad("invalid money", InitiativeCommand.class, SPENDING.replace("\"120.50\"", "\"twaalf\""), "money.invalid"));
        all.add(bad("number for money", InitiativeCommand.class, SPENDING.replace("\"120.50\"", "120.50"), "json.wrong-type"));
        all.add(bad("malformed stream id", RecordedEvent.class, RECORD.replace("sample.petition/p", "no slash"), "streamId.invalid"));
        all.add(bad("invalid role", RecordedEvent.class, RECORD.replace("RESIDENT", "resident; drop table"), "role.invalid"));
        all.add(bad("erasable value that is no object", InitiativeEvent.class,
                GOAL_SET.replace("{\"subject\":\"anna\",\"value\":\"Minder zwerfafval\"}", "\"Minder zwerfafval\""), "json.wrong-type"));
        all.add(bad("erasable value without a value", InitiativeEvent.class,
                GOAL_SET.replace(",\"value\":\"Minder zwerfafval\"", ""), "json.wrong-type"));
        all.add(bad("sealed value without keys", InitiativeEvent.class,
                GOAL_SET.replace("\"value\":\"Minder zwerfafval\"", "\"sealed\":{\"data\":\"x\",\"nonce\":\"y\"}"), "json.wrong-type"));
        return all.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void jackson3GivesTheSameCodeAtTheSamePathAsJackson2(Bad bad) {
        JsonReadException two = catchThrowableOfType(JsonReadException.class, () -> JACKSON2.read(bad.document(), bad.target()));
        JsonReadException three = catchThrowableOfType(JsonReadException.class,
                () -> ParticipatieJson3.read(JACKSON3, bad.document(), bad.target()));

        assertThat(two).as("Jackson 2 refuses %s", bad.name()).isNotNull();
        assertThat(two.code()).as(two.getMessage()).isEqualTo(bad.code());
        assertThat(three).as("Jackson 3 refuses %s", bad.name()).isNotNull();
        assertThat(three.code()).as(three.getMessage()).isEqualTo(two.code());
        assertThat(three.path()).as(three.getMessage()).isEqualTo(two.path());
        assertThat(three.text().nl()).isNotBlank();
    }

    @Test
    void aFractionForAWholeNumberAndAStepThatIsNoTextAreRefusedByBoth() {
        String fraction = SPENDING.replace("\"action\":1", "\"action\":1.5");
        String stepObject = RECORD.replace("\"DRAFT\"", "{}");
        String sequenceText = RECORD.replaceFirst("\"sequence\":(\\d+)", "\"sequence\":\"$1\"");
        assertThat(sequenceText).isNotEqualTo(RECORD);
        for (var bad : List.of(Map.entry(fraction, InitiativeCommand.class), Map.entry(stepObject, RecordedEvent.class),
                Map.entry(sequenceText, RecordedEvent.class))) {
            JsonReadException two = catchThrowableOfType(JsonReadException.class, () -> JACKSON2.read(bad.getKey(), bad.getValue()));
            JsonReadException three = catchThrowableOfType(JsonReadException.class,
                    () -> ParticipatieJson3.read(JACKSON3, bad.getKey(), bad.getValue()));
            assertThat(two).as("Jackson 2 refuses %s", bad.getKey()).isNotNull();
            assertThat(three).as("Jackson 3 refuses %s", bad.getKey()).isNotNull();
            assertThat(three.code()).isEqualTo(two.code());
            assertThat(three.path()).isEqualTo(two.path());
        }
    }

    /** A record with a number, as a method's command has. */
    record Measured(BigDecimal value) {
    }

    @Test
    void aNumberOutsideTheLibrarysLimitsIsRefusedWithCodeAndPath() {
        for (String number : List.of("1e2147483647", "1e400", "1e-101")) {
            String document = "{\"value\":" + number + "}";
            JsonReadException two = catchThrowableOfType(JsonReadException.class, () -> JACKSON2.read(document, Measured.class));
            assertThatThrownBy(() -> ParticipatieJson3.read(JACKSON3, document, Measured.class))
                    .isInstanceOfSatisfying(JsonReadException.class, e -> {
                        assertThat(e.code()).isEqualTo("number.out-of-range").isEqualTo(two.code());
                        assertThat(e.path()).isEqualTo("$.value").isEqualTo(two.path());
                    });
        }
        assertThat(ParticipatieJson3.read(JACKSON3, "{\"value\":9.99e99}", Measured.class).value()).isEqualByComparingTo("9.99e99");
    }

    @Test
    void anApplicationsLenientMapperStillRefusesUnknownPropertiesOfLibraryTypesOnly() {
        // Jackson 3 ignores unknown properties by default; the module makes the library's types strict all the same.
        JsonMapper application = JsonMapper.builder().addModule(new ParticipatieJacksonModule()).build();
        String command = SPENDING.replace("\"action\":1", "\"action\":1,\"approved\":true");

        assertThatThrownBy(() -> ParticipatieJson3.read(application, command, InitiativeCommand.class))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.unknown-property");
                    assertThat(e.path()).isEqualTo("$.approved");
                });
        assertThatThrownBy(() -> ParticipatieJson3.read(application, GOAL_SET.replace("\"goal\":1", "\"goal\":1,\"x\":2"),
                InitiativeEvent.class)).isInstanceOfSatisfying(JsonReadException.class,
                        e -> assertThat(e.code()).isEqualTo("json.unknown-property"));
        assertThat(application.readValue("{\"name\":\"x\",\"extra\":1}", ApplicationForm.class)).isEqualTo(new ApplicationForm("x"));
        assertThat(application.readValue(GOAL_SET, InitiativeEvent.class)).isInstanceOf(InitiativeEvent.GoalSet.class)
                .extracting(e -> ((InitiativeEvent.GoalSet) e).title()).isEqualTo(Erasable.of(
                        PersonId.of("anna"), "Minder zwerfafval"));
    }
}
