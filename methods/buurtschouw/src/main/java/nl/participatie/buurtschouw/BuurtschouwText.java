package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Words the Digitale Buurtschouw puts into its notifications and explanations that are no notification of their own
 * (<i>teksten</i>), such as the explanation of an idea's initiative power: keys of the catalogue
 * {@code ParticipatieMessages*.properties}, in Dutch and English.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum BuurtschouwText implements Code {
    /** {@code buurtschouw.text.date-to-be-chosen}: in an invitation before the walk has a date. */
    DATE_TO_BE_CHOSEN("buurtschouw.text.date-to-be-chosen"),
    /** {@code buurtschouw.text.react-until}: after a question to the reporter, until when to react. */
    REACT_UNTIL("buurtschouw.text.react-until"),
    /** {@code buurtschouw.text.power-supporters}: initiative power, the points for supporters. */
    POWER_SUPPORTERS("buurtschouw.text.power-supporters"),
    /** {@code buurtschouw.text.power-helpers}: initiative power, the extra points for helpers. */
    POWER_HELPERS("buurtschouw.text.power-helpers"),
    /** {@code buurtschouw.text.power-households}: initiative power, the points for distinct households. */
    POWER_HOUSEHOLDS("buurtschouw.text.power-households"),
    /** {@code buurtschouw.text.power-lead}: initiative power, the points for a reporter ready to lead. */
    POWER_LEAD("buurtschouw.text.power-lead"),
    /** {@code buurtschouw.text.power-age-ignored}: initiative power without a half-life. */
    POWER_AGE_IGNORED("buurtschouw.text.power-age-ignored"),
    /** {@code buurtschouw.text.power-no-age-deduction}: initiative power, no support old enough to count less. */
    POWER_NO_AGE_DEDUCTION("buurtschouw.text.power-no-age-deduction"),
    /** {@code buurtschouw.text.power-older}: initiative power, the deduction for older support. */
    POWER_OLDER("buurtschouw.text.power-older"),
    /** {@code buurtschouw.text.assessment-report}: the description of a report filed for a score below the threshold. */
    ASSESSMENT_REPORT("buurtschouw.text.assessment-report");

    private final String code;

    BuurtschouwText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
