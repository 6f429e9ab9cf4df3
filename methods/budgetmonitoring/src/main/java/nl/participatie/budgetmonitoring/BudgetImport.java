package nl.participatie.budgetmonitoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.MunicipalityCode;

/**
 * Reads a budget from CSV (<i>begroting inlezen</i>), all or nothing. The layout, separated by {@code ;} (the Dutch
 * spreadsheet's separator, since the comma is the decimal sign):
 *
 * <pre>
 * scale;thousands
 * id;taakveld;programme;area;lasten;baten
 * armoede-1;6.3;Armoede en schulden;;1.234,5;120
 * </pre>
 *
 * <p>The first line declares the scale, {@code euros} or {@code thousands} ({@code schaal;duizenden} is read too);
 * a file without it is refused as a whole. Amounts are Dutch ({@code 1.234.567,89}); at scale thousands
 * {@code 1.234,5} is € 1.234.500,00 and at most five decimals are allowed. {@code area} is a CBS wijk or buurt code,
 * or empty. Every bad row is reported with its line number and reason; when there is any, no budget is returned.
 * The JSON import ({@code json.BudgetJsonImport}) checks its elements with {@link #read(List, Scale, MunicipalityCode,
 * int, List)}, the same rules.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BudgetImport {

    private static final List<String> COLUMNS = List.of("id", "taakveld", "programme", "area", "lasten", "baten");

    /**
     * One thing wrong with the file.
     *
     * @param line   the line number, from 1
     * @param code   the reason's code ({@link ValueRejection})
     * @param column the column, or {@code ""} for the whole line
     * @param text   the reason in Dutch and English
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Problem(int line, String code, String column, LocalizedText text) {

        /** The problem of {@code code} at {@code line} and {@code column} for the refused {@code value}. */
        public static Problem of(int line, ValueRejection code, String column, Object value, Object... args) {
            return problem(line, code, column, value, args);
        }
    }

    /**
     * One line of a budget as it was written, before it is checked (<i>ingelezen regel</i>): the cells of a CSV row or
     * the fields of a JSON element, amounts in the Dutch form at the file's scale.
     *
     * @param position  where it stands: the CSV line number, or the JSON element's number in {@code lines}, from 1
     * @param id        the line id
     * @param taakveld  the taakveld code
     * @param programme the programme
     * @param area      the area code, or blank
     * @param lasten    expenditure
     * @param baten     income, or blank for none
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Entry(int position, String id, String taakveld, String programme, String area, String lasten, String baten) {
        public Entry {
            id = id == null ? "" : id;
            taakveld = taakveld == null ? "" : taakveld;
            programme = programme == null ? "" : programme;
            area = area == null ? "" : area;
            lasten = lasten == null ? "" : lasten;
            baten = baten == null ? "" : baten;
        }
    }

    /**
     * What the import gave.
     *
     * @param budget   the budget, or {@code null} when there is any problem
     * @param scale    the declared scale, or {@code null} when there is none
     * @param problems every problem, in line order
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Result(Budget budget, Scale scale, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** Whether the file was read without problems. */
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private BudgetImport() {
    }

    /** Reads {@code csv} as the budget of {@code municipality} for {@code year}, checking taakvelden against that year. */
    public static Result read(String csv, MunicipalityCode municipality, int year) {
        InvalidValueException.requireNonNull(csv, "csv");
        InvalidValueException.requireNonNull(municipality, "municipality");
        Taakvelden taakvelden = Taakvelden.standard();
        taakvelden.requireYear(year);
        List<StrictCsv.Row> rows;
        try {
            rows = StrictCsv.read(csv, ';');
        } catch (StrictCsv.MalformedException e) {
            return failed(null, List.of(problem(e.line(), ValueRejection.CSV_MALFORMED, "", "")));
        }
        if (rows.isEmpty() || rows.get(0).cells().size() != 2 || !isScaleLabel(rows.get(0).cells().get(0))) {
            return failed(null, List.of(problem(rows.isEmpty() ? 1 : rows.get(0).line(), ValueRejection.SCALE_MISSING, "scale", "")));
        }
        Scale scale;
        try {
            scale = Scale.named(rows.get(0).cells().get(1));
        } catch (InvalidValueException e) {
            return failed(null, List.of(new Problem(rows.get(0).line(), e.code(), "scale", e.text())));
        }
        List<Problem> problems = new ArrayList<>();
        if (rows.size() < 2 || !rows.get(1).cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList().equals(COLUMNS)) {
            int line = rows.size() < 2 ? rows.get(0).line() + 1 : rows.get(1).line();
            return failed(scale, List.of(problem(line, ValueRejection.COLUMN_MISSING, "", String.join(";", COLUMNS))));
        }
        List<Entry> entries = new ArrayList<>(rows.size());
        for (StrictCsv.Row row : rows.subList(2, rows.size())) {
            List<String> c = row.cells();
            if (c.size() != COLUMNS.size()) {
                problems.add(problem(row.line(), ValueRejection.COLUMN_MISSING, "", String.valueOf(c.size()), String.valueOf(COLUMNS.size())));
            } else {
                entries.add(new Entry(row.line(), c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5)));
            }
        }
        return read(entries, scale, municipality, year, problems);
    }

    /**
     * Checks lines read from any format (the CSV above, or JSON in the {@code json} adapter) exactly as the CSV
     * import does, all or nothing.
     *
     * @param entries      the lines as written
     * @param scale        the file's declared scale
     * @param municipality the municipality
     * @param year         the budget year, whose taakvelden count
     * @param earlier      problems the format itself found (a row without all columns, a malformed element)
     * @return the budget, or every problem (the earlier ones included) in order of position and none
     */
    public static Result read(List<Entry> entries, Scale scale, MunicipalityCode municipality, int year, List<Problem> earlier) {
        InvalidValueException.requireNonNull(entries, "entries");
        InvalidValueException.requireNonNull(scale, "scale");
        InvalidValueException.requireNonNull(municipality, "municipality");
        Taakvelden taakvelden = Taakvelden.standard();
        taakvelden.requireYear(year);
        List<Problem> problems = new ArrayList<>(InvalidValueException.requireNonNull(earlier, "earlier"));
        List<BudgetLine> lines = new ArrayList<>(entries.size());
        Set<String> ids = new HashSet<>();
        for (Entry entry : entries) {
            BudgetLine line = line(entry, scale, year, taakvelden, ids, problems);
            if (line != null) {
                lines.add(line);
            }
        }
        if (!problems.isEmpty()) {
            List<Problem> ordered = new ArrayList<>(problems);
            ordered.sort(java.util.Comparator.comparingInt(Problem::line));
            return failed(scale, ordered);
        }
        return new Result(new Budget(municipality, year, lines), scale, List.of());
    }

    private static BudgetLine line(Entry entry, Scale scale, int year, Taakvelden taakvelden, Set<String> ids, List<Problem> problems) {
        int position = entry.position();
        List<String> c = List.of(entry.id(), entry.taakveld(), entry.programme(), entry.area(), entry.lasten(), entry.baten());
        int before = problems.size();
        String id = c.get(0).strip();
        TaakveldCode taakveld = null;
        AreaCode area = null;
        nl.participatie.core.value.Money lasten = null;
        nl.participatie.core.value.Money baten = null;
        if (!ids.add(id)) {
            problems.add(problem(position, ValueRejection.LINE_ID_INVALID, "id", id));
        }
        try {
            taakveld = TaakveldCode.of(c.get(1));
            if (!taakvelden.isValid(taakveld, year)) {
                problems.add(problem(position, ValueRejection.TAAKVELD_NOT_IN_YEAR, "taakveld", taakveld.value(), String.valueOf(year)));
            }
        } catch (InvalidValueException e) {
            problems.add(problem(position, e, "taakveld"));
        }
        try {
            area = c.get(3).isBlank() ? null : AreaCode.of(c.get(3));
        } catch (InvalidValueException e) {
            problems.add(problem(position, e, "area"));
        }
        try {
            lasten = DutchAmount.parse(c.get(4), scale);
        } catch (InvalidValueException e) {
            problems.add(problem(position, e, "lasten"));
        }
        try {
            baten = c.get(5).isBlank() ? nl.participatie.core.value.Money.ZERO : DutchAmount.parse(c.get(5), scale);
        } catch (InvalidValueException e) {
            problems.add(problem(position, e, "baten"));
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return new BudgetLine(id, taakveld, c.get(2).strip(), area, lasten, baten);
        } catch (InvalidValueException e) {
            problems.add(problem(position, e, ""));
            return null;
        }
    }

    private static boolean isScaleLabel(String cell) {
        String s = cell.strip().toLowerCase(Locale.ROOT);
        return s.equals("scale") || s.equals("schaal");
    }

    private static Result failed(Scale scale, List<Problem> problems) {
        return new Result(null, scale, problems);
    }

    private static Problem problem(int line, ValueRejection code, String column, Object value, Object... args) {
        return problem(line, code.exception(value, args), column);
    }

    private static Problem problem(int line, InvalidValueException e, String column) {
        return new Problem(line, e.code(), column, e.text());
    }
}
