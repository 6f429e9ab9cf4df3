package nl.participatie.springboot.autoconfigure;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import nl.participatie.core.API;

/**
 * Actuator's health of participatie's database (<i>gezondheid</i>): a {@link ParticipatieHealthIndicator} when Spring
 * Boot's health support is on the class path and the JDBC stores are in use. Switched off with
 * {@code management.health.participatie.enabled=false}.
 */
@API(status = API.Status.EXPERIMENTAL)
@AutoConfiguration(after = ParticipatieStoreAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(name = "participatie.store.type", havingValue = "jdbc", matchIfMissing = true)
@ConditionalOnEnabledHealthIndicator("participatie")
public class ParticipatieHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "participatieHealthIndicator")
    ParticipatieHealthIndicator participatieHealthIndicator(DataSource dataSource) {
        return new ParticipatieHealthIndicator(dataSource);
    }
}
