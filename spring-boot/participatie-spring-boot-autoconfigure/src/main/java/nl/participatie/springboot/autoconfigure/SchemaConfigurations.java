package nl.participatie.springboot.autoconfigure;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who brings the participatie tables up to date at start-up: Flyway when it is on the class path, otherwise the
 * library. Either runs after the application's own database initialisation (its Flyway or Liquibase migrations, its
 * SQL scripts), so the application's Flyway first meets its own empty schema, not the library's tables.
 */
final class SchemaConfigurations {

    private SchemaConfigurations() {
    }

    /** The library's SQL files run by Flyway, when Flyway is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.flywaydb.core.Flyway")
    @ConditionalOnBooleanProperty(name = "participatie.schema.migrate", matchIfMissing = true)
    @ConditionalOnBooleanProperty(name = "participatie.schema.flyway.enabled", matchIfMissing = true)
    static class FlywayMigration {

        @Bean
        @ConditionalOnMissingBean
        @DependsOnDatabaseInitialization
        ParticipatieSchema participatieSchema(DataSource dataSource, ParticipatieProperties properties,
                                              ApplicationContext context) {
            return FlywaySchemaMigration.migrate(dataSource, properties.getSchema().getFlyway().getTable(),
                    context.getClassLoader());
        }
    }

    /** The library's own migration, when Flyway does not run it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "participatie.schema.migrate", matchIfMissing = true)
    static class LibraryMigration {

        @Bean
        @ConditionalOnMissingBean
        @DependsOnDatabaseInitialization
        ParticipatieSchema participatieSchema(DataSource dataSource) {
            return ParticipatieSchema.migratedByLibrary(dataSource);
        }
    }
}
