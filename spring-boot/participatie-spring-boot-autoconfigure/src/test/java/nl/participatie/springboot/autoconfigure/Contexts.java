package nl.participatie.springboot.autoconfigure;

import java.util.UUID;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The application contexts the tests start: participatie's auto-configuration beside Boot's own. */
final class Contexts {

    static final AutoConfigurations PARTICIPATIE = AutoConfigurations.of(ParticipatieStoreAutoConfiguration.class,
            ParticipatieMetricsAutoConfiguration.class, ParticipatieMethodsAutoConfiguration.class,
            ParticipatieJacksonAutoConfiguration.class, ParticipatieHealthAutoConfiguration.class,
            ParticipatieSchedulingAutoConfiguration.class);

    private Contexts() {
    }

    /** No DataSource: Boot's JDBC support is not configured. */
    static ApplicationContextRunner withoutDataSource() {
        return new ApplicationContextRunner().withConfiguration(PARTICIPATIE);
    }

    /** Boot's DataSource on a fresh H2 database in memory, and Boot's Flyway support (active when Flyway is present). */
    static ApplicationContextRunner withH2() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
                .withConfiguration(PARTICIPATIE)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "spring.flyway.locations=classpath:db/app-migration");
    }
}
