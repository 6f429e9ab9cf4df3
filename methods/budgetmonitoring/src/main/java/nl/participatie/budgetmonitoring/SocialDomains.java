package nl.participatie.budgetmonitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The grouping of taakvelden into social domains (<i>indeling in sociale domeinen</i>): each taakveld belongs to at
 * most one domain, so every grouping of a budget by domain adds up to its total; a taakveld in none is in
 * {@link SocialDomain#OTHER}. The default ({@link #defaults()}) is shipped in
 * {@code nl/participatie/budgetmonitoring/social-domains.csv}; a municipality gives its own with {@link #of}.
 *
 * @param byTaakveld the domain of each grouped taakveld code
 */
@API(status = API.Status.EXPERIMENTAL)
public record SocialDomains(Map<TaakveldCode, SocialDomain> byTaakveld) {

    private static final SocialDomains DEFAULTS = load();

    public SocialDomains {
        byTaakveld = Collections.unmodifiableMap(new LinkedHashMap<>(InvalidValueException.requireNonNull(byTaakveld, "byTaakveld")));
    }

    /** The municipality's own grouping. */
    public static SocialDomains of(Map<TaakveldCode, SocialDomain> byTaakveld) {
        return new SocialDomains(byTaakveld);
    }

    /** The grouping shipped with the library. */
    public static SocialDomains defaults() {
        return DEFAULTS;
    }

    /** The domain of a taakveld; {@link SocialDomain#OTHER} when none was configured. */
    public SocialDomain of(TaakveldCode taakveld) {
        return byTaakveld.getOrDefault(taakveld, SocialDomain.OTHER);
    }

    /** The configured domains, in order of first appearance. */
    public Set<SocialDomain> domains() {
        return new LinkedHashSet<>(byTaakveld.values());
    }

    /** Whether {@code domain} is one of the configured domains. */
    public boolean knows(SocialDomain domain) {
        return byTaakveld.containsValue(domain);
    }

    private static SocialDomains load() {
        Map<TaakveldCode, SocialDomain> map = new LinkedHashMap<>();
        try (InputStream in = SocialDomains.class.getResourceAsStream("social-domains.csv")) {
            List<StrictCsv.Row> rows = StrictCsv.read(new String(Objects.requireNonNull(in, "social-domains.csv").readAllBytes(),
                    StandardCharsets.UTF_8), ',');
            for (StrictCsv.Row row : rows.subList(1, rows.size())) {
                if (!row.cells().get(0).startsWith("#")) {
                    map.put(TaakveldCode.of(row.cells().get(0)), SocialDomain.of(row.cells().get(1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StrictCsv.MalformedException e) {
            throw new IllegalStateException("social-domains.csv: " + e.getMessage(), e);
        }
        return new SocialDomains(map);
    }
}
