package nl.participatie.core.value;

import nl.participatie.core.API;

import java.util.Locale;
import java.util.Objects;

/**
 * A text for people in Dutch and English (<i>tekst in twee talen</i>): labels, advice, feedback to
 * residents and violation messages. Dutch is the default language of the library.
 *
 * @param nl the Dutch text
 * @param en the English text
 */
@API(status = API.Status.STABLE)
public record LocalizedText(String nl, String en) {

    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    /** A text in both languages. */
    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(nl, en);
    }

    /** The text in the given locale: English for {@code en}, Dutch for everything else. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : nl;
    }

    /** Whether both languages are blank. */
    public boolean isBlank() {
        return nl.isBlank() && en.isBlank();
    }
}
