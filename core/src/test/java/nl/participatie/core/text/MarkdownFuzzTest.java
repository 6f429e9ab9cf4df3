package nl.participatie.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fuzzing the escaping of resident text in Markdown: whatever a resident typed, escaped into a table cell it stays one
 * line and one cell, every character that means something in Markdown is escaped, and the cell reads back as the
 * text itself (white space collapsed). A normal build runs the corpus in
 * {@code src/test/resources/nl/participatie/core/text/MarkdownFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class MarkdownFuzzTest {

    /** What {@link Markdown#escape} must escape wherever it stands. */
    private static final String SPECIAL = "\\`*_[]<>&!|~#";
    /** What a backslash escapes in CommonMark: any ASCII punctuation. */
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    @FuzzTest(maxDuration = "15s")
    void residentTextStaysInItsCell(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String table = MarkdownWriter.of(Locale.ENGLISH).tableHeader("resident", "after").row(Markdown.escape(text), "end").toString();

        String[] lines = table.split("\n", -1);
        assertThat(lines).as("header, separator, the row and nothing after it").hasSize(4);
        assertThat(lines[3]).isEmpty();
        assertThat(cells(lines[2])).containsExactly(rendered(text), "end");
    }

    /**
     * At the start of a line (a paragraph of its own, or after a list item's {@code "- "}), the escaped text opens no
     * block: no list item, heading, quote, code fence or thematic break, and no setext underline.
     */
    @FuzzTest(maxDuration = "15s")
    void residentTextOpensNoBlock(byte[] input) {
        String escaped = Markdown.escape(new String(input, StandardCharsets.UTF_8));

        assertThat(escaped).doesNotContain("\n", "\r")
                .doesNotMatch("(?s)([-+*]|\\d{1,9}[.)])([ \t].*)?")
                .doesNotMatch("(?s)(=+|-+|(\\* *){3,}|(_ *){3,})[ \t]*")
                .doesNotMatch("(?s)(#{1,6}|>|```|~~~).*");
    }

    /** The cells of a row as GitHub Markdown reads them: split at unescaped pipes, each unescaped and trimmed. */
    private static List<String> cells(String row) {
        assertThat(row).startsWith("| ").endsWith(" |");
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (ch == '\\' && i + 1 < row.length() && PUNCTUATION.indexOf(row.charAt(i + 1)) >= 0) {
                cell.append(row.charAt(++i));
            } else if (ch == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                assertThat(SPECIAL.indexOf(ch)).as("unescaped '%s' in %s", ch, row).isNegative();
                cell.append(ch);
            }
        }
        assertThat(cell.toString()).isEmpty();
        return cells;
    }

    /** The text as a cell shows it: every run of white space or control characters one space, none at the ends. */
    private static String rendered(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(ch);
            }
        }
        return out.toString();
    }
}
