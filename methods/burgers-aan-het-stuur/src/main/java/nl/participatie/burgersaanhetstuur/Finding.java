package nl.participatie.burgersaanhetstuur;

import java.time.LocalDate;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * One reason a citizen initiative is stuck or at risk (<i>bevinding</i>), with the evidence (which action, indicator or
 * goal, since when), what is wrong and advice on what to do, in Dutch and English.
 *
 * @param reason   why, with its stable code
 * @param severity how serious
 * @param evidence what it is about and since when
 * @param message  what is wrong, with the specifics
 * @param advice   what to do about it
 */
@API(status = API.Status.EXPERIMENTAL)
public record Finding(StallReason reason, Severity severity, Evidence evidence, LocalizedText message, LocalizedText advice) {

    public Finding {
        InvalidValueException.requireNonNull(reason, "reason");
        InvalidValueException.requireNonNull(severity, "severity");
        InvalidValueException.requireNonNull(evidence, "evidence");
        InvalidValueException.requireNonNull(message, "message");
        InvalidValueException.requireNonNull(advice, "advice");
    }

    /** The stable code of the reason, e.g. {@code action-overdue}. */
    public String code() {
        return reason.code();
    }

    /**
     * What a finding points at (<i>bewijs</i>): the action, indicator or goal by number and name, the step, or the
     * initiative as a whole, and since when the problem exists.
     *
     * @param subject what kind of thing
     * @param id      its number; 0 for a step or the initiative
     * @param name    its title or name as residents wrote it (the step's code for a step); {@code null} for an initiative not started
     * @param since   since when the problem exists; {@code null} when no date applies
     */
    public record Evidence(Subject subject, int id, Erasable<String> name, LocalDate since) {
        public Evidence {
            InvalidValueException.requireNonNull(subject, "subject");
        }
    }

    /** The kinds of things a finding can point at. */
    public enum Subject {
        /** The initiative as a whole. */
        INITIATIVE,
        /** The step it is in. */
        STEP,
        /** A goal. */
        GOAL,
        /** An action. */
        ACTION,
        /** An indicator. */
        INDICATOR
    }

    /** How serious a finding is (<i>ernst</i>), from mild to severe. */
    public enum Severity {
        /** Worth a look: the initiative works, but not as the method intends (<i>aandachtspunt</i>). */
        WARNING,
        /** At risk of getting stuck (<i>risico</i>). */
        AT_RISK,
        /** Stuck (<i>vastgelopen</i>). */
        STUCK;

        // Kept outside the constants, so a state that refers to one holds no text.
        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.FINDING_WARNING),
            Catalogue.text(LabelText.FINDING_AT_RISK),
            Catalogue.text(LabelText.FINDING_STUCK)};

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }
    }
}
