package nl.participatie.core.validation;

import nl.participatie.core.API;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;


/**
 * The annotated text must be a Dutch postcode (<i>postcode</i>), such as {@code 1234 AB}: for a vendor's own
 * DTOs that hold it as a {@code String}. It accepts exactly what
 * {@link nl.participatie.core.value.Postcode#parse Postcode.parse} accepts (so also lower case, no space, a hyphen and an
 * {@code NL-} prefix); convert with that method to get the canonical form. {@code null} is valid: add {@code @NotNull} when the
 * value is required.
 *
 * <p>The annotation has the simple name of the value type {@link nl.participatie.core.value.Postcode} on purpose, as
 * all constraint annotations of this package do: the violation code is {@code constraint.Postcode}. Import one of the
 * two, or write the other fully qualified.
 */
@Documented
@Constraint(validatedBy = Postcode.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@API(status = API.Status.STABLE)
public @interface Postcode {

    /** The message template; the default says what the format is, in Dutch and English. */
    String message() default "{nl.participatie.constraints.Postcode.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks the text with {@link nl.participatie.core.value.Postcode#parse}; used by Bean Validation. */
    final class Validator extends ParsingValidator<Postcode> {

        /** Made by Bean Validation. */
        public Validator() {
            super(nl.participatie.core.value.Postcode::parse);
        }
    }
}
