package nl.participatie.budgetmonitoring;

import java.math.BigDecimal;
import java.util.Locale;

import nl.participatie.core.API;

/**
 * The scale a file of amounts declares (<i>schaal</i>): whole euros, or thousands of euros as Iv3 deliveries use. A
 * file without a declared scale is refused, because 1.234 can mean either.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum Scale {
    /** Amounts in euros: {@code 1.234,56} is € 1.234,56. */
    EUROS(BigDecimal.ONE),
    /** Amounts in thousands of euros: {@code 1.234,5} is € 1.234.500,00. */
    THOUSANDS(BigDecimal.valueOf(1000));

    private final BigDecimal factor;

    Scale(BigDecimal factor) {
        this.factor = factor;
    }

    /** What one written unit is in euros. */
    public BigDecimal factor() {
        return factor;
    }

    /** The scale a file names: {@code euros}/{@code euro} or {@code thousands}/{@code duizenden}, any case. */
    public static Scale named(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "euros", "euro" -> EUROS;
            case "thousands", "duizenden", "x1000" -> THOUSANDS;
            default -> throw ValueRejection.SCALE_INVALID.exception(text);
        };
    }
}
