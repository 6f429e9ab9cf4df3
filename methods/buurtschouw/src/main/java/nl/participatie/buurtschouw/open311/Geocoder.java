package nl.participatie.buurtschouw.open311;

import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.Postcode;

/**
 * Finds where an address is (<i>adres opzoeken</i>, geocoding), for a POST that gives {@code address_string} or
 * {@code address_id} and no {@code lat}/{@code long}. The vendor provides it, for example on the BAG's address
 * lookup (PDOK Locatieserver) or its own copy of the register, and gives it to
 * {@link Open311Mapping#withGeocoder}. Without one, such a POST is refused with
 * {@link Open311Text#ERROR_NO_GEOCODER}. The library never calls it for a POST that has coordinates.
 */
@API(status = API.Status.EXPERIMENTAL)
@FunctionalInterface
public interface Geocoder {

    /**
     * Where the address is.
     *
     * @param addressString what the resident typed, or {@code null}
     * @param addressId     the BAG address, or {@code null}; at least one of the two is given
     * @return the place, or empty when the address is not known; an exception is answered as a passing failure
     */
    Optional<Geocoded> locate(String addressString, NummeraanduidingId addressId);

    /**
     * A located address (<i>gevonden adres</i>).
     *
     * @param location  where it is, WGS84; required
     * @param address   the register's way of writing the address, or {@code null}
     * @param postcode  its postcode, or {@code null}
     * @param addressId its BAG nummeraanduiding, or {@code null} when the register does not know one
     */
    record Geocoded(GeoPoint location, String address, Postcode postcode, NummeraanduidingId addressId) {
        public Geocoded {
            if (location == null) {
                throw new IllegalArgumentException("A located address needs its location");
            }
        }
    }
}
