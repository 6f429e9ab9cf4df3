package nl.participatie.springboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.util.ClassUtils;

import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeStep;
import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.json.ParticipatieJson;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The library's Jackson modules end up in the application's mappers: Jackson 2's, and Jackson 3's with participatie-jackson3. */
class JacksonModulesTest {

    @Test
    void bootsJackson2ObjectMapperWritesAndReadsCommandsByTheirTypeIds() {
        Contexts.withoutDataSource().withConfiguration(AutoConfigurations.of(Jackson2AutoConfiguration.class))
                .run(context -> {
                    ObjectMapper mapper = context.getBean(ObjectMapper.class);
                    InitiativeCommand command = Initiatives.start();
                    String json = mapper.writerFor(InitiativeCommand.class).writeValueAsString(command);
                    assertThat(json).contains("\"@type\":\"burgersaanhetstuur.start-initiative.v1\"")
                            .contains("\"neighbourhood\":\"BU03630102\"");
                    assertThat(mapper.readValue(json, InitiativeCommand.class)).isEqualTo(command);
                    // What the library itself reads, from what the application's mapper wrote.
                    assertThat(ParticipatieJson.defaults().read(json, InitiativeCommand.class)).isEqualTo(command);
                });
    }

    @Test
    void bootsMapperKeepsItsOwnSettingsSoOnlyParticipatieJsonRefusesAnUnknownProperty() {
        Contexts.withoutDataSource().withConfiguration(AutoConfigurations.of(Jackson2AutoConfiguration.class))
                .run(context -> {
                    String json = "{\"@type\":\"burgersaanhetstuur.advance-step.v1\",\"to\":\"GOALS\",\"extra\":1}";
                    assertThat(context.getBean(ObjectMapper.class).readValue(json, InitiativeCommand.class))
                            .isEqualTo(new InitiativeCommand.AdvanceStep(InitiativeStep.GOALS));
                    assertThatThrownBy(() -> ParticipatieJson.defaults().read(json, InitiativeCommand.class))
                            .isInstanceOfSatisfying(JsonReadException.class,
                                    e -> assertThat(e.code()).isEqualTo("json.unknown-property"));
                });
    }

    @Test
    void withoutParticipatieJackson3NoJackson3ModuleIsRegistered() {
        Contexts.withoutDataSource().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader("nl.participatie.jackson3."))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JsonMapper.class)
                            .doesNotHaveBean("participatieJackson3Module");
                    assertThat(context.getBeansOfType(JacksonModule.class).values())
                            .noneMatch(module -> module.getClass().getName().startsWith("nl.participatie."));
                });
    }

    /** With participatie-jackson3, Boot's Jackson 3 JsonMapper writes and reads commands by their type ids. */
    @Test
    void withParticipatieJackson3BootsJsonMapperWritesAndReadsCommandsByTheirTypeIds() {
        assertThat(ClassUtils.isPresent(ParticipatieJacksonAutoConfiguration.JACKSON3_MODULE, null)).isTrue();
        Contexts.withoutDataSource().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withPropertyValues("spring.jackson.find-and-add-modules=false")
                .run(context -> {
                    assertThat(context).hasBean("participatieJackson3Module");
                    JsonMapper mapper = context.getBean(JsonMapper.class);
                    InitiativeCommand command = Initiatives.start();
                    String json = mapper.writerFor(InitiativeCommand.class).writeValueAsString(command);
                    assertThat(json).contains("\"@type\":\"burgersaanhetstuur.start-initiative.v1\"");
                    assertThat(mapper.readValue(json, InitiativeCommand.class)).isEqualTo(command);
                });
    }
}
