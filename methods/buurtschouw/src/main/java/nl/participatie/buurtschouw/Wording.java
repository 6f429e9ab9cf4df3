package nl.participatie.buurtschouw;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.participatie.core.Code;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;

/**
 * The catalogue's texts with dates written per language ("9 mei 2026", "9 May 2026"), and the clean-up of what staff
 * and residents type. The words themselves are never here: they are in {@code ParticipatieMessages*.properties}.
 */
final class Wording {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private Wording() {
    }

    /** The text of {@code code} in both languages; a {@link LocalDate} or {@link ZonedDateTime} argument per language. */
    static LocalizedText text(Code code, Object... args) {
        return LocalizedText.of(Catalogue.text(DUTCH, code.code(), localised(DUTCH, args)),
                Catalogue.text(Locale.ENGLISH, code.code(), localised(Locale.ENGLISH, args)));
    }

    private static Object[] localised(Locale locale, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate date) {
                out[i] = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
            } else if (out[i] instanceof ZonedDateTime moment) {
                out[i] = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).format(moment);
            } else if (out[i] instanceof LocalizedText text) {
                out[i] = text.in(locale);
            }
        }
        return out;
    }

    /**
     * The text stripped, with a blank language filled from the other; {@code null} when missing or blank in both
     * languages.
     */
    static LocalizedText normalize(LocalizedText text) {
        if (text == null) {
            return null;
        }
        String nl = text.nl().strip();
        String en = text.en().strip();
        if (nl.isEmpty() && en.isEmpty()) {
            return null;
        }
        return LocalizedText.of(nl.isEmpty() ? en : nl, en.isEmpty() ? nl : en);
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** A resident's optional remark as an erasable value of theirs; {@code null} when they wrote nothing. */
    static Erasable<String> remark(PersonId subject, String text) {
        String stripped = strip(text);
        return stripped.isEmpty() ? null : Erasable.of(subject, stripped);
    }
}
