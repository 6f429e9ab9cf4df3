package nl.participatie.springboot.autoconfigure;

import java.util.Objects;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import nl.participatie.core.API;
import nl.participatie.core.store.StoreException;
import nl.participatie.core.store.jdbc.SchemaMigration;

/**
 * The health of participatie's database (<i>gezondheid</i>), as Actuator's {@code participatie} component: up when
 * the database is reachable and holds the schema version this library needs, down when it cannot be reached or its
 * schema is missing, older or newer. Details: {@code schemaVersion} (0 when there is no participatie schema) and
 * {@code expectedSchemaVersion}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ParticipatieHealthIndicator implements HealthIndicator {

    private final DataSource dataSource;

    /** The health of the participatie tables in this database. */
    public ParticipatieHealthIndicator(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Health health() {
        int version;
        try {
            version = SchemaMigration.version(dataSource);
        } catch (StoreException e) {
            // The library's own message: it names the action and the SQLState, never a row's values.
            return Health.down().withDetail("error", e.getMessage())
                    .withDetail("expectedSchemaVersion", SchemaMigration.LATEST_VERSION).build();
        }
        Health.Builder health = version == SchemaMigration.LATEST_VERSION ? Health.up() : Health.down();
        return health.withDetail("schemaVersion", version)
                .withDetail("expectedSchemaVersion", SchemaMigration.LATEST_VERSION).build();
    }
}
