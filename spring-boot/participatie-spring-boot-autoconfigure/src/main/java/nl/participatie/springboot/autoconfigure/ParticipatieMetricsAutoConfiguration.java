package nl.participatie.springboot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import nl.participatie.core.API;

/**
 * Micrometer metrics of the commands handled (<i>meetgegevens</i>), when Micrometer is on the class path and the
 * application has a {@link MeterRegistry}: a {@link MicrometerCommandMetrics} bean that every facade of the
 * auto-configuration reports to. Switched off with {@code participatie.metrics.enabled=false}.
 */
@API(status = API.Status.EXPERIMENTAL)
@AutoConfiguration(afterName = {"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "participatie.metrics.enabled", matchIfMissing = true)
public class ParticipatieMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MicrometerCommandMetrics participatieCommandMetrics(MeterRegistry registry) {
        return new MicrometerCommandMetrics(registry);
    }
}
