package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Why a value of the method cannot be made (<i>ongeldige waarde</i>): the codes of the
 * {@link nl.participatie.core.value.InvalidValueException} its value types and {@link TrajectoryRules} throw, each
 * with its text in Dutch and English in {@code ParticipatieMessages*.properties}. The decider's own codes are
 * {@link TrajectoryRejection}.
 */
@API(status = API.Status.STABLE)
public enum ValueRejection implements Code {
    /** {@code samenspel.code-invalid} */
    CODE_INVALID("samenspel.code-invalid"),
    /** {@code samenspel.number-invalid} */
    NUMBER_INVALID("samenspel.number-invalid"),
    /** {@code samenspel.group-invalid} */
    GROUP_INVALID("samenspel.group-invalid");

    private final String code;

    ValueRejection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
