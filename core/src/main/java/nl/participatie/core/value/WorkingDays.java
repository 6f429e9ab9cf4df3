package nl.participatie.core.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.participatie.core.API;

/**
 * The working days of a Dutch municipality (<i>werkdagen</i>): Monday to Friday, except the days the
 * <i>Algemene termijnenwet</i> names — Nieuwjaarsdag, Tweede Paasdag, Koningsdag (27 April, or 26 April when the
 * 27th is a Sunday), Bevrijdingsdag (5 May), Hemelvaartsdag, Tweede Pinksterdag and both Christmas days — and any
 * closing days the municipality adds. Good Friday is not among them. The Easter-based days follow the Gregorian
 * computus, so the calendar holds for any year.
 *
 * <pre>{@code
 * WorkingDays days = WorkingDays.national().withClosingDays(Set.of(LocalDate.of(2026, 12, 31)));
 * LocalDate answerBy = days.plusWorkingDays(LocalDate.of(2026, 4, 2), 5);   // 2026-04-10: Easter Monday skipped
 * LocalDate deadline = days.onOrAfter(LocalDate.of(2026, 4, 25));         // 2026-04-28: weekend and Koningsdag
 * }</pre>
 */
@API(status = API.Status.STABLE)
public final class WorkingDays {

    /** A day the municipality does not work (<i>feestdag</i> or <i>sluitingsdag</i>). */
    public enum Holiday {
        NEW_YEARS_DAY, EASTER_MONDAY, KINGS_DAY, LIBERATION_DAY, ASCENSION_DAY, WHIT_MONDAY, CHRISTMAS_DAY,
        SECOND_CHRISTMAS_DAY, MUNICIPAL_CLOSING_DAY
    }

    /** A holiday on its date in a given year. */
    public record Dated(LocalDate date, Holiday holiday) {
        public Dated {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(holiday, "holiday");
        }
    }

    private static final WorkingDays NATIONAL = new WorkingDays(Set.of());
    /** A bound on how far {@link #plusWorkingDays} counts, so a hostile number cannot make it loop for ages. */
    private static final int MAX_DAYS = 100_000;

    private final Set<LocalDate> closingDays;

    private WorkingDays(Set<LocalDate> closingDays) {
        this.closingDays = Set.copyOf(closingDays);
    }

    /** The national calendar of the Algemene termijnenwet, without municipal closing days. */
    public static WorkingDays national() {
        return NATIONAL;
    }

    /** This calendar with the municipality's own closing days added (e.g. the days between Christmas and New Year). */
    public WorkingDays withClosingDays(Set<LocalDate> days) {
        Set<LocalDate> all = new TreeSet<>(closingDays);
        for (LocalDate d : days) {
            all.add(Objects.requireNonNull(d, "closing day"));
        }
        return new WorkingDays(all);
    }

    /** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** The national holidays of a year, in date order (municipal closing days not included). */
    public static List<Dated> nationalHolidays(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        List<Dated> out = new ArrayList<>(List.of(
                new Dated(LocalDate.of(year, Month.JANUARY, 1), Holiday.NEW_YEARS_DAY),
                new Dated(easter.plusDays(1), Holiday.EASTER_MONDAY),
                new Dated(kingsDay, Holiday.KINGS_DAY),
                new Dated(LocalDate.of(year, Month.MAY, 5), Holiday.LIBERATION_DAY),
                new Dated(easter.plusDays(39), Holiday.ASCENSION_DAY),
                new Dated(easter.plusDays(50), Holiday.WHIT_MONDAY),
                new Dated(LocalDate.of(year, Month.DECEMBER, 25), Holiday.CHRISTMAS_DAY),
                new Dated(LocalDate.of(year, Month.DECEMBER, 26), Holiday.SECOND_CHRISTMAS_DAY)));
        out.sort(Comparator.comparing(Dated::date));
        return List.copyOf(out);
    }

    /** The holiday or closing day on a date, if it is one (weekends are not holidays, just not working days). */
    public Optional<Holiday> holiday(LocalDate date) {
        for (Dated d : nationalHolidays(date.getYear())) {
            if (d.date().equals(date)) {
                return Optional.of(d.holiday());
            }
        }
        return closingDays.contains(date) ? Optional.of(Holiday.MUNICIPAL_CLOSING_DAY) : Optional.empty();
    }

    /** Whether the municipality works on this date. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holiday(date).isEmpty();
    }

    /** The date itself when it is a working day, else the next one: where a deadline that falls on a free day moves. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The date {@code days} working days after {@code from} ({@code from} itself not counted): a handling period of
     * five working days from a report filed on Thursday before Easter ends on the Friday after it.
     *
     * @throws IllegalArgumentException when {@code days} is negative or above 100,000
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("working days to add must be 0 to " + MAX_DAYS + ", not " + days);
        }
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
