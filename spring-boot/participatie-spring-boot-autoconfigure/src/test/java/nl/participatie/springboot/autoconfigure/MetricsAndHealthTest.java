package nl.participatie.springboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.core.store.ConcurrencyConflictException;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.ContestedStore;

/** Micrometer metrics of the commands, and Actuator's health of the database. */
class MetricsAndHealthTest {

    @Test
    void commandsAreCountedAndTimedPerMethodRejectionsPerCodeAndConflictsRetried() {
        ContestedStore store = new ContestedStore();
        Contexts.withoutDataSource().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(EventStore.class, () -> store).run(context -> {
                    assertThat(context).hasSingleBean(MicrometerCommandMetrics.class);
                    var initiatives = context.getBean(BurgersAanHetStuur.class).initiatives();
                    StreamId id = initiatives.newStream();
                    store.conflictOnNextAppends(2);
                    initiatives.handle(id, Initiatives.ANNA, Initiatives.start()).orElseThrow();
                    initiatives.handle(id, Initiatives.ANNA, new InitiativeCommand.SetGoal(" ", null));

                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    assertThat(meters.get(MicrometerCommandMetrics.COMMANDS).tag("method", "burgersaanhetstuur")
                            .tag("process", "burgersaanhetstuur.initiative").tag("command", "StartInitiative")
                            .tag("outcome", "accepted").timer().count()).isEqualTo(1);
                    assertThat(meters.get(MicrometerCommandMetrics.COMMANDS).tag("command", "SetGoal")
                            .tag("outcome", "rejected").timer().count()).isEqualTo(1);
                    assertThat(meters.get(MicrometerCommandMetrics.REJECTIONS).tag("code", "constraint.NotBlank")
                            .counter().count()).isEqualTo(1);
                    assertThat(meters.get(MicrometerCommandMetrics.REJECTIONS).tag("code", "constraint.NotNull")
                            .counter().count()).isEqualTo(1);
                    assertThat(meters.get(MicrometerCommandMetrics.CONFLICTS).tag("method", "burgersaanhetstuur")
                            .counter().count()).isEqualTo(2);
                });
    }

    @Test
    void aFailedCommandIsTimedAsFailed() {
        ContestedStore store = new ContestedStore();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        BurgersAanHetStuur facade = BurgersAanHetStuur.builder().store(store)
                .observer(new MicrometerCommandMetrics(meters)).build();
        store.conflictOnNextAppends(1_000);
        assertThatThrownBy(() -> facade.initiatives().handle(facade.initiatives().newStream(), Initiatives.ANNA,
                Initiatives.start())).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(meters.get(MicrometerCommandMetrics.COMMANDS).tag("outcome", "failed").timer().count()).isEqualTo(1);
        assertThat(meters.get(MicrometerCommandMetrics.CONFLICTS).counter().count()).isEqualTo(49);
    }

    @Test
    void noMetricsWithoutMicrometerOrWhenSwitchedOff() {
        Contexts.withoutDataSource().withPropertyValues("participatie.store.type=in-memory")
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerCommandMetrics.class));
        Contexts.withoutDataSource().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("participatie.metrics.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MicrometerCommandMetrics.class));
    }

    @Test
    void theHealthIsUpWithTheSchemaVersion() {
        Contexts.withH2().run(context -> {
            Health health = context.getBean("participatieHealthIndicator", ParticipatieHealthIndicator.class).health();
            assertThat(health.getStatus()).as("%s", health.getDetails()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("schemaVersion", SchemaMigration.LATEST_VERSION)
                    .containsEntry("expectedSchemaVersion", SchemaMigration.LATEST_VERSION);
        });
    }

    @Test
    void theHealthIsDownWithoutTheSchemaAndWhenTheDatabaseIsGone() {
        Contexts.withH2().withPropertyValues("participatie.schema.migrate=false").run(context -> {
            ParticipatieHealthIndicator indicator = context.getBean(ParticipatieHealthIndicator.class);
            assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(indicator.health().getDetails()).containsEntry("schemaVersion", 0);

            new JdbcTemplate(context.getBean(DataSource.class)).execute("SHUTDOWN");
            Health gone = indicator.health();
            assertThat(gone.getStatus()).isEqualTo(Status.DOWN);
            assertThat(gone.getDetails()).containsKey("error").doesNotContainKey("schemaVersion");
        });
    }

    @Test
    void theHealthIndicatorIsSwitchedOffByBootsProperty() {
        Contexts.withH2().withPropertyValues("management.health.participatie.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ParticipatieHealthIndicator.class));
    }
}
