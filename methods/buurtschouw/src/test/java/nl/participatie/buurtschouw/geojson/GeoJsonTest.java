package nl.participatie.buurtschouw.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.NeighbourhoodBoundaries;
import nl.participatie.buurtschouw.QualityLevel;
import nl.participatie.buurtschouw.QualityScore;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.buurtschouw.analysis.ReportSummary;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.NeighbourhoodCode;

/** GeoJSON out (reports) and in (boundaries). */
class GeoJsonTest {

    static final Instant T = Instant.parse("2026-05-09T08:00:00Z");

    @Test
    void aFeatureCollectionWithLongitudeFirstAndOnlyPublicProperties() throws Exception {
        ReportSummary assessment = new ReportSummary("buurtschouw.report/r-1", ReportKind.QUALITY_ASSESSMENT,
                CategoryCode.of("openbaar-groen-en-water", "boom"), Theme.GREEN, ReportStep.CANCELLED, NeighbourhoodCode.parse("BU03633101"),
                52.3626, 4.9378, T, null, T.plusSeconds(60), T.plusSeconds(86400), new QualityScore(Theme.GREEN, QualityLevel.C, QualityLevel.A),
                "buurtschouw.campaign/c-1", 0);
        ReportSummary unknown = new ReportSummary("r-2", ReportKind.PROBLEM, CategoryCode.of("eigen", "categorie"), Theme.of("eigen"),
                ReportStep.REPORTED, null, 52.123456789, 4.987654321, T, null, null, T, null, null, 3);
        String compact = ReportsGeoJson.defaults().featureCollection(List.of(assessment, unknown), false);
        JsonNode root = new ObjectMapper().readTree(compact);
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode first = root.get("features").get(0);
        GeoPoint cell = GeoPoint.of(52.3626, 4.9378).coarsened(ReportsGeoJson.DEFAULT_GRID_METRES);
        assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).as("longitude first, on the 100 m grid")
                .isCloseTo(cell.longitude(), org.assertj.core.data.Offset.offset(0.0000005));
        assertThat(first.get("geometry").get("coordinates").get(1).asDouble())
                .isCloseTo(cell.latitude(), org.assertj.core.data.Offset.offset(0.0000005));
        assertThat(cell.distanceMetres(GeoPoint.of(52.3626, 4.9378))).isGreaterThan(1);
        assertThat(first.get("properties").get("signalenState").asText()).isEqualTo("a");
        assertThat(first.get("properties").get("open311Status").asText()).isEqualTo("closed");
        assertThat(first.get("properties").get("categoryName").asText()).isEqualTo("Boom");
        assertThat(first.get("properties").get("quality").get("meetsTarget").asBoolean()).isFalse();
        JsonNode second = root.get("features").get(1);
        assertThat(second.get("geometry").get("coordinates").toString()).as("6 decimals").matches("\\[4\\.\\d{1,6},52\\.\\d{1,6}]");
        assertThat(second.get("properties").get("categoryName").asText()).isEqualTo("categorie");
        assertThat(second.get("properties").get("neighbourhood").isNull()).isTrue();
        assertThat(second.get("properties").has("quality")).isFalse();
        ReportSummary erased = new ReportSummary("r-3", ReportKind.PROBLEM, CategoryCode.of("eigen", "categorie"), Theme.of("eigen"),
                ReportStep.REPORTED, null, null, null, T, null, null, T, null, null, 0);
        JsonNode unlocated = new ObjectMapper().readTree(ReportsGeoJson.defaults().featureCollection(List.of(erased), false))
                .get("features").get(0);
        assertThat(unlocated.get("geometry").isNull()).as("RFC 7946: an unlocated feature").isTrue();
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        ReportsGeoJson.defaults().write(List.of(assessment, unknown), streamed);
        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(compact);
    }

    static final String BOUNDARIES = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"buurtcode":"BU03633101","buurtnaam":"Indische Buurt West"},
               "geometry":{"type":"Polygon","coordinates":[[[4.928,52.362],[4.936,52.362],[4.936,52.366],[4.928,52.366],[4.928,52.362]],
                 [[4.930,52.363],[4.931,52.363],[4.931,52.364],[4.930,52.364],[4.930,52.363]]]}},
              {"type":"Feature","properties":{"buurtcode":"bu03633201"},
               "geometry":{"type":"MultiPolygon","coordinates":[[[[4.936,52.358],[4.948,52.358],[4.948,52.368],[4.936,52.368],[4.936,52.358]]],
                 [[[5.0,52.0],[5.1,52.0],[5.1,52.1],[5.0,52.0]]]]}}]}
            """;

    @Test
    void boundariesAreReadFromGeoJson() {
        NeighbourhoodBoundaries boundaries = BoundariesGeoJson.read(BOUNDARIES, "buurtcode", NeighbourhoodBoundaries.CoordinateSystem.WGS84);
        assertThat(boundaries.codes()).extracting(NeighbourhoodCode::value).containsExactly("BU03633101", "BU03633201");
        assertThat(boundaries.neighbourhoodOf(GeoPoint.of(52.3650, 4.9330))).contains(NeighbourhoodCode.parse("BU03633101"));
        assertThat(boundaries.neighbourhoodOf(GeoPoint.of(52.3635, 4.9305))).as("in the hole").isEmpty();
        assertThat(boundaries.neighbourhoodOf(GeoPoint.of(52.36, 4.94))).contains(NeighbourhoodCode.parse("BU03633201"));
        assertThat(boundaries.neighbourhoodOf(GeoPoint.of(52.02, 5.08))).as("second part, a triangle").contains(NeighbourhoodCode.parse("BU03633201"));
        assertThat(boundaries.neighbourhoodOf(GeoPoint.of(52.364, 4.936))).as("on the shared edge: the first added")
                .contains(NeighbourhoodCode.parse("BU03633101"));
    }

    @Test
    void badBoundariesAreRefusedClearly() {
        assertThatThrownBy(() -> BoundariesGeoJson.read("{\"type\":\"Feature\"}", "buurtcode", NeighbourhoodBoundaries.CoordinateSystem.WGS84))
                .hasMessageContaining("FeatureCollection");
        assertThatThrownBy(() -> BoundariesGeoJson.read(BOUNDARIES.replace("BU03633101", "X"), "buurtcode",
                NeighbourhoodBoundaries.CoordinateSystem.WGS84)).hasMessageContaining("features[0]");
        assertThatThrownBy(() -> BoundariesGeoJson.read(BOUNDARIES.replace("\"Polygon\"", "\"LineString\""), "buurtcode",
                NeighbourhoodBoundaries.CoordinateSystem.WGS84)).hasMessageContaining("Polygon or MultiPolygon");
        assertThatThrownBy(() -> BoundariesGeoJson.read("not json", "buurtcode", NeighbourhoodBoundaries.CoordinateSystem.WGS84))
                .hasMessageContaining("Not a GeoJSON document");
        // Found by GeoJsonFuzzTest: a collection without features was an IllegalStateException from the builder.
        assertThatThrownBy(() -> BoundariesGeoJson.read("{\"type\":\"FeatureCollection\",\"features\":[]}", "buurtcode",
                NeighbourhoodBoundaries.CoordinateSystem.WGS84)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("with features");
    }
}
