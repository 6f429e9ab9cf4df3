package nl.participatie.youthmanifesto;

import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.value.PersonId;

/**
 * Names to show for person ids in the outputs (<i>namen</i>): the signatures under the manifesto, the aldermen in the
 * promise tracker. Names are personal data and never in events; the vendor's personal-data store answers this
 * ({@code privacy.ParticipantRegister} does). Without a name the id is shown.
 */
@API(status = API.Status.EXPERIMENTAL)
@FunctionalInterface
public interface Names {

    /** No names: every person is shown by their id. */
    Names NONE = person -> Optional.empty();

    /** The name of the person, if one is held. */
    Optional<String> nameOf(PersonId person);

    /** The name of the person, or their id. */
    default String nameOrId(PersonId person) {
        return nameOf(person).orElse(person.value());
    }
}
