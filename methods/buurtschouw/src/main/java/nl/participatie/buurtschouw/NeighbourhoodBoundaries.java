package nl.participatie.buurtschouw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import nl.participatie.core.API;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.RdPoint;

/**
 * The municipality's neighbourhood boundaries (<i>buurtgrenzen</i>, from the CBS <i>Wijk- en Buurtkaart</i>), to
 * derive the neighbourhood of a report from its location: point in polygon with JTS, through an R-tree of the
 * polygons' envelopes and an indexed locator per polygon, so a lookup costs about log(n) plus one polygon test.
 * A point on a boundary belongs to the neighbourhood; where polygons overlap, the one added first wins.
 *
 * <p>Polygons are given in WGS84 (x = longitude, y = latitude, as in WKT and GeoJSON) or in RD New (metres, as CBS
 * publishes them). Immutable and thread-safe once built.
 *
 * <pre>{@code
 * NeighbourhoodBoundaries boundaries = NeighbourhoodBoundaries.builder(CoordinateSystem.RD_NEW)
 *     .add(NeighbourhoodCode.parse("BU03633101"), "POLYGON ((122000 487000, 122600 487000, ...))")
 *     .build();
 * Optional<NeighbourhoodCode> where = boundaries.neighbourhoodOf(GeoPoint.of(52.3626, 4.9378));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class NeighbourhoodBoundaries {

    /** The coordinates the polygons are given in (<i>coördinatenstelsel</i>). */
    public enum CoordinateSystem {
        /** WGS84 degrees, x = longitude, y = latitude. */
        WGS84,
        /** RD New (EPSG:28992), metres. */
        RD_NEW
    }

    private final CoordinateSystem system;
    private final List<NeighbourhoodCode> codes;
    private final List<IndexedPointInAreaLocator> locators;
    private final STRtree index;

    private NeighbourhoodBoundaries(CoordinateSystem system, Map<NeighbourhoodCode, Geometry> polygons) {
        this.system = system;
        this.codes = List.copyOf(polygons.keySet());
        this.locators = new ArrayList<>(codes.size());
        this.index = new STRtree();
        int i = 0;
        for (Geometry polygon : polygons.values()) {
            locators.add(new IndexedPointInAreaLocator(polygon));
            index.insert(polygon.getEnvelopeInternal(), i++);
        }
        index.build();
    }

    /** Starts a set of boundaries in the given coordinate system. */
    public static Builder builder(CoordinateSystem system) {
        return new Builder(system);
    }

    /** The neighbourhood the point lies in, if it lies in one. */
    public Optional<NeighbourhoodCode> neighbourhoodOf(GeoPoint point) {
        InvalidValueException.requireNonNull(point, "point");
        Coordinate c;
        if (system == CoordinateSystem.WGS84) {
            c = new Coordinate(point.longitude(), point.latitude());
        } else {
            RdPoint rd;
            try {
                rd = point.toRd();
            } catch (InvalidValueException outside) {
                return Optional.empty();
            }
            c = new Coordinate(rd.x(), rd.y());
        }
        List<?> candidates = index.query(new Envelope(c));
        int best = Integer.MAX_VALUE;
        for (Object o : candidates) {
            int i = (Integer) o;
            if (i < best && locators.get(i).locate(c) != Location.EXTERIOR) {
                best = i;
            }
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(codes.get(best));
    }

    /** The neighbourhoods, in the order they were added. */
    public List<NeighbourhoodCode> codes() {
        return codes;
    }

    /** The coordinate system of the polygons. */
    public CoordinateSystem coordinateSystem() {
        return system;
    }

    /** Collects polygons; {@link #build()} indexes them. */
    public static final class Builder {
        private final CoordinateSystem system;
        private final Map<NeighbourhoodCode, Geometry> polygons = new LinkedHashMap<>();
        private static final GeometryFactory GEOMETRY = new GeometryFactory();
        private final WKTReader wkt = new WKTReader(GEOMETRY);

        private Builder(CoordinateSystem system) {
            this.system = Objects.requireNonNull(system, "system");
        }

        /**
         * Adds a neighbourhood as WKT {@code POLYGON} or {@code MULTIPOLYGON}.
         *
         * @throws IllegalArgumentException when the text is no valid polygon, or the code was added before
         */
        public Builder add(NeighbourhoodCode code, String polygonWkt) {
            Objects.requireNonNull(polygonWkt, "polygonWkt");
            try {
                return add(code, wkt.read(polygonWkt));
            } catch (ParseException e) {
                throw new IllegalArgumentException("Boundary of " + code + " is no valid WKT: " + e.getMessage(), e);
            }
        }

        /**
         * Adds a neighbourhood as one or more polygons, in this builder's coordinate system: each polygon a list of
         * rings, the outer ring first, then its holes; each ring a closed list of {@code [x, y]} positions
         * ({@code [longitude, latitude]} in WGS84), as GeoJSON writes them.
         *
         * @throws IllegalArgumentException when a ring is not closed or too short, the shape is not valid, or the code
         *                                  was added before
         */
        public Builder add(NeighbourhoodCode code, List<List<List<double[]>>> polygons) {
            Objects.requireNonNull(polygons, "polygons");
            Polygon[] parts = new Polygon[polygons.size()];
            for (int i = 0; i < parts.length; i++) {
                List<List<double[]>> rings = polygons.get(i);
                if (rings.isEmpty()) {
                    throw new IllegalArgumentException("Boundary of " + code + ": a polygon needs at least one ring");
                }
                LinearRing[] holes = new LinearRing[rings.size() - 1];
                for (int h = 1; h < rings.size(); h++) {
                    holes[h - 1] = ring(code, rings.get(h));
                }
                parts[i] = GEOMETRY.createPolygon(ring(code, rings.get(0)), holes);
            }
            return add(code, parts.length == 1 ? parts[0] : GEOMETRY.createMultiPolygon(parts));
        }

        private static LinearRing ring(NeighbourhoodCode code, List<double[]> positions) {
            Coordinate[] ring = new Coordinate[positions.size()];
            for (int i = 0; i < ring.length; i++) {
                double[] p = positions.get(i);
                if (p == null || p.length < 2) {
                    throw new IllegalArgumentException("Boundary of " + code + ": a position must be [x, y]");
                }
                ring[i] = new Coordinate(p[0], p[1]);
            }
            try {
                return GEOMETRY.createLinearRing(ring);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Boundary of " + code + ": " + e.getMessage(), e);
            }
        }

        // JTS stays inside this class: the public builder speaks WKT and positions only.
        private Builder add(NeighbourhoodCode code, Geometry polygon) {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(polygon, "polygon");
            if (!(polygon instanceof Polygonal) || polygon.isEmpty()) {
                throw new IllegalArgumentException("Boundary of " + code + " must be a (multi)polygon, was " + polygon.getGeometryType());
            }
            if (!polygon.isValid()) {
                throw new IllegalArgumentException("Boundary of " + code + " is not a valid polygon (self-intersecting?)");
            }
            if (polygons.putIfAbsent(code, polygon) != null) {
                throw new IllegalArgumentException("Boundary of " + code + " was added twice");
            }
            return this;
        }

        /** Indexes the polygons. */
        public NeighbourhoodBoundaries build() {
            if (polygons.isEmpty()) {
                throw new IllegalStateException("No neighbourhood boundaries were added");
            }
            return new NeighbourhoodBoundaries(system, polygons);
        }
    }
}
