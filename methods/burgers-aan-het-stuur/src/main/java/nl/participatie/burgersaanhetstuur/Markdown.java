package nl.participatie.burgersaanhetstuur;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writing Markdown for people, safely: text that residents typed is untrusted, so it is put on one line and every
 * character that means something inline in CommonMark or GitHub Markdown (emphasis, links, images, code, raw HTML,
 * entities, table cells, strike-through, heading closers) is escaped with a backslash.
 */
final class Markdown {

    private static final String SPECIAL = "\\`*_[]<>&!|~#";

    private Markdown() {
    }

    /** The text as inline Markdown that renders as exactly this text, on one line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (SPECIAL.indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** A number as people write it: {@code 12,5} in Dutch, {@code 12.5} in English. */
    static String number(BigDecimal value, Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        return isEnglish(locale) ? plain : plain.replace('.', ',');
    }

    /** The day of a moment in Dutch local time, ISO written. */
    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, Initiative.ZONE);
    }
}
