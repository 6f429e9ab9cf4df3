package nl.participatie.buurtschouw.analysis;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The words of the quality scores per neighbourhood and theme and of their comparison with the municipality's own
 * inspections (<i>beeldkwaliteit</i>), {@link QualityAssessments}: keys of the catalogue
 * {@code ParticipatieMessages*.properties}, in Dutch and English.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum QualityText implements Code {
    /** {@code buurtschouw.quality.title} */
    TITLE("buurtschouw.quality.title"),
    /** {@code buurtschouw.quality.scale} */
    SCALE("buurtschouw.quality.scale"),
    /** {@code buurtschouw.quality.none} */
    NONE("buurtschouw.quality.none"),
    /** {@code buurtschouw.quality.neighbourhood} */
    NEIGHBOURHOOD("buurtschouw.quality.neighbourhood"),
    /** {@code buurtschouw.quality.theme} */
    THEME("buurtschouw.quality.theme"),
    /** {@code buurtschouw.quality.scores} */
    SCORES("buurtschouw.quality.scores"),
    /** {@code buurtschouw.quality.average} */
    AVERAGE("buurtschouw.quality.average"),
    /** {@code buurtschouw.quality.target} */
    TARGET("buurtschouw.quality.target"),
    /** {@code buurtschouw.quality.meeting-target} */
    MEETING_TARGET("buurtschouw.quality.meeting-target"),
    /** {@code buurtschouw.quality.reported} */
    REPORTED("buurtschouw.quality.reported"),
    /** {@code buurtschouw.quality.remarks} */
    REMARKS("buurtschouw.quality.remarks"),
    /** {@code buurtschouw.quality.comparison-title} */
    COMPARISON_TITLE("buurtschouw.quality.comparison-title"),
    /** {@code buurtschouw.quality.comparison-scale} */
    COMPARISON_SCALE("buurtschouw.quality.comparison-scale"),
    /** {@code buurtschouw.quality.inspected-on} */
    INSPECTED_ON("buurtschouw.quality.inspected-on"),
    /** {@code buurtschouw.quality.residents} */
    RESIDENTS("buurtschouw.quality.residents"),
    /** {@code buurtschouw.quality.inspection} */
    INSPECTION("buurtschouw.quality.inspection"),
    /** {@code buurtschouw.quality.count} */
    COUNT("buurtschouw.quality.count"),
    /** {@code buurtschouw.quality.difference} */
    DIFFERENCE("buurtschouw.quality.difference"),
    /** {@code buurtschouw.quality.nothing-to-compare} */
    NOTHING_TO_COMPARE("buurtschouw.quality.nothing-to-compare");

    private final String code;

    QualityText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
