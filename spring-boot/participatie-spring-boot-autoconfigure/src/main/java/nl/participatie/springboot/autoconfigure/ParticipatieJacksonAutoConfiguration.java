package nl.participatie.springboot.autoconfigure;

import tools.jackson.databind.JacksonModule;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.participatie.budgetmonitoring.json.BudgetmonitoringJacksonModule;
import nl.participatie.burgersaanhetstuur.json.BurgersAanHetStuurJacksonModule;
import nl.participatie.buurtschouw.json.BuurtschouwJacksonModule;
import nl.participatie.core.API;
import nl.participatie.core.json.CoreModule;
import nl.participatie.samenspel.json.SamenspelJacksonModule;
import nl.participatie.youthmanifesto.json.YouthManifestoJacksonModule;

/**
 * The library's Jackson modules as beans (<i>JSON</i>), so that Spring Boot registers them with the application's
 * mappers: the core module and the module of every method on the class path as Jackson 2
 * {@code com.fasterxml.jackson.databind.Module} beans, which Spring Boot's Jackson 2 support
 * ({@code spring-boot-jackson2}) adds to its {@code ObjectMapper}; and, when {@code participatie-jackson3} is on the
 * class path, its {@code nl.participatie.jackson3.ParticipatieJacksonModule} as a Jackson 3
 * {@code tools.jackson.databind.JacksonModule} bean, which Spring Boot 4's default {@code JsonMapper} takes. Switched
 * off with {@code participatie.jackson.enabled=false}.
 */
@API(status = API.Status.EXPERIMENTAL)
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "participatie.jackson.enabled", matchIfMissing = true)
public class ParticipatieJacksonAutoConfiguration {

    /** The name of the Jackson 3 module of {@code participatie-jackson3}. */
    static final String JACKSON3_MODULE = "nl.participatie.jackson3.ParticipatieJacksonModule";

    @Bean
    @ConditionalOnMissingBean
    CoreModule participatieCoreJacksonModule() {
        return new CoreModule();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(BurgersAanHetStuurJacksonModule.class)
    @ConditionalOnBooleanProperty(name = "participatie.burgers-aan-het-stuur.enabled", matchIfMissing = true)
    static class BurgersAanHetStuurJson {
        @Bean
        @ConditionalOnMissingBean
        BurgersAanHetStuurJacksonModule burgersAanHetStuurJacksonModule() {
            return new BurgersAanHetStuurJacksonModule();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(BuurtschouwJacksonModule.class)
    @ConditionalOnBooleanProperty(name = "participatie.buurtschouw.enabled", matchIfMissing = true)
    static class BuurtschouwJson {
        @Bean
        @ConditionalOnMissingBean
        BuurtschouwJacksonModule buurtschouwJacksonModule() {
            return new BuurtschouwJacksonModule();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(YouthManifestoJacksonModule.class)
    @ConditionalOnBooleanProperty(name = "participatie.youth-manifesto.enabled", matchIfMissing = true)
    static class YouthManifestoJson {
        @Bean
        @ConditionalOnMissingBean
        YouthManifestoJacksonModule youthManifestoJacksonModule() {
            return new YouthManifestoJacksonModule();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(BudgetmonitoringJacksonModule.class)
    @ConditionalOnBooleanProperty(name = "participatie.budgetmonitoring.enabled", matchIfMissing = true)
    static class BudgetmonitoringJson {
        @Bean
        @ConditionalOnMissingBean
        BudgetmonitoringJacksonModule budgetmonitoringJacksonModule() {
            return new BudgetmonitoringJacksonModule();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SamenspelJacksonModule.class)
    @ConditionalOnBooleanProperty(name = "participatie.samenspel.enabled", matchIfMissing = true)
    static class SamenspelJson {
        @Bean
        @ConditionalOnMissingBean
        SamenspelJacksonModule samenspelJacksonModule() {
            return new SamenspelJacksonModule();
        }
    }

    /**
     * The Jackson 3 module of {@code participatie-jackson3}, made by reflection: this module is built before that one
     * and does not depend on it, so its class is named here and looked up only when it is on the class path.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"tools.jackson.databind.JacksonModule", JACKSON3_MODULE})
    static class Jackson3 {
        @Bean
        @ConditionalOnMissingBean(type = JACKSON3_MODULE)
        JacksonModule participatieJackson3Module(ApplicationContext context) throws ReflectiveOperationException {
            Class<?> module = Class.forName(JACKSON3_MODULE, true, context.getClassLoader());
            return (JacksonModule) module.getDeclaredConstructor().newInstance();
        }
    }
}
