package nl.participatie.buurtschouw.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import nl.participatie.buurtschouw.NeighbourhoodBoundaries;
import nl.participatie.core.value.GeoPoint;

/**
 * Fuzzing the reading of neighbourhood boundaries from an untrusted GeoJSON document: any document is refused with the
 * documented {@link IllegalArgumentException} that says which feature is wrong, or read into boundaries that answer
 * for a point without failing. The corpus is in
 * {@code src/test/resources/nl/participatie/buurtschouw/geojson/GeoJsonFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class GeoJsonFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void boundaries(byte[] document) {
        NeighbourhoodBoundaries boundaries;
        try {
            boundaries = BoundariesGeoJson.read(new String(document, StandardCharsets.UTF_8), "buurtcode",
                    NeighbourhoodBoundaries.CoordinateSystem.WGS84);
        } catch (IllegalArgumentException refused) {
            assertThat(refused).hasMessageMatching("(?s)(Not a GeoJSON|features\\[\\d+]).*");
            return;
        }
        assertThat(boundaries.codes()).doesNotContainNull();
        boundaries.neighbourhoodOf(new GeoPoint(52.363, 4.930));
    }
}
