package nl.participatie.demo.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

import nl.participatie.demo.DemoApplication;

/**
 * The demo on a random port with its data on an in-memory H2 database of its own: one application for every test
 * class that carries this annotation (Spring's test context cache).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-api;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa"})
public @interface DemoOnH2 {
}
