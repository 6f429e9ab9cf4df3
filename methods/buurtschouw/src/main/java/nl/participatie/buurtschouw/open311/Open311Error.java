package nl.participatie.buurtschouw.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.participatie.core.API;

/**
 * An error in Open311's error format (<i>foutmelding</i>): a code, usually the HTTP status, and a description meant
 * for the user.
 *
 * @param code        {@code code}, e.g. {@code 400}, {@code 403}, {@code 404}
 * @param description {@code description}
 */
@JsonPropertyOrder({"code", "description"})
@API(status = API.Status.EXPERIMENTAL)
public record Open311Error(@JsonProperty("code") String code, @JsonProperty("description") String description) {

    public Open311Error {
        code = Open311Format.clean(code);
        description = Open311Format.clean(description);
    }

    /** An error with an HTTP status code. */
    public static Open311Error of(int code, String description) {
        return new Open311Error(Integer.toString(code), description);
    }
}
