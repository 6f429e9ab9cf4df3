package nl.participatie.springboot.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;

import nl.participatie.core.API;

/**
 * The library's refusals as problem details in a Spring MVC application ({@link ParticipatieProblemDetails}).
 * Switched off with {@code participatie.web.problem-details.enabled=false}, or replaced by a bean of that type.
 */
@API(status = API.Status.EXPERIMENTAL)
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class})
@ConditionalOnBooleanProperty(name = "participatie.web.problem-details.enabled", matchIfMissing = true)
public class ParticipatieWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ParticipatieProblemDetails participatieProblemDetails() {
        return new ParticipatieProblemDetails();
    }
}
