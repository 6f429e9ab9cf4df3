package nl.participatie.demo.api;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The OpenAPI description of the demo's machine interfaces (<i>API-beschrijving</i>), made by springdoc from the
 * controllers: the JSON API and the Open311 endpoint, at {@code /v3/api-docs/participatie}, with Swagger UI at
 * {@code /swagger-ui/index.html}, both served by the application (no CDN).
 */
@Configuration
public class OpenApiConfiguration {

    /** The group's name, the last part of its description's address. */
    public static final String GROUP = "participatie";

    @Bean
    public GroupedOpenApi participatieApi() {
        return GroupedOpenApi.builder().group(GROUP).pathsToMatch("/api/**", "/open311/**").build();
    }

    @Bean
    public OpenAPI participatieOpenApi() {
        return new OpenAPI().info(new Info().title("participatie demo").version("0.1.0-SNAPSHOT").description(
                "The JSON API of the five methods (commands in the library's JSON with their type id, the persona in the "
                        + "X-Persona header) and Open311 GeoReport v2 backed by Digitale Buurtschouw."));
    }
}
