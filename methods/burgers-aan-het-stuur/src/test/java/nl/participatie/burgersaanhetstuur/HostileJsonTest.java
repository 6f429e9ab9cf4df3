package nl.participatie.burgersaanhetstuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
