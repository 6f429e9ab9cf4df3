package nl.participatie.core.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import nl.participatie.core.API;
import nl.participatie.core.value.Decimals;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Money;

/**
 * Writes a report for people as Markdown in one language (<i>rapportage</i>): the words from the
 * {@link Catalogue}, money, numbers, percentages and dates as that language writes them, and resident text
 * escaped with {@link Markdown#escape}. Every report of every method is written with it, so they agree on formats
 * and none forgets to escape.
 *
 * <pre>{@code
 * MarkdownWriter md = MarkdownWriter.of(Locale.forLanguageTag("nl"));
 * md.heading(1, md.text("burgersaanhetstuur.report.title", md.escape(title)))
 *   .line(md.text("burgersaanhetstuur.report.money", md.money(planned), md.money(spent)));
 * String markdown = md.toString();
 * }</pre>
 */
@API(status = API.Status.STABLE)
public final class MarkdownWriter {

    private final Locale locale;
    private final boolean english;
    private final StringBuilder out = new StringBuilder(1024);

    private MarkdownWriter(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.english = !Catalogue.isDutch(locale);
    }

    /** A writer in the locale's language: English for {@code en}, Dutch (the library's default) otherwise. */
    public static MarkdownWriter of(Locale locale) {
        return new MarkdownWriter(locale);
    }

    /** The locale it writes in. */
    public Locale locale() {
        return locale;
    }

    /** Whether it writes English. */
    public boolean isEnglish() {
        return english;
    }

    // ---------------------------------------------------------------------------------------------- words and values

    /** The catalogue's text under {@code key} in this language; resident text among the arguments must be escaped. */
    public String text(String key, Object... args) {
        return Catalogue.text(locale, key, args);
    }

    /**
     * An erasable resident text, escaped, or the word for "erased" in this writer's language once it is gone; empty
     * for {@code null} (no text was given).
     */
    public String escape(Erasable<String> residentText) {
        return residentText == null ? "" : escape(residentText.orErased(locale));
    }

    /** Text a resident typed, escaped to render as exactly that text on one line. */
    public String escape(String residentText) {
        return Markdown.escape(residentText);
    }

    /** Money as the language writes it: {@code € 1.234,56} or {@code €1,234.56}. */
    public String money(Money money) {
        return money.format(locale);
    }

    /**
     * A number as people write it, without trailing zeros: {@code 12,5} in Dutch, {@code 12.5} in English. A number
     * beyond the library's limits (stored before they applied) is written in scientific form, never in full.
     */
    public String number(BigDecimal value) {
        String plain = Decimals.isWithinLimits(value) ? value.stripTrailingZeros().toPlainString() : value.toString();
        return english ? plain : plain.replace('.', ',');
    }

    /** A whole percentage: {@code 88 %} in Dutch, {@code 88%} in English. */
    public String percent(long percentage) {
        return english ? percentage + "%" : percentage + " %";
    }

    /** A date, written ISO ({@code 2026-06-30}) in both languages: unambiguous in tables and for screen readers. */
    public String date(LocalDate date) {
        return date.toString();
    }

    // ---------------------------------------------------------------------------------------------- structure

    /** Appends Markdown the library wrote itself (never resident text: escape that first). */
    public MarkdownWriter append(String markdown) {
        out.append(markdown);
        return this;
    }

    /** Appends a line and its line break. */
    public MarkdownWriter line(String markdown) {
        out.append(markdown).append('\n');
        return this;
    }

    /** Appends an empty line. */
    public MarkdownWriter blank() {
        out.append('\n');
        return this;
    }

    /** Appends a heading of level 1 to 6 and an empty line after it. */
    public MarkdownWriter heading(int level, String markdown) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("a Markdown heading has level 1 to 6, not " + level);
        }
        out.append("#".repeat(level)).append(' ').append(markdown).append("\n\n");
        return this;
    }

    /** Appends a table's header row and its separator, every column aligned left. */
    public MarkdownWriter tableHeader(String... cells) {
        return alignedTableHeader("l".repeat(cells.length), cells);
    }

    /**
     * Appends a table's header row and its separator, with one alignment per column: {@code l} left, {@code r} right
     * (numbers and money), {@code c} centred; e.g. {@code "lrr"} for a name and two amounts.
     */
    public MarkdownWriter alignedTableHeader(String alignments, String... cells) {
        if (alignments.length() != cells.length) {
            throw new IllegalArgumentException(alignments.length() + " alignments for " + cells.length + " columns");
        }
        row(cells);
        out.append('|');
        for (char a : alignments.toCharArray()) {
            out.append(switch (a) {
                case 'l' -> "---|";
                case 'r' -> "---:|";
                case 'c' -> ":---:|";
                default -> throw new IllegalArgumentException("alignment l, r or c, not '" + a + "'");
            });
        }
        out.append('\n');
        return this;
    }

    /** Appends a table row; cells are Markdown (escaped resident text cannot break out of its cell). */
    public MarkdownWriter row(String... cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
        return this;
    }

    /** The Markdown written so far. */
    @Override
    public String toString() {
        return out.toString();
    }
}
