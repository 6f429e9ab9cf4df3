package nl.participatie.core.value;

import nl.participatie.core.API;

/**
 * A point in the Dutch national grid, RD New (EPSG:28992), in metres (<i>Rijksdriehoekscoördinaat</i>,
 * <i>RD-coördinaat</i>): what the base registrations (BAG, BGT) and municipal maps use. {@code x} grows to the east,
 * {@code y} to the north; the origin of the conversion is the Onze Lieve Vrouwetoren in Amersfoort at
 * (155000, 463000).
 *
 * <p>A point must be finite and within the area of use of RD New: x from -7 000 to 300 000 m, y from 289 000 to
 * 629 000 m ({@code rdPoint.invalid}). {@link #toWgs84()} converts with the approximation polynomials of
 * Schreutelkamp &amp; Strang van Hees (2001), good to well under a metre, and only within their validity area,
 * x 0 to 280 km and y 300 to 625 km ({@code rdPoint.outside-conversion-area}). The exact official transformation,
 * RDNAPTRANS™, is out of scope.
 *
 * @param x easting in metres
 * @param y northing in metres
 */
@API(status = API.Status.STABLE)
public record RdPoint(double x, double y) {

    /** Easting of the reference point (Amersfoort), in metres. */
    static final double X0 = 155000;
    /** Northing of the reference point (Amersfoort), in metres. */
    static final double Y0 = 463000;
    /** Latitude of the reference point (Amersfoort), in degrees. */
    static final double PHI0 = 52.15517440;
    /** Longitude of the reference point (Amersfoort), in degrees. */
    static final double LAMBDA0 = 5.38720621;

    /** Validity area of the polynomials, in metres. */
    static final double MIN_X = 0;
    static final double MAX_X = 280_000;
    static final double MIN_Y = 300_000;
    static final double MAX_Y = 625_000;

    /** Kpq: {p, q, K} with p the exponent of dX and q of dY; the result is in arc seconds of latitude. */
    private static final double[][] K = {
        {0, 1, 3235.65389},
        {2, 0, -32.58297},
        {0, 2, -0.24750},
        {2, 1, -0.84978},
        {0, 3, -0.06550},
        {2, 2, -0.01709},
        {1, 0, -0.00738},
        {4, 0, 0.00530},
        {2, 3, -0.00039},
        {4, 1, 0.00033},
        {1, 1, -0.00012},
    };

    /** Lpq: {p, q, L} with p the exponent of dX and q of dY; the result is in arc seconds of longitude. */
    private static final double[][] L = {
        {1, 0, 5260.52916},
        {1, 1, 105.94684},
        {1, 2, 2.45656},
        {3, 0, -0.81885},
        {1, 3, 0.05594},
        {3, 1, -0.05607},
        {0, 1, 0.01199},
        {3, 2, -0.00256},
        {1, 4, 0.00128},
        {0, 2, 0.00022},
        {2, 0, -0.00022},
        {5, 0, 0.00026},
    };

    public RdPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y) || x < -7_000 || x > 300_000 || y < 289_000 || y > 629_000) {
            throw new InvalidValueException("rdPoint.invalid", text(x, y));
        }
    }

    /** The point with the given easting and northing in metres. */
    public static RdPoint of(double x, double y) {
        return new RdPoint(x, y);
    }

    /** Whether the conversion polynomials may be used here: x 0 to 280 km, y 300 to 625 km. */
    public boolean isInConversionArea() {
        return x >= MIN_X && x <= MAX_X && y >= MIN_Y && y <= MAX_Y;
    }

    /**
     * The same place in WGS84 latitude and longitude, with the polynomials of Schreutelkamp &amp; Strang van Hees;
     * well under a metre off on Dutch land.
     *
     * @throws InvalidValueException {@code rdPoint.outside-conversion-area} outside x 0 to 280 km, y 300 to 625 km
     */
    public GeoPoint toWgs84() {
        if (!isInConversionArea()) {
            throw new InvalidValueException("rdPoint.outside-conversion-area", text(x, y));
        }
        double dx = 1e-5 * (x - X0);
        double dy = 1e-5 * (y - Y0);
        double latitude = PHI0 + sum(K, dx, dy) / 3600;
        double longitude = LAMBDA0 + sum(L, dx, dy) / 3600;
        return new GeoPoint(latitude, longitude);
    }

    /** Σ c·a^p·b^q over the rows {p, q, c}. */
    static double sum(double[][] terms, double a, double b) {
        double total = 0;
        for (double[] t : terms) {
            total += t[2] * Math.pow(a, t[0]) * Math.pow(b, t[1]);
        }
        return total;
    }

    static String text(double x, double y) {
        return "(" + x + ", " + y + ")";
    }
}
