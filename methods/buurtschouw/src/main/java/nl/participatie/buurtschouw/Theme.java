package nl.participatie.buurtschouw;

import java.util.Map;
import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * A theme the walk looks at (<i>thema</i>, <i>schouwthema</i>): green, litter, lighting, paving, traffic safety,
 * accessibility, meeting places. A campaign chooses its themes; every report has one, and quality assessments
 * (<i>burgerschouw</i>) score a theme against the municipality's quality level. A municipality may add its own
 * themes: any lower-case code of letters, digits and dashes.
 *
 * @param code lower-case letters, digits and dashes, starting with a letter, at most 40 characters, e.g.
 *             {@code traffic-safety}
 */
@API(status = API.Status.EXPERIMENTAL)
public record Theme(String code) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** Green space, trees, planting (<i>groen</i>). */
    public static final Theme GREEN = new Theme("green");
    /** Litter, dumping, full bins (<i>zwerfafval</i>). */
    public static final Theme LITTER = new Theme("litter");
    /** Street lighting (<i>verlichting</i>). */
    public static final Theme LIGHTING = new Theme("lighting");
    /** Pavements and road surface (<i>bestrating</i>). */
    public static final Theme PAVING = new Theme("paving");
    /** Traffic safety (<i>verkeersveiligheid</i>). */
    public static final Theme TRAFFIC_SAFETY = new Theme("traffic-safety");
    /** Accessibility for wheelchairs, prams, the visually impaired (<i>toegankelijkheid</i>). */
    public static final Theme ACCESSIBILITY = new Theme("accessibility");
    /** Places to meet, play and sit (<i>ontmoetingsplekken</i>). */
    public static final Theme MEETING_PLACES = new Theme("meeting-places");
    /** Anything else (<i>overig</i>). */
    public static final Theme OTHER = new Theme("other");

    private static final Map<String, LocalizedText> LABELS = Map.of(
            "green", Catalogue.text(LabelText.THEME_GREEN),
            "litter", Catalogue.text(LabelText.THEME_LITTER),
            "lighting", Catalogue.text(LabelText.THEME_LIGHTING),
            "paving", Catalogue.text(LabelText.THEME_PAVING),
            "traffic-safety", Catalogue.text(LabelText.THEME_TRAFFIC_SAFETY),
            "accessibility", Catalogue.text(LabelText.THEME_ACCESSIBILITY),
            "meeting-places", Catalogue.text(LabelText.THEME_MEETING_PLACES),
            "other", Catalogue.text(LabelText.THEME_OTHER));

    public Theme {
        InvalidValueException.requireNonNull(code, "theme");
        if (!FORMAT.matcher(code).matches()) {
            throw new InvalidValueException(ValueRejection.THEME_INVALID.code(), code);
        }
    }

    /** The theme with the given code. */
    public static Theme of(String code) {
        return new Theme(code);
    }

    /** The label in Dutch and English; a municipality's own theme is labelled with its code. */
    public LocalizedText label() {
        LocalizedText known = LABELS.get(code);
        return known != null ? known : LocalizedText.of(code, code);
    }

    @Override
    public String toString() {
        return code;
    }
}
