package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.value.PersonId;

/**
 * A read port onto the reporters' contacts (<i>contactgegevens van de melder</i>): whether a reporter can be reached
 * by e-mail, so the report's decider refuses a question nobody can receive (Signalen sends a reaction request only when
 * the reporter left an e-mail address). The contacts themselves stay in the personal-data store and never enter an
 * event; the facade {@link Buurtschouw} answers this port from the store given to {@link Buurtschouw.Builder#personalData}.
 *
 * <pre>{@code
 * ReporterContacts contacts = person -> store.get(person)
 *     .map(d -> d.attributes().containsKey(PersonalData.EMAIL)).orElse(false);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
@FunctionalInterface
public interface ReporterContacts {

    /** Nobody can be reached: the explicit choice of a report decider used without a personal-data store. */
    ReporterContacts NONE = person -> false;

    /** Whether the reporter has an e-mail address to receive a question at. Must not change state. */
    boolean reachable(PersonId reporter);
}
