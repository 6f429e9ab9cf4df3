package nl.participatie.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** REFERENCE.md §2: the CBS codes of municipality (gemeente), district (wijk) and neighbourhood (buurt). */
class RegionCodeTest {

    private static final MunicipalityCode AMSTERDAM = MunicipalityCode.parse("GM0363");

    @Test
    void amsterdam_its_district_and_its_neighbourhood() {
        DistrictCode district = DistrictCode.parse("WK036301");
        NeighbourhoodCode neighbourhood = NeighbourhoodCode.parse("BU03630102");

        assertThat(AMSTERDAM.digits()).isEqualTo("0363");
        assertThat(AMSTERDAM.number()).isEqualTo(363);
        assertThat(MunicipalityCode.of(363)).isEqualTo(AMSTERDAM);
        assertThat(district.municipality()).isEqualTo(AMSTERDAM);
        assertThat(district.districtPart()).isEqualTo("01");
        assertThat(district.isIn(AMSTERDAM)).isTrue();
        assertThat(neighbourhood.district()).isEqualTo(district);
        assertThat(neighbourhood.municipality()).isEqualTo(AMSTERDAM);
        assertThat(neighbourhood.neighbourhoodPart()).isEqualTo("02");
        assertThat(neighbourhood.isIn(district)).isTrue();
        assertThat(neighbourhood.isIn(AMSTERDAM)).isTrue();
        assertThat(DistrictCode.of(AMSTERDAM, "01")).isEqualTo(district);
        assertThat(NeighbourhoodCode.of(district, "02")).isEqualTo(neighbourhood);
        assertThat(neighbourhood.toString()).isEqualTo("BU03630102");
    }

    @Test
    void containment_is_by_prefix() {
        MunicipalityCode rotterdam = MunicipalityCode.of(599);
        DistrictCode other = DistrictCode.parse("WK036302");
        NeighbourhoodCode neighbourhood = NeighbourhoodCode.parse("BU03630102");
        assertThat(DistrictCode.parse("WK059901").isIn(AMSTERDAM)).isFalse();
        assertThat(neighbourhood.isIn(other)).isFalse();
        assertThat(neighbourhood.isIn(rotterdam)).isFalse();
        assertThat(NeighbourhoodCode.parse("BU05990102").isIn(DistrictCode.parse("WK059901"))).isTrue();
        assertThat(neighbourhood.isIn((DistrictCode) null)).isFalse();
    }

    @Test
    void letters_are_accepted_in_the_district_and_neighbourhood_parts() {
        DistrictCode district = DistrictCode.parse("WK0363A1");
        NeighbourhoodCode neighbourhood = NeighbourhoodCode.parse("BU0363A1B2");
        assertThat(district.municipality()).isEqualTo(AMSTERDAM);
        assertThat(neighbourhood.district()).isEqualTo(district);
        assertThat(neighbourhood.neighbourhoodPart()).isEqualTo("B2");
        assertThat(NeighbourhoodCode.parse("BU0363ZZZZ").district()).isEqualTo(DistrictCode.parse("WK0363ZZ"));
    }

    @Test
    void input_is_trimmed_and_upper_cased() {
        assertThat(MunicipalityCode.parse(" gm0363 ")).isEqualTo(AMSTERDAM);
        assertThat(DistrictCode.parse("wk0363a1").value()).isEqualTo("WK0363A1");
        assertThat(NeighbourhoodCode.parse("\tbu0363a1b2\n").value()).isEqualTo("BU0363A1B2");
    }

    @Test
    void the_constructor_takes_only_the_canonical_form() {
        assertThatThrownBy(() -> new MunicipalityCode("gm0363")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DistrictCode("WK0363a1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new NeighbourhoodCode(" BU03630102")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DistrictCode.of(AMSTERDAM, "a1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> NeighbourhoodCode.of(DistrictCode.parse("WK036301"), "123")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> MunicipalityCode.of(10000)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> MunicipalityCode.of(-1)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GM363", "GM03630", "GMA363", "GM036A", "WK0363", "0363", "GM 0363", "GM-0363", "GM０３６３"})
    void refuses_bad_municipality_codes(String text) {
        assertThatThrownBy(() -> MunicipalityCode.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("municipalityCode.invalid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "WK0363", "WK03630", "WK0363012", "WKA36301", "WK036A01", "GM036301", "WK0363_1", "WK0363Ä1",
            "WK0363ﬀ"})
    void refuses_bad_district_codes(String text) {
        assertThatThrownBy(() -> DistrictCode.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("districtCode.invalid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "BU036301", "BU036301023", "BUA3630102", "BU036A0102", "WK03630102", "BU0363010", "BU036301-2"})
    void refuses_bad_neighbourhood_codes(String text) {
        assertThatThrownBy(() -> NeighbourhoodCode.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("neighbourhoodCode.invalid"));
    }

    @Test
    void messages_name_the_code_in_dutch_and_english() {
        InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
                () -> NeighbourhoodCode.parse("BU0363"));
        assertThat(e.text().nl()).contains("'BU0363'").contains("buurtcode");
        assertThat(e.text().en()).contains("'BU0363'").contains("neighbourhood code");
    }
}
