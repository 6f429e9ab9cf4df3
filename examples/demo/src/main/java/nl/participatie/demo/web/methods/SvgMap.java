package nl.participatie.demo.web.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.participatie.core.value.GeoPoint;

/**
 * A map drawn from neighbourhood boundaries as SVG (<i>kaart</i>), without tiles: the boundaries' GeoJSON polygons,
 * projected onto the page with the longitude scaled by the cosine of the middle latitude (close enough for a
 * neighbourhood). Points are placed on the same projection; a click on the map is turned back into coordinates by
 * the page's script with the same numbers ({@link #west}, {@link #north}, {@link #scaleX}, {@link #scaleY}).
 */
public final class SvgMap {

    /** The map's width in SVG units. */
    public static final double WIDTH = 800;

    /** One neighbourhood's outline. */
    public record Area(String code, String name, String points, double labelX, double labelY) {
    }

    /** A point on the map. */
    public record Marker(double x, double y) {
    }

    private final List<Area> areas = new ArrayList<>();
    private final double west;
    private final double north;
    private final double scaleX;
    private final double scaleY;
    private final double height;

    private SvgMap(JsonNode features) {
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (JsonNode f : features) {
            for (JsonNode ring : rings(f.path("geometry"))) {
                for (JsonNode pos : ring) {
                    minLon = Math.min(minLon, pos.get(0).asDouble());
                    maxLon = Math.max(maxLon, pos.get(0).asDouble());
                    minLat = Math.min(minLat, pos.get(1).asDouble());
                    maxLat = Math.max(maxLat, pos.get(1).asDouble());
                }
            }
        }
        double marginLon = (maxLon - minLon) * 0.03;
        double marginLat = (maxLat - minLat) * 0.03;
        west = minLon - marginLon;
        north = maxLat + marginLat;
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        scaleX = WIDTH / ((maxLon - minLon + 2 * marginLon));
        scaleY = scaleX / cos;
        height = (maxLat - minLat + 2 * marginLat) * scaleY;
        for (JsonNode f : features) {
            StringBuilder points = new StringBuilder();
            double sx = 0, sy = 0;
            int n = 0;
            for (JsonNode ring : rings(f.path("geometry"))) {
                for (JsonNode pos : ring) {
                    Marker m = place(pos.get(1).asDouble(), pos.get(0).asDouble());
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", m.x(), m.y()));
                    sx += m.x();
                    sy += m.y();
                    n++;
                }
                break; // the outer ring
            }
            JsonNode props = f.path("properties");
            areas.add(new Area(props.path("buurtcode").asText(), props.path("buurtnaam").asText(props.path("buurtcode").asText()),
                    points.toString().trim(), n == 0 ? 0 : sx / n, n == 0 ? 0 : sy / n));
        }
    }

    /** The map of a GeoJSON FeatureCollection of (multi)polygons, named by {@code buurtcode} and {@code buurtnaam}. */
    public static SvgMap of(String geojson) {
        try {
            return new SvgMap(new ObjectMapper().readTree(geojson).path("features"));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the boundaries are no GeoJSON", e);
        }
    }

    private static List<JsonNode> rings(JsonNode geometry) {
        List<JsonNode> out = new ArrayList<>();
        if ("Polygon".equals(geometry.path("type").asText())) {
            geometry.path("coordinates").forEach(out::add);
        } else if ("MultiPolygon".equals(geometry.path("type").asText())) {
            geometry.path("coordinates").forEach(polygon -> polygon.forEach(out::add));
        }
        return out;
    }

    /** Where a position is on the map. */
    public Marker place(double lat, double lon) {
        return new Marker((lon - west) * scaleX, (north - lat) * scaleY);
    }

    /** Where a point is on the map. */
    public Marker place(GeoPoint point) {
        return place(point.latitude(), point.longitude());
    }

    public List<Area> areas() {
        return areas;
    }

    public double width() {
        return WIDTH;
    }

    public double height() {
        return height;
    }

    public double west() {
        return west;
    }

    public double north() {
        return north;
    }

    public double scaleX() {
        return scaleX;
    }

    public double scaleY() {
        return scaleY;
    }
}
