package nl.participatie.core.value;

import nl.participatie.core.API;

/**
 * A place on earth in WGS84 latitude and longitude, in decimal degrees (<i>coördinaat</i>, <i>GPS-positie</i>):
 * what apps, phones and Open311 use. Latitude is from -90 to 90, longitude from -180 to 180; NaN and infinity are
 * refused ({@code geoPoint.invalid}).
 *
 * <p>{@link #toRd()} converts to the Dutch grid {@link RdPoint RD New} with the approximation polynomials of
 * Schreutelkamp &amp; Strang van Hees (2001), only within the Netherlands: the point must lie in the box latitude
 * {@value #MIN_LATITUDE} to {@value #MAX_LATITUDE}, longitude {@value #MIN_LONGITUDE} to {@value #MAX_LONGITUDE},
 * and its RD coordinates in the validity area of the polynomials (x 0 to 280 km, y 300 to 625 km, with
 * {@value #EDGE_TOLERANCE_METRES} m allowed for the error of the polynomials at its edge), else
 * {@code geoPoint.outside-conversion-area}.
 *
 * @param latitude  degrees north of the equator, -90 to 90
 * @param longitude degrees east of Greenwich, -180 to 180
 */
@API(status = API.Status.STABLE)
public record GeoPoint(double latitude, double longitude) {

    /** South edge of the box in which {@link #toRd()} is tried, in degrees. */
    public static final double MIN_LATITUDE = 50.6;
    /** North edge of the box in which {@link #toRd()} is tried, in degrees. */
    public static final double MAX_LATITUDE = 53.7;
    /** West edge of the box in which {@link #toRd()} is tried, in degrees. */
    public static final double MIN_LONGITUDE = 3.0;
    /** East edge of the box in which {@link #toRd()} is tried, in degrees. */
    public static final double MAX_LONGITUDE = 7.3;
    /** How far outside the RD validity area a converted point may fall, in metres. */
    public static final double EDGE_TOLERANCE_METRES = 1.0;

    /**
     * This point moved to the centre of its cell in a square grid of {@code gridMetres}: what public exports show
     * instead of an exact location, so that a point does not single out one house. In the Netherlands the grid is
     * the RD grid (cells of exactly {@code gridMetres}); elsewhere the grid is in degrees of about that size.
     *
     * @param gridMetres the cell size, 1 to 100,000 metres
     */
    public GeoPoint coarsened(int gridMetres) {
        requireGrid(gridMetres);
        try {
            RdPoint rd = toRd();
            return RdPoint.of(cellCentre(rd.x(), gridMetres), cellCentre(rd.y(), gridMetres)).toWgs84();
        } catch (InvalidValueException outsideTheNetherlands) {
            // Not on the RD grid (or its cell centre falls just outside it): a grid in degrees instead.
        }
        double step = gridMetres / 111_320.0;
        return new GeoPoint(Math.max(-90, Math.min(90, cellCentre(latitude, step))),
                Math.max(-180, Math.min(180, cellCentre(longitude, step))));
    }

    /**
     * The grid size for {@link #coarsened}, checked: 1 to 100,000 metres, else {@code geoPoint.grid.invalid}. For an
     * export that takes its grid once and coarsens many points.
     */
    public static int requireGrid(int gridMetres) {
        if (gridMetres < 1 || gridMetres > 100_000) {
            throw new InvalidValueException("geoPoint.grid.invalid", gridMetres);
        }
        return gridMetres;
    }

    private static double cellCentre(double value, double size) {
        return (Math.floor(value / size) + 0.5) * size;
    }

    /** Mean radius of the earth (IUGG), in metres. */
    private static final double EARTH_RADIUS = 6_371_008.8;

    /** Rpq: {p, q, R} with p the exponent of dφ and q of dλ; the result is in metres. */
    private static final double[][] R = {
        {0, 1, 190094.945},
        {1, 1, -11832.228},
        {2, 1, -114.221},
        {0, 3, -32.391},
        {1, 0, -0.705},
        {3, 1, -2.340},
        {1, 3, -0.608},
        {0, 2, -0.008},
        {2, 3, 0.148},
    };

    /** Spq: {p, q, S} with p the exponent of dφ and q of dλ; the result is in metres. */
    private static final double[][] S = {
        {1, 0, 309056.544},
        {0, 2, 3638.893},
        {2, 0, 73.077},
        {1, 2, -157.984},
        {3, 0, 59.788},
        {0, 1, 0.433},
        {2, 2, -6.439},
        {1, 1, -0.032},
        {0, 4, 0.092},
        {1, 4, -0.054},
    };

    public GeoPoint {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude)
                || latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new InvalidValueException("geoPoint.invalid", text(latitude, longitude));
        }
    }

    /** The point at the given latitude and longitude in degrees. */
    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }

    /**
     * The same place in RD New, with the polynomials of Schreutelkamp &amp; Strang van Hees; well under a metre off
     * on Dutch land.
     *
     * @throws InvalidValueException {@code geoPoint.outside-conversion-area} outside the Netherlands, see the class
     */
    public RdPoint toRd() {
        if (latitude < MIN_LATITUDE || latitude > MAX_LATITUDE || longitude < MIN_LONGITUDE || longitude > MAX_LONGITUDE) {
            throw new InvalidValueException("geoPoint.outside-conversion-area", text(latitude, longitude));
        }
        double dPhi = 0.36 * (latitude - RdPoint.PHI0);
        double dLambda = 0.36 * (longitude - RdPoint.LAMBDA0);
        double x = RdPoint.X0 + RdPoint.sum(R, dPhi, dLambda);
        double y = RdPoint.Y0 + RdPoint.sum(S, dPhi, dLambda);
        if (x < RdPoint.MIN_X - EDGE_TOLERANCE_METRES || x > RdPoint.MAX_X + EDGE_TOLERANCE_METRES
                || y < RdPoint.MIN_Y - EDGE_TOLERANCE_METRES || y > RdPoint.MAX_Y + EDGE_TOLERANCE_METRES) {
            throw new InvalidValueException("geoPoint.outside-conversion-area", text(latitude, longitude));
        }
        return new RdPoint(x, y);
    }

    /**
     * The great-circle distance to another point in metres, by the haversine formula on a sphere of the mean earth
     * radius (6 371 008.8 m). The sphere differs from the WGS84 ellipsoid by up to about 0.5 % of the distance
     * (some 5 m per kilometre); good for "within 500 m of" questions, not for surveying.
     */
    public double distanceMetres(GeoPoint other) {
        InvalidValueException.requireNonNull(other, "other");
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static String text(double latitude, double longitude) {
        return "(" + latitude + ", " + longitude + ")";
    }
}
