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
 * The annotated text must be the CBS code of a district (<i>wijkcode</i>), such as {@code WK036301}: for a vendor's own
 * DTOs that hold it as a {@code String}. It accepts exactly what
 * {@link nl.participatie.core.value.DistrictCode#parse DistrictCode.parse} accepts (so also lower case and surrounding white
 * space); convert with that method to get the canonical form. {@code null} is valid: add {@code @NotNull} when the
 * value is required.
 *
 * <p>The annotation has the simple name of the value type {@link nl.participatie.core.value.DistrictCode} on purpose, as
 * all constraint annotations of this package do: the violation code is {@code constraint.DistrictCode}. Import one of the
 * two, or write the other fully qualified.
 */
@Documented
@Constraint(validatedBy = DistrictCode.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@API(status = API.Status.STABLE)
public @interface DistrictCode {

    /** The message template; the default says what the format is, in Dutch and English. */
    String message() default "{nl.participatie.constraints.DistrictCode.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks the text with {@link nl.participatie.core.value.DistrictCode#parse}; used by Bean Validation. */
    final class Validator extends ParsingValidator<DistrictCode> {

        /** Made by Bean Validation. */
        public Validator() {
            super(nl.participatie.core.value.DistrictCode::parse);
        }
    }
}
