package nl.participatie.burgersaanhetstuur;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.Decimals;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * A measurable result of a goal (<i>indicator</i>), step 4 of the method, SMART: a number (baseline and target), a
 * unit, a date and how it is measured, and its kind in Results Based Accountability. Numbered per initiative from 1.
 *
 * @param id               its number within the initiative, from 1
 * @param cycle            the cycle it belongs to
 * @param goal             the goal of the same cycle it measures
 * @param name             what is counted, e.g. "Zakken zwerfafval per opschoonronde"
 * @param unit             the unit, e.g. "zakken", "%", "bewoners"
 * @param kind             how much, how well, or is anyone better off
 * @param baseline         the value at the start (<i>nulmeting</i>)
 * @param target           the value to reach (<i>streefwaarde</i>); never equal to the baseline
 * @param firstMeasurement the first moment it should be measured
 * @param targetDate       when the target should be reached
 * @param method           how it is measured, e.g. "telling na elke opschoonochtend"
 * @param carriedFrom      the indicator of the previous cycle it continues; 0 for a new indicator
 */
@API(status = API.Status.EXPERIMENTAL)
public record Indicator(int id, int cycle, int goal, Erasable<String> name, String unit, Kind kind, BigDecimal baseline,
                        BigDecimal target, LocalDate firstMeasurement, LocalDate targetDate, Erasable<String> method, int carriedFrom) {

    public Indicator {
        Checks.positive(id, "id");
        Checks.positive(cycle, "cycle");
        Checks.positive(goal, "goal");
        InvalidValueException.requireNonNull(name, "name");
        InvalidValueException.requireNonNull(unit, "unit");
        InvalidValueException.requireNonNull(kind, "kind");
        InvalidValueException.requireNonNull(baseline, "baseline");
        InvalidValueException.requireNonNull(target, "target");
        InvalidValueException.requireNonNull(firstMeasurement, "firstMeasurement");
        InvalidValueException.requireNonNull(targetDate, "targetDate");
        InvalidValueException.requireNonNull(method, "method");
        Checks.notNegative(carriedFrom, "carriedFrom");
    }

    /** Whether the target lies above the baseline (more is better); otherwise less is better. */
    public boolean isIncrease() {
        return target.compareTo(baseline) > 0;
    }

    /** Whether the value reaches the target, in the indicator's direction. */
    public boolean isReachedBy(BigDecimal value) {
        return isIncrease() ? value.compareTo(target) >= 0 : value.compareTo(target) <= 0;
    }

    /**
     * Whether the value can be compared with this indicator's baseline and target by distance: the three lie within
     * the {@link Decimals} limits. A command never brings a number outside them, but a history stored before the
     * limits existed may hold one ({@code 1e2147483647}); reports and diagnoses then treat it as not comparable.
     */
    public boolean isComparable(BigDecimal value) {
        return Decimals.isWithinLimits(value) && Decimals.isWithinLimits(baseline) && Decimals.isWithinLimits(target);
    }

    /**
     * How far the value is from the target: never negative.
     *
     * @throws InvalidValueException {@code number.out-of-range} when the value or the target lies outside the
     *                               {@link Decimals} limits (see {@link #isComparable})
     */
    public BigDecimal distanceToTarget(BigDecimal value) {
        Decimals.requireWithinLimits(value, "value");
        Decimals.requireWithinLimits(target, "target");
        return target.subtract(value).abs();
    }

    /** The three questions of Results Based Accountability (<i>soort resultaat</i>). */
    public enum Kind {
        /** How much did we do? (<i>Hoeveel deden we?</i>): activity, e.g. clean-up mornings held. */
        HOW_MUCH,
        /** How well did we do it? (<i>Hoe goed deden we het?</i>): quality, e.g. share of neighbours satisfied. */
        HOW_WELL,
        /** Is anyone better off? (<i>Is iemand erop vooruitgegaan?</i>): effect, e.g. less litter. */
        BETTER_OFF;

        // Kept outside the constants, so a state that refers to one holds no text.
        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.INDICATOR_HOW_MUCH_DID_WE_DO),
            Catalogue.text(LabelText.INDICATOR_HOW_WELL_DID_WE_DO_IT),
            Catalogue.text(LabelText.INDICATOR_IS_ANYONE_BETTER_OFF)};

        /** The question in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }
    }
}
