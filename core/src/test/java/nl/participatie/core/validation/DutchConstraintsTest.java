package nl.participatie.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.core.Violation;

/** The constraint annotations for a vendor's own DTOs: {@code @Postcode}, {@code @MunicipalityCode}, ... */
class DutchConstraintsTest {

    /** A vendor's own form, holding the values as text. */
    record AddressForm(@Postcode String postcode, @MunicipalityCode String municipality,
                       @DistrictCode String district, @NeighbourhoodCode String neighbourhood,
                       List<@Postcode String> otherPostcodes) {
    }

    private static List<Violation> validate(Object bean) {
        return CommandValidation.shared().validate(bean);
    }

    @Test
    void valid_values_and_null_pass() {
        assertThat(validate(new AddressForm("1012 JS", "GM0363", "WK036301", "BU03630102", List.of("1234ab")))).isEmpty();
        assertThat(validate(new AddressForm("nl-1012js", " gm0363 ", "wk0363a1", "BU0363A1B2", List.of()))).isEmpty();
        assertThat(validate(new AddressForm(null, null, null, null, null))).isEmpty();
    }

    @Test
    void a_bad_postcode_gives_constraint_postcode_in_dutch_and_english() {
        List<Violation> violations = validate(new AddressForm("1234 SA", "GM0363", null, null, null));
        assertThat(violations).hasSize(1);
        Violation v = violations.get(0);
        assertThat(v.code()).isEqualTo("constraint.Postcode");
        assertThat(v.path()).isEqualTo("postcode");
        assertThat(v.message().nl()).isEqualTo("moet een Nederlandse postcode zijn van 4 cijfers en 2 letters, zoals 1234 AB");
        assertThat(v.message().en()).isEqualTo("must be a Dutch postcode of 4 digits and 2 letters, such as 1234 AB");
    }

    @Test
    void every_annotation_reports_its_own_code() {
        List<Violation> violations = validate(new AddressForm("0123 AB", "GM363", "WK0363", "BU036301", List.of("1234 SS")));
        assertThat(violations).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("district", "constraint.DistrictCode"),
                org.assertj.core.groups.Tuple.tuple("municipality", "constraint.MunicipalityCode"),
                org.assertj.core.groups.Tuple.tuple("neighbourhood", "constraint.NeighbourhoodCode"),
                org.assertj.core.groups.Tuple.tuple("otherPostcodes[0].<list element>", "constraint.Postcode"),
                org.assertj.core.groups.Tuple.tuple("postcode", "constraint.Postcode"));
        for (Violation v : violations) {
            assertThat(v.message().nl()).as(v.code()).isNotEqualTo(v.message().en()).doesNotContain("{");
            assertThat(v.message().en()).as(v.code()).doesNotContain("{");
        }
    }

    @Test
    void letters_are_refused_in_the_municipality_part() {
        List<Violation> violations = validate(new AddressForm(null, "GM03A3", "WK03A301", "BU03A30102", null));
        assertThat(violations).extracting(Violation::code)
                .containsExactly("constraint.DistrictCode", "constraint.MunicipalityCode", "constraint.NeighbourhoodCode");
    }
}
