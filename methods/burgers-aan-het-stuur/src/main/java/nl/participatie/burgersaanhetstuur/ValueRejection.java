package nl.participatie.burgersaanhetstuur;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Why a value of the method cannot be made (<i>ongeldige waarde</i>): the codes of the
 * {@link nl.participatie.core.value.InvalidValueException} its value types and {@link InitiativeRules} throw, each
 * with its text in Dutch and English in {@code ParticipatieMessages*.properties}. The decider's own codes are
 * {@link InitiativeRejection}.
 */
@API(status = API.Status.STABLE)
public enum ValueRejection implements Code {
    /** {@code burgersaanhetstuur.number-invalid} */
    NUMBER_INVALID("burgersaanhetstuur.number-invalid"),
    /** {@code burgersaanhetstuur.cost-negative} */
    COST_NEGATIVE("burgersaanhetstuur.cost-negative"),
    /** {@code burgersaanhetstuur.duration-invalid} */
    DURATION_INVALID("burgersaanhetstuur.duration-invalid");

    private final String code;

    ValueRejection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
