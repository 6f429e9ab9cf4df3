package nl.participatie.springboot.autoconfigure;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import nl.participatie.core.API;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.store.InMemoryPersonalDataStore;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcPersonalDataStore;

/**
 * The stores of participatie in a Spring Boot application (<i>opslag</i>): on the application's {@link DataSource}
 * a {@link JdbcEventStore} (with the erasure keys in the same database) and a {@link JdbcPersonalDataStore}, after
 * the schema was brought up to date by the library or, when it is on the class path, by Flyway. With
 * {@code participatie.store.type=in-memory} stores in memory instead. Each store is replaced by a bean of the
 * application's own ({@link EventStore}, {@link PersonalDataStore}).
 */
@API(status = API.Status.EXPERIMENTAL)
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@EnableConfigurationProperties(ParticipatieProperties.class)
public class ParticipatieStoreAutoConfiguration {

    /** The JDBC stores on the application's DataSource. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnProperty(name = "participatie.store.type", havingValue = "jdbc", matchIfMissing = true)
    @Import({SchemaConfigurations.FlywayMigration.class, SchemaConfigurations.LibraryMigration.class})
    static class Jdbc {

        @Bean
        @ConditionalOnMissingBean(EventStore.class)
        JdbcEventStore participatieEventStore(DataSource dataSource, ObjectProvider<ParticipatieSchema> schema) {
            schema.getIfAvailable();
            return new JdbcEventStore(dataSource);
        }

        @Bean
        @ConditionalOnMissingBean(PersonalDataStore.class)
        JdbcPersonalDataStore participatiePersonalDataStore(DataSource dataSource, ObjectProvider<Clock> clock,
                                                            ObjectProvider<ParticipatieSchema> schema) {
            schema.getIfAvailable();
            return new JdbcPersonalDataStore(dataSource, clock.getIfUnique(Clock::systemUTC));
        }
    }

    /** Stores in memory, on request only: everything is lost at restart. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "participatie.store.type", havingValue = "in-memory")
    static class InMemory {

        @Bean
        @ConditionalOnMissingBean(EventStore.class)
        InMemoryEventStore participatieEventStore() {
            return new InMemoryEventStore();
        }

        @Bean
        @ConditionalOnMissingBean(PersonalDataStore.class)
        InMemoryPersonalDataStore participatiePersonalDataStore() {
            return new InMemoryPersonalDataStore();
        }
    }
}
