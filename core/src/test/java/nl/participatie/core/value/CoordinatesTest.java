package nl.participatie.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import org.junit.jupiter.api.Test;

/** REFERENCE.md §4: RD New (EPSG:28992) and WGS84, with the polynomials of Schreutelkamp & Strang van Hees. */
class CoordinatesTest {

    private static final GeoPoint AMSTERDAM = GeoPoint.of(52.37422, 4.89801);
    private static final GeoPoint ROTTERDAM = GeoPoint.of(51.92183, 4.47959);

    @Test
    void the_origin_amersfoort_converts_exactly() {
        GeoPoint origin = RdPoint.of(155000, 463000).toWgs84();
        assertThat(origin.latitude()).isEqualTo(52.15517440);
        assertThat(origin.longitude()).isEqualTo(5.38720621);
        RdPoint back = GeoPoint.of(52.15517440, 5.38720621).toRd();
        assertThat(back.x()).isEqualTo(155000);
        assertThat(back.y()).isEqualTo(463000);
    }

    @Test
    void amsterdam_and_rotterdam_within_a_metre() {
        assertThat(RdPoint.of(121687, 487484).toWgs84().distanceMetres(AMSTERDAM)).isLessThan(1.0);
        assertThat(RdPoint.of(92565, 437428).toWgs84().distanceMetres(ROTTERDAM)).isLessThan(1.0);
        RdPoint amsterdam = AMSTERDAM.toRd();
        RdPoint rotterdam = ROTTERDAM.toRd();
        assertThat(Math.hypot(amsterdam.x() - 121687, amsterdam.y() - 487484)).isLessThan(1.0);
        assertThat(Math.hypot(rotterdam.x() - 92565, rotterdam.y() - 437428)).isLessThan(1.0);
    }

    @Test
    void conversions_refuse_points_outside_the_validity_area() {
        assertThatThrownBy(() -> RdPoint.of(-1, 463000).toWgs84()).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("rdPoint.outside-conversion-area"));
        assertThatThrownBy(() -> RdPoint.of(155000, 626000).toWgs84()).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("rdPoint.outside-conversion-area"));
        assertThatThrownBy(() -> RdPoint.of(280001, 463000).toWgs84()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RdPoint.of(155000, 299999).toWgs84()).isInstanceOf(InvalidValueException.class);
        assertThat(RdPoint.of(280000, 625000).isInConversionArea()).isTrue();
        assertThat(RdPoint.of(-5000, 300000).isInConversionArea()).isFalse();
        // Paris, London, the southern hemisphere; inside the rough box but outside the RD area: Liège (y below
        // 300 km), the North Sea west of x 0, Germany east of x 280 km
        for (GeoPoint outside : new GeoPoint[] {GeoPoint.of(48.8566, 2.3522), GeoPoint.of(51.5074, -0.1278),
                GeoPoint.of(-52.15, 5.38), GeoPoint.of(50.6326, 5.5797), GeoPoint.of(52.0, 3.05), GeoPoint.of(52.0, 7.25)}) {
            assertThatThrownBy(outside::toRd).as(outside.toString()).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.code()).isEqualTo("geoPoint.outside-conversion-area"));
        }
    }

    @Test
    void points_validate_their_ranges() {
        for (double[] bad : new double[][] {{Double.NaN, 5}, {52, Double.NaN}, {Double.POSITIVE_INFINITY, 5}, {91, 5},
                {-90.5, 5}, {52, 180.1}, {52, Double.NEGATIVE_INFINITY}}) {
            assertThatThrownBy(() -> GeoPoint.of(bad[0], bad[1])).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.code()).isEqualTo("geoPoint.invalid"));
        }
        for (double[] bad : new double[][] {{Double.NaN, 463000}, {155000, Double.POSITIVE_INFINITY}, {-7001, 463000},
                {300001, 463000}, {155000, 288999}, {155000, 629001}}) {
            assertThatThrownBy(() -> RdPoint.of(bad[0], bad[1])).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.code()).isEqualTo("rdPoint.invalid"));
        }
        assertThat(GeoPoint.of(-90, -180)).isNotNull();
        assertThat(GeoPoint.of(90, 180)).isNotNull();
    }

    @Test
    void haversine_distance() {
        assertThat(AMSTERDAM.distanceMetres(AMSTERDAM)).isZero();
        // Amsterdam - Rotterdam in the RD grid is 57.9 km; the sphere agrees within the documented 0.5 %.
        double grid = Math.hypot(121687 - 92565, 487484 - 437428);
        assertThat(AMSTERDAM.distanceMetres(ROTTERDAM)).isCloseTo(grid, within(grid * 0.005));
        assertThat(AMSTERDAM.distanceMetres(ROTTERDAM)).isEqualTo(ROTTERDAM.distanceMetres(AMSTERDAM));
        // a quarter meridian on the mean sphere
        assertThat(GeoPoint.of(0, 0).distanceMetres(GeoPoint.of(90, 0))).isCloseTo(Math.PI / 2 * 6_371_008.8, within(0.01));
        // RD is a conformal grid in metres: near the origin the two distances agree closely
        RdPoint a = RdPoint.of(150000, 460000);
        RdPoint b = RdPoint.of(151000, 461000);
        assertThat(a.toWgs84().distanceMetres(b.toWgs84())).isCloseTo(Math.hypot(1000, 1000), within(5.0));
    }

    @Property(tries = 500)
    void round_trip_rd_wgs84_rd_within_a_metre(@ForAll @DoubleRange(min = 0, max = 280_000) double x,
                                               @ForAll @DoubleRange(min = 300_000, max = 625_000) double y) {
        RdPoint point = RdPoint.of(x, y);
        RdPoint back = point.toWgs84().toRd();
        assertThat(Math.hypot(back.x() - x, back.y() - y)).isLessThan(1.0);
    }

    @Test
    void round_trip_over_a_regular_grid_including_the_edges() {
        for (int x = 0; x <= 280_000; x += 10_000) {
            for (int y = 300_000; y <= 625_000; y += 12_500) {
                RdPoint back = RdPoint.of(x, y).toWgs84().toRd();
                assertThat(Math.hypot(back.x() - x, back.y() - y)).as("(%d, %d)", x, y).isLessThan(1.0);
            }
        }
    }

    @Test
    void anRdPointOnTheEdgeOfTheNetherlandsBoxIsAcceptedAndOneMetreOutsideIsNot() {
        assertThat(RdPoint.of(-7_000, 289_000)).isEqualTo(new RdPoint(-7_000, 289_000));
        assertThat(RdPoint.of(300_000, 629_000)).isEqualTo(new RdPoint(300_000, 629_000));
        assertThatThrownBy(() -> RdPoint.of(-7_001, 400_000)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RdPoint.of(300_001, 400_000)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RdPoint.of(100_000, 288_999)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RdPoint.of(100_000, 629_001)).isInstanceOf(InvalidValueException.class);
    }
}
