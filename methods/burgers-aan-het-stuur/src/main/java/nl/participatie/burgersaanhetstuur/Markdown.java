package nl.participatie.burgersaanhetstuur;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import nl.participatie.core.value.Decimals;
import nl.participatie.core.value.DutchTime;

/**
 * Writing Markdown for people: resident text escaped with core's {@link nl.participatie.core.text.Markdown}, numbers
 * and days as the language writes them.
 */
final class Markdown {

    private Markdown() {
    }

    /** Resident text as inline Markdown on one line: the library's one escaping rule. */
    static String escape(String text) {
        return nl.participatie.core.text.Markdown.escape(text);
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** A number as people write it: {@code 12,5} in Dutch, {@code 12.5} in English. */
    static String number(BigDecimal value, Locale locale) {
        // Outside the limits (a history stored before them) the scientific form: 1e2147483647 is never written out.
        String plain = Decimals.isWithinLimits(value) ? value.stripTrailingZeros().toPlainString() : value.toString();
        return isEnglish(locale) ? plain : plain.replace('.', ',');
    }

    /** The day of a moment in Dutch local time, ISO written. */
    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, DutchTime.ZONE);
    }
}
