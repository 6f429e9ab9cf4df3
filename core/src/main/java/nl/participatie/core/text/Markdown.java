package nl.participatie.core.text;

import nl.participatie.core.API;

/**
 * Markdown for people, written safely (<i>veilige opmaak</i>): text that residents typed is untrusted, so
 * {@link #escape} puts it on one line and escapes with a backslash every character that means something inline in
 * CommonMark or GitHub Markdown (emphasis, links, images, code, raw HTML, entities, table cells, strike-through,
 * heading closers), and at its start what would open a block (a list item, a setext underline). Every method's
 * reports and summaries escape resident text with it.
 */
@API(status = API.Status.STABLE)
public final class Markdown {

    private static final String SPECIAL = "\\`*_[]<>&!|~#";

    private Markdown() {
    }

    /** The text as inline Markdown that renders as exactly this text, on one line; {@code ""} for {@code null}. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (SPECIAL.indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        openNoBlock(out);
        return out.toString();
    }

    /**
     * Escapes what would open a block where the text starts a line (a paragraph, or the text of a list item): a bullet
     * ({@code -}, {@code +}), an ordered list's {@code 1.} or {@code 1)}, a setext underline or thematic break
     * ({@code ===}, {@code ---}). The other block openers ({@code #}, {@code >}, fences, {@code *}) are escaped already.
     */
    private static void openNoBlock(StringBuilder out) {
        if (out.isEmpty()) {
            return;
        }
        char first = out.charAt(0);
        if (first == '-' || first == '+' || first == '=') {
            out.insert(0, '\\');
            return;
        }
        int digits = 0;
        while (digits < out.length() && out.charAt(digits) >= '0' && out.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > 0 && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
            out.insert(digits, '\\');
        }
    }
}
