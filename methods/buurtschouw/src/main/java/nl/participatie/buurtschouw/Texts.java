package nl.participatie.buurtschouw;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.participatie.core.value.LocalizedText;

/** Texts for people: normalising what staff write, and the library's own feedback messages. */
final class Texts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE_NL = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT_NL = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", DUTCH);
    private static final DateTimeFormatter MOMENT_EN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private Texts() {
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

    static LocalizedText format(String nl, String en, Object... args) {
        return LocalizedText.of(new MessageFormat(nl, DUTCH).format(args), new MessageFormat(en, Locale.ENGLISH).format(args));
    }

    static LocalizedText date(LocalDate date) {
        return LocalizedText.of(DATE_NL.format(date), DATE_EN.format(date));
    }

    /** A moment as date and time of day in the zone: "17 januari 2026, 23:59". */
    static LocalizedText moment(Instant at, ZoneId zone) {
        return LocalizedText.of(MOMENT_NL.format(at.atZone(zone)), MOMENT_EN.format(at.atZone(zone)));
    }

    /** A message followed by an added sentence in the same language. */
    static LocalizedText append(LocalizedText first, LocalizedText second) {
        return LocalizedText.of(first.nl() + " " + second.nl(), first.en() + " " + second.en());
    }
}
