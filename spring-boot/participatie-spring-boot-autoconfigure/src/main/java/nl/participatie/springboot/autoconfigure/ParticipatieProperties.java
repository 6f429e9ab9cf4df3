package nl.participatie.springboot.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

import nl.participatie.core.API;

/**
 * The settings of participatie in a Spring Boot application (<i>instellingen</i>), under the prefix
 * {@code participatie}. Every part of the auto-configuration can be switched off here, or replaced by a bean of the
 * application's own.
 */
@API(status = API.Status.EXPERIMENTAL)
@ConfigurationProperties(prefix = "participatie")
public class ParticipatieProperties {

    private final Store store = new Store();
    private final Schema schema = new Schema();
    private final Switch burgersAanHetStuur = new Switch();
    private final Switch buurtschouw = new Switch();
    private final Switch youthManifesto = new Switch();
    private final Switch budgetmonitoring = new Switch();
    private final Switch samenspel = new Switch();
    private final Switch jackson = new Switch();
    private final Switch metrics = new Switch();
    private final Web web = new Web();
    private final Scheduling scheduling = new Scheduling();

    /** Where events and personal data are kept. */
    public Store getStore() {
        return store;
    }

    /** Creating and upgrading the tables. */
    public Schema getSchema() {
        return schema;
    }

    /** Burgers aan het stuur. */
    public Switch getBurgersAanHetStuur() {
        return burgersAanHetStuur;
    }

    /** Digitale Buurtschouw. */
    public Switch getBuurtschouw() {
        return buurtschouw;
    }

    /** Youth Manifesto. */
    public Switch getYouthManifesto() {
        return youthManifesto;
    }

    /** Budgetmonitoring. */
    public Switch getBudgetmonitoring() {
        return budgetmonitoring;
    }

    /** Samenspel. */
    public Switch getSamenspel() {
        return samenspel;
    }

    /** The library's Jackson modules as beans, for the application's mappers. */
    public Switch getJackson() {
        return jackson;
    }

    /** Micrometer metrics of the commands handled. */
    public Switch getMetrics() {
        return metrics;
    }

    /** Spring MVC. */
    public Web getWeb() {
        return web;
    }

    /** Work on a schedule: deadlines and checkpoints. */
    public Scheduling getScheduling() {
        return scheduling;
    }

    /** Which kind of store the facades get. */
    public enum StoreType {
        /** The JDBC stores on the application's DataSource; no facades without a DataSource. */
        JDBC,
        /** Stores in memory, lost at every restart: for demonstrations and tests only. */
        IN_MEMORY
    }

    /** Where events and personal data are kept. */
    public static class Store {
        /** Which kind of store: the JDBC stores on the application's DataSource, or in memory (lost at restart). */
        private StoreType type = StoreType.JDBC;

        public StoreType getType() {
            return type;
        }

        public void setType(StoreType type) {
            this.type = type;
        }
    }

    /** Creating and upgrading the tables. */
    public static class Schema {
        /** Whether to create or upgrade the participatie tables at start-up. */
        private boolean migrate = true;
        private final Flyway flyway = new Flyway();

        public boolean isMigrate() {
            return migrate;
        }

        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }

        /** Handing the migration to Flyway. */
        public Flyway getFlyway() {
            return flyway;
        }
    }

    /** Handing the migration to Flyway. */
    public static class Flyway {
        /** Whether Flyway runs the library's SQL files when Flyway is on the class path (otherwise the library does). */
        private boolean enabled = true;
        /** Flyway's history table for the library's SQL files, apart from the application's own. */
        private String table = "participatie_flyway_history";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getTable() {
            return table;
        }

        public void setTable(String table) {
            this.table = table;
        }
    }

    /** A part that is on unless switched off: a method module (its facade, engines and Jackson module) or a feature. */
    public static class Switch {
        /** Whether this part is configured. */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** Spring MVC. */
    public static class Web {
        private final Switch problemDetails = new Switch();

        /** Rejections, unreadable JSON and lasting conflicts answered as RFC 9457 problem details. */
        public Switch getProblemDetails() {
            return problemDetails;
        }
    }

    /** Work on a schedule: deadlines and checkpoints. */
    public static class Scheduling {
        private final Deadlines deadlines = new Deadlines();
        private final Checkpoints checkpoints = new Checkpoints();

        /** Firing what is due. */
        public Deadlines getDeadlines() {
            return deadlines;
        }

        /** Signed checkpoints. */
        public Checkpoints getCheckpoints() {
            return checkpoints;
        }
    }

    /** Firing what is due on every instance of every engine. */
    public static class Deadlines {
        /** Whether to fire due deadlines on a schedule (off: the application calls fireDue itself). */
        private boolean enabled;
        /** Time between two rounds, from the end of one to the start of the next. */
        private Duration interval = Duration.ofMinutes(1);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }
    }

    /** Taking signed checkpoints of the event store and publishing them outside the database. */
    public static class Checkpoints {
        /** Whether to take signed checkpoints on a schedule. */
        private boolean enabled;
        /** Time between two checkpoints. */
        private Duration interval = Duration.ofHours(24);
        /** The name of the signing key, written in every checkpoint (e.g. gemeente-utrecht-2026). */
        private String keyId;
        /** The Ed25519 private key that signs, PKCS#8 in PEM; never in the database (e.g. file:/run/secrets/checkpoint.pem). */
        private Resource privateKey;
        /** The folder outside the database where each checkpoint and its heads are written as text. */
        private Path directory;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public String getKeyId() {
            return keyId;
        }

        public void setKeyId(String keyId) {
            this.keyId = keyId;
        }

        public Resource getPrivateKey() {
            return privateKey;
        }

        public void setPrivateKey(Resource privateKey) {
            this.privateKey = privateKey;
        }

        public Path getDirectory() {
            return directory;
        }

        public void setDirectory(Path directory) {
            this.directory = directory;
        }
    }
}
