package nl.participatie.budgetmonitoring;

import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.Code;
import nl.participatie.core.text.Catalogue;

/**
 * The words of the monitoring report (<i>monitoring van de uitvoering</i>) as codes of the message catalogue, so
 * {@link Monitoring#toMarkdown} and {@link Monitoring#toCsv} write Dutch or English from
 * {@code ParticipatieMessages*.properties} and never from code.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum MonitoringText implements Code {
    /** {@code budgetmonitoring.monitoring.title} */
    TITLE("budgetmonitoring.monitoring.title"),
    /** {@code budgetmonitoring.monitoring.through-quarter} */
    THROUGH_QUARTER("budgetmonitoring.monitoring.through-quarter"),
    /** {@code budgetmonitoring.monitoring.through-month} */
    THROUGH_MONTH("budgetmonitoring.monitoring.through-month"),
    /** {@code budgetmonitoring.monitoring.seasonal} */
    SEASONAL("budgetmonitoring.monitoring.seasonal"),
    /** {@code budgetmonitoring.monitoring.linear} */
    LINEAR("budgetmonitoring.monitoring.linear"),
    /** {@code budgetmonitoring.monitoring.intro} */
    INTRO("budgetmonitoring.monitoring.intro"),
    /** {@code budgetmonitoring.monitoring.total} */
    TOTAL("budgetmonitoring.monitoring.total"),
    /** {@code budgetmonitoring.monitoring.total-row} */
    TOTAL_ROW("budgetmonitoring.monitoring.total-row"),
    /** {@code budgetmonitoring.monitoring.flagged} */
    FLAGGED("budgetmonitoring.monitoring.flagged"),
    /** {@code budgetmonitoring.monitoring.no-flags} */
    NO_FLAGS("budgetmonitoring.monitoring.no-flags"),
    /** {@code budgetmonitoring.monitoring.by-domain} */
    BY_DOMAIN("budgetmonitoring.monitoring.by-domain"),
    /** {@code budgetmonitoring.monitoring.by-taakveld} */
    BY_TAAKVELD("budgetmonitoring.monitoring.by-taakveld"),
    /** {@code budgetmonitoring.monitoring.by-area} */
    BY_AREA("budgetmonitoring.monitoring.by-area"),
    /** {@code budgetmonitoring.monitoring.no-area} */
    NO_AREA("budgetmonitoring.monitoring.no-area"),
    /** {@code budgetmonitoring.monitoring.column-line} */
    COLUMN_LINE("budgetmonitoring.monitoring.column-line"),
    /** {@code budgetmonitoring.monitoring.column-taakveld} */
    COLUMN_TAAKVELD("budgetmonitoring.monitoring.column-taakveld"),
    /** {@code budgetmonitoring.monitoring.column-name} */
    COLUMN_NAME("budgetmonitoring.monitoring.column-name"),
    /** {@code budgetmonitoring.monitoring.column-programme} */
    COLUMN_PROGRAMME("budgetmonitoring.monitoring.column-programme"),
    /** {@code budgetmonitoring.monitoring.column-domain} */
    COLUMN_DOMAIN("budgetmonitoring.monitoring.column-domain"),
    /** {@code budgetmonitoring.monitoring.column-area} */
    COLUMN_AREA("budgetmonitoring.monitoring.column-area"),
    /** {@code budgetmonitoring.monitoring.column-adopted} */
    COLUMN_ADOPTED("budgetmonitoring.monitoring.column-adopted"),
    /** {@code budgetmonitoring.monitoring.column-realised} */
    COLUMN_REALISED("budgetmonitoring.monitoring.column-realised"),
    /** {@code budgetmonitoring.monitoring.column-projected} */
    COLUMN_PROJECTED("budgetmonitoring.monitoring.column-projected"),
    /** {@code budgetmonitoring.monitoring.column-deviation} */
    COLUMN_DEVIATION("budgetmonitoring.monitoring.column-deviation"),
    /** {@code budgetmonitoring.monitoring.column-percent} */
    COLUMN_PERCENT("budgetmonitoring.monitoring.column-percent"),
    /** {@code budgetmonitoring.monitoring.column-flag} */
    COLUMN_FLAG("budgetmonitoring.monitoring.column-flag"),
    /** {@code budgetmonitoring.monitoring.flag-none} */
    FLAG_NONE("budgetmonitoring.monitoring.flag-none"),
    /** {@code budgetmonitoring.monitoring.flag-overspending} */
    FLAG_OVERSPENDING("budgetmonitoring.monitoring.flag-overspending"),
    /** {@code budgetmonitoring.monitoring.flag-underspending} */
    FLAG_UNDERSPENDING("budgetmonitoring.monitoring.flag-underspending"),
    /** {@code budgetmonitoring.monitoring.flag-not-started} */
    FLAG_NOT_STARTED("budgetmonitoring.monitoring.flag-not-started"),
    /** {@code budgetmonitoring.monitoring.percent} */
    PERCENT("budgetmonitoring.monitoring.percent"),
    /** {@code budgetmonitoring.monitoring.no-percent} */
    NO_PERCENT("budgetmonitoring.monitoring.no-percent");

    private final String code;

    MonitoringText(String code) {
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
