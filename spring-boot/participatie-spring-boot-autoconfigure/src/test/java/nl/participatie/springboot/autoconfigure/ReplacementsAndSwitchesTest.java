package nl.participatie.springboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.burgersaanhetstuur.json.BurgersAanHetStuurJacksonModule;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.json.CoreModule;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.value.StreamId;

/** Every bean gives way to the application's own, and every part is switched off by its property. */
class ReplacementsAndSwitchesTest {

    @Test
    void theApplicationsOwnFacadeIsUsedAndItsEngineIsTheBean() {
        BurgersAanHetStuur own = BurgersAanHetStuur.builder().store(new InMemoryEventStore()).build();
        Contexts.withH2().withBean(BurgersAanHetStuur.class, () -> own).run(context -> {
            assertThat(context.getBean(BurgersAanHetStuur.class)).isSameAs(own);
            ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives = context.getBean(
                    "burgersAanHetStuurInitiatives", ProcessEngine.class);
            assertThat(initiatives).isSameAs(own.initiatives());
            // The other methods still get theirs.
            assertThat(context).hasSingleBean(Buurtschouw.class);
        });
    }

    @Test
    void theApplicationsClockAndIdsGoIntoEveryFacade() {
        Instant noon = Instant.parse("2026-05-04T10:00:00Z");
        Contexts.withH2().withBean(Clock.class, () -> Clock.fixed(noon, ZoneOffset.UTC))
                .withBean(IdGenerator.class, () -> () -> "vast-id").run(context -> {
                    var initiatives = context.getBean(BurgersAanHetStuur.class).initiatives();
                    StreamId id = initiatives.newStream();
                    assertThat(id.id()).isEqualTo("vast-id");
                    var started = initiatives.handle(id, Initiatives.ANNA, Initiatives.start()).orElseThrow();
                    assertThat(started.events().get(0).recordedAt()).isEqualTo(noon);
                });
    }

    @Test
    void aMethodSwitchedOffHasNoFacadeNoEngineAndNoJsonModule() {
        Contexts.withH2().withPropertyValues("participatie.burgers-aan-het-stuur.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(BurgersAanHetStuur.class)
                    .doesNotHaveBean("burgersAanHetStuurInitiatives")
                    .doesNotHaveBean(BurgersAanHetStuurJacksonModule.class);
            assertThat(context).hasSingleBean(Buurtschouw.class);
        });
    }

    @Test
    void aMethodWhoseModuleIsNotOnTheClassPathIsLeftOut() {
        Contexts.withH2().withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(
                "nl.participatie.burgersaanhetstuur.")).run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean("burgersAanHetStuur")
                            .doesNotHaveBean("burgersAanHetStuurJacksonModule");
                    assertThat(context).hasSingleBean(Buurtschouw.class);
                });
    }

    @Test
    void theJsonModulesCanBeSwitchedOff() {
        Contexts.withoutDataSource().withPropertyValues("participatie.jackson.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(CoreModule.class)
                        .doesNotHaveBean(BurgersAanHetStuurJacksonModule.class));
    }
}
