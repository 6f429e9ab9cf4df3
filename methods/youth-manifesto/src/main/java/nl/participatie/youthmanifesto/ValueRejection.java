package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Why a value of the method cannot be made (<i>ongeldige waarde</i>): the codes of the
 * {@link nl.participatie.core.value.InvalidValueException} its value types and {@link ManifestoGroupRules} throw, each
 * with its text in Dutch and English in {@code ParticipatieMessages*.properties}. The decider's own codes are
 * {@link ManifestoGroupRejection}.
 */
@API(status = API.Status.STABLE)
public enum ValueRejection implements Code {
    /** {@code youthmanifesto.number-invalid} */
    NUMBER_INVALID("youthmanifesto.number-invalid"),
    /** {@code youthmanifesto.order-invalid} */
    ORDER_INVALID("youthmanifesto.order-invalid"),
    /** {@code youthmanifesto.period-invalid} */
    PERIOD_INVALID("youthmanifesto.period-invalid"),
    /** {@code youthmanifesto.date-invalid} */
    DATE_INVALID("youthmanifesto.date-invalid"),
    /** {@code youthmanifesto.party-invalid} */
    PARTY_INVALID("youthmanifesto.party-invalid"),
    /** {@code youthmanifesto.ris-id-invalid} */
    RIS_ID_INVALID("youthmanifesto.ris-id-invalid");

    private final String code;

    ValueRejection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
