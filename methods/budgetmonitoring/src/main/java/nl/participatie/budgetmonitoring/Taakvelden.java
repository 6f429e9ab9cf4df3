package nl.participatie.budgetmonitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The BBV taakvelden per budget year (<i>taakveldenlijst</i>), 2017 to 2026, from the CBS Iv3 definitions shipped in
 * {@code nl/participatie/budgetmonitoring/taakvelden.csv}. A code is valid only in the years the list gives: 6.2 is
 * <i>Wijkteams</i> up to 2022, <i>Toegang en eerstelijnsvoorzieningen</i> in 2023 and 2024, and gone in 2025.
 *
 * <pre>{@code
 * Taakvelden.standard().isValid(TaakveldCode.of("6.60"), 2025);   // true
 * Taakvelden.standard().isValid(TaakveldCode.of("6.6"), 2025);    // false
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Taakvelden {

    /**
     * One taakveld in a span of years.
     *
     * @param code      the code
     * @param name      its name in those years
     * @param firstYear the first budget year it is valid
     * @param lastYear  the last budget year it is valid
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Entry(TaakveldCode code, String name, int firstYear, int lastYear) {
        public Entry {
            InvalidValueException.requireNonNull(code, "code");
            InvalidValueException.requireNonNull(name, "name");
            if (firstYear > lastYear) {
                throw ValueRejection.YEAR_INVALID.exception(firstYear);
            }
        }

        boolean covers(int year) {
            return year >= firstYear && year <= lastYear;
        }
    }

    private static final Taakvelden STANDARD = load();

    private final List<Entry> entries;
    private final int firstYear;
    private final int lastYear;

    private Taakvelden(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.firstYear = entries.stream().mapToInt(Entry::firstYear).min().orElseThrow();
        this.lastYear = entries.stream().mapToInt(Entry::lastYear).max().orElseThrow();
    }

    /** The list as CBS publishes it, 2017 to 2026. */
    public static Taakvelden standard() {
        return STANDARD;
    }

    /** Whether {@code code} is a taakveld in budget year {@code year}. */
    public boolean isValid(TaakveldCode code, int year) {
        return entry(code, year) != null;
    }

    /** The name of {@code code} in {@code year}, or {@code null} when the year does not have it. */
    public String name(TaakveldCode code, int year) {
        Entry e = entry(code, year);
        return e == null ? null : e.name();
    }

    /** The taakvelden of one budget year, in the list's order. */
    public List<Entry> of(int year) {
        return entries.stream().filter(e -> e.covers(year)).toList();
    }

    /** Refuses a year outside the list ({@code budgetmonitoring.year-invalid}). */
    public int requireYear(int year) {
        if (year < firstYear || year > lastYear) {
            throw ValueRejection.YEAR_INVALID.exception(year, firstYear, lastYear);
        }
        return year;
    }

    private Entry entry(TaakveldCode code, int year) {
        Objects.requireNonNull(code, "code");
        for (Entry e : entries) {
            if (e.code().equals(code) && e.covers(year)) {
                return e;
            }
        }
        return null;
    }

    private static Taakvelden load() {
        List<Entry> entries = new ArrayList<>(128);
        try (InputStream in = Taakvelden.class.getResourceAsStream("taakvelden.csv")) {
            String text = new String(Objects.requireNonNull(in, "taakvelden.csv").readAllBytes(), StandardCharsets.UTF_8);
            // code,naam,hoofdtaakveld,eerste_boekjaar,laatste_boekjaar,opmerking: the remark is free text with unquoted
            // commas in the CBS-derived file, so only the first five cells count.
            List<StrictCsv.Row> rows = StrictCsv.read(text, ',');
            for (StrictCsv.Row row : rows.subList(1, rows.size())) {
                List<String> c = row.cells();
                entries.add(new Entry(TaakveldCode.of(c.get(0)), c.get(1), Integer.parseInt(c.get(3)), Integer.parseInt(c.get(4))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StrictCsv.MalformedException e) {
            throw new IllegalStateException("taakvelden.csv: " + e.getMessage(), e);
        }
        return new Taakvelden(entries);
    }
}
