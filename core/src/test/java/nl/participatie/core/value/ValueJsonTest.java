package nl.participatie.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.participatie.core.internal.Messages;
import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.json.ParticipatieJson;

/** The wire form of the shared value types: compact strings, and plain objects for the two kinds of point. */
class ValueJsonTest {

    record Place(Postcode postcode, MunicipalityCode municipality, DistrictCode district,
                 NeighbourhoodCode neighbourhood, Money budget, GeoPoint location, RdPoint rd) {
    }

    private static final ParticipatieJson JSON = ParticipatieJson.defaults();

    private static final Place PLACE = new Place(Postcode.parse("1012 JS"), MunicipalityCode.parse("GM0363"),
            DistrictCode.parse("WK0363A1"), NeighbourhoodCode.parse("BU0363A1B2"), Money.of("-1234.50"),
            GeoPoint.of(52.37422, 4.89801), RdPoint.of(121687, 487484.25));

    @Test
    void every_value_type_round_trips() {
        String json = JSON.write(PLACE);
        assertThat(json).isEqualTo("{\"budget\":\"-1234.50\",\"district\":\"WK0363A1\",\"location\":{\"latitude\":52.37422,"
                + "\"longitude\":4.89801},\"municipality\":\"GM0363\",\"neighbourhood\":\"BU0363A1B2\",\"postcode\":\"1012 JS\","
                + "\"rd\":{\"x\":121687.0,\"y\":487484.25}}");
        assertThat(JSON.read(json, Place.class)).isEqualTo(PLACE);
    }

    @Test
    void each_value_alone_round_trips() {
        for (Object value : List.of(PLACE.postcode(), PLACE.municipality(), PLACE.district(), PLACE.neighbourhood(),
                PLACE.budget(), Money.ZERO, PLACE.location(), PLACE.rd())) {
            assertThat(JSON.read(JSON.write(value), value.getClass())).isEqualTo(value);
        }
        assertThat(JSON.write(Money.of("12.5"))).isEqualTo("\"12.50\"");
        assertThat(JSON.write(Postcode.parse("nl-1234ab"))).isEqualTo("\"1234 AB\"");
    }

    @Test
    void input_is_read_through_the_lenient_parsers() {
        String json = JSON.write(PLACE).replace("\"1012 JS\"", "\"1012js\"").replace("\"GM0363\"", "\"gm0363\"");
        assertThat(JSON.read(json, Place.class)).isEqualTo(PLACE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postcode      | \"1012 SA\"     | postcode.letters-not-used",
        "postcode      | \"0123 AB\"     | postcode.invalid",
        "municipality  | \"GM363\"       | municipalityCode.invalid",
        "district      | \"WK0363a\"     | districtCode.invalid",
        "neighbourhood | \"BU036301\"    | neighbourhoodCode.invalid",
        "budget        | \"1.005\"       | money.too-precise",
        "budget        | \"1,00\"        | money.invalid",
        "budget        | \"99999999999999\" | money.out-of-range",
        "location      | {\"latitude\":95.0,\"longitude\":4.9} | geoPoint.invalid",
        "rd            | {\"x\":-9000.0,\"y\":487484.0}        | rdPoint.invalid",
    })
    void a_bad_value_names_its_code_and_field(String field, String badValue, String code) {
        String json = replaceField(JSON.write(PLACE), field, badValue);
        assertThatThrownBy(() -> JSON.read(json, Place.class)).isInstanceOfSatisfying(JsonReadException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.path()).isEqualTo("$." + field);
            assertThat(e.text().nl()).isNotEqualTo(e.text().en());
        });
    }

    @Test
    void money_is_a_string_never_a_json_number() {
        String json = replaceField(JSON.write(PLACE), "budget", "12.50");
        assertThatThrownBy(() -> JSON.read(json, Place.class)).isInstanceOfSatisfying(JsonReadException.class, e -> {
            assertThat(e.code()).isEqualTo("json.wrong-type");
            assertThat(e.path()).isEqualTo("$.budget");
        });
    }

    @Test
    void a_point_with_a_missing_coordinate_is_refused_not_defaulted_to_zero() {
        String json = replaceField(JSON.write(PLACE), "location", "{\"latitude\":52.37422}");
        assertThatThrownBy(() -> JSON.read(json, Place.class)).isInstanceOfSatisfying(JsonReadException.class, e -> {
            assertThat(e.code()).isEqualTo("json.wrong-type");
            assertThat(e.path()).isEqualTo("$.location.longitude");
        });
    }

    @Test
    void every_code_has_a_message_in_both_languages() {
        for (String code : List.of("money.invalid", "money.too-precise", "money.out-of-range", "municipalityCode.invalid",
                "districtCode.invalid", "neighbourhoodCode.invalid", "postcode.invalid", "postcode.letters-not-used",
                "geoPoint.invalid", "geoPoint.outside-conversion-area", "rdPoint.invalid", "rdPoint.outside-conversion-area",
                "nl.participatie.constraints.Postcode.message", "nl.participatie.constraints.MunicipalityCode.message",
                "nl.participatie.constraints.DistrictCode.message", "nl.participatie.constraints.NeighbourhoodCode.message")) {
            assertThat(Messages.hasBoth(code)).as(code).isTrue();
            assertThat(Messages.catalogue("nl").get(code)).as(code).isNotEqualTo(Messages.catalogue("en").get(code));
        }
    }

    /** Replaces the value of a top-level field that holds a string or a flat object. */
    private static String replaceField(String json, String field, String value) {
        int start = json.indexOf("\"" + field + "\":") + field.length() + 3;
        int end = json.charAt(start) == '{' ? json.indexOf('}', start) + 1 : json.indexOf('"', start + 1) + 1;
        return json.substring(0, start) + value + json.substring(end);
    }
}
