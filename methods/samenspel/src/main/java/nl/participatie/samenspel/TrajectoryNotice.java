package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * What a trajectory tells people (<i>melding</i>): the stable codes of its notifications, each with its text in
 * Dutch and English in {@code ParticipatieMessages*.properties}. The vendor delivers them.
 */
@API(status = API.Status.STABLE)
public enum TrajectoryNotice implements Code {
    /** {@code samenspel.phase-started}: to every resident and stakeholder, when a phase starts */
    PHASE_STARTED("samenspel.phase-started"),
    /** {@code samenspel.frames-changed}: to every resident and stakeholder, when the frames of a phase change */
    FRAMES_CHANGED("samenspel.frames-changed"),
    /** {@code samenspel.contribution-outcome}: to each person whose contribution a decision considered: what became of it */
    CONTRIBUTION_OUTCOME("samenspel.contribution-outcome"),
    /** {@code samenspel.reported-back}: to every resident and stakeholder, when the municipality reports back on a phase */
    REPORTED_BACK("samenspel.reported-back");

    private final String code;

    TrajectoryNotice(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
