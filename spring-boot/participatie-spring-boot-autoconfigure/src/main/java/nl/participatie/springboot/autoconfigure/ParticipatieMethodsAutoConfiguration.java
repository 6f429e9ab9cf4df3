package nl.participatie.springboot.autoconfigure;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import nl.participatie.core.API;
import nl.participatie.core.CommandObserver;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.PersonalDataStore;

/**
 * A ready facade for every method module on the class path (<i>methoden</i>), over the {@link EventStore} of the
 * application (usually the {@link ParticipatieStoreAutoConfiguration}'s), with the application's {@link Clock} and
 * {@link IdGenerator} when it has them, and every {@link CommandObserver} bean (such as the Micrometer metrics) told of
 * each command. Each facade bean gives way to one of the application's own; each method is switched off with
 * {@code participatie.<method>.enabled=false}. The engines of each facade are beans too, so a controller can ask for
 * {@code ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative>} directly.
 */
@API(status = API.Status.EXPERIMENTAL)
@AutoConfiguration(after = {ParticipatieStoreAutoConfiguration.class, ParticipatieMetricsAutoConfiguration.class})
@ConditionalOnBean(EventStore.class)
@Import({MethodConfigurations.BurgersAanHetStuurConfiguration.class, MethodConfigurations.BuurtschouwConfiguration.class,
        MethodConfigurations.YouthManifestoConfiguration.class, MethodConfigurations.BudgetmonitoringConfiguration.class,
        MethodConfigurations.SamenspelConfiguration.class})
public class ParticipatieMethodsAutoConfiguration {

    @Bean
    FacadeParts participatieFacadeParts(EventStore store, ObjectProvider<PersonalDataStore> personalData,
                                        ObjectProvider<Clock> clock, ObjectProvider<IdGenerator> ids,
                                        ObjectProvider<CommandObserver> observers) {
        return new FacadeParts(store, Optional.ofNullable(personalData.getIfUnique()),
                clock.getIfUnique(Clock::systemUTC), ids.getIfUnique(IdGenerator::random),
                CommandObserver.all(observers.orderedStream().toList()));
    }
}
