package nl.participatie.buurtschouw;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.participatie.core.API;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.WorkingDays;

/**
 * What a municipality configures about reports (<i>spelregels voor meldingen</i>): its category tree, its
 * neighbourhood boundaries (to derive a report's neighbourhood), how long a reporter has to react, an external party
 * to answer a forwarded report and a reporter to answer the satisfaction survey, its time zone and own closing days
 * (working-day objectives skip weekends, the national holidays of {@link WorkingDays} and these days), the quality
 * level it aims for per theme, the external systems a report may be sent to, and which unhappy answers of the
 * satisfaction survey reopen a report.
 *
 * <pre>{@code
 * ReportRules rules = ReportRules.defaults()
 *     .withCategories(myTree)
 *     .withBoundaries(NeighbourhoodBoundaries.fromWkt(...))
 *     .withTarget(Theme.GREEN, QualityLevel.A)
 *     .withExternalSystem("mijn-aannemer");
 * }</pre>
 *
 * @param categories         the category tree
 * @param boundaries         neighbourhood boundaries; {@code null} when the municipality supplies none
 * @param reactionWindow     how long a reporter may react to a question (default 5 days)
 * @param satisfactionWindow how long the satisfaction survey stays open after handling (default 14 days)
 * @param zone               the municipality's time zone (default {@link DutchTime#ZONE})
 * @param holidays           the municipality's own closing days, on top of the national holidays
 * @param defaultTarget      the quality level aimed for where no theme target is set (default B)
 * @param targets            the quality level aimed for per theme
 * @param externalWindow     how long an external party has to answer a forwarded report (default 14 days, as Signalen)
 * @param externalSystems    the systems a report may be sent to (<i>extern: te verzenden</i>): Signalen's
 *                           {@code sigmax}, {@code gisib} and {@code straatnotes}, and those the vendor registers;
 *                           lower case
 * @param unhappyAnswers     the standard answers of an unhappy reporter (<i>standaardantwoorden</i>), each with whether
 *                           it reopens the report (<i>heropent bij ontevredenheid</i>); a free-text answer always does
 */
