package nl.participatie.youthmanifesto;

import java.util.Locale;

import nl.participatie.core.Code;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/** A code's text from the catalogue, with each argument in both languages written in the language of the text. */
final class Phrases {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private Phrases() {
    }

    /** The text in one language; an argument in both languages ({@link LocalizedText}) is given in that language. */
    static String in(Locale locale, Code code, Object... args) {
        Object[] written = args.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof LocalizedText both) {
                written[i] = both.in(locale);
            }
        }
        return Catalogue.text(locale, code.code(), written);
    }

    /** The text in Dutch and English. */
    static LocalizedText both(Code code, Object... args) {
        return LocalizedText.of(in(DUTCH, code, args), in(Locale.ENGLISH, code, args));
    }
}
