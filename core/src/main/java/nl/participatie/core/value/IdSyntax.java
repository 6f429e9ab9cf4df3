package nl.participatie.core.value;

/**
 * The character rules of the library's identifiers (stream types and ids, person ids, role codes), checked by hand
 * rather than by regular expression: they are checked for every command and every event read, and a loop over a short
 * ASCII string costs a fraction of a {@link java.util.regex.Matcher}. {@code IdSyntaxTest} holds each rule to the
 * regular expression it stands for.
 */
final class IdSyntax {

    private IdSyntax() {
    }

    /** {@code [a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*}: dot-separated words, each starting with a lower-case letter. */
    static boolean isStreamType(String s) {
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (wordStart) {
                if (c < 'a' || c > 'z') {
                    return false;
                }
                wordStart = false;
            } else if (c == '.') {
                wordStart = true;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return !wordStart;
    }

    /** {@code [A-Za-z0-9._-]{1,64}}, and with {@code extra} also that character (person ids allow {@code :}). */
    static boolean isLocalId(String s, char extra) {
        int n = s.length();
        if (n < 1 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-'
                    || c == extra)) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Z][A-Z0-9_]{0,39}}: an upper-case code. */
    static boolean isRoleCode(String s) {
        int n = s.length();
        if (n < 1 || n > 40 || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
