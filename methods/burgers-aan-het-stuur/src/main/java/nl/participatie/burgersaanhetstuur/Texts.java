package nl.participatie.burgersaanhetstuur;

/** Fills texts for people: {@code {0}}, {@code {1}}... replaced by the arguments as written, nothing else interpreted. */
final class Texts {

    private Texts() {
    }

    static String fill(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char ch = template.charAt(i);
            if (ch == '{') {
                int close = template.indexOf('}', i);
                if (close > i + 1) {
                    String index = template.substring(i + 1, close);
                    if (index.chars().allMatch(Character::isDigit)) {
                        int n = Integer.parseInt(index);
                        out.append(n < args.length ? String.valueOf(args[n]) : "");
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }
}
