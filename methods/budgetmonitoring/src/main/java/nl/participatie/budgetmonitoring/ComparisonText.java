package nl.participatie.budgetmonitoring;

import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.Code;
import nl.participatie.core.text.Catalogue;

/**
 * The words of the comparison report (<i>vergelijking gemeente en bewoners</i>) as codes of the message catalogue, so
 * {@link Comparison#toMarkdown} and {@link Comparison#toCsv} write Dutch or English from
 * {@code ParticipatieMessages*.properties} and never from code.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum ComparisonText implements Code {
    /** {@code budgetmonitoring.comparison.title} */
    TITLE("budgetmonitoring.comparison.title"),
    /** {@code budgetmonitoring.comparison.intro} */
    INTRO("budgetmonitoring.comparison.intro"),
    /** {@code budgetmonitoring.comparison.total} */
    TOTAL("budgetmonitoring.comparison.total"),
    /** {@code budgetmonitoring.comparison.total-row} */
    TOTAL_ROW("budgetmonitoring.comparison.total-row"),
    /** {@code budgetmonitoring.comparison.changed-lines} */
    CHANGED_LINES("budgetmonitoring.comparison.changed-lines"),
    /** {@code budgetmonitoring.comparison.no-changes} */
    NO_CHANGES("budgetmonitoring.comparison.no-changes"),
    /** {@code budgetmonitoring.comparison.by-domain} */
    BY_DOMAIN("budgetmonitoring.comparison.by-domain"),
    /** {@code budgetmonitoring.comparison.by-taakveld} */
    BY_TAAKVELD("budgetmonitoring.comparison.by-taakveld"),
    /** {@code budgetmonitoring.comparison.by-area} */
    BY_AREA("budgetmonitoring.comparison.by-area"),
    /** {@code budgetmonitoring.comparison.no-area} */
    NO_AREA("budgetmonitoring.comparison.no-area"),
    /** {@code budgetmonitoring.comparison.column-line} */
    COLUMN_LINE("budgetmonitoring.comparison.column-line"),
    /** {@code budgetmonitoring.comparison.column-taakveld} */
    COLUMN_TAAKVELD("budgetmonitoring.comparison.column-taakveld"),
    /** {@code budgetmonitoring.comparison.column-name} */
    COLUMN_NAME("budgetmonitoring.comparison.column-name"),
    /** {@code budgetmonitoring.comparison.column-programme} */
    COLUMN_PROGRAMME("budgetmonitoring.comparison.column-programme"),
    /** {@code budgetmonitoring.comparison.column-domain} */
    COLUMN_DOMAIN("budgetmonitoring.comparison.column-domain"),
    /** {@code budgetmonitoring.comparison.column-area} */
    COLUMN_AREA("budgetmonitoring.comparison.column-area"),
    /** {@code budgetmonitoring.comparison.column-municipality} */
    COLUMN_MUNICIPALITY("budgetmonitoring.comparison.column-municipality"),
    /** {@code budgetmonitoring.comparison.column-residents} */
    COLUMN_RESIDENTS("budgetmonitoring.comparison.column-residents"),
    /** {@code budgetmonitoring.comparison.column-difference} */
    COLUMN_DIFFERENCE("budgetmonitoring.comparison.column-difference"),
    /** {@code budgetmonitoring.comparison.column-percent} */
    COLUMN_PERCENT("budgetmonitoring.comparison.column-percent"),
    /** {@code budgetmonitoring.comparison.percent} */
    PERCENT("budgetmonitoring.comparison.percent"),
    /** {@code budgetmonitoring.comparison.no-percent} */
    NO_PERCENT("budgetmonitoring.comparison.no-percent");

    private final String code;

    ComparisonText(String code) {
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
