package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * When a quality score becomes a report (<i>meldingsdrempel</i>): a campaign may say that a score below a level on a
 * theme, or on every theme, is filed as a report (<i>melding</i>) to be handled. A score is not a complaint by itself;
 * only the campaign's thresholds turn a poor score into one. Off unless the campaign sets them.
 *
 * @param theme the theme; {@code null} for every theme the campaign has no threshold of its own for
 * @param level a score below this level is reported: with level {@code B}, a {@code C} or {@code D} is
 */
@API(status = API.Status.EXPERIMENTAL)
public record ReportThreshold(Theme theme, QualityLevel level) {

    public ReportThreshold {
        InvalidValueException.requireNonNull(level, "level");
    }

    /** A threshold for one theme. */
    public static ReportThreshold of(Theme theme, QualityLevel level) {
        return new ReportThreshold(InvalidValueException.requireNonNull(theme, "theme"), level);
    }

    /** One threshold for every theme without its own. */
    public static ReportThreshold everyTheme(QualityLevel level) {
        return new ReportThreshold(null, level);
    }

    /** Whether a score falls below this threshold: worse than its level. */
    public boolean isMissedBy(QualityLevel score) {
        return !score.isAtLeast(level);
    }
}
