package nl.participatie.buurtschouw;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.InvalidValueException;

/**
 * What a municipality configures about reports (<i>spelregels voor meldingen</i>): its category tree, its
 * neighbourhood boundaries (to derive a report's neighbourhood), how long a reporter has to react and to answer the
 * satisfaction survey, its time zone and public holidays (for working-day objectives), and the quality level it
 * aims for per theme.
 *
 * <pre>{@code
 * ReportRules rules = ReportRules.defaults()
 *     .withCategories(myTree)
 *     .withBoundaries(NeighbourhoodBoundaries.fromWkt(...))
 *     .withTarget(Theme.GREEN, QualityLevel.A);
 * }</pre>
 *
 * @param categories         the category tree
 * @param boundaries         neighbourhood boundaries; {@code null} when the municipality supplies none
 * @param reactionWindow     how long a reporter may react to a question (default 5 days)
 * @param satisfactionWindow how long the satisfaction survey stays open after handling (default 14 days)
 * @param zone               the municipality's time zone (default {@link DutchTime#ZONE})
 * @param holidays           public holidays that are no working days
 * @param defaultTarget      the quality level aimed for where no theme target is set (default B)
 * @param targets            the quality level aimed for per theme
 */
@API(status = API.Status.EXPERIMENTAL)
public record ReportRules(CategoryTree categories, NeighbourhoodBoundaries boundaries, Duration reactionWindow,
                          Duration satisfactionWindow, ZoneId zone, Set<LocalDate> holidays, QualityLevel defaultTarget,
                          Map<Theme, QualityLevel> targets) {

    public ReportRules {
        InvalidValueException.requireNonNull(categories, "categories");
        InvalidValueException.requireNonNull(reactionWindow, "reactionWindow");
        InvalidValueException.requireNonNull(satisfactionWindow, "satisfactionWindow");
        InvalidValueException.requireNonNull(zone, "zone");
        InvalidValueException.requireNonNull(defaultTarget, "defaultTarget");
        holidays = Set.copyOf(holidays);
        targets = Map.copyOf(targets);
        if (reactionWindow.isNegative() || reactionWindow.isZero() || satisfactionWindow.isNegative() || satisfactionWindow.isZero()) {
            throw new IllegalArgumentException("The reaction and satisfaction windows must be positive");
        }
    }

    /** The default tree, no boundaries, 5 days to react, 14 days for the survey, Europe/Amsterdam, target B. */
    public static ReportRules defaults() {
        return new ReportRules(CategoryTree.defaults(), null, Duration.ofDays(5), Duration.ofDays(14),
                DutchTime.ZONE, Set.of(), QualityLevel.B, Map.of());
    }

    /** These rules with another category tree. */
    public ReportRules withCategories(CategoryTree value) {
        return new ReportRules(value, boundaries, reactionWindow, satisfactionWindow, zone, holidays, defaultTarget, targets);
    }

    /** These rules with neighbourhood boundaries. */
    public ReportRules withBoundaries(NeighbourhoodBoundaries value) {
        return new ReportRules(categories, value, reactionWindow, satisfactionWindow, zone, holidays, defaultTarget, targets);
    }

    /** These rules with another reaction window. */
    public ReportRules withReactionWindow(Duration value) {
        return new ReportRules(categories, boundaries, value, satisfactionWindow, zone, holidays, defaultTarget, targets);
    }

    /** These rules with another satisfaction survey window. */
    public ReportRules withSatisfactionWindow(Duration value) {
        return new ReportRules(categories, boundaries, reactionWindow, value, zone, holidays, defaultTarget, targets);
    }

    /** These rules in another time zone. */
    public ReportRules withZone(ZoneId value) {
        return new ReportRules(categories, boundaries, reactionWindow, satisfactionWindow, value, holidays, defaultTarget, targets);
    }

    /** These rules with another quality level aimed for where no theme target is set. */
    public ReportRules withDefaultTarget(QualityLevel value) {
        return new ReportRules(categories, boundaries, reactionWindow, satisfactionWindow, zone, holidays, value, targets);
    }

    /** These rules with public holidays. */
    public ReportRules withHolidays(Set<LocalDate> value) {
        return new ReportRules(categories, boundaries, reactionWindow, satisfactionWindow, zone, value, defaultTarget, targets);
    }

    /** These rules with the quality level aimed for on a theme. */
    public ReportRules withTarget(Theme theme, QualityLevel level) {
        Map<Theme, QualityLevel> more = new HashMap<>(targets);
        more.put(theme, level);
        return new ReportRules(categories, boundaries, reactionWindow, satisfactionWindow, zone, holidays, defaultTarget, more);
    }

    /** The quality level aimed for on a theme. */
    public QualityLevel targetFor(Theme theme) {
        return targets.getOrDefault(theme, defaultTarget);
    }

    /** The boundaries, if any. */
    public Optional<NeighbourhoodBoundaries> neighbourhoodBoundaries() {
        return Optional.ofNullable(boundaries);
    }
}
