package nl.participatie.core.validation;

import java.lang.annotation.Annotation;
import java.util.Objects;
import java.util.function.Function;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A constraint validator that accepts exactly what a value type's parser accepts (<i>controle via de waarde</i>):
 * the one rule behind {@link Postcode}, {@link MunicipalityCode}, {@link DistrictCode} and
 * {@link NeighbourhoodCode}, so an annotation on a DTO and the value type can never disagree. {@code null} is valid.
 *
 * @param <A> the constraint annotation
 */
@API(status = API.Status.INTERNAL)
public abstract class ParsingValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {

    private final Function<String, ?> parser;

    /** A validator that runs the given parser, which throws {@link InvalidValueException} on bad input. */
    protected ParsingValidator(Function<String, ?> parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            parser.apply(value.toString());
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