@API(status = API.Status.EXPERIMENTAL)
public record ReportRules(CategoryTree categories, NeighbourhoodBoundaries boundaries, Duration reactionWindow,
                          Duration satisfactionWindow, ZoneId zone, Set<LocalDate> holidays, QualityLevel defaultTarget,
                          Map<Theme, QualityLevel> targets, Duration externalWindow, Set<String> externalSystems,
                          Map<String, Boolean> unhappyAnswers) {

    /** Signalen's own targets of {@code ready to send} ({@code Status.TARGET_API_CHOICES}). */
    public static final Set<String> SIGNALEN_EXTERNAL_SYSTEMS = Set.of("sigmax", "gisib", "straatnotes");

    public ReportRules {
        InvalidValueException.requireNonNull(categories, "categories");
        InvalidValueException.requireNonNull(reactionWindow, "reactionWindow");
        InvalidValueException.requireNonNull(satisfactionWindow, "satisfactionWindow");
        InvalidValueException.requireNonNull(zone, "zone");
        InvalidValueException.requireNonNull(defaultTarget, "defaultTarget");
        InvalidValueException.requireNonNull(externalWindow, "externalWindow");
        holidays = Set.copyOf(holidays);
        targets = Map.copyOf(targets);
        externalSystems = Collections.unmodifiableSet(new TreeSet<>(externalSystems));
        unhappyAnswers = Collections.unmodifiableMap(new TreeMap<>(unhappyAnswers));
        if (reactionWindow.isNegative() || reactionWindow.isZero() || satisfactionWindow.isNegative() || satisfactionWindow.isZero()
                || externalWindow.isNegative() || externalWindow.isZero()) {
            throw new IllegalArgumentException("The reaction, satisfaction and external windows must be positive");
        }
        for (String system : externalSystems) {
            if (system.isBlank() || !system.equals(system.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("An external system is a lower-case name: '" + system + "'");
            }
        }
    }

    /**
     * The default tree, no boundaries, 5 days to react, 14 days for the survey and for an external party, Europe/Amsterdam,
     * target B, Signalen's external systems, and three unhappy standard answers of which only "niet-opgelost" reopens.
     */
    public static ReportRules defaults() {
        return new ReportRules(CategoryTree.defaults(), null, Duration.ofDays(5), Duration.ofDays(14),
                DutchTime.ZONE, Set.of(), QualityLevel.B, Map.of(), Duration.ofDays(14), SIGNALEN_EXTERNAL_SYSTEMS,
                Map.of("niet-opgelost", true, "te-lang-geduurd", false, "niet-op-de-hoogte-gehouden", false));
    }

    /** These rules with another category tree. */
    public ReportRules withCategories(CategoryTree value) {
        return new ReportRules(value, boundaries, reactionWindow, satisfactionWindow, zone, holidays, defaultTarget, targets,
                externalWindow, externalSystems, unhappyAnswers);
    }

    /** These rules with neighbourhood boundaries. */
    public ReportRules withBoundaries(NeighbourhoodBoundaries value) {
        return new ReportRules(categories, value, reactionWindow, satisfactionWindow, zone, holidays, defaultTarget, targets,
                externalWindow, externalSystems, unhappyAnswers);
    }

    /** These rules with another reaction window. */
    public ReportRules withReactionWindow(Duration value) {
        return new ReportRules(categories, boundaries, value, satisfactionWindow, zone, holidays, defaultTarget, targets,
                externalWindow, externalSystems, unhappyAnswers);
    }

    /** These rules with another satisfaction survey window. */
    public ReportRules withSatisfactionWindow(Duration value) {
        return new ReportRules(categories, boundaries, reactionWindow, value, zone, holidays, defaultTarget, targets,
                externalWindow, externalSystems, unhappyAnswers);
    }

    /** These rules in another time zone. */
    public ReportRules withZone(ZoneId value) {
        return new ReportRules(categories, boundaries, reactionWindow, satisfactionWindow, value, holidays, defaultTarget, targets,
                externalWindow, externalSystems, unhappyAnswers);
    }

    /** These rules with another quality level aimed for where no theme target is set. */
    public ReportRules withDefaultTarget(QualityLevel value) {
        return new ReportRules(categories, boundaries, reactionWindow, satisfactionWindow, zone, holidays, value, targets,
                externalWindow, externalSystems, unhappyAnswers);
    }

    /** These rules with the municipality's own closing days (the national holidays always count). */
    public ReportRules withHolidays(Set<LocalDate> value) {
        return new ReportRules(categories, boundaries, reactionWindow, satisfactionWindow, zone, value, defaultTarget, targets,
                externalWindow, externalSystems, unhappyAnswers);
    }

    /** These rules with the quality level aimed for on a theme. */
    public ReportRules withTarget(Theme theme, QualityLevel level) {
        Map<Theme, QualityLevel> more = new HashMap<>(targets);
        more.put(theme, level);
        return new ReportRules(categories, boundaries, reactionWindow, satisfactionWindow, zone, holidays, defaultTarget, more,
                externalWindow, externalSystems, unhappyAnswers);
    }

    /** These rules with another window for an external party to answer a forwarded report. */
    public ReportRules withExternalWindow(Duration value) {
        return new ReportRules(categories, boundaries, reactionWindow, satisfactionWindow, zone, holidays, defaultTarget, targets,
                value, externalSystems, unhappyAnswers);
    }

    /** These rules with one more external system a report may be sent to, registered by the vendor (lower case). */
    public ReportRules withExternalSystem(String name) {
        Set<String> more = new TreeSet<>(externalSystems);
        more.add(name);
        return new ReportRules(categories, boundaries, reactionWindow, satisfactionWindow, zone, holidays, defaultTarget, targets,
                externalWindow, more, unhappyAnswers);
    }

    /** These rules with an unhappy standard answer of the satisfaction survey, and whether it reopens the report. */
    public ReportRules withUnhappyAnswer(String answer, boolean reopens) {
        Map<String, Boolean> more = new TreeMap<>(unhappyAnswers);
        more.put(answer, reopens);
        return new ReportRules(categories, boundaries, reactionWindow, satisfactionWindow, zone, holidays, defaultTarget, targets,
                externalWindow, externalSystems, more);
    }

    /** The quality level aimed for on a theme. */
    public QualityLevel targetFor(Theme theme) {
        return targets.getOrDefault(theme, defaultTarget);
    }

    /** The boundaries, if any. */
    public Optional<NeighbourhoodBoundaries> neighbourhoodBoundaries() {
        return Optional.ofNullable(boundaries);
    }

    /** The working days of the municipality: the national calendar with its own closing days. */
    public WorkingDays workingDays() {
        return WorkingDays.national().withClosingDays(holidays);
    }
}
