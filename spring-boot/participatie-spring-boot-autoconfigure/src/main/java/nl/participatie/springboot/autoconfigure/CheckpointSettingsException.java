package nl.participatie.springboot.autoconfigure;

import nl.participatie.core.API;

/**
 * Scheduled checkpoints are switched on, but the key to sign them or the place to publish them is missing or
 * unusable (<i>onvolledige instellingen</i>): the application does not start, rather than run without the protection
 * it was configured to have. Spring Boot reports it with what to set.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CheckpointSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String action;

    CheckpointSettingsException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** What to set to start. */
    public String action() {
        return action;
    }
}
