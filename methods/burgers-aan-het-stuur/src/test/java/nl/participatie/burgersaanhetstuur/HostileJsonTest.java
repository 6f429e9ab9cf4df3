package nl.participatie.burgersaanhetstuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.json.ParticipatieJson;

/** Untrusted JSON of this method: what must be refused at the reader, with a code and a path. */
class HostileJsonTest {

    private final ParticipatieJson json = ParticipatieJson.defaults();

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "\"1\"", "-1", "1.0"})
    void anEnumIsReadByItsNameNeverByItsOrdinal(String theme) {
        assertThat(json.read("{\"@type\":\"burgersaanhetstuur.set-goal.v1\",\"title\":\"x\",\"theme\":\"SOCIAL_COHESION\"}",
                InitiativeCommand.class)).isEqualTo(new InitiativeCommand.SetGoal("x", Goal.Theme.SOCIAL_COHESION));
        assertThatThrownBy(() -> json.read("{\"@type\":\"burgersaanhetstuur.set-goal.v1\",\"title\":\"x\",\"theme\":" + theme + "}",
                InitiativeCommand.class))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.code()).startsWith("json.");
                    assertThat(e.path()).isEqualTo("$.theme");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483647", "-1e2147483647", "1e-2147483647", "1e400", "0e-2147483647"})
    void aMeasurementWithAnAbsurdExponentIsRefusedAtTheReaderWithCodeAndPath(String value) {
        String command = "{\"@type\":\"burgersaanhetstuur.record-measurement.v1\",\"indicator\":1,\"measuredOn\":\"2026-02-03\","
                + "\"source\":\"telling\",\"value\":" + value + "}";
        assertThat(json.read(command.replace(value, "22.5"), InitiativeCommand.class)).isInstanceOf(InitiativeCommand.RecordMeasurement.class);
        assertThatThrownBy(() -> json.read(command, InitiativeCommand.class))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.code()).isEqualTo("number.out-of-range");
                    assertThat(e.path()).isEqualTo("$.value");
                });
        String indicator = "{\"@type\":\"burgersaanhetstuur.define-indicator.v1\",\"goal\":1,\"name\":\"n\",\"unit\":\"u\","
                + "\"kind\":\"HOW_MUCH\",\"baseline\":" + value + ",\"target\":1,\"firstMeasurement\":\"2026-02-03\","
                + "\"targetDate\":\"2026-06-30\",\"method\":\"m\"}";
        assertThatThrownBy(() -> json.read(indicator, InitiativeCommand.class))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.code()).isEqualTo("number.out-of-range");
                    assertThat(e.path()).isEqualTo("$.baseline");
                });
    }

    @Test
    void anEventAlreadyStoredWithAnAbsurdNumberCanStillBeReadFromTheStore() {
        String stored = "{\"@type\":\"burgersaanhetstuur.measurement-recorded.v1\",\"indicator\":1,\"measuredOn\":\"2026-02-03\","
                + "\"source\":\"telling\",\"value\":1e2147483647}";
        assertThat(json.fromJson("burgersaanhetstuur.measurement-recorded.v1", stored))
                .isEqualTo(new InitiativeEvent.MeasurementRecorded(1, new BigDecimal("1e2147483647"), LocalDate.of(2026, 2, 3), Story.text("telling")));
        assertThatThrownBy(() -> json.read(stored, InitiativeEvent.class)).isInstanceOf(JsonReadException.class);
    }
}
