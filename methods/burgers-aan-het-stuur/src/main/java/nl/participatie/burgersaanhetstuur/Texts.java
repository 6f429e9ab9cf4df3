package nl.participatie.burgersaanhetstuur;

/** Fills texts for people: {@code {0}}, {@code {1}}... replaced by the arguments as written, nothing else interpreted. */
final class Texts {

    private Texts() {
    }

    static String fill(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 48);
        int length = template.length();
        int i = 0;
        while (i < length) {
            char ch = template.charAt(i);
            if (ch == '{') {
                int n = 0;
                int j = i + 1;
                while (j < length && template.charAt(j) >= '0' && template.charAt(j) <= '9') {
                    n = n * 10 + (template.charAt(j) - '0');
                    j++;
                }
                if (j > i + 1 && j < length && template.charAt(j) == '}') {
                    out.append(n < args.length ? String.valueOf(args[n]) : "");
                    i = j + 1;
                    continue;
                }
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }
}
