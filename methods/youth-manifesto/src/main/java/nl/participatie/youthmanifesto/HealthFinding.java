package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * One thing the health check found (<i>bevinding</i>): the issue, what it is about and what is wrong, in Dutch and
 * English.
 *
 * @param issue   the issue, with its stable code
 * @param subject what it is about: a participant's id, a response's number, or the group's name
 * @param message what is wrong, with the specifics
 */
@API(status = API.Status.EXPERIMENTAL)
public record HealthFinding(HealthIssue issue, String subject, LocalizedText message) {

    public HealthFinding {
        InvalidValueException.requireNonNull(issue, "issue");
        InvalidValueException.requireNonNull(subject, "subject");
        InvalidValueException.requireNonNull(message, "message");
    }

    /** The stable code of the issue. */
    public String code() {
        return issue.code();
    }
}
