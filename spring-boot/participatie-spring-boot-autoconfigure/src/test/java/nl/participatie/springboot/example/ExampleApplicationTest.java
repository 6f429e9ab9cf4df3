package nl.participatie.springboot.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;
import java.util.Locale;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.participatie.springboot.autoconfigure.MicrometerCommandMetrics;
import nl.participatie.springboot.autoconfigure.ParticipatieSchema;

/**
 * A whole application under Spring Boot 4's dependency management, on H2: commands come in as JSON through the
 * application's own mapper (Boot's Jackson 2 support), are handled by the starter's engine and stored in the
 * database; rejections come back as problem details in the caller's language; health and metrics report on them.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:example;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/app-migration",
        "spring.http.converters.preferred-json-mapper=jackson2",
        "management.endpoint.health.show-details=always"})
@AutoConfigureMockMvc
class ExampleApplicationTest {

    private static final Principal ANNA = () -> "p-7f3a9c";
    private static final String START = """
            {"@type": "burgersaanhetstuur.start-initiative.v1", "title": "Schone Bloemenbuurt",
             "neighbourhood": "BU03630102", "initiators": ["p-7f3a9c"], "origin": null}""";
    private static final String DESCRIBE = """
            {"@type": "burgersaanhetstuur.describe-situation.v1", "description": "Zwerfafval rond het speelveld",
             "affected": "ouders en kinderen", "sources": [],
             "assets": [{"kind": "PLACE", "description": "buurthuis De Schakel"}]}""";
    private static final String SKIP_TO_EXECUTION = """
            {"@type": "burgersaanhetstuur.advance-step.v1", "to": "EXECUTION"}""";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private Validator validator;
    @Autowired
    private ParticipatieSchema schema;

    @AfterEach
    void forgetTheLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void commandsComeInThroughTheApplicationsMapperAndAreStoredOnH2() throws Exception {
        MvcResult started = mvc.perform(post("/initiatives").principal(ANNA).contentType(MediaType.APPLICATION_JSON)
                        .content(START))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/initiatives/")))
                .andExpect(jsonPath("$.step").value("SITUATION"))
                .andReturn();
        String location = started.getResponse().getHeader("Location");

        mvc.perform(post(location).principal(ANNA).contentType(MediaType.APPLICATION_JSON).content(DESCRIBE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.step").value("SITUATION"));

        String id = location.substring("/initiatives/".length());
        assertThat(new JdbcTemplate(dataSource).queryForList(
                "SELECT type_id FROM participatie_event WHERE stream_id = ? ORDER BY sequence_no", String.class, id))
                .containsExactly("burgersaanhetstuur.initiative-started.v2",
                        "burgersaanhetstuur.situation-described.v2");
        assertThat(schema.version()).isEqualTo(5);
        assertThat(meters.get(MicrometerCommandMetrics.COMMANDS).tag("command", "DescribeSituation")
                .tag("outcome", "accepted").timer().count()).isPositive();
    }

    @Test
    void aRejectionIsAProblemDetailInTheCallersLanguage() throws Exception {
        String location = mvc.perform(post("/initiatives").principal(ANNA).contentType(MediaType.APPLICATION_JSON)
                .content(START)).andReturn().getResponse().getHeader("Location");

        mvc.perform(post(location).principal(ANNA).contentType(MediaType.APPLICATION_JSON).content(SKIP_TO_EXECUTION)
                        .locale(Locale.forLanguageTag("nl")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Opdracht geweigerd"))
                .andExpect(jsonPath("$.violations[0].code").value("burgersaanhetstuur.not-next-step"))
                .andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.endsWith(
                        "stappen overslaan kan niet")));
        mvc.perform(post(location).principal(ANNA).contentType(MediaType.APPLICATION_JSON).content(SKIP_TO_EXECUTION)
                        .locale(Locale.ENGLISH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Command rejected"));
    }

    @Test
    void theHealthShowsTheParticipatieDatabase() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.participatie.status").value("UP"))
                .andExpect(jsonPath("$.components.participatie.details.schemaVersion").value(5));
    }

    @Test
    void theApplicationsValidatorChecksItsOwnFormsWithTheLibrarysConstraintsInTheRequestsLanguage() {
        Address wrong = new Address("Dorpsstraat 1", "1234 A");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        assertThat(validator.validate(wrong)).extracting(ConstraintViolation::getMessage)
                .containsExactly("moet een Nederlandse postcode zijn van 4 cijfers en 2 letters, zoals 1234 AB");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(validator.validate(wrong)).extracting(ConstraintViolation::getMessage)
                .containsExactly("must be a Dutch postcode of 4 digits and 2 letters, such as 1234 AB");
    }
}
