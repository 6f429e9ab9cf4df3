package nl.participatie.core;

import java.util.Objects;
import java.util.Set;

import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;

/**
 * Which roles a person holds in one process instance, read from its state (<i>rol in deze zaak</i>). The vendor's
 * authentication says who someone is and which municipal roles they hold (a civil servant, a facilitator); roles that
 * exist only within one instance (the initiators of this initiative, the reporter of this report, the core group of
 * this campaign) the library decides itself, from the instance's own history. A caller who claims such a role on an
 * instance where the person does not hold it is refused with {@code workflow.not-in-instance}.
 *
 * @param <S> the state of the instance
 * @param scoped the roles that are held per instance; other roles are municipal and taken as the caller says
 * @param holder whether a person holds one of those roles in an instance in this state
 */
@API(status = API.Status.STABLE)
public record InstanceRoles<S>(Set<Role> scoped, Holder<S> holder) {

    /** Decides from the state whether a person holds an instance role. */
    @FunctionalInterface
    public interface Holder<S> {
        /**
         * Whether {@code person} holds {@code role} for {@code command} in the instance in {@code state}. The command
         * is given for roles whose reach differs per command (any resident may support an idea; only its reporter
         * may answer for it).
         */
        boolean holds(S state, PersonId person, Role role, Object command);
    }

    public InstanceRoles {
        scoped = Set.copyOf(scoped);
        Objects.requireNonNull(holder, "holder");
        if (scoped.contains(Role.SYSTEM)) {
            throw new IllegalArgumentException("the system role is not held per instance");
        }
    }

    /** No instance roles: every role is taken as the caller says. */
    public static <S> InstanceRoles<S> none() {
        return new InstanceRoles<>(Set.of(), (state, person, role, command) -> true);
    }

    /** Whether the actor's role is one that is held per instance. */
    public boolean isScoped(Role role) {
        return scoped.contains(role);
    }
}
