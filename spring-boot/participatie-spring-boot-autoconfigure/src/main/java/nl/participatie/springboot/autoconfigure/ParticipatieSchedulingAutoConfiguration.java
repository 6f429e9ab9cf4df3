package nl.participatie.springboot.autoconfigure;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.participatie.core.API;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.trust.CheckpointSigner;

/**
 * Work on a schedule, each part off unless switched on (<i>planning</i>): firing due deadlines on every
 * {@link ProcessEngine} bean ({@link DeadlineFiring}, {@code participatie.scheduling.deadlines.enabled}) and taking
 * signed checkpoints of the event store ({@link CheckpointTaking}, {@code participatie.scheduling.checkpoints.enabled}),
 * signed with the application's {@link CheckpointSigner} bean or the key in the settings, and published by its
 * {@link CheckpointPublisher} bean or into the configured folder. Both run on threads of their own.
 */
@API(status = API.Status.EXPERIMENTAL)
@AutoConfiguration(after = ParticipatieMethodsAutoConfiguration.class)
@ConditionalOnBean(EventStore.class)
public class ParticipatieSchedulingAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "participatie.scheduling.deadlines.enabled")
    static class Deadlines {

        @Bean
        @ConditionalOnMissingBean
        DeadlineFiring participatieDeadlineFiring(ObjectProvider<ProcessEngine<?, ?, ?>> engines,
                                                  ObjectProvider<Clock> clock, ParticipatieProperties properties) {
            return new DeadlineFiring(engines.orderedStream().toList(), clock.getIfUnique(Clock::systemUTC),
                    properties.getScheduling().getDeadlines().getInterval());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "participatie.scheduling.checkpoints.enabled")
    static class Checkpoints {

        @Bean
        @ConditionalOnMissingBean
        CheckpointTaking participatieCheckpointTaking(EventStore store, ObjectProvider<CheckpointSigner> signer,
                                                      ObjectProvider<CheckpointPublisher> publisher,
                                                      ObjectProvider<Clock> clock, ParticipatieProperties properties) {
            ParticipatieProperties.Checkpoints settings = properties.getScheduling().getCheckpoints();
            CheckpointSigner signing = signer.getIfUnique(() -> CheckpointKeys.signer(settings.getKeyId(),
                    settings.getPrivateKey()));
            CheckpointPublisher publishing = publisher.getIfUnique(() -> {
                if (settings.getDirectory() == null) {
                    throw new CheckpointSettingsException("Scheduled checkpoints are on "
                            + "(participatie.scheduling.checkpoints.enabled=true), but nowhere to publish them is "
                            + "configured: a checkpoint kept only beside the database protects nothing.",
                            "Set participatie.scheduling.checkpoints.directory to a folder outside the database, "
                                    + "or define a CheckpointPublisher bean.", null);
                }
                return new DirectoryCheckpointPublisher(settings.getDirectory());
            });
            return new CheckpointTaking(store, signing, publishing, clock.getIfUnique(Clock::systemUTC),
                    settings.getInterval());
        }
    }
}
