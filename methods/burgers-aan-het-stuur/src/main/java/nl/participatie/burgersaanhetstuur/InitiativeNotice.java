package nl.participatie.burgersaanhetstuur;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * What an initiative tells people (<i>melding</i>): the stable codes of its notifications, each with its text in Dutch
 * and English in {@code ParticipatieMessages*.properties}. The vendor delivers them; the code says what happened.
 */
@API(status = API.Status.STABLE)
public enum InitiativeNotice implements Code {
    /** {@code burgersaanhetstuur.step-changed}: to every initiator and participant, at every step change. */
    STEP_CHANGED("burgersaanhetstuur.step-changed"),
    /** {@code burgersaanhetstuur.action-assigned}: to the owner of an action. */
    ACTION_ASSIGNED("burgersaanhetstuur.action-assigned"),
    /** {@code burgersaanhetstuur.action-overdue}: to the owner, or the initiators, when a deadline passed. */
    ACTION_OVERDUE("burgersaanhetstuur.action-overdue"),
    /** {@code burgersaanhetstuur.report-ready}: to every civil servant, when the initiative accepted its report. */
    REPORT_READY("burgersaanhetstuur.report-ready"),
    /** {@code burgersaanhetstuur.report-acknowledged}: to every initiator, when the municipality acknowledged it. */
    REPORT_ACKNOWLEDGED("burgersaanhetstuur.report-acknowledged"),
    /** {@code burgersaanhetstuur.waiting-on-municipality}: to every civil servant, when an action is handed to the municipality. */
    WAITING_ON_MUNICIPALITY("burgersaanhetstuur.waiting-on-municipality");

    private final String code;

    InitiativeNotice(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
