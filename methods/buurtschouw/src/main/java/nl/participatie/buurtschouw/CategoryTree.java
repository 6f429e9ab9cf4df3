package nl.participatie.buurtschouw;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * The municipality's two-level category tree for reports (<i>categorieënboom</i>, <i>hoofd- en subcategorieën</i>),
 * as Signalen has it: main categories, each with subcategories, and every subcategory with its responsible
 * department, the handling message a reporter receives on filing (<i>afhandeltekst</i>), a service-level objective
 * and the theme it belongs to. {@link #defaults()} is modelled on Signalen's main categories, with a few
 * subcategories for ideas and meeting places that a <i>buurtschouw</i> needs; a municipality builds its own with
 * {@link #of(List)}.
 *
 * <p>Subcategory slugs are unique across the whole tree, so each is also the Open311 {@code service_code}.
 * Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CategoryTree {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final CategoryTree DEFAULTS = buildDefaults();

    private final List<MainCategory> mains;
    private final Map<CategoryCode, SubCategory> byCode;
    private final Map<String, SubCategory> bySlug;

    /**
     * A main category (<i>hoofdcategorie</i>).
     *
     * @param slug the code, e.g. {@code afval}
     * @param name the name in Dutch and English
     * @param subs its subcategories, at least one
     */
    public record MainCategory(String slug, LocalizedText name, List<SubCategory> subs) {
        public MainCategory {
            InvalidValueException.requireNonNull(slug, "slug");
            InvalidValueException.requireNonNull(name, "name");
            subs = List.copyOf(subs);
            if (!SLUG.matcher(slug).matches()) {
                throw new InvalidValueException(ValueRejection.CATEGORY_INVALID.code(), slug);
            }
        }
    }

    /**
     * A subcategory (<i>subcategorie</i>) with what handling it needs.
     *
     * @param code            main and sub slug
     * @param name            the name in Dutch and English
     * @param department      who handles it (<i>afdeling</i>); Open311's {@code agency_responsible}
     * @param handlingMessage what the reporter is told on filing
     * @param serviceLevel    within how many days it should be handled
     * @param theme           the theme reports of it belong to
     */
    public record SubCategory(CategoryCode code, LocalizedText name, String department, LocalizedText handlingMessage,
                              ServiceLevel serviceLevel, Theme theme) {
        public SubCategory {
            InvalidValueException.requireNonNull(code, "code");
            InvalidValueException.requireNonNull(name, "name");
            InvalidValueException.requireNonNull(department, "department");
            InvalidValueException.requireNonNull(handlingMessage, "handlingMessage");
            InvalidValueException.requireNonNull(serviceLevel, "serviceLevel");
            InvalidValueException.requireNonNull(theme, "theme");
        }
    }

    private CategoryTree(List<MainCategory> mains) {
        this.mains = List.copyOf(mains);
        Map<CategoryCode, SubCategory> codes = new LinkedHashMap<>();
        Map<String, SubCategory> slugs = new HashMap<>();
        Map<String, Boolean> mainSlugs = new HashMap<>();
        for (MainCategory main : this.mains) {
            if (mainSlugs.put(main.slug(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("Main category '" + main.slug() + "' appears twice");
            }
            if (main.subs().isEmpty()) {
                throw new IllegalArgumentException("Main category '" + main.slug() + "' has no subcategories");
            }
            for (SubCategory sub : main.subs()) {
                if (!sub.code().main().equals(main.slug())) {
                    throw new IllegalArgumentException("Subcategory " + sub.code() + " is listed under '" + main.slug() + "'");
                }
                if (slugs.put(sub.code().sub(), sub) != null) {
                    throw new IllegalArgumentException("Subcategory slug '" + sub.code().sub()
                            + "' appears twice; slugs are unique across the tree (they are Open311 service codes)");
                }
                codes.put(sub.code(), sub);
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("A category tree needs at least one subcategory");
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.bySlug = Map.copyOf(slugs);
    }

    /**
     * A municipality's own tree.
     *
     * @throws IllegalArgumentException when a main or sub slug appears twice, a main has no subcategories, or a
     *                                  subcategory's code names another main category
     */
    public static CategoryTree of(List<MainCategory> mains) {
        return new CategoryTree(mains);
    }

    /** The default tree, modelled on Signalen's main categories. */
    public static CategoryTree defaults() {
        return DEFAULTS;
    }

    /** The main categories in order. */
    public List<MainCategory> mains() {
        return mains;
    }

    /** Every subcategory, in tree order. */
    public List<SubCategory> subCategories() {
        return List.copyOf(byCode.values());
    }

    /** The subcategory with the given code. */
    public Optional<SubCategory> find(CategoryCode code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The subcategory with the given slug (an Open311 {@code service_code}). */
    public Optional<SubCategory> findBySlug(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    /** The main category with the given slug. */
    public Optional<MainCategory> main(String slug) {
        return mains.stream().filter(m -> m.slug().equals(slug)).findFirst();
    }

    /** Reads the default tree from {@code nl/participatie/buurtschouw/categories.tsv}: data, not code. */
    private static CategoryTree buildDefaults() {
        List<MainCategory> mains = new ArrayList<>();
        String main = null;
        LocalizedText mainName = null;
        List<SubCategory> subs = new ArrayList<>();
        for (String line : resourceLines("categories.tsv")) {
            String[] f = line.split("\t", -1);
            if ("main".equals(f[0])) {
                if (main != null) {
                    mains.add(new MainCategory(main, mainName, subs));
                }
                main = f[1];
                mainName = LocalizedText.of(f[2], f[3]);
                subs = new ArrayList<>();
            } else if ("sub".equals(f[0]) && f.length == 9 && main != null) {
                String[] level = f[5].split(" ");
                int days = Integer.parseInt(level[1]);
                subs.add(new SubCategory(CategoryCode.of(main, f[1]), LocalizedText.of(f[2], f[3]), f[4],
                        LocalizedText.of(f[7], f[8]), "working".equals(level[0]) ? ServiceLevel.workingDays(days)
                        : ServiceLevel.calendarDays(days), Theme.of(f[6])));
            } else {
                throw new IllegalStateException("categories.tsv: cannot read the line " + line);
            }
        }
        mains.add(new MainCategory(main, mainName, subs));
        return new CategoryTree(mains);
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = CategoryTree.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "CategoryTree[" + mains.size() + " main categories, " + byCode.size() + " subcategories]";
    }
}
