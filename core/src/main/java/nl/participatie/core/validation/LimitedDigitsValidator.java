package nl.participatie.core.validation;

import nl.participatie.core.API;

import java.math.BigDecimal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Digits;

import nl.participatie.core.value.Decimals;

/**
 * {@code @Digits} for a {@link BigDecimal}, within the library's {@link Decimals} limits. Hibernate Validator's own
 * check computes the digits before the point as {@code precision - scale} in an {@code int}, which overflows for
 * {@code 1e2147483647}: that number passes {@code @Digits(integer = 12, fraction = 6)}. This one refuses every number
 * outside the limits first, then counts as Hibernate Validator does. The library's validator
 * ({@link CommandValidation}) uses it; a vendor can register it for {@code @Digits} in their own configuration too.
 */
@API(status = API.Status.STABLE)
public final class LimitedDigitsValidator implements ConstraintValidator<Digits, BigDecimal> {

    private int maxIntegerLength;
    private int maxFractionLength;

    @Override
    public void initialize(Digits constraint) {
        maxIntegerLength = constraint.integer();
        maxFractionLength = constraint.fraction();
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!Decimals.isWithinLimits(value)) {
            return false;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        long integerLength = (long) stripped.precision() - stripped.scale();
        int fractionLength = Math.max(stripped.scale(), 0);
        return integerLength <= maxIntegerLength && fractionLength <= maxFractionLength;
    }
}
