package nl.participatie.budgetmonitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.Money;

/**
 * What the comparison and the monitoring report share: a table of groups as Markdown, and the cells of a CSV export
 * a council clerk opens in a spreadsheet. The words come from each report's own text enum.
 */
final class ReportTables {

    private ReportTables() {
    }

    /**
     * A table of groups: the labels of each group, its amounts, and the percentage of column {@code part} to column
     * {@code whole}.
     */
    static void groups(MarkdownWriter md, List<String> labelHeaders, List<String> amountHeaders, List<Totals> groups,
                       Function<Totals, List<String>> labels, int part, int whole, Function<BigDecimal, String> percent) {
        List<String> headers = new ArrayList<>(labelHeaders);
        headers.addAll(amountHeaders);
        md.alignedTableHeader("l".repeat(labelHeaders.size()) + "r".repeat(amountHeaders.size()), headers.toArray(String[]::new));
        for (Totals t : groups) {
            List<String> cells = new ArrayList<>(labels.apply(t));
            for (Money m : t.amounts()) {
                cells.add(md.money(m));
            }
            cells.add(percent.apply(Totals.percent(t.amount(part), t.amount(whole))));
            md.row(cells.toArray(String[]::new));
        }
        md.blank();
    }

    /**
     * The words of the three grouping tables in one language.
     *
     * @param byDomain   the heading of the table per social domain
     * @param byTaakveld the heading of the table per taakveld
     * @param byArea     the heading of the table per area
     * @param domain     the column of the domain
     * @param taakveld   the column of the taakveld code
     * @param name       the column of the taakveld's name
     * @param area       the column of the area
     * @param noArea     the group of lines without area
     */
    record Words(String byDomain, String byTaakveld, String byArea, String domain, String taakveld, String name, String area,
                 String noArea) {
    }

    /** The tables per social domain, per taakveld (with its name in {@code year}) and per area. */
    static void groupings(MarkdownWriter md, Words words, int year, List<String> amountHeaders, List<List<Totals>> groupings,
                          int part, int whole, Function<BigDecimal, String> percent) {
        md.heading(2, words.byDomain());
        groups(md, List.of(words.domain()), amountHeaders, groupings.get(0),
                t -> List.of(LabelText.domain(SocialDomain.of(t.key()), md.locale())), part, whole, percent);
        md.heading(2, words.byTaakveld());
        groups(md, List.of(words.taakveld(), words.name()), amountHeaders, groupings.get(1),
                t -> List.of(t.key(), md.escape(Taakvelden.standard().name(TaakveldCode.of(t.key()), year))), part, whole, percent);
        md.heading(2, words.byArea());
        groups(md, List.of(words.area()), amountHeaders, groupings.get(2),
                t -> List.of(t.key().equals("-") ? words.noArea() : t.key()), part, whole, percent);
    }

    /**
     * A cell of text for a spreadsheet, quoted where needed (RFC 4180), and <b>neutralised</b>: a text starting with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be taken for a formula by a
     * spreadsheet, so it gets a leading {@code '} and is quoted: {@code =HYPERLINK(…)} is written
     * {@code "'=HYPERLINK(…)"} and shown as the text it is.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        String written = formula ? "'" + value : value;
        // A leading byte-order mark in the first cell of a file would be read as the file's encoding mark and dropped.
        if (formula || first == '\uFEFF' || written.indexOf(';') >= 0 || written.indexOf('"') >= 0 || written.indexOf('\n') >= 0
                || written.indexOf('\r') >= 0) {
            return '"' + written.replace("\"", "\"\"") + '"';
        }
        return written;
    }

    /**
     * An amount for a spreadsheet as a plain number, so it can be summed: {@code -1234.56} written {@code -1234,56} in
     * Dutch and {@code -1234.56} in English, no thousands separators and no euro sign. Numbers the library writes
     * itself are not neutralised: a minus there is a negative amount, not a formula.
     */
    static String amount(Money money, Locale locale) {
        String plain = money.amount().toPlainString();
        return MarkdownWriter.of(locale).isEnglish() ? plain : plain.replace('.', ',');
    }

    /** One CSV record: cells already written with {@link #text} or {@link #amount}, separated by {@code ;}, ended CRLF. */
    static void record(StringBuilder csv, String... cells) {
        csv.append(String.join(";", cells)).append("\r\n");
    }
}
