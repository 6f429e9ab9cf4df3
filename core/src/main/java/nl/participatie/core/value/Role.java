package nl.participatie.core.value;

import nl.participatie.core.API;


/**
 * A role a person acts in within a method (<i>rol</i>): initiator, facilitator, civil servant, council
 * member... Each method declares its roles as constants; which role may fire which transition is part of the
 * method's workflow. {@link #SYSTEM} is the library itself, firing time-driven transitions.
 *
 * @param code upper-case letters, digits and underscores, e.g. {@code CIVIL_SERVANT}
 */
@API(status = API.Status.STABLE)
public record Role(String code) {

    /** The library itself, when a deadline passes (<i>systeem</i>). */
    public static final Role SYSTEM = new Role("SYSTEM");

    public Role {
        InvalidValueException.requireNonNull(code, "role");
        if (!IdSyntax.isRoleCode(code)) {
            throw new InvalidValueException("role.invalid", code);
        }
    }

    /** The role with the given code. */
    public static Role of(String code) {
        return new Role(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
