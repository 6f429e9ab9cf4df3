package nl.participatie.buurtschouw.open311;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;

/**
 * An Open311 document or request could not be accepted (<i>Open311-fout</i>): it carries the HTTP status to answer
 * with, the errors in the spec's format, ready to write with {@link Open311Format#errorsJson} or
 * {@link Open311Format#errorsXml}, and for each error raised by this library its {@link Open311Text} key, so a
 * caller can tell, say, a missing geocoder ({@link Open311Text#ERROR_NO_GEOCODER}) from a missing location without
 * reading text. No description repeats what the caller sent.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Open311Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final transient List<Open311Error> errors;
    private final transient List<Open311Text> reasons;

    /** An exception with an HTTP status and at least one error. */
    public Open311Exception(int httpStatus, List<Open311Error> errors) {
        this(httpStatus, errors, List.of());
    }

    private Open311Exception(int httpStatus, List<Open311Error> errors, List<Open311Text> reasons) {
        super(errors.isEmpty() ? "Open311 error " + httpStatus : errors.get(0).code() + ": " + errors.get(0).description());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An Open311 exception needs at least one error");
        }
        this.httpStatus = httpStatus;
        this.errors = List.copyOf(errors);
        this.reasons = List.copyOf(reasons);
    }

    /** One error, its text from the catalogue in {@code locale}. */
    static Open311Exception of(int httpStatus, Locale locale, Open311Text reason, Object... args) {
        Problems problems = new Problems(locale);
        problems.add(httpStatus, reason, args);
        return problems.exception();
    }

    /** The HTTP status to answer with: 400, 403 or 404. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The errors, in Open311's format. */
    public List<Open311Error> errors() {
        return errors;
    }

    /** The catalogue keys of the errors, in the same order; empty for an exception made with the public constructor. */
    public List<Open311Text> reasons() {
        return reasons;
    }

    /** Collects every problem of one request, to answer them all at once: 404 when any is 404, else 400. */
    static final class Problems {
        private final Locale locale;
        private final List<Open311Error> errors = new ArrayList<>();
        private final List<Open311Text> reasons = new ArrayList<>();
        private int status = 400;

        Problems(Locale locale) {
            this.locale = locale;
        }

        /** Adds a problem; {@code args} name fields and limits, never the caller's input. */
        void add(int httpStatus, Open311Text reason, Object... args) {
            errors.add(Open311Error.of(httpStatus, Catalogue.text(reason, args).in(locale)));
            reasons.add(reason);
            if (httpStatus == 404) {
                status = 404;
            }
        }

        boolean isEmpty() {
            return errors.isEmpty();
        }

        Open311Exception exception() {
            return new Open311Exception(status, errors, reasons);
        }

        /** Throws when there is any problem. */
        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw exception();
            }
        }
    }
}
