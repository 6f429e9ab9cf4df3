package nl.participatie.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** REFERENCE.md §3: the Dutch postcode. */
class PostcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234 AB", "1234AB", "1234ab", "1234 ab", "1234-AB", "  1234 AB ", "NL-1234 AB", "nl-1234ab",
            "NL 1234 AB", "NL1234AB", "nl 1234-ab"})
    void accepts_what_people_type_and_gives_the_canonical_form(String text) {
        Postcode postcode = Postcode.parse(text);
        assertThat(postcode.toString()).isEqualTo("1234 AB");
        assertThat(postcode.digits()).isEqualTo(1234);
        assertThat(postcode.letters()).isEqualTo("AB");
        assertThat(postcode).isEqualTo(Postcode.of(1234, "AB"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 SA", "1234 SD", "1234 SS", "1234sa", "9999-sd", "NL-1000 ss"})
    void refuses_the_letter_pairs_that_are_never_used(String text) {
        assertThatThrownBy(() -> Postcode.parse(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("postcode.letters-not-used");
            assertThat(e.text().en()).contains("never used");
            assertThat(e.text().nl()).contains("nooit");
        });
        assertThatThrownBy(() -> Postcode.of(1234, "SA")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123 AB", "123 AB", "12345 AB", "1234 A", "1234 ABC", "1234  AB", "1234 - AB", "1234 A1",
            "ABCD 12", "", " ", "1234_AB", "NL--1234 AB", "BE-1234 AB", "1234 ÄB", "1234 ﬀ", "１２３４ AB"})
    void refuses_other_forms(String text) {
        assertThatThrownBy(() -> Postcode.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("postcode.invalid"));
    }

    @Test
    void leading_zero_and_bad_parts_are_refused_by_the_constructor_too() {
        assertThatThrownBy(() -> Postcode.of(999, "AB")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Postcode.of(10000, "AB")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Postcode.of(1234, "ab")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Postcode.of(1234, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("value.required"));
        assertThatThrownBy(() -> Postcode.parse(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("value.required"));
    }

    @Provide
    Arbitrary<String> letterPairs() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).filter(s -> !s.equals("SA") && !s.equals("SD") && !s.equals("SS"));
    }

    @Property
    void every_valid_postcode_round_trips(@ForAll @IntRange(min = 1000, max = 9999) int digits, @ForAll("letterPairs") String letters) {
        Postcode postcode = Postcode.of(digits, letters);
        assertThat(Postcode.parse(postcode.toString())).isEqualTo(postcode);
        assertThat(Postcode.parse(digits + letters.toLowerCase())).isEqualTo(postcode);
        assertThat(Postcode.parse("NL-" + digits + "-" + letters)).isEqualTo(postcode);
        assertThat(postcode.toString()).matches("[1-9][0-9]{3} [A-Z]{2}");
    }
}
