package nl.participatie.budgetmonitoring;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;

/**
 * Amounts written the Dutch way, {@code 1.234.567,89} or {@code 1234567,89}: dots group thousands (in threes, or not
 * at all), a comma starts the decimals, a minus may lead. Nothing else is read, so {@code 1,234.56} or {@code 1.23}
 * is refused rather than misread.
 */
final class DutchAmount {

    private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?");
    private static final Pattern PLAIN = Pattern.compile("-?[0-9]{1,16}(,[0-9]+)?");

    private DutchAmount() {
    }

    /**
     * The amount {@code text} stands for at {@code scale}.
     *
     * @throws InvalidValueException {@code budgetmonitoring.amount-invalid} for another form,
     *                               {@code budgetmonitoring.amount-too-precise} when it is not whole cents
     */
    static Money parse(String text, Scale scale) {
        String s = text.strip();
        if (s.length() > 40 || !(GROUPED.matcher(s).matches() || PLAIN.matcher(s).matches())) {
            throw ValueRejection.AMOUNT_INVALID.exception(text);
        }
        BigDecimal euros = new BigDecimal(s.replace(".", "").replace(',', '.')).multiply(scale.factor());
        if (euros.stripTrailingZeros().scale() > 2) {
            throw ValueRejection.AMOUNT_TOO_PRECISE.exception(text, scale);
        }
        return Money.of(euros);
    }
}
