package nl.participatie.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final long MAX_CENTS = 999_999_999_999_999L;

    @Test
    void holds_the_amount_with_two_decimals() {
        assertThat(Money.of("12.5").amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.of("12")).isEqualTo(Money.ofCents(1200)).isEqualTo(Money.euros(12));
        assertThat(Money.of(new BigDecimal("1.230"))).isEqualTo(Money.ofCents(123));
        assertThat(Money.ZERO.toString()).isEqualTo("0.00");
        assertThat(Money.ofCents(-50).toString()).isEqualTo("-0.50");
        assertThat(Money.ofCents(123456).cents()).isEqualTo(123456);
    }

    @Test
    void refuses_more_than_two_decimals_instead_of_rounding() {
        assertThatThrownBy(() -> Money.of("1.234"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("money.too-precise"));
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.001")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("money.too-precise"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "1e2147483647, money.out-of-range", "-1e2147483647, money.out-of-range", "1e-2147483647, money.too-precise",
        "-1e-2147483647, money.too-precise", "1e400, money.out-of-range", "0e-2147483647, number.out-of-range",
        "0e2147483647, number.out-of-range"})
    void refuses_absurd_exponents_with_its_own_error_without_writing_the_number_out(String number, String code) {
        BigDecimal absurd = new BigDecimal(number);
        assertThatThrownBy(() -> Money.of(absurd))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.rejectedValue()).hasSizeLessThanOrEqualTo(61);
                    assertThat(e.text().nl()).hasSizeLessThan(400);
                    assertThat(e.text().en()).hasSizeLessThan(400);
                });
        assertThatThrownBy(() -> Money.euros(1).percentage(absurd, RoundingMode.HALF_EVEN))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("number.out-of-range"));
    }

    @Test
    void refuses_other_forms() {
        for (String text : List.of("", " 1.00", "1,00", "€ 1", "+1", "1.", ".5", "1e3", "1.000,00", "NaN")) {
            assertThatThrownBy(() -> Money.parse(text))
                    .as(text)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("money.invalid"));
        }
        assertThatThrownBy(() -> Money.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("value.required"));
    }

    @Test
    void refuses_amounts_out_of_range_also_after_arithmetic() {
        Money max = Money.of("9999999999999.99");
        assertThat(max.cents()).isEqualTo(MAX_CENTS);
        assertThat(max.negate().cents()).isEqualTo(-MAX_CENTS);
        assertThatThrownBy(() -> Money.euros(10_000_000_000_000L))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("money.out-of-range"));
        assertThatThrownBy(() -> max.plus(Money.ofCents(1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("money.out-of-range"));
        assertThatThrownBy(() -> Money.ofCents(2).times(Long.MAX_VALUE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("money.out-of-range"));
        assertThatThrownBy(() -> Money.ofCents(Long.MIN_VALUE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("money.out-of-range"));
    }

    @Test
    void arithmetic() {
        Money a = Money.of("10.25");
        assertThat(a.plus(Money.of("0.75"))).isEqualTo(Money.euros(11));
        assertThat(a.minus(Money.of("20.50"))).isEqualTo(Money.of("-10.25"));
        assertThat(a.times(3)).isEqualTo(Money.of("30.75"));
        assertThat(a.negate().isNegative()).isTrue();
        assertThat(a.isPositive()).isTrue();
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(Money.of("2.00")).isGreaterThan(Money.of("1.99"));
        assertThat(Money.of("-2.00")).isLessThan(Money.ZERO);
    }

    @Test
    void percentage_rounds_only_as_told() {
        Money a = Money.of("10.01");
        assertThat(a.percentage(new BigDecimal("50"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("5.00"));
        assertThat(a.percentage(new BigDecimal("50"), RoundingMode.HALF_UP)).isEqualTo(Money.of("5.01"));
        assertThat(Money.of("200.00").percentage(new BigDecimal("21"), RoundingMode.UNNECESSARY)).isEqualTo(Money.euros(42));
        assertThatThrownBy(() -> a.percentage(new BigDecimal("50"), RoundingMode.UNNECESSARY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("money.too-precise"));
    }

    @Test
    void allocate_splits_exactly() {
        assertThat(Money.euros(1).allocate(3)).containsExactly(Money.ofCents(34), Money.ofCents(33), Money.ofCents(33));
        assertThat(Money.euros(-1).allocate(3)).containsExactly(Money.ofCents(-34), Money.ofCents(-33), Money.ofCents(-33));
        assertThat(Money.ofCents(2).allocate(4)).containsExactly(Money.ofCents(1), Money.ofCents(1), Money.ZERO, Money.ZERO);
        assertThatThrownBy(() -> Money.euros(1).allocate(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formats_in_dutch_and_english() {
        Locale nl = Locale.forLanguageTag("nl-NL");
        assertThat(Money.of("1234.56").format(nl)).isEqualTo("€ 1.234,56");
        assertThat(Money.of("-1234.56").format(nl)).isEqualTo("€ -1.234,56");
        assertThat(Money.of("1234.56").format()).isEqualTo("€ 1.234,56");
        assertThat(Money.of("0.5").format(nl)).isEqualTo("€ 0,50");
        assertThat(Money.of("1234567.89").format(nl)).isEqualTo("€ 1.234.567,89");
        assertThat(Money.of("123.00").format(nl)).isEqualTo("€ 123,00");
        assertThat(Money.of("1234.56").format(Locale.ENGLISH)).isEqualTo("€1,234.56");
        assertThat(Money.of("1234.56").format(Locale.UK)).isEqualTo("€1,234.56");
        assertThat(Money.of("-1234.56").format(Locale.ENGLISH)).isEqualTo("-€1,234.56");
        assertThat(Money.of("9999999999999.99").format(Locale.ENGLISH)).isEqualTo("€9,999,999,999,999.99");
    }

    @Test
    void messages_exist_in_dutch_and_english() {
        InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, () -> Money.of("1.234"));
        assertThat(e.text().nl()).contains("'1.234'").contains("centen");
        assertThat(e.text().en()).contains("'1.234'").contains("cents");
    }

    // -- properties

    @Provide
    Arbitrary<Money> money() {
        return Arbitraries.longs().between(-MAX_CENTS / 2, MAX_CENTS / 2).map(Money::ofCents);
    }

    @Property
    void plus_and_minus_are_inverse(@ForAll("money") Money a, @ForAll("money") Money b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.minus(b).plus(b)).isEqualTo(a);
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.plus(b).cents()).isEqualTo(a.cents() + b.cents());
    }

    @Property
    void negate_twice_is_identity_and_sums_to_zero(@ForAll("money") Money a) {
        assertThat(a.negate().negate()).isEqualTo(a);
        assertThat(a.plus(a.negate())).isEqualTo(Money.ZERO);
    }

    @Property
    void plain_form_round_trips(@ForAll("money") Money a) {
        assertThat(Money.parse(a.toString())).isEqualTo(a);
        assertThat(a.toString()).matches("-?[0-9]+\\.[0-9]{2}");
    }

    @Property
    void more_than_two_decimals_is_refused(@ForAll("money") Money a, @ForAll @IntRange(min = 1, max = 9) int thirdDecimal) {
        String text = a.toString() + thirdDecimal;
        assertThatThrownBy(() -> Money.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("money.too-precise"));
        BigDecimal amount = a.amount().add(BigDecimal.valueOf(thirdDecimal, 3));
        assertThatThrownBy(() -> Money.of(amount)).isInstanceOf(InvalidValueException.class);
    }

    @Property
    void allocation_adds_up(@ForAll("money") Money a, @ForAll @IntRange(min = 1, max = 50) int parts) {
        List<Money> shares = a.allocate(parts);
        assertThat(shares).hasSize(parts);
        assertThat(shares.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(a);
        long min = shares.stream().mapToLong(Money::cents).min().orElseThrow();
        long max = shares.stream().mapToLong(Money::cents).max().orElseThrow();
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    @Property
    void times_is_repeated_plus(@ForAll("money") Money a, @ForAll @LongRange(min = 0, max = 2) long factor) {
        Money sum = Money.ZERO;
        for (long i = 0; i < factor; i++) {
            sum = sum.plus(a);
        }
        assertThat(a.times(factor)).isEqualTo(sum);
    }

    @Property
    void dutch_and_english_formats_hold_the_same_digits(@ForAll("money") Money a) {
        String nl = a.format(Locale.forLanguageTag("nl"));
        String en = a.format(Locale.ENGLISH);
        assertThat(nl).startsWith("€ ");
        assertThat(nl.replaceAll("[^0-9]", "")).isEqualTo(en.replaceAll("[^0-9]", ""));
        String back = nl.substring(2).replace(".", "").replace(',', '.');
        assertThat(Money.parse(back)).isEqualTo(a);
    }

    // The boundaries below were found unguarded by mutation testing (TESTING.md).

    @Test
    void theSignOfAnAmountIsExactAtZeroAndOneCentEitherSide() {
        assertThat(Money.ofCents(0).isZero()).isTrue();
        assertThat(Money.ofCents(0).isPositive()).isFalse();
        assertThat(Money.ofCents(0).isNegative()).isFalse();
        assertThat(Money.ofCents(1).isPositive()).isTrue();
        assertThat(Money.ofCents(1).isZero()).isFalse();
        assertThat(Money.ofCents(-1).isNegative()).isTrue();
        assertThat(Money.ofCents(-1).isPositive()).isFalse();
    }

    @Test
    void anAmountJustUnderTenTrillionIsMoneyAndTenTrillionIsNot() {
        assertThat(Money.of(new BigDecimal("9999999999999.99")).isPositive()).isTrue();
        assertThatThrownBy(() -> Money.of(new BigDecimal("10000000000000"))).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("money.out-of-range");
    }
}
