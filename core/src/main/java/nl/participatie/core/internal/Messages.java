package nl.participatie.core.internal;

import nl.participatie.core.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import nl.participatie.core.value.LocalizedText;

/**
 * The library's message catalogue: every {@code ParticipatieMessages.properties} (English) and
 * {@code ParticipatieMessages_nl.properties} (Dutch) on the class path, merged, so each module ships its own
 * messages without hiding another's, together with the library's {@code ContributorValidationMessages} (the messages
 * of its constraint annotations). The library ships no root {@code ValidationMessages} bundle: that name belongs to
 * the application, and the JDK caches the first one found per class loader, for everyone. Messages use {@link MessageFormat} placeholders ({@code {0}}) for the
 * library's own codes; Bean Validation templates ({@code {min}}) are interpolated by Hibernate Validator.
 *
 * <p>Internal: not part of the public API.
 */
@API(status = API.Status.INTERNAL)
public final class Messages {

    /** The library's own bundle name, in every module of the library. */
    public static final String BUNDLE = "ParticipatieMessages";
    /** The bundle Hibernate Validator merges from every jar; the library's holds its constraint messages. */
    private static final String CONTRIBUTED = "ContributorValidationMessages";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static volatile Map<String, String> english;
    private static volatile Map<String, String> dutch;
    /**
     * Each pattern of the catalogues parsed once per language: parsing one (with its number formats) costs tens of
     * microseconds, and methods write a text for many events. Bounded by the catalogues' patterns.
     */
    private static final ConcurrentMap<LocalizedPattern, MessageFormat> PARSED = new ConcurrentHashMap<>();

    /** A pattern in one language. */
    private record LocalizedPattern(String pattern, Locale locale) {
    }

    private Messages() {
    }

    /** The message for {@code key} in Dutch and English, with {@code args} filled in. */
    public static LocalizedText text(String key, Object... args) {
        return text(key, args, args);
    }

    /** The message for {@code key}, with arguments already written per language. */
    public static LocalizedText text(String key, Object[] dutchArgs, Object[] englishArgs) {
        String nl = lookup(dutch(), key);
        String en = lookup(english(), key);
        if (nl == null && en == null) {
            throw new IllegalStateException("No message for code '" + key + "' in any " + BUNDLE + " bundle");
        }
        if (nl == null) {
            nl = en;
        }
        if (en == null) {
            en = nl;
        }
        return new LocalizedText(format(nl, DUTCH, dutchArgs), format(en, Locale.ENGLISH, englishArgs));
    }

    /** Whether both the Dutch and the English catalogue hold {@code key}. */
    public static boolean hasBoth(String key) {
        return dutch().containsKey(key) && english().containsKey(key);
    }

    /** All keys of one language's catalogue ({@code "nl"} or {@code "en"}). */
    public static Map<String, String> catalogue(String language) {
        return Map.copyOf("nl".equals(language) ? dutch() : english());
    }

    private static String lookup(Map<String, String> catalogue, String key) {
        return catalogue.get(key);
    }

    private static String format(String pattern, Locale locale, Object... args) {
        MessageFormat parsed = PARSED.computeIfAbsent(new LocalizedPattern(pattern, locale),
                p -> new MessageFormat(p.pattern(), p.locale()));
        Object[] values = args == null ? new Object[0] : args;
        java.text.Format[] own = parsed.getFormatsByArgumentIndex();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number && (i >= own.length || own[i] == null)) {
                // What MessageFormat does with a number in a plain {i}, without building a NumberFormat per call.
                values = values == args ? values.clone() : values;
                values[i] = NUMBERS.get().computeIfAbsent(locale, NumberFormat::getInstance).format(values[i]);
            }
        }
        // A MessageFormat is not thread-safe: each use formats with its own copy (a clone copies its formats).
        try {
            return ((MessageFormat) parsed.clone()).format(values);
        } catch (IllegalArgumentException numberAlsoFormattedElsewhere) {
            // An argument in a plain {i} and in a {i,number,…} of one pattern: leave the numbers to MessageFormat.
            return ((MessageFormat) parsed.clone()).format(args == null ? new Object[0] : args);
        }
    }

    /** Each thread's number format per language (a NumberFormat is not thread-safe). */
    private static final ThreadLocal<Map<Locale, NumberFormat>> NUMBERS = ThreadLocal.withInitial(HashMap::new);

    private static Map<String, String> english() {
        Map<String, String> m = english;
        if (m == null) {
            m = load(BUNDLE + ".properties", CONTRIBUTED + ".properties");
            english = m;
        }
        return m;
    }

    private static Map<String, String> dutch() {
        Map<String, String> m = dutch;
        if (m == null) {
            m = load(BUNDLE + "_nl.properties", CONTRIBUTED + "_nl.properties");
            dutch = m;
        }
        return m;
    }

    private static Map<String, String> load(String... resources) {
        Map<String, String> all = new HashMap<>();
        for (String resource : resources) {
            load(resource, all);
        }
        return Map.copyOf(all);
    }

    private static void load(String resource, Map<String, String> all) {
        try {
            ClassLoader loader = Messages.class.getClassLoader();
            Enumeration<URL> urls = loader.getResources(resource);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                Properties properties = new Properties();
                try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String name : properties.stringPropertyNames()) {
                    all.putIfAbsent(name, properties.getProperty(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
