package nl.participatie.core.json;

import nl.participatie.core.API;

/**
 * The Jackson 2 libraries on the class path cannot run the library's JSON (<i>verkeerde Jackson-versie</i>): one of
 * {@code jackson-core}, {@code jackson-databind} and {@code jackson-annotations} is older than the supported range, or
 * {@code jackson-annotations} is older than {@code jackson-databind} (which needs annotations of its own version or
 * newer). Thrown when a {@link ParticipatieJson} or its mapper is made, i.e. when an engine or facade is built, so a
 * mismatched class path fails at start-up with the versions found, not with a {@code NoClassDefFoundError} at the
 * first command. Align the versions, e.g. by importing {@code com.fasterxml.jackson:jackson-bom}.
 */
@API(status = API.Status.STABLE)
public final class JacksonVersionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    JacksonVersionException(String message) {
        super(message);
    }
}
