package nl.participatie.core;

import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;

/**
 * Who should be told (<i>ontvanger</i>): one person, or everyone holding a role in the process (all
 * participants, the municipality's civil servants). The vendor's system resolves it to addresses through its
 * personal-data store; the library never sends anything.
 */
@API(status = API.Status.STABLE)
public sealed interface Recipient {

    /** One person. */
    static Recipient person(PersonId person) {
        return new Person(person);
    }

    /** Everyone holding the role in this process instance. */
    static Recipient everyone(Role role) {
        return new RoleHolders(role);
    }

    /**
     * One person, by reference.
     *
     * @param person the person
     */
    record Person(PersonId person) implements Recipient {
        public Person {
            InvalidValueException.requireNonNull(person, "person");
        }
    }

    /**
     * Everyone holding a role.
     *
     * @param role the role
     */
    record RoleHolders(Role role) implements Recipient {
        public RoleHolders {
            InvalidValueException.requireNonNull(role, "role");
        }
    }
}
