package nl.participatie.buurtschouw.open311;

import java.util.List;

import nl.participatie.core.API;

/**
 * An Open311 document or request could not be accepted (<i>Open311-fout</i>): it carries the HTTP status to answer
 * with and the errors in the spec's format, ready to write with {@link Open311Format#errorsJson} or
 * {@link Open311Format#errorsXml}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Open311Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final transient List<Open311Error> errors;

    /** An exception with an HTTP status and at least one error. */
    public Open311Exception(int httpStatus, List<Open311Error> errors) {
        super(errors.isEmpty() ? "Open311 error " + httpStatus : errors.get(0).code() + ": " + errors.get(0).description());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An Open311 exception needs at least one error");
        }
        this.httpStatus = httpStatus;
        this.errors = List.copyOf(errors);
    }

    static Open311Exception badRequest(String description, Throwable cause) {
        Open311Exception e = new Open311Exception(400, List.of(Open311Error.of(400, description)));
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    /** The HTTP status to answer with: 400, 403 or 404. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The errors, in Open311's format. */
    public List<Open311Error> errors() {
        return errors;
    }
}
