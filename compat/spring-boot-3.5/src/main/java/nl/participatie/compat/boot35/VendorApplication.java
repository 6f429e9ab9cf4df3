package nl.participatie.compat.boot35;

import com.fasterxml.jackson.databind.Module;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.json.BurgersAanHetStuurJacksonModule;
import nl.participatie.core.json.CoreModule;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/**
 * A vendor's Spring Boot 3.5 application that embeds Burgers aan het stuur without a starter: the schema migrated
 * at start-up, the facade over Boot's {@link DataSource}, and the library's Jackson modules given to Boot's
 * {@code ObjectMapper} as beans (Boot registers every {@link Module} bean; it does not look in
 * {@code META-INF/services}).
 */
@SpringBootApplication
public class VendorApplication {

    public static void main(String[] args) {
        SpringApplication.run(VendorApplication.class, args);
    }

    @Bean
    BurgersAanHetStuur burgersAanHetStuur(DataSource dataSource) {
        SchemaMigration.migrate(dataSource);
        return BurgersAanHetStuur.builder().store(new JdbcEventStore(dataSource)).build();
    }

    @Bean
    Module participatieCore() {
        return new CoreModule();
    }

    @Bean
    Module participatieBurgersAanHetStuur() {
        return new BurgersAanHetStuurJacksonModule();
    }
}
