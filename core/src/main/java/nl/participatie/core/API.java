package nl.participatie.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How stable a public type of the library is (<i>stabiliteit</i>), after JUnit 5's API Guardian: vendors can rely
 * on {@link Status#STABLE} types across minor versions, {@link Status#EXPERIMENTAL} ones may still change, and
 * {@link Status#INTERNAL} ones are public only for the library's own modules.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface API {

    /** The stability of the annotated type. */
    Status status();

    /** The version since which it has this status. */
    String since() default "0.1";

    /** Stability levels. */
    enum Status {
        /** Kept compatible across minor versions. */
        STABLE,
        /** New; may change in a minor version. */
        EXPERIMENTAL,
        /** Public for the library's own modules only; may change at any time. */
        INTERNAL
    }
}
