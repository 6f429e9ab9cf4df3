package nl.participatie.core.text;

import java.util.Locale;
import java.util.Map;

import nl.participatie.core.API;
import nl.participatie.core.Code;
import nl.participatie.core.internal.Messages;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.Money;

/**
 * The library's texts for people in Dutch and English (<i>tekstcatalogus</i>): rejection messages, notifications
 * and the words of reports, all from the resource bundles {@code ParticipatieMessages.properties} (English) and
 * {@code ParticipatieMessages_nl.properties} (Dutch) at the root of every jar on the class path, merged, so each
 * module ships its own texts without hiding another's. A vendor's own process adds its texts in files of those names.
 *
 * <p>Texts are {@link java.text.MessageFormat} patterns: {@code {0}} is the first argument, and a single quote is
 * written twice ({@code ''}). A {@link Money} argument is written as the language writes money ({@code € 1.234,56},
 * {@code €1,234.56}); other arguments as MessageFormat writes them. Arguments typed by residents must be escaped by
 * the caller for the output they end up in (see {@link MarkdownWriter#escape}).
 *
 * <pre>{@code
 * LocalizedText refused = Catalogue.text(code, "Grasveld achter de Linde");
 * String english = Catalogue.text(Locale.ENGLISH, "burgersaanhetstuur.report.title", title);
 * }</pre>
 */
@API(status = API.Status.STABLE)
public final class Catalogue {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private Catalogue() {
    }

    /** The text under {@code key} in Dutch and English, with the arguments filled in. */
    public static LocalizedText text(String key, Object... args) {
        return Messages.text(key, localised(DUTCH, args), localised(Locale.ENGLISH, args));
    }

    /** The text of a code in Dutch and English, with the arguments filled in. */
    public static LocalizedText text(Code code, Object... args) {
        return text(code.code(), args);
    }

    /** The text under {@code key} in one language: English for {@code en}, Dutch (the library's default) otherwise. */
    public static String text(Locale locale, String key, Object... args) {
        LocalizedText both = text(key, args);
        return isDutch(locale) ? both.nl() : both.en();
    }

    /** Whether the catalogue holds {@code key} in both Dutch and English. */
    public static boolean hasBoth(String key) {
        return Messages.hasBoth(key);
    }

    /** Every key and pattern of one language (English for {@code en}, else Dutch), for a test that walks them. */
    public static Map<String, String> entries(Locale locale) {
        return Messages.catalogue(isDutch(locale) ? "nl" : "en");
    }

    static boolean isDutch(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }

    private static Object[] localised(Locale locale, Object... args) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Money money) {
                out[i] = money.format(locale);
            }
        }
        return out;
    }
}
