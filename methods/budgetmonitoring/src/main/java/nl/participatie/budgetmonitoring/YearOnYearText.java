package nl.participatie.budgetmonitoring;

import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.Code;
import nl.participatie.core.text.Catalogue;

/**
 * The words of the year-on-year report (<i>jaarvergelijking</i>) as codes of the message catalogue, so
 * {@link YearOnYear#toMarkdown} writes Dutch or English from {@code ParticipatieMessages*.properties} and never from
 * code.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum YearOnYearText implements Code {
    /** {@code budgetmonitoring.year-on-year.title} */
    TITLE("budgetmonitoring.year-on-year.title"),
    /** {@code budgetmonitoring.year-on-year.intro} */
    INTRO("budgetmonitoring.year-on-year.intro"),
    /** {@code budgetmonitoring.year-on-year.column-taakveld} */
    COLUMN_TAAKVELD("budgetmonitoring.year-on-year.column-taakveld"),
    /** {@code budgetmonitoring.year-on-year.column-name} */
    COLUMN_NAME("budgetmonitoring.year-on-year.column-name"),
    /** {@code budgetmonitoring.year-on-year.column-previous} */
    COLUMN_PREVIOUS("budgetmonitoring.year-on-year.column-previous"),
    /** {@code budgetmonitoring.year-on-year.column-adopted} */
    COLUMN_ADOPTED("budgetmonitoring.year-on-year.column-adopted"),
    /** {@code budgetmonitoring.year-on-year.column-projected} */
    COLUMN_PROJECTED("budgetmonitoring.year-on-year.column-projected"),
    /** {@code budgetmonitoring.year-on-year.column-change} */
    COLUMN_CHANGE("budgetmonitoring.year-on-year.column-change"),
    /** {@code budgetmonitoring.year-on-year.column-percent} */
    COLUMN_PERCENT("budgetmonitoring.year-on-year.column-percent"),
    /** {@code budgetmonitoring.year-on-year.total-row} */
    TOTAL_ROW("budgetmonitoring.year-on-year.total-row"),
    /** {@code budgetmonitoring.year-on-year.percent} */
    PERCENT("budgetmonitoring.year-on-year.percent"),
    /** {@code budgetmonitoring.year-on-year.no-percent} */
    NO_PERCENT("budgetmonitoring.year-on-year.no-percent");

    private final String code;

    YearOnYearText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The text in one language. */
    String in(Locale locale, Object... args) {
        return Catalogue.text(locale, code, args);
    }
}
