package nl.participatie.core;

/**
 * A stable, machine-readable reason code (<i>code</i>) for a rejection or a notification, e.g.
 * {@code burgersaanhetstuur.not-next-step}. Each aggregate of a method lists its rejection codes as an enum that
 * implements this interface, so a code cannot be mistyped and a test can walk every code. A vendor's own process does
 * the same; the texts for a code are in the message catalogue ({@link nl.participatie.core.text.Catalogue}) under
 * {@link #code()}, in Dutch and English.
 *
 * <pre>{@code
 * enum PlaySpotRejection implements Code {
 *     ALREADY_ASKED("gemeente.play-spot.already-asked");
 *     private final String code;
 *     PlaySpotRejection(String code) { this.code = code; }
 *     public String code() { return code; }
 * }
 * // in decide, with "gemeente.play-spot.already-asked=..." in ParticipatieMessages.properties and _nl:
 * return Decision.reject(PlaySpotRejection.ALREADY_ASKED, "place", state.place());
 * }</pre>
 */
@API(status = API.Status.STABLE)
public interface Code {

    /** The code as it appears in violations, notifications and the catalogue; never changes once published. */
    String code();
}
