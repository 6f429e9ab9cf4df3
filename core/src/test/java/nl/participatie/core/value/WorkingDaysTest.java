package nl.participatie.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import nl.participatie.core.value.WorkingDays.Dated;
import nl.participatie.core.value.WorkingDays.Holiday;

/** Working days under the Algemene termijnenwet, checked against the official holidays of 2024–2030. */
class WorkingDaysTest {

    private static final WorkingDays NATIONAL = WorkingDays.national();

    private static List<Dated> official() throws IOException {
        try (InputStream in = WorkingDaysTest.class.getResourceAsStream("/workingdays/national-holidays-2024-2030.csv")) {
            List<Dated> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                out.add(new Dated(LocalDate.parse(cells[0]), Holiday.valueOf(cells[1].strip())));
            }
            return out;
        }
    }

    @Test
    void theNationalHolidaysOf2024To2030AreTheOfficialOnes() throws IOException {
        List<Dated> computed = new ArrayList<>();
        for (int year = 2024; year <= 2030; year++) {
            computed.addAll(WorkingDays.nationalHolidays(year));
        }
        assertThat(computed).containsExactlyElementsOf(official());
    }

    @Test
    void kingsDayMovesToSaturdayWhenTheTwentySeventhIsASunday() {
        assertThat(LocalDate.of(2025, 4, 27).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(NATIONAL.holiday(LocalDate.of(2025, 4, 26))).contains(Holiday.KINGS_DAY);
        assertThat(NATIONAL.holiday(LocalDate.of(2025, 4, 27))).isEmpty();
        assertThat(NATIONAL.holiday(LocalDate.of(2026, 4, 26))).isEmpty();
        assertThat(NATIONAL.holiday(LocalDate.of(2026, 4, 27))).contains(Holiday.KINGS_DAY);
    }

    @Test
    void goodFridayIsAWorkingDay() {
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2026, 4, 3))).isTrue();
    }

    @Test
    void fiveWorkingDaysFromTheThursdayBeforeEasterEndOnTheFridayAfter() {
        // Fri 3 (working), Sat, Sun, Easter Monday 6 (holiday), Tue 7, Wed 8, Thu 9, Fri 10.
        assertThat(NATIONAL.plusWorkingDays(LocalDate.of(2026, 4, 2), 5)).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(NATIONAL.plusWorkingDays(LocalDate.of(2026, 4, 2), 0)).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void aDeadlineOnAFreeDayMovesToTheNextWorkingDay() {
        assertThat(NATIONAL.onOrAfter(LocalDate.of(2026, 4, 25))).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(NATIONAL.onOrAfter(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(NATIONAL.onOrAfter(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void theMunicipalitysOwnClosingDaysCountToo() {
        WorkingDays closed = NATIONAL.withClosingDays(Set.of(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29)));
        assertThat(closed.holiday(LocalDate.of(2026, 12, 28))).contains(Holiday.MUNICIPAL_CLOSING_DAY);
        assertThat(closed.onOrAfter(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(NATIONAL.isWorkingDay(LocalDate.of(2026, 12, 28))).as("the national calendar is unchanged").isTrue();
    }

    @Test
    void anAbsurdNumberOfDaysIsRefusedWithTheLimit() {
        assertThatThrownBy(() -> NATIONAL.plusWorkingDays(LocalDate.of(2026, 1, 1), -1)).hasMessageContaining("0 to 100000, not -1");
        assertThatThrownBy(() -> NATIONAL.plusWorkingDays(LocalDate.of(2026, 1, 1), Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void easterIsASundayBetweenTheTwentySecondOfMarchAndTheTwentyFifthOfApril(@ForAll @IntRange(min = 1583, max = 9999) int year) {
        LocalDate easter = WorkingDays.easterSunday(year);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }

    @Property
    void addingWorkingDaysAlwaysLandsOnAWorkingDayAfterTheStart(@ForAll @IntRange(min = 1, max = 400) int days,
                                                                 @ForAll @IntRange(min = 0, max = 3650) int offset) {
        LocalDate from = LocalDate.of(2024, 1, 1).plusDays(offset);
        LocalDate to = NATIONAL.plusWorkingDays(from, days);
        assertThat(NATIONAL.isWorkingDay(to)).isTrue();
        long counted = from.plusDays(1).datesUntil(to.plusDays(1)).filter(NATIONAL::isWorkingDay).count();
        assertThat(counted).isEqualTo(days);
    }

    @Test
    void easterFallsOnTheDatesOfTheCalendarInEveryCentury() {
        // Checked against python-dateutil's easter(); mutation testing found 2024-2030 alone left the century terms unchecked.
        assertThat(java.util.stream.IntStream.of(1583, 1700, 1818, 1900, 1943, 2000, 2038, 2100, 2200, 2285, 2400, 3000)
                .mapToObj(WorkingDays::easterSunday).map(LocalDate::toString))
                .containsExactly("1583-04-10", "1700-04-11", "1818-03-22", "1900-04-15", "1943-04-25", "2000-04-23", "2038-04-25",
                        "2100-03-28", "2200-04-06", "2285-03-22", "2400-04-16", "3000-04-13");
    }
}
