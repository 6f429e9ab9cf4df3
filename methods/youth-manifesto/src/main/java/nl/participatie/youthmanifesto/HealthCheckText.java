package nl.participatie.youthmanifesto;

import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The words of the group health check (<i>gezondheidscheck</i>) as codes of the message catalogue: each finding's
 * message and the rendered report, in Dutch and English from {@code ParticipatieMessages*.properties}.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum HealthCheckText implements Code {
    /** {@code youthmanifesto.health.title} */
    TITLE("youthmanifesto.health.title"),
    /** {@code youthmanifesto.health.at} */
    AT("youthmanifesto.health.at"),
    /** {@code youthmanifesto.health.healthy} */
    HEALTHY("youthmanifesto.health.healthy"),
    /** {@code youthmanifesto.health.finding} */
    FINDING("youthmanifesto.health.finding"),
    /** {@code youthmanifesto.health.group-below-minimum} */
    GROUP_BELOW_MINIMUM("youthmanifesto.health.group-below-minimum"),
    /** {@code youthmanifesto.health.record-missing} */
    RECORD_MISSING("youthmanifesto.health.record-missing"),
    /** {@code youthmanifesto.health.permission-missing} */
    PERMISSION_MISSING("youthmanifesto.health.permission-missing"),
    /** {@code youthmanifesto.health.no-council-response} */
    NO_COUNCIL_RESPONSE("youthmanifesto.health.no-council-response"),
    /** {@code youthmanifesto.health.commitment-overdue} */
    COMMITMENT_OVERDUE("youthmanifesto.health.commitment-overdue"),
    /** {@code youthmanifesto.health.composition} */
    COMPOSITION("youthmanifesto.health.composition"),
    /** {@code youthmanifesto.health.composition-total} */
    COMPOSITION_TOTAL("youthmanifesto.health.composition-total"),
    /** {@code youthmanifesto.health.composition-channels} */
    COMPOSITION_CHANNELS("youthmanifesto.health.composition-channels"),
    /** {@code youthmanifesto.health.composition-neighbourhoods} */
    COMPOSITION_NEIGHBOURHOODS("youthmanifesto.health.composition-neighbourhoods"),
    /** {@code youthmanifesto.health.composition-age-bands} */
    COMPOSITION_AGE_BANDS("youthmanifesto.health.composition-age-bands"),
    /** {@code youthmanifesto.health.count} */
    COUNT("youthmanifesto.health.count");

    private final String code;

    HealthCheckText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The text in one language, each argument in both languages given in that one. */
    String in(Locale locale, Object... args) {
        return Phrases.in(locale, this, args);
    }
}
