package nl.participatie.springboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.participatie.budgetmonitoring.Budgetmonitoring;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.json.CoreModule;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.store.InMemoryPersonalDataStore;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcPersonalDataStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.store.jdbc.SchemaMissingException;
import nl.participatie.samenspel.Samenspel;
import nl.participatie.youthmanifesto.YouthManifesto;

/** Given the application's DataSource (or none), with Flyway (or without): the stores, the schema and the facades. */
class StoresAndSchemaTest {

    @Test
    void withoutADataSourceThereAreNoStoresAndNoFacadesButTheJsonModulesAreThere() {
        Contexts.withoutDataSource().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(EventStore.class).doesNotHaveBean(ParticipatieSchema.class)
                    .doesNotHaveBean(BurgersAanHetStuur.class).doesNotHaveBean(ProcessEngine.class);
            assertThat(context).hasSingleBean(CoreModule.class);
        });
    }

    @Test
    void withoutADataSourceStoresInMemoryOnlyWhenAskedFor() {
        Contexts.withoutDataSource().withPropertyValues("participatie.store.type=in-memory").run(context -> {
            assertThat(context).hasSingleBean(InMemoryEventStore.class).hasSingleBean(InMemoryPersonalDataStore.class);
            BurgersAanHetStuur facade = context.getBean(BurgersAanHetStuur.class);
            var id = facade.initiatives().newStream();
            facade.initiatives().handle(id, Initiatives.ANNA, Initiatives.start()).orElseThrow();
            assertThat(context.getBean(EventStore.class).version(id)).isEqualTo(1);
        });
    }

    @Test
    void withADataSourceAndNoFlywayTheLibraryMigratesAndEveryMethodGetsItsFacadeOnTheJdbcStores() {
        Contexts.withH2().withClassLoader(new FilteredClassLoader(Flyway.class)).run(context -> {
            assertThat(context).hasNotFailed();
            ParticipatieSchema schema = context.getBean(ParticipatieSchema.class);
            assertThat(schema.migratedBy()).isEqualTo(ParticipatieSchema.MigratedBy.LIBRARY);
            assertThat(schema.version()).isEqualTo(SchemaMigration.LATEST_VERSION);
            assertThat(context).hasSingleBean(JdbcEventStore.class).hasSingleBean(JdbcPersonalDataStore.class)
                    .hasSingleBean(BurgersAanHetStuur.class).hasSingleBean(Buurtschouw.class)
                    .hasSingleBean(YouthManifesto.class).hasSingleBean(Budgetmonitoring.class)
                    .hasSingleBean(Samenspel.class);
            assertThat(context.getBeansOfType(ProcessEngine.class)).containsOnlyKeys("burgersAanHetStuurInitiatives",
                    "buurtschouwCampaigns", "buurtschouwReports", "youthManifestoGroups", "budgetmonitoringRounds",
                    "samenspelTrajectories");
            JdbcTemplate sql = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(tables(sql)).contains("PARTICIPATIE_EVENT", "PARTICIPATIE_ERASURE_KEY")
                    .doesNotContain("PARTICIPATIE_FLYWAY_HISTORY");

            BurgersAanHetStuur facade = context.getBean(BurgersAanHetStuur.class);
            var id = facade.initiatives().newStream();
            facade.initiatives().handle(id, Initiatives.ANNA, Initiatives.start()).orElseThrow();
            assertThat(sql.queryForObject("SELECT COUNT(*) FROM participatie_event WHERE stream_id = ?", Long.class,
                    id.id())).isEqualTo(1);
            // The initiative's title is the initiator's text: sealed under keys kept in the same database.
            assertThat(sql.queryForObject("SELECT COUNT(*) FROM participatie_erasure_key", Long.class)).isPositive();
        });
    }

    @Test
    void withFlywayTheLibrarysScriptsRunInAHistoryTableOfTheirOwnBesideTheApplicationsMigrations() {
        Contexts.withH2().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ParticipatieSchema.class).migratedBy())
                    .isEqualTo(ParticipatieSchema.MigratedBy.FLYWAY);
            assertThat(context).hasSingleBean(Flyway.class);
            JdbcTemplate sql = new JdbcTemplate(context.getBean(DataSource.class));
            // The application's tables came first, so Flyway set a baseline below the library's first version.
            assertThat(sql.queryForList("SELECT \"type\" || ' ' || \"version\" FROM \"participatie_flyway_history\" "
                    + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"", String.class))
                    .containsExactly("BASELINE 0", "SQL 1", "SQL 2", "SQL 3", "SQL 4", "SQL 5");
            assertThat(sql.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL'",
                    String.class)).containsExactly("1");
            assertThat(tables(sql)).contains("APPLICATION_NOTE", "PARTICIPATIE_EVENT");
            assertThat(SchemaMigration.version(context.getBean(DataSource.class))).isEqualTo(SchemaMigration.LATEST_VERSION);

            BurgersAanHetStuur facade = context.getBean(BurgersAanHetStuur.class);
            facade.initiatives().handle(facade.initiatives().newStream(), Initiatives.ANNA, Initiatives.start())
                    .orElseThrow();
        });
    }

    @Test
    void flywayTakesOverADatabaseTheLibraryMigratedBeforeAndRunsWhateverTheApplicationsFlywaySetting() {
        var runner = Contexts.withH2();
        runner.withClassLoader(new FilteredClassLoader(Flyway.class)).run(first ->
                assertThat(first.getBean(ParticipatieSchema.class).migratedBy())
                        .isEqualTo(ParticipatieSchema.MigratedBy.LIBRARY));
        // Only the library's Flyway: the application's would meet a schema that is not empty, which is its own affair.
        runner.withPropertyValues("spring.flyway.enabled=false").run(second -> {
            assertThat(second).hasNotFailed();
            assertThat(second.getBean(ParticipatieSchema.class).migratedBy())
                    .isEqualTo(ParticipatieSchema.MigratedBy.FLYWAY);
            assertThat(second.getBean(ParticipatieSchema.class).version()).isEqualTo(SchemaMigration.LATEST_VERSION);
        });
    }

    @Test
    void flywayCanBeLeftOutOfTheLibrarysMigration() {
        Contexts.withH2().withPropertyValues("participatie.schema.flyway.enabled=false").run(context -> {
            assertThat(context.getBean(ParticipatieSchema.class).migratedBy())
                    .isEqualTo(ParticipatieSchema.MigratedBy.LIBRARY);
            assertThat(tables(new JdbcTemplate(context.getBean(DataSource.class))))
                    .doesNotContain("PARTICIPATIE_FLYWAY_HISTORY");
        });
    }

    @Test
    void withMigrationSwitchedOffTheStoresRefuseAMissingSchema() {
        Contexts.withH2().withPropertyValues("participatie.schema.migrate=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(ParticipatieSchema.class);
            BurgersAanHetStuur facade = context.getBean(BurgersAanHetStuur.class);
            assertThatThrownBy(() -> facade.initiatives().handle(facade.initiatives().newStream(), Initiatives.ANNA,
                    Initiatives.start())).isInstanceOf(SchemaMissingException.class);
        });
    }

    @Test
    void theApplicationsOwnStoresAreUsedInPlaceOfTheJdbcOnes() {
        InMemoryEventStore events = new InMemoryEventStore();
        InMemoryPersonalDataStore people = new InMemoryPersonalDataStore();
        Contexts.withH2().withBean(EventStore.class, () -> events).withBean(PersonalDataStore.class, () -> people)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(JdbcEventStore.class).doesNotHaveBean(JdbcPersonalDataStore.class);
                    BurgersAanHetStuur facade = context.getBean(BurgersAanHetStuur.class);
                    var id = facade.initiatives().newStream();
                    facade.initiatives().handle(id, Initiatives.ANNA, Initiatives.start()).orElseThrow();
                    assertThat(events.version(id)).isEqualTo(1);
                });
    }

    private static List<String> tables(JdbcTemplate sql) {
        return sql.queryForList("SELECT UPPER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES", String.class);
    }
}
