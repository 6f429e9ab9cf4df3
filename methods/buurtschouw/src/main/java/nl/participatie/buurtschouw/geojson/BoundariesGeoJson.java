package nl.participatie.buurtschouw.geojson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import nl.participatie.buurtschouw.NeighbourhoodBoundaries;
import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.NeighbourhoodCode;

/**
 * Reads neighbourhood boundaries from a GeoJSON FeatureCollection (<i>buurtgrenzen uit GeoJSON</i>), such as the CBS
 * <i>Wijk- en Buurtkaart</i> from PDOK: every feature with a Polygon or MultiPolygon geometry and the neighbourhood
 * code in a property (CBS calls it {@code buurtcode}). RFC 7946 GeoJSON is WGS84; the RD New coordinates of a CBS
 * download are read with {@link NeighbourhoodBoundaries.CoordinateSystem#RD_NEW}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BoundariesGeoJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxDocumentLength(200_000_000L).build())
            .build()).build();

    private BoundariesGeoJson() {
    }

    /**
     * The boundaries in a FeatureCollection.
     *
     * @param geojson      the document
     * @param codeProperty the property with the neighbourhood code, e.g. {@code buurtcode}
     * @param system       the coordinates of the document
     * @throws IllegalArgumentException when the document is no FeatureCollection or has no features, a feature lacks a
     *                                  valid code, or a geometry is no valid (multi)polygon
     */
    public static NeighbourhoodBoundaries read(String geojson, String codeProperty, NeighbourhoodBoundaries.CoordinateSystem system) {
        JsonNode root;
        try {
            root = MAPPER.readTree(geojson);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a GeoJSON document: " + e.getMessage(), e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new IllegalArgumentException("Not a GeoJSON FeatureCollection");
        }
        NeighbourhoodBoundaries.Builder builder = NeighbourhoodBoundaries.builder(system);
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            String where = "features[" + index++ + "]";
            String code = feature.path("properties").path(codeProperty).asText(null);
            NeighbourhoodCode neighbourhood;
            try {
                neighbourhood = NeighbourhoodCode.parse(code);
            } catch (InvalidValueException e) {
                throw new IllegalArgumentException(where + ": property '" + codeProperty + "' is no neighbourhood code: " + code, e);
            }
            try {
                builder.add(neighbourhood, polygons(feature.path("geometry"), where));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        if (index == 0) {
            // The builder refuses to build nothing with an IllegalStateException; for a document that is bad input.
            throw new IllegalArgumentException("Not a GeoJSON FeatureCollection with features");
        }
        return builder.build();
    }

    /** The polygons of a Polygon or MultiPolygon, as lists of rings of [x, y] positions. */
    private static List<List<List<double[]>>> polygons(JsonNode geometry, String where) {
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            return List.of(polygon(coordinates, where));
        }
        if ("MultiPolygon".equals(type)) {
            List<List<List<double[]>>> parts = new ArrayList<>();
            for (JsonNode part : coordinates) {
                parts.add(polygon(part, where));
            }
            return parts;
        }
        throw new IllegalArgumentException(where + ": geometry must be a Polygon or MultiPolygon, was " + type);
    }

    private static List<List<double[]>> polygon(JsonNode rings, String where) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException(where + ": a polygon needs at least one ring");
        }
        List<List<double[]>> out = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<double[]> positions = new ArrayList<>();
            for (JsonNode p : ring) {
                if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                    throw new IllegalArgumentException(where + ": a position must be [x, y]");
                }
                positions.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
            }
            out.add(positions);
        }
        return out;
    }
}
