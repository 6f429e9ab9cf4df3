package nl.participatie.budgetmonitoring;

import nl.participatie.core.API;
import nl.participatie.core.Code;
import nl.participatie.core.value.InvalidValueException;

/**
 * Why a value of the method cannot be made (<i>ongeldige waarde</i>): the codes of the
 * {@link nl.participatie.core.value.InvalidValueException} its values, {@link BudgetRoundRules} and the budget import
 * throw, each with its text in Dutch and English in {@code ParticipatieMessages*.properties}. The decider's own codes
 * are {@link BudgetRoundRejection}.
 */
@API(status = API.Status.STABLE)
public enum ValueRejection implements Code {
    /** {@code budgetmonitoring.taakveld-invalid}: not written as a taakveld code. */
    TAAKVELD_INVALID("budgetmonitoring.taakveld-invalid"),
    /** {@code budgetmonitoring.taakveld-not-in-year}: a taakveld the budget year does not have. */
    TAAKVELD_NOT_IN_YEAR("budgetmonitoring.taakveld-not-in-year"),
    /** {@code budgetmonitoring.amount-invalid}: not an amount in the Dutch form {@code 1.234.567,89}. */
    AMOUNT_INVALID("budgetmonitoring.amount-invalid"),
    /** {@code budgetmonitoring.amount-too-precise}: more decimals than whole cents at the declared scale. */
    AMOUNT_TOO_PRECISE("budgetmonitoring.amount-too-precise"),
    /** {@code budgetmonitoring.area-invalid}: not a CBS wijk or buurt code. */
    AREA_INVALID("budgetmonitoring.area-invalid"),
    /** {@code budgetmonitoring.line-id-invalid}: a line id that is blank, too long or used twice. */
    LINE_ID_INVALID("budgetmonitoring.line-id-invalid"),
    /** {@code budgetmonitoring.column-missing}: a row or header without a required column. */
    COLUMN_MISSING("budgetmonitoring.column-missing"),
    /** {@code budgetmonitoring.scale-missing}: a file that does not declare its scale on its first line. */
    SCALE_MISSING("budgetmonitoring.scale-missing"),
    /** {@code budgetmonitoring.scale-invalid}: a scale other than euros or thousands. */
    SCALE_INVALID("budgetmonitoring.scale-invalid"),
    /** {@code budgetmonitoring.csv-malformed}: a quote that is not closed, or text after a closing quote. */
    CSV_MALFORMED("budgetmonitoring.csv-malformed"),
    /** {@code budgetmonitoring.shares-invalid}: area or crosswalk shares that are negative or add up to nothing. */
    SHARES_INVALID("budgetmonitoring.shares-invalid"),
    /** {@code budgetmonitoring.year-invalid}: a budget year outside the years of the taakveld list. */
    YEAR_INVALID("budgetmonitoring.year-invalid"),
    /** {@code budgetmonitoring.rule-invalid}: a rule with a value out of its range. */
    RULE_INVALID("budgetmonitoring.rule-invalid"),
    /** {@code budgetmonitoring.period-invalid}: a period outside the year's months or quarters. */
    PERIOD_INVALID("budgetmonitoring.period-invalid"),
    /** {@code budgetmonitoring.reference-taken}: figures supplied twice under one reference. */
    REFERENCE_TAKEN("budgetmonitoring.reference-taken"),
    /** {@code budgetmonitoring.crosswalk-incomplete}: a crosswalk that does not say where a retired taakveld goes. */
    CROSSWALK_INCOMPLETE("budgetmonitoring.crosswalk-incomplete"),
    /** {@code budgetmonitoring.json-malformed}: a JSON budget that is not JSON, or not an object of the documented layout. */
    JSON_MALFORMED("budgetmonitoring.json-malformed");


    private final String code;

    ValueRejection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The exception of this code for a refused value; {@code args} follow the value in the message. */
    InvalidValueException exception(Object rejected, Object... args) {
        return new InvalidValueException(code, rejected, args);
    }
}
