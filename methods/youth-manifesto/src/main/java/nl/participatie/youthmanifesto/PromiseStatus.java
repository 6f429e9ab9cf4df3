package nl.participatie.youthmanifesto;

import java.time.LocalDate;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * Whether a promise was kept (<i>belofte</i>): "do politicians keep their promises?". A promise is a toezegging of an
 * alderman, or a party's vote for an adopted motie or amendement on an action (see {@link PromiseTracker}).
 * <ul>
 *   <li>{@link #KEPT}: done by its deadline (or done, when it had none);</li>
 *   <li>{@link #LATE}: done after its deadline, or still open past it;</li>
 *   <li>{@link #BROKEN}: not done (a toezegging settled as not kept, an action concluded as not done);</li>
 *   <li>{@link #OPEN}: not done yet, within its deadline.</li>
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL)
public enum PromiseStatus {
    /** Not done yet, within its deadline (<i>loopt</i>). */
    OPEN,
    /** Kept, on time (<i>nagekomen</i>). */
    KEPT,
    /** Kept late, or open past its deadline (<i>te laat</i>). */
    LATE,
    /** Not kept (<i>niet nagekomen</i>). */
    BROKEN;

    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.PROMISE_OPEN),
        Catalogue.text(LabelText.PROMISE_KEPT),
        Catalogue.text(LabelText.PROMISE_LATE),
        Catalogue.text(LabelText.PROMISE_BROKEN)};

    /** The name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }

    /** A toezegging settled on a day: kept by its deadline, late, or broken. */
    public static PromiseStatus ofCommitment(boolean fulfilled, LocalDate settledOn, LocalDate deadline) {
        InvalidValueException.requireNonNull(settledOn, "settledOn");
        if (!fulfilled) {
            return BROKEN;
        }
        return deadline == null || !settledOn.isAfter(deadline) ? KEPT : LATE;
    }

    /** A toezegging as it stands on {@code today}. */
    public static PromiseStatus ofCommitment(CouncilResponse commitment, LocalDate today) {
        InvalidValueException.requireNonNull(commitment, "commitment");
        InvalidValueException.requireNonNull(today, "today");
        CouncilResponse.Settlement s = commitment.settlement();
        if (s != null) {
            return ofCommitment(s.fulfilled(), s.on(), commitment.deadline());
        }
        return commitment.deadline() != null && commitment.deadline().isBefore(today) ? LATE : OPEN;
    }

    /** An action as it stands on {@code today}, against its own deadline. */
    public static PromiseStatus ofAction(Action action, LocalDate today) {
        InvalidValueException.requireNonNull(action, "action");
        InvalidValueException.requireNonNull(today, "today");
        switch (action.status()) {
            case DONE:
                return action.dueBy() == null || !action.concludedOn().isAfter(action.dueBy()) ? KEPT : LATE;
            case NOT_DONE:
                return BROKEN;
            default:
                return action.dueBy() != null && action.dueBy().isBefore(today) ? LATE : OPEN;
        }
    }
}
