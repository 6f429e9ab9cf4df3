package nl.participatie.buurtschouw;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.WorkingDays;

/**
 * The service-level objective of a subcategory (<i>afhandeltermijn</i>): within how many calendar or working days a
 * report should be handled. The expected handling moment of a report is its filing moment plus that many days, at
 * the same time of day in the municipality's time zone; working days skip Saturdays, Sundays, the national
 * holidays and the municipality's closing days.
 *
 * @param days how many days, 1 to 365
 * @param kind calendar or working days
 */
@API(status = API.Status.EXPERIMENTAL)
public record ServiceLevel(int days, DayKind kind) {

    /** Whether the objective counts calendar days or working days (<i>kalenderdagen</i>, <i>werkdagen</i>). */
    public enum DayKind {
        /** Every day counts. */
        CALENDAR,
        /** Monday to Friday, not on public holidays. */
        WORKING
    }

    public ServiceLevel {
        InvalidValueException.requireNonNull(kind, "kind");
        if (days < 1 || days > 365) {
            throw new InvalidValueException(ValueRejection.SERVICE_LEVEL_INVALID.code(), days);
        }
    }

    /** {@code days} calendar days. */
    public static ServiceLevel calendarDays(int days) {
        return new ServiceLevel(days, DayKind.CALENDAR);
    }

    /** {@code days} working days. */
    public static ServiceLevel workingDays(int days) {
        return new ServiceLevel(days, DayKind.WORKING);
    }

    /**
     * When a report filed at {@code filedAt} should be handled: working days follow the municipality's calendar
     * (weekends, the national holidays of {@link WorkingDays} and its own closing days).
     */
    public Instant expectedBy(Instant filedAt, ZoneId zone, WorkingDays calendar) {
        ZonedDateTime at = filedAt.atZone(zone);
        if (kind == DayKind.CALENDAR) {
            return at.plusDays(days).toInstant();
        }
        LocalDate date = calendar.plusWorkingDays(at.toLocalDate(), days);
        return ZonedDateTime.of(date, at.toLocalTime(), zone).toInstant();
    }

    /** "5 werkdagen" / "5 working days". */
    public LocalizedText label() {
        // The number is written as text: MessageFormat would group 1000 as 1.000 or 1,000.
        return Catalogue.text(kind == DayKind.CALENDAR ? LabelText.SERVICE_LEVEL_DAYS : LabelText.SERVICE_LEVEL_WORKING_DAYS,
                days, Integer.toString(days));
    }
}
