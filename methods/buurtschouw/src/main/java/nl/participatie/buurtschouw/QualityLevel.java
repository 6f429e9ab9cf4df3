package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A level of the CROW quality catalogue for public space (<i>beeldkwaliteit</i>, <i>kwaliteitsniveau</i>): A+ (very
 * high), A (high), B (basic), C (low), D (very low). A municipality chooses the level it aims for per theme
 * (often B); residents on a <i>burgerschouw</i> score what they see against it. Written as {@code A+}, {@code A},
 * {@code B}, {@code C}, {@code D}.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum QualityLevel {
    /** Very high (<i>zeer hoog</i>). */
    A_PLUS("A+"),
    /** High (<i>hoog</i>). */
    A("A"),
    /** Basic (<i>basis</i>). */
    B("B"),
    /** Low (<i>laag</i>). */
    C("C"),
    /** Very low (<i>zeer laag</i>). */
    D("D");

    private final String code;

    QualityLevel(String code) {
        this.code = code;
    }

    /** The CROW code: {@code A+}, {@code A}, {@code B}, {@code C} or {@code D}. */
    public String code() {
        return code;
    }

    /** Parses a CROW code; lower case and surrounding white space are accepted. */
    public static QualityLevel parse(String text) {
        InvalidValueException.requireNonNull(text, "qualityLevel");
        String s = text.strip().toUpperCase(java.util.Locale.ROOT);
        for (QualityLevel level : values()) {
            if (level.code.equals(s)) {
                return level;
            }
        }
        throw new InvalidValueException(ValueRejection.QUALITY_LEVEL_INVALID.code(), text);
    }

    /** Whether this level is at least as good as the other ({@code A} is at least {@code B}). */
    public boolean isAtLeast(QualityLevel other) {
        return ordinal() <= other.ordinal();
    }

    /** The score of this level from 5 (A+) to 1 (D), for averages. */
    public int points() {
        return 5 - ordinal();
    }

    /** The level nearest to an average of {@link #points()} (3.4 is B, 3.5 is A); below 1 is D, above 5 is A+. */
    public static QualityLevel nearest(double points) {
        long rounded = Math.round(points);
        return values()[5 - (int) Math.max(1, Math.min(5, rounded))];
    }

    @Override
    public String toString() {
        return code;
    }
}
