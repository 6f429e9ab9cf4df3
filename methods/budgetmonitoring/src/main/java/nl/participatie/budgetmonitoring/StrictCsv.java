package nl.participatie.budgetmonitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A small strict CSV reader (RFC 4180 with a chosen separator): cells may be quoted, a quote inside a quoted cell is
 * written twice, a quoted cell may span lines. Nothing is guessed: an unclosed quote or text after a closing quote is
 * an error on the line it starts. Written here rather than taken from Jackson's CSV format so a library embedded in a
 * municipality's system brings no extra dependency, and so every row keeps the number of the line it starts on.
 */
final class StrictCsv {

    /**
     * One record of the file.
     *
     * @param line  the number of the line it starts on, from 1
     * @param cells its cells, unquoted
     */
    record Row(int line, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    /** A record that cannot be read; what was read before it is given up with it. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        MalformedException(int line) {
            super("malformed CSV at line " + line);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private StrictCsv() {
    }

    /** Every non-empty record of {@code text}; a leading byte-order mark is dropped. */
    static List<Row> read(String text, char separator) throws MalformedException {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean cellStarted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                continue;
            }
            if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                cellStarted = true;
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                continue;
            } else if (c == '\n' || c == '\r') {
                end(rows, cells, cell, start, cellStarted);
                cells = new ArrayList<>();
                afterQuote = false;
                cellStarted = false;
                line++;
                start = line;
            } else if (afterQuote) {
                throw new MalformedException(start);
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
                cellStarted = true;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (quoted) {
            throw new MalformedException(start);
        }
        end(rows, cells, cell, start, cellStarted);
        return rows;
    }

    private static void end(List<Row> rows, List<String> cells, StringBuilder cell, int line, boolean cellStarted) {
        if (cellStarted || cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(line, cells));
        }
        cell.setLength(0);
    }
}
