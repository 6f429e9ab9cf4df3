package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * What a Youth Manifesto group tells people (<i>melding</i>): the stable codes of its notifications, each with its text
 * in Dutch and English in {@code ParticipatieMessages*.properties}. The vendor delivers them; the code says what
 * happened. The young people hear of every step, every response of the council and every update on an action.
 */
@API(status = API.Status.STABLE)
public enum ManifestoGroupNotice implements Code {
    /** {@code youthmanifesto.step-changed}: to every participant and facilitator, at every step change and at the close. */
    STEP_CHANGED("youthmanifesto.step-changed"),
    /** {@code youthmanifesto.consent-reconfirmation-requested}: to a participant on consent who turned 16. */
    CONSENT_RECONFIRMATION_REQUESTED("youthmanifesto.consent-reconfirmation-requested"),
    /** {@code youthmanifesto.handed-over}: to the griffie, to register the manifesto and place it on the agenda. */
    HANDED_OVER("youthmanifesto.handed-over"),
    /** {@code youthmanifesto.council-responded}: to every participant, for every response recorded. */
    COUNCIL_RESPONDED("youthmanifesto.council-responded"),
    /** {@code youthmanifesto.action-updated}: to every participant, for progress on an action. */
    ACTION_UPDATED("youthmanifesto.action-updated"),
    /** {@code youthmanifesto.action-concluded}: to every participant, when an action is done or not done. */
    ACTION_CONCLUDED("youthmanifesto.action-concluded"),
    /** {@code youthmanifesto.action-realised-in-budget}: to every participant, when the council's budget pays for an action. */
    ACTION_REALISED_IN_BUDGET("youthmanifesto.action-realised-in-budget"),
    /** {@code youthmanifesto.action-realised-by-initiative}: to every participant, when a residents' initiative takes an action up. */
    ACTION_REALISED_BY_INITIATIVE("youthmanifesto.action-realised-by-initiative"),
    /** {@code youthmanifesto.commitment-settled}: to every participant, when a toezegging is kept or not. */
    COMMITMENT_SETTLED("youthmanifesto.commitment-settled"),
    /** {@code youthmanifesto.commitment-overdue}: to every participant and the griffie, when a toezegging passed its deadline. */
    COMMITMENT_OVERDUE("youthmanifesto.commitment-overdue");

    private final String code;

    ManifestoGroupNotice(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
