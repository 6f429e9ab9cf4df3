package nl.participatie.core;

import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * A message a change calls for (<i>terugkoppeling</i>, <i>bericht</i>): the feedback every method owes the
 * people in it, e.g. "your report was handled" or "the action you own is overdue". The library says what should
 * be told to whom; the vendor's system delivers it (e-mail, app, letter).
 *
 * @param recipient who should be told
 * @param code      a stable code for templating and filtering, e.g. {@code report.handled}
 * @param message   the text in Dutch and English
 */
@API(status = API.Status.STABLE)
public record Notification(Recipient recipient, String code, LocalizedText message) {

    public Notification {
        InvalidValueException.requireNonNull(recipient, "recipient");
        InvalidValueException.requireNonNull(code, "code");
        InvalidValueException.requireNonNull(message, "message");
    }

    /** A notification to a recipient. */
    public static Notification of(Recipient recipient, String code, LocalizedText message) {
        return new Notification(recipient, code, message);
    }
}
