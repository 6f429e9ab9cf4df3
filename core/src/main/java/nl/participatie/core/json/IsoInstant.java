package nl.participatie.core.json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * {@link Instant#toString()} without a {@link java.time.format.DateTimeFormatter}: the time of every recorded event
 * is written in its canonical form, for every event the engine records, and the formatter's general machinery costs
 * several times this loop. Instants from 1970 to 9999 are written here; others by {@code toString()}.
 * {@code IsoInstantTest} holds it to {@code toString()}.
 */
final class IsoInstant {

    /** 9999-12-31T23:59:59Z. */
    private static final long LAST_SECOND = 253_402_300_799L;

    private IsoInstant() {
    }

    static String format(Instant t) {
        long seconds = t.getEpochSecond();
        if (seconds < 0 || seconds > LAST_SECOND) {
            return t.toString();
        }
        long days = seconds / 86_400;
        int secondOfDay = (int) (seconds % 86_400);
        // The civil date of a day count (H. Hinnant's days_from_civil, inverted), for days from 1970-01-01 on.
        long z = days + 719_468;
        long era = z / 146_097;
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

        // ASCII only, as Latin-1 bytes: the string takes them without compressing a char[].
        byte[] out = new byte[30];
        int i = digits(out, 0, year, 4);
        out[i++] = '-';
        i = digits(out, i, month, 2);
        out[i++] = '-';
        i = digits(out, i, day, 2);
        out[i++] = 'T';
        i = digits(out, i, secondOfDay / 3_600, 2);
        out[i++] = ':';
        i = digits(out, i, secondOfDay / 60 % 60, 2);
        out[i++] = ':';
        i = digits(out, i, secondOfDay % 60, 2);
        int nano = t.getNano();
        if (nano > 0) {
            // As ISO_INSTANT: the fraction in groups of three digits, as many groups as it needs.
            out[i++] = '.';
            int div = 100_000_000;
            for (int n = 0; nano > 0 || n % 3 != 0; n++) {
                int digit = nano / div;
                out[i++] = (byte) ('0' + digit);
                nano -= digit * div;
                div /= 10;
            }
        }
        out[i++] = 'Z';
        return new String(out, 0, i, StandardCharsets.ISO_8859_1);
    }

    private static int digits(byte[] out, int at, int value, int width) {
        for (int k = width - 1; k >= 0; k--) {
            out[at + k] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
