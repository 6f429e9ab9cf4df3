package nl.participatie.examples.buurtschouw;

import nl.participatie.buurtschouw.NeighbourhoodBoundaries;
import nl.participatie.buurtschouw.geojson.BoundariesGeoJson;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;

/**
 * The Indische Buurt in Amsterdam-Oost, where budget monitoring began in 2011: places on the route and simplified,
 * rectangular neighbourhood boundaries (the real ones come from the CBS <i>Wijk- en Buurtkaart</i>; the codes follow
 * the CBS format of the former districts Indische Buurt West, WK036331, and Oost, WK036332).
 */
public final class IndischeBuurt {

    /** Amsterdam. */
    public static final MunicipalityCode AMSTERDAM = MunicipalityCode.parse("GM0363");
    /** Indische Buurt West. */
    public static final NeighbourhoodCode WEST = NeighbourhoodCode.parse("BU03633101");
    /** Indische Buurt Oost. */
    public static final NeighbourhoodCode OOST = NeighbourhoodCode.parse("BU03633201");

    /** The Javaplein. */
    public static final GeoPoint JAVAPLEIN = GeoPoint.of(52.36370, 4.94080);
    /** The Javastraat near the Insulindeweg. */
    public static final GeoPoint JAVASTRAAT = GeoPoint.of(52.36275, 4.93520);
    /** The Balistraat. */
    public static final GeoPoint BALISTRAAT = GeoPoint.of(52.36180, 4.93290);
    /** The Sumatraplantsoen. */
    public static final GeoPoint SUMATRAPLANTSOEN = GeoPoint.of(52.36480, 4.94390);
    /** The Insulindeweg at the Molukkenstraat. */
    public static final GeoPoint INSULINDEWEG = GeoPoint.of(52.36060, 4.94250);

    /** The boundaries as GeoJSON, the way PDOK serves the CBS neighbourhoods (here simplified to rectangles). */
    public static final String BOUNDARIES_GEOJSON = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"buurtcode":"BU03633101","buurtnaam":"Indische Buurt West"},
               "geometry":{"type":"Polygon","coordinates":[[[4.9260,52.3580],[4.9375,52.3580],[4.9375,52.3665],[4.9260,52.3665],[4.9260,52.3580]]]}},
              {"type":"Feature","properties":{"buurtcode":"BU03633201","buurtnaam":"Indische Buurt Oost"},
               "geometry":{"type":"Polygon","coordinates":[[[4.9375,52.3580],[4.9500,52.3580],[4.9500,52.3680],[4.9375,52.3680],[4.9375,52.3580]]]}}]}
            """;

    private IndischeBuurt() {
    }

    /** The neighbourhood boundaries. */
    public static NeighbourhoodBoundaries boundaries() {
        return BoundariesGeoJson.read(BOUNDARIES_GEOJSON, "buurtcode", NeighbourhoodBoundaries.CoordinateSystem.WGS84);
    }
}
