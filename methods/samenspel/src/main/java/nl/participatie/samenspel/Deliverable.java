package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * What a phase delivers (<i>opbrengst</i>), e.g. a vision document; the phase review says whether it was made.
 *
 * @param code  its code within the design, e.g. {@code vision-document}
 * @param title its name in Dutch and English
 */
@API(status = API.Status.EXPERIMENTAL)
public record Deliverable(String code, LocalizedText title) {
    public Deliverable {
        Checks.code(code, "code");
        InvalidValueException.requireNonNull(title, "title");
    }
}
