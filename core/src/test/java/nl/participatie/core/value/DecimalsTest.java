package nl.participatie.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.participatie.core.json.ParticipatieJson;

/** The limits every number and every echoed input keep: exactly at a limit is allowed, one past it is not. */
class DecimalsTest {

    private static BigDecimal digits(int before, int after) {
        return new BigDecimal("9".repeat(before) + (after > 0 ? "." + "9".repeat(after) : ""));
    }

    @Test
    void aNumberOfAtMostAHundredDigitsInAllBeforeAndAfterThePointIsWithinTheLimits() {
        assertThat(Decimals.isWithinLimits(digits(100, 0))).isTrue();
        assertThat(Decimals.isWithinLimits(digits(101, 0))).isFalse();
        assertThat(Decimals.isWithinLimits(digits(50, 50))).isTrue();
        assertThat(Decimals.isWithinLimits(digits(50, 51))).as("101 digits in all").isFalse();
        assertThat(Decimals.isWithinLimits(new BigDecimal("1E-100"))).as("scale 100").isTrue();
        assertThat(Decimals.isWithinLimits(new BigDecimal("1E-101"))).as("scale 101").isFalse();
        assertThat(Decimals.isWithinLimits(new BigDecimal("1E+99"))).as("100 digits before the point").isTrue();
        assertThat(Decimals.isWithinLimits(new BigDecimal("1E+100"))).as("101 digits before the point").isFalse();
        assertThat(Decimals.isWithinLimits(null)).isFalse();
        assertThatThrownBy(() -> Decimals.requireWithinLimits(digits(101, 0), "value"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("number.out-of-range"));
        assertThat(Decimals.requireWithinLimits(digits(100, 0), "value")).isEqualTo(digits(100, 0));
    }

    @Test
    void aRefusedInputIsEchoedInFullUpToSixtyCharactersAndShortenedBeyond() {
        String sixty = "x".repeat(60);
        assertThat(new InvalidValueException("value.required", sixty).rejectedValue()).isEqualTo(sixty);
        assertThat(new InvalidValueException("value.required", sixty + "y").rejectedValue()).isEqualTo(sixty + "…");
        assertThat(new InvalidValueException("value.required", null).rejectedValue()).isNull();
    }

    @Test
    void aDocumentOfExactlyTheLimitIsReadAndOneCharacterMoreIsRefused() {
        String money = "\"12.34\"";
        String atLimit = money + " ".repeat((int) ParticipatieJson.MAX_DOCUMENT_LENGTH - money.length());
        assertThat(ParticipatieJson.defaults().read(atLimit, Money.class)).isEqualTo(Money.of("12.34"));
        assertThatThrownBy(() -> ParticipatieJson.defaults().read(atLimit + " ", Money.class))
                .hasMessageContaining("json.limit");
    }
}
