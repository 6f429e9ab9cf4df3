package nl.participatie.buurtschouw.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Postcode;
import nl.participatie.testkit.Spec;

/**
 * A POST with only {@code address_string} or {@code address_id} (a BAG nummeraanduiding): located by the vendor's
 * geocoder, refused with a typed error without one; and {@code address_id} on the way out.
 */
class AddressOnlyPostTest {

    static final NummeraanduidingId JAVASTRAAT_12 = new NummeraanduidingId("0363200000218908");
    static final GeoPoint WHERE = GeoPoint.of(52.3626, 4.9378);

    /** A test double of the vendor's geocoder: knows one address, by text or by BAG id. */
    static final Geocoder REGISTER = (text, id) -> "Javastraat 12".equalsIgnoreCase(text) || JAVASTRAAT_12.equals(id)
            ? Optional.of(new Geocoder.Geocoded(WHERE, "Javastraat 12, Amsterdam", Postcode.parse("1094 HA"), JAVASTRAAT_12))
            : Optional.empty();

    static final Open311Mapping MAPPING = Open311MappingTest.MAPPING.withGeocoder(REGISTER);

    static Map<String, List<String>> form(String field, String value) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("service_code", List.of("container-is-vol"));
        form.put("description", List.of("De container is vol"));
        form.put(field, List.of(value));
        return form;
    }

    @Test
    void anAddressStringIsLocatedAndKeepsWhatTheResidentTyped() {
        Open311Mapping.Posted posted = MAPPING.fromPost(form("address_string", "Javastraat 12"), null);
        assertThat(posted.command().location()).isEqualTo(WHERE);
        assertThat(posted.command().address()).isEqualTo("Javastraat 12");
        assertThat(posted.command().postcode()).isEqualTo(Postcode.parse("1094 HA"));
        assertThat(posted.addressId()).isEqualTo(JAVASTRAAT_12);
        Spec<ReportCommand, ReportEvent, Report> spec = Spec.of(BuurtschouwWorkflow.REPORTS);
        spec.given(Open311MappingTest.REPORTER, posted.command());
        assertThat(spec.state().location().value()).contains(WHERE);
    }

    @Test
    void anAddressIdIsLocatedAndTheRegistersAddressWritten() {
        Open311Mapping.Posted posted = MAPPING.fromPost(form("address_id", "0363200000218908"), null);
        assertThat(posted.command().location()).isEqualTo(WHERE);
        assertThat(posted.command().address()).isEqualTo("Javastraat 12, Amsterdam");
        assertThat(posted.addressId()).isEqualTo(JAVASTRAAT_12);
    }

    @Test
    void withCoordinatesTheGeocoderIsNotAskedAndTheAddressIdIsKept() {
        Geocoder never = (text, id) -> {
            throw new AssertionError("asked");
        };
        Map<String, List<String>> form = form("address_id", "0363200000218908");
        form.put("lat", List.of("52.3626"));
        form.put("long", List.of("4.9378"));
        Open311Mapping.Posted posted = Open311MappingTest.MAPPING.withGeocoder(never).fromPost(form, null);
        assertThat(posted.command().location()).isEqualTo(WHERE);
        assertThat(posted.addressId()).isEqualTo(JAVASTRAAT_12);
    }

    @Test
    void withoutAGeocoderAnAddressOnlyPostIsRefusedWithItsOwnReason() {
        for (String field : List.of("address_string", "address_id")) {
            assertThatThrownBy(() -> Open311MappingTest.MAPPING.fromPost(form(field, field.equals("address_id") ? "0363200000218908"
                    : "Javastraat 12"), null)).isInstanceOfSatisfying(Open311Exception.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(400);
                        assertThat(e.reasons()).containsExactly(Open311Text.ERROR_NO_GEOCODER);
                        assertThat(e.errors()).containsExactly(Open311Error.of(400,
                                "deze server zoekt address_string en address_id niet op: stuur lat en long"));
                    });
        }
    }

    @Test
    void anAddressTheGeocoderDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> MAPPING.fromPost(form("address_string", "Nergensstraat 1"), null))
                .isInstanceOfSatisfying(Open311Exception.class, e -> assertThat(e.reasons()).containsExactly(Open311Text.ERROR_NOT_LOCATED));
    }

    @Test
    void aFailingGeocoderIsAPassingErrorWithoutItsMessage() {
        Geocoder down = (text, id) -> {
            throw new IllegalStateException("connection refused to 10.0.0.7");
        };
        assertThatThrownBy(() -> Open311MappingTest.MAPPING.withGeocoder(down).fromPost(form("address_string", "Javastraat 12"), null))
                .isInstanceOfSatisfying(Open311Exception.class, e -> {
                    assertThat(e.reasons()).containsExactly(Open311Text.ERROR_GEOCODER_FAILED);
                    assertThat(e.errors().get(0).description()).doesNotContain("10.0.0.7");
                    assertThat(e.getCause()).hasMessageContaining("10.0.0.7");
                });
    }

    @Test
    void anAddressIdIsSixteenDigitsOfANummeraanduiding() {
        for (String bad : List.of("545483", "0363010000218908", "036320000021890x", "03632000002189081")) {
            assertThatThrownBy(() -> MAPPING.fromPost(form("address_id", bad), null)).isInstanceOfSatisfying(Open311Exception.class,
                    e -> assertThat(e.reasons()).containsExactly(Open311Text.ERROR_ADDRESS_ID));
            assertThatThrownBy(() -> NummeraanduidingId.parse(bad)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("buurtschouw.open311.error.address-id");
        }
        assertThat(NummeraanduidingId.parse(" 0363200000218908 ")).isEqualTo(JAVASTRAAT_12);
    }

    @Test
    void theBagIdIsTheAddressIdInTheBackOfficeAndNeverInPublic() {
        Spec<ReportCommand, ReportEvent, Report> spec = Open311MappingTest.filed();
        ServiceRequest backOffice = Open311MappingTest.MAPPING.withAddressIds(id -> Optional.of(JAVASTRAAT_12))
                .toServiceRequest(spec.stream(), spec.state());
        assertThat(backOffice.addressId()).isEqualTo("0363200000218908");
        ServiceRequest unknown = Open311MappingTest.MAPPING.toServiceRequest(spec.stream(), spec.state());
        assertThat(unknown.addressId()).isNull();
        ServiceRequest shown = Open311Mapping.defaults().withAddressIds(id -> Optional.of(JAVASTRAAT_12))
                .toServiceRequest(spec.stream(), spec.state());
        assertThat(shown.addressId()).isNull();
        assertThat(Open311FormatTest.FORMAT.requestsXml(List.of(backOffice)))
                .contains("<address_id>0363200000218908</address_id>");
    }
}
