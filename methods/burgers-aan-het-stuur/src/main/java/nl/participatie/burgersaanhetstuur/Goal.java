package nl.participatie.burgersaanhetstuur;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * A goal of one cycle (<i>doel</i>): what must improve in the neighbourhood, step 2 of the method ("Wat moet er
 * beter?"). Goals are numbered per initiative from 1 and never removed, so earlier cycles stay readable.
 *
 * @param id          its number within the initiative, from 1
 * @param cycle       the cycle it belongs to
 * @param title       what must improve, e.g. "Minder zwerfafval rond het speelveld"; erasable
 * @param theme       liveability or social cohesion
 * @param carriedFrom the goal of the previous cycle it continues; 0 for a new goal
 */
@API(status = API.Status.EXPERIMENTAL)
public record Goal(int id, int cycle, Erasable<String> title, Theme theme, int carriedFrom) {

    public Goal {
        Checks.positive(id, "id");
        Checks.positive(cycle, "cycle");
        InvalidValueException.requireNonNull(title, "title");
        InvalidValueException.requireNonNull(theme, "theme");
        Checks.notNegative(carriedFrom, "carriedFrom");
    }

    /** What a goal is about (<i>thema</i>): the two aims of the method. */
    public enum Theme {
        /** Liveability (<i>leefbaarheid</i>): a clean, safe, pleasant neighbourhood. */
        LIVEABILITY,
        /** Social cohesion (<i>sociale samenhang</i>): neighbours who know and help each other. */
        SOCIAL_COHESION;

        // Kept outside the constants, so a state that refers to one holds no text.
        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.GOAL_LIVEABILITY),
            Catalogue.text(LabelText.GOAL_SOCIAL_COHESION)};

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }
    }
}
