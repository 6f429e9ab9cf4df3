package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Why a value of the Digitale Buurtschouw (<i>waarde</i>: theme, quality level, household, category, service level,
 * Signalen state) refuses a text or number: the codes of its {@link nl.participatie.core.value.InvalidValueException},
 * each with its text in Dutch and English in {@code ParticipatieMessages*.properties}; {@code {0}} is the refused value.
 */
@API(status = API.Status.STABLE)
public enum ValueRejection implements Code {
    /** {@code buurtschouw.theme.invalid} */
    THEME_INVALID("buurtschouw.theme.invalid"),
    /** {@code buurtschouw.qualityLevel.invalid} */
    QUALITY_LEVEL_INVALID("buurtschouw.qualityLevel.invalid"),
    /** {@code buurtschouw.household.invalid} */
    HOUSEHOLD_INVALID("buurtschouw.household.invalid"),
    /** {@code buurtschouw.category.invalid} */
    CATEGORY_INVALID("buurtschouw.category.invalid"),
    /** {@code buurtschouw.serviceLevel.invalid} */
    SERVICE_LEVEL_INVALID("buurtschouw.serviceLevel.invalid"),
    /** {@code buurtschouw.signalenStatus.invalid} */
    SIGNALEN_STATUS_INVALID("buurtschouw.signalenStatus.invalid"),
    /** {@code buurtschouw.signalenExport.fieldRequired} */
    SIGNALEN_FIELD_REQUIRED("buurtschouw.signalenExport.fieldRequired"),
    /** {@code buurtschouw.signalenExport.fieldInvalid} */
    SIGNALEN_FIELD_INVALID("buurtschouw.signalenExport.fieldInvalid");

    private final String code;

    ValueRejection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
