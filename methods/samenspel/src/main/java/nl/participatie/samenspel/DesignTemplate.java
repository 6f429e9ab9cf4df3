package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.MunicipalityCode;

/**
 * A design to copy and adapt (<i>sjabloon</i>), after one of the brochure's trajectories: a vision on citizen
 * participation for a merged municipality (Gooise Meren), a culture change "Samen maken we de toekomst"
 * (Waddinxveen), research and advice on new forms of civic engagement (Groningen). Shipped as data in
 * {@code nl/participatie/samenspel/templates/}; read with {@code nl.participatie.samenspel.json.DesignTemplates}.
 *
 * @param code         the template's code, e.g. {@code waddinxveen}
 * @param municipality the municipality of the example
 * @param design       the design
 */
@API(status = API.Status.EXPERIMENTAL)
public record DesignTemplate(String code, MunicipalityCode municipality, Design design) {
    public DesignTemplate {
        Checks.code(code, "code");
        InvalidValueException.requireNonNull(municipality, "municipality");
        InvalidValueException.requireNonNull(design, "design");
    }
}
