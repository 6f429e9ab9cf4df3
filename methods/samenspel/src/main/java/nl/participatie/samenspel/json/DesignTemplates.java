package nl.participatie.samenspel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.samenspel.DesignTemplate;

/**
 * The three design templates of the brochure (<i>sjablonen</i>), read from the module's resources
 * ({@code nl/participatie/samenspel/templates/*.json}): data, never code, so a municipality can read and copy them.
 *
 * <pre>{@code
 * DesignTemplate waddinxveen = DesignTemplates.waddinxveen();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DesignTemplates {

    private DesignTemplates() {
    }

    /** Gooise Meren (GM1942): a vision on citizen participation for a merged municipality. */
    public static DesignTemplate gooiseMeren() {
        return read("gooise-meren");
    }

    /** Waddinxveen (GM0627): the culture-change trajectory "Samen maken we de toekomst". */
    public static DesignTemplate waddinxveen() {
        return read("waddinxveen");
    }

    /** Groningen (GM0014): research and advice on new forms of civic engagement. */
    public static DesignTemplate groningen() {
        return read("groningen");
    }

    /** All three, in the brochure's order. */
    public static List<DesignTemplate> all() {
        return List.of(gooiseMeren(), waddinxveen(), groningen());
    }

    private static DesignTemplate read(String name) {
        String path = "/nl/participatie/samenspel/templates/" + name + ".json";
        try (InputStream in = DesignTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + path);
            }
            return ParticipatieJson.defaults().read(in.readAllBytes(), DesignTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
