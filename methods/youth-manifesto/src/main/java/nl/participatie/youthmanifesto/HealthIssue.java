package nl.participatie.youthmanifesto;

import nl.participatie.core.API;

/**
 * What the group health check looks for (<i>aandachtspunt</i>), each with a stable code.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum HealthIssue {
    /** After recruitment the group has fewer participants than the minimum it started with. */
    GROUP_BELOW_MINIMUM("group-below-minimum"),
    /** A participant lacks a permission or consent needed today, or their record is gone. */
    PERMISSION_MISSING("permission-missing"),
    /** The manifesto was handed over longer ago than the council's response time, and nothing came back. */
    NO_COUNCIL_RESPONSE("no-council-response"),
    /** A toezegging passed its deadline and was not settled. */
    COMMITMENT_OVERDUE("commitment-overdue");

    private final String code;

    HealthIssue(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code commitment-overdue}. */
    public String code() {
        return code;
    }
}
