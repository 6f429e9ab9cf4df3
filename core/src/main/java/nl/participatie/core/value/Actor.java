package nl.participatie.core.value;

import nl.participatie.core.API;

/**
 * Who fires a command (<i>actor</i>): a person, by opaque reference, in a role. The audit trail records the
 * actor of every event, so a municipality can account for who decided what (<i>verantwoorden</i>).
 *
 * @param person the person, never their name
 * @param role   the role they act in
 */
@API(status = API.Status.STABLE)
public record Actor(PersonId person, Role role) {

    /** The library itself, firing a time-driven transition. */
    public static final Actor SYSTEM = new Actor(PersonId.SYSTEM, Role.SYSTEM);

    public Actor {
        InvalidValueException.requireNonNull(person, "person");
        InvalidValueException.requireNonNull(role, "role");
    }

    /** An actor from a person and a role. */
    public static Actor of(PersonId person, Role role) {
        return new Actor(person, role);
    }

    /** An actor from a person reference text and a role. */
    public static Actor of(String person, Role role) {
        return new Actor(PersonId.of(person), role);
    }

    /** Whether this is the library's own system actor. */
    public boolean isSystem() {
        return SYSTEM.equals(this);
    }
}
