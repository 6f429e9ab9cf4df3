/**
 * Spring Boot auto-configuration of participatie (<i>inbouw in Spring Boot</i>): the facades of the method modules on
 * the class path over the application's {@code DataSource}, the schema migrated at start-up by the library or by
 * Flyway, the library's Jackson modules as beans, Micrometer metrics of the commands handled, an Actuator health
 * indicator, refusals as problem details, and opt-in scheduling of deadlines and signed checkpoints. Every part is
 * switched off by a property under {@code participatie} ({@link nl.participatie.springboot.autoconfigure.ParticipatieProperties})
 * or replaced by a bean of the application's own.
 */
package nl.participatie.springboot.autoconfigure;
