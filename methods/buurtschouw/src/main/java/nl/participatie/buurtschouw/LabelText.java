package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The keys of the labels people read for steps, kinds, statuses and themes (<i>labels</i>): each label's Dutch and
 * English text is in {@code ParticipatieMessages*.properties}, read through the catalogue.
 */
@API(status = API.Status.INTERNAL)
public enum LabelText implements Code {
    /** {@code buurtschouw.label.theme.green} */
    THEME_GREEN("buurtschouw.label.theme.green"),
    /** {@code buurtschouw.label.theme.litter} */
    THEME_LITTER("buurtschouw.label.theme.litter"),
    /** {@code buurtschouw.label.theme.lighting} */
    THEME_LIGHTING("buurtschouw.label.theme.lighting"),
    /** {@code buurtschouw.label.theme.paving} */
    THEME_PAVING("buurtschouw.label.theme.paving"),
    /** {@code buurtschouw.label.theme.traffic-safety} */
    THEME_TRAFFIC_SAFETY("buurtschouw.label.theme.traffic-safety"),
    /** {@code buurtschouw.label.theme.accessibility} */
    THEME_ACCESSIBILITY("buurtschouw.label.theme.accessibility"),
    /** {@code buurtschouw.label.theme.meeting-places} */
    THEME_MEETING_PLACES("buurtschouw.label.theme.meeting-places"),
    /** {@code buurtschouw.label.theme.other} */
    THEME_OTHER("buurtschouw.label.theme.other"),
    /** {@code buurtschouw.label.signalen-status.leeg} */
    SIGNALEN_STATUS_LEEG("buurtschouw.label.signalen-status.leeg"),
    /** {@code buurtschouw.label.signalen-status.gemeld} */
    SIGNALEN_STATUS_GEMELD("buurtschouw.label.signalen-status.gemeld"),
    /** {@code buurtschouw.label.signalen-status.afwachting} */
    SIGNALEN_STATUS_AFWACHTING("buurtschouw.label.signalen-status.afwachting"),
    /** {@code buurtschouw.label.signalen-status.behandeling} */
    SIGNALEN_STATUS_BEHANDELING("buurtschouw.label.signalen-status.behandeling"),
    /** {@code buurtschouw.label.signalen-status.on-hold} */
    SIGNALEN_STATUS_ON_HOLD("buurtschouw.label.signalen-status.on-hold"),
    /** {@code buurtschouw.label.signalen-status.ingepland} */
    SIGNALEN_STATUS_INGEPLAND("buurtschouw.label.signalen-status.ingepland"),
    /** {@code buurtschouw.label.signalen-status.te-verzenden} */
    SIGNALEN_STATUS_TE_VERZENDEN("buurtschouw.label.signalen-status.te-verzenden"),
    /** {@code buurtschouw.label.signalen-status.afgehandeld} */
    SIGNALEN_STATUS_AFGEHANDELD("buurtschouw.label.signalen-status.afgehandeld"),
    /** {@code buurtschouw.label.signalen-status.geannuleerd} */
    SIGNALEN_STATUS_GEANNULEERD("buurtschouw.label.signalen-status.geannuleerd"),
    /** {@code buurtschouw.label.signalen-status.heropend} */
    SIGNALEN_STATUS_HEROPEND("buurtschouw.label.signalen-status.heropend"),
    /** {@code buurtschouw.label.signalen-status.gesplitst} */
    SIGNALEN_STATUS_GESPLITST("buurtschouw.label.signalen-status.gesplitst"),
    /** {@code buurtschouw.label.signalen-status.verzoek-tot-afhandeling} */
    SIGNALEN_STATUS_VERZOEK_TOT_AFHANDELING("buurtschouw.label.signalen-status.verzoek-tot-afhandeling"),
    /** {@code buurtschouw.label.signalen-status.reactie-gevraagd} */
    SIGNALEN_STATUS_REACTIE_GEVRAAGD("buurtschouw.label.signalen-status.reactie-gevraagd"),
    /** {@code buurtschouw.label.signalen-status.reactie-ontvangen} */
    SIGNALEN_STATUS_REACTIE_ONTVANGEN("buurtschouw.label.signalen-status.reactie-ontvangen"),
    /** {@code buurtschouw.label.signalen-status.doorgezet-naar-extern} */
    SIGNALEN_STATUS_DOORGEZET_NAAR_EXTERN("buurtschouw.label.signalen-status.doorgezet-naar-extern"),
    /** {@code buurtschouw.label.signalen-status.verzonden} */
    SIGNALEN_STATUS_VERZONDEN("buurtschouw.label.signalen-status.verzonden"),
    /** {@code buurtschouw.label.signalen-status.verzenden-mislukt} */
    SIGNALEN_STATUS_VERZENDEN_MISLUKT("buurtschouw.label.signalen-status.verzenden-mislukt"),
    /** {@code buurtschouw.label.signalen-status.afgehandeld-extern} */
    SIGNALEN_STATUS_AFGEHANDELD_EXTERN("buurtschouw.label.signalen-status.afgehandeld-extern"),
    /** {@code buurtschouw.label.signalen-status.verzoek-tot-heropenen} */
    SIGNALEN_STATUS_VERZOEK_TOT_HEROPENEN("buurtschouw.label.signalen-status.verzoek-tot-heropenen"),
    /** {@code buurtschouw.label.service-level.days} */
    SERVICE_LEVEL_DAYS("buurtschouw.label.service-level.days"),
    /** {@code buurtschouw.label.service-level.working-days} */
    SERVICE_LEVEL_WORKING_DAYS("buurtschouw.label.service-level.working-days");

    private final String code;

    LabelText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
