package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The evidence behind each finding of the {@link PromiseCheck} (<i>onderbouwing</i>): why a promise is kept, open
 * or broken, as codes with their text in Dutch and English in {@code ParticipatieMessages*.properties}.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum PromiseEvidence implements Code {
    /** {@code samenspel.promise.informed} */
    INFORMED("samenspel.promise.informed"),
    /** {@code samenspel.promise.not-yet-informed} */
    NOT_YET_INFORMED("samenspel.promise.not-yet-informed"),
    /** {@code samenspel.promise.not-informed} */
    NOT_INFORMED("samenspel.promise.not-informed"),
    /** {@code samenspel.promise.told-what-was-done} */
    TOLD_WHAT_WAS_DONE("samenspel.promise.told-what-was-done"),
    /** {@code samenspel.promise.not-yet-told} */
    NOT_YET_TOLD("samenspel.promise.not-yet-told"),
    /** {@code samenspel.promise.not-told} */
    NOT_TOLD("samenspel.promise.not-told"),
    /** {@code samenspel.promise.advice-answered} */
    ADVICE_ANSWERED("samenspel.promise.advice-answered"),
    /** {@code samenspel.promise.advice-not-yet-answered} */
    ADVICE_NOT_YET_ANSWERED("samenspel.promise.advice-not-yet-answered"),
    /** {@code samenspel.promise.advice-unanswered} */
    ADVICE_UNANSWERED("samenspel.promise.advice-unanswered"),
    /** {@code samenspel.promise.no-decision-yet} */
    NO_DECISION_YET("samenspel.promise.no-decision-yet"),
    /** {@code samenspel.promise.outcome-followed} */
    OUTCOME_FOLLOWED("samenspel.promise.outcome-followed"),
    /** {@code samenspel.promise.deviation-motivated} */
    DEVIATION_MOTIVATED("samenspel.promise.deviation-motivated"),
    /** {@code samenspel.promise.deviation-without-motivation} */
    DEVIATION_WITHOUT_MOTIVATION("samenspel.promise.deviation-without-motivation"),
    /** {@code samenspel.promise.binding-solution-set-aside} */
    BINDING_SOLUTION_SET_ASIDE("samenspel.promise.binding-solution-set-aside"),
    /** {@code samenspel.promise.decided-by-residents} */
    DECIDED_BY_RESIDENTS("samenspel.promise.decided-by-residents"),
    /** {@code samenspel.promise.decided-over-their-heads} */
    DECIDED_OVER_THEIR_HEADS("samenspel.promise.decided-over-their-heads"),
    /** {@code samenspel.promise.frames-kept} */
    FRAMES_KEPT("samenspel.promise.frames-kept"),
    /** {@code samenspel.promise.frames-changed-agreed} */
    FRAMES_CHANGED_AGREED("samenspel.promise.frames-changed-agreed"),
    /** {@code samenspel.promise.frames-changed-after-input} */
    FRAMES_CHANGED_AFTER_INPUT("samenspel.promise.frames-changed-after-input");

    private final String code;

    PromiseEvidence(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
