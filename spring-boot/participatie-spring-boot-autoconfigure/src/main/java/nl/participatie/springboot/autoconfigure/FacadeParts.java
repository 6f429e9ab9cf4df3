package nl.participatie.springboot.autoconfigure;

import java.time.Clock;
import java.util.Optional;

import nl.participatie.core.CommandObserver;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.PersonalDataStore;

/**
 * What every method's facade is built from in the application: the stores, the application's clock and id generator
 * (or the library's defaults), and the observers of commands (metrics).
 */
record FacadeParts(EventStore store, Optional<PersonalDataStore> personalData, Clock clock, IdGenerator ids,
                   CommandObserver observer) {
}
