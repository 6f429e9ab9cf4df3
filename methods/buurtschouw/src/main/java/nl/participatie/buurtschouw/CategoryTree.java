package nl.participatie.buurtschouw;

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

    private static CategoryTree buildDefaults() {
        List<MainCategory> mains = new ArrayList<>();
        mains.add(main("afval", "Afval", "Waste",
                sub("afval", "container-is-vol", "Container is vol", "Container is full", "Stadsreiniging",
                        ServiceLevel.workingDays(3), Theme.LITTER,
                        "Bedankt voor uw melding. Wij legen de container binnen 3 werkdagen.",
                        "Thank you for your report. We will empty the container within 3 working days."),
                sub("afval", "grofvuil", "Grofvuil", "Bulky waste", "Stadsreiniging", ServiceLevel.workingDays(5), Theme.LITTER,
                        "Bedankt voor uw melding. Wij halen het grofvuil binnen 5 werkdagen op.",
                        "Thank you for your report. We will collect the bulky waste within 5 working days."),
                sub("afval", "veeg-zwerfvuil", "Veeg- of zwerfvuil", "Street litter", "Stadsreiniging",
                        ServiceLevel.workingDays(3), Theme.LITTER,
                        "Bedankt voor uw melding. Wij maken de plek binnen 3 werkdagen schoon.",
                        "Thank you for your report. We will clean the spot within 3 working days."),
                sub("afval", "overig-afval", "Overig afval", "Other waste", "Stadsreiniging", ServiceLevel.workingDays(5),
                        Theme.LITTER,
                        "Bedankt voor uw melding. Wij bekijken binnen 5 werkdagen wat er nodig is.",
                        "Thank you for your report. We will look at what is needed within 5 working days.")));
        mains.add(main("wegen-verkeer-straatmeubilair", "Wegen, verkeer, straatmeubilair", "Roads, traffic, street furniture",
                sub("wegen-verkeer-straatmeubilair", "bestrating", "Bestrating", "Paving", "Beheer openbare ruimte",
                        ServiceLevel.workingDays(10), Theme.PAVING,
                        "Bedankt voor uw melding. Wij herstellen de bestrating binnen 10 werkdagen; is het gevaarlijk, dan sneller.",
                        "Thank you for your report. We will repair the paving within 10 working days; sooner if it is dangerous."),
                sub("wegen-verkeer-straatmeubilair", "straatverlichting-openbare-klok", "Straatverlichting", "Street lighting",
                        "Openbare verlichting", ServiceLevel.workingDays(5), Theme.LIGHTING,
                        "Bedankt voor uw melding. Wij repareren de verlichting binnen 5 werkdagen.",
                        "Thank you for your report. We will repair the lighting within 5 working days."),
                sub("wegen-verkeer-straatmeubilair", "verkeerssituaties", "Verkeerssituatie", "Traffic situation", "Verkeer",
                        ServiceLevel.workingDays(15), Theme.TRAFFIC_SAFETY,
                        "Bedankt voor uw melding. Een verkeerskundige bekijkt de situatie binnen 15 werkdagen.",
                        "Thank you for your report. A traffic engineer will look at the situation within 15 working days."),
                sub("wegen-verkeer-straatmeubilair", "straatmeubilair", "Straatmeubilair", "Street furniture",
                        "Beheer openbare ruimte", ServiceLevel.workingDays(10), Theme.MEETING_PLACES,
                        "Bedankt voor uw melding. Wij herstellen het straatmeubilair binnen 10 werkdagen.",
                        "Thank you for your report. We will repair the street furniture within 10 working days."),
                sub("wegen-verkeer-straatmeubilair", "toegankelijkheid", "Toegankelijkheid", "Accessibility",
                        "Beheer openbare ruimte", ServiceLevel.workingDays(10), Theme.ACCESSIBILITY,
                        "Bedankt voor uw melding. Wij bekijken binnen 10 werkdagen hoe de plek toegankelijk wordt.",
                        "Thank you for your report. Within 10 working days we will look at how to make the place accessible.")));
        mains.add(main("overlast-in-de-openbare-ruimte", "Overlast in de openbare ruimte", "Nuisance in public space",
                sub("overlast-in-de-openbare-ruimte", "hondenpoep", "Hondenpoep", "Dog fouling", "Stadsreiniging",
                        ServiceLevel.workingDays(3), Theme.LITTER,
                        "Bedankt voor uw melding. Wij maken de plek binnen 3 werkdagen schoon.",
                        "Thank you for your report. We will clean the spot within 3 working days."),
                sub("overlast-in-de-openbare-ruimte", "graffiti-wildplak", "Graffiti of wildplak", "Graffiti or fly-posting",
                        "Stadsreiniging", ServiceLevel.workingDays(5), Theme.OTHER,
                        "Bedankt voor uw melding. Wij verwijderen het binnen 5 werkdagen.",
                        "Thank you for your report. We will remove it within 5 working days."),
                sub("overlast-in-de-openbare-ruimte", "fietswrak", "Fietswrak", "Abandoned bicycle", "Handhaving",
                        ServiceLevel.calendarDays(28), Theme.OTHER,
                        "Bedankt voor uw melding. Wij labelen de fiets en halen hem na 4 weken weg als niemand hem ophaalt.",
                        "Thank you for your report. We will label the bicycle and remove it after 4 weeks if nobody claims it."),
                sub("overlast-in-de-openbare-ruimte", "parkeeroverlast", "Parkeeroverlast", "Parking nuisance", "Handhaving",
                        ServiceLevel.calendarDays(2), Theme.TRAFFIC_SAFETY,
                        "Bedankt voor uw melding. Handhaving komt kijken als er capaciteit is.",
                        "Thank you for your report. Enforcement officers will come and look when they can.")));
        mains.add(main("openbaar-groen-en-water", "Openbaar groen en water", "Public green and water",
                sub("openbaar-groen-en-water", "boom", "Boom", "Tree", "Groen", ServiceLevel.workingDays(10), Theme.GREEN,
                        "Bedankt voor uw melding. Een boomverzorger bekijkt de boom binnen 10 werkdagen.",
                        "Thank you for your report. An arborist will look at the tree within 10 working days."),
                sub("openbaar-groen-en-water", "maaien-snoeien", "Maaien of snoeien", "Mowing or pruning", "Groen",
                        ServiceLevel.workingDays(20), Theme.GREEN,
                        "Bedankt voor uw melding. Wij nemen het mee in het onderhoud, uiterlijk binnen 20 werkdagen.",
                        "Thank you for your report. We will include it in maintenance, within 20 working days at most."),
                sub("openbaar-groen-en-water", "onkruid", "Onkruid", "Weeds", "Groen", ServiceLevel.workingDays(15), Theme.GREEN,
                        "Bedankt voor uw melding. Wij verwijderen het onkruid binnen 15 werkdagen.",
                        "Thank you for your report. We will remove the weeds within 15 working days."),
                sub("openbaar-groen-en-water", "overig-groen-en-water", "Overig groen en water", "Other green and water", "Groen",
                        ServiceLevel.workingDays(10), Theme.GREEN,
                        "Bedankt voor uw melding. Wij bekijken binnen 10 werkdagen wat er nodig is.",
                        "Thank you for your report. We will look at what is needed within 10 working days.")));
        mains.add(main("overlast-van-dieren", "Overlast van dieren", "Nuisance from animals",
                sub("overlast-van-dieren", "ratten", "Ratten", "Rats", "Ongediertebestrijding", ServiceLevel.workingDays(5),
                        Theme.OTHER,
                        "Bedankt voor uw melding. De ongediertebestrijding neemt binnen 5 werkdagen contact op of komt langs.",
                        "Thank you for your report. Pest control will contact you or come by within 5 working days."),
                sub("overlast-van-dieren", "dode-dieren", "Dode dieren", "Dead animals", "Dierenambulance",
                        ServiceLevel.calendarDays(1), Theme.OTHER,
                        "Bedankt voor uw melding. Wij halen het dier binnen een dag weg.",
                        "Thank you for your report. We will remove the animal within a day.")));
        mains.add(main("overlast-van-en-door-personen-of-groepen", "Overlast van en door personen of groepen",
                "Nuisance from people or groups",
                sub("overlast-van-en-door-personen-of-groepen", "jongerenoverlast", "Jongerenoverlast", "Youth nuisance",
                        "Handhaving", ServiceLevel.workingDays(5), Theme.OTHER,
                        "Bedankt voor uw melding. Wij geven het door aan de jongerenwerkers en handhaving.",
                        "Thank you for your report. We will pass it on to the youth workers and enforcement officers."),
                sub("overlast-van-en-door-personen-of-groepen", "overige-overlast-door-personen", "Overige overlast door personen",
                        "Other nuisance from people", "Handhaving", ServiceLevel.workingDays(5), Theme.OTHER,
                        "Bedankt voor uw melding. Wij bekijken binnen 5 werkdagen wat we kunnen doen.",
                        "Thank you for your report. Within 5 working days we will look at what we can do.")));
        mains.add(main("overlast-bedrijven-en-horeca", "Overlast bedrijven en horeca", "Nuisance from businesses and hospitality",
                sub("overlast-bedrijven-en-horeca", "geluidsoverlast-muziek", "Geluidsoverlast muziek", "Noise from music",
                        "Handhaving", ServiceLevel.workingDays(3), Theme.OTHER,
                        "Bedankt voor uw melding. Handhaving neemt het mee in de controles.",
                        "Thank you for your report. Enforcement officers will include it in their checks."),
                sub("overlast-bedrijven-en-horeca", "stankoverlast", "Stankoverlast", "Smell nuisance", "Omgevingsdienst",
                        ServiceLevel.workingDays(5), Theme.OTHER,
                        "Bedankt voor uw melding. De omgevingsdienst onderzoekt de geur.",
                        "Thank you for your report. The environmental service will investigate the smell.")));
        mains.add(main("overlast-op-het-water", "Overlast op het water", "Nuisance on the water",
                sub("overlast-op-het-water", "snel-varen", "Snel varen", "Speeding boats", "Waternet",
                        ServiceLevel.workingDays(5), Theme.OTHER,
                        "Bedankt voor uw melding. De vaarwegbeheerder neemt het mee in het toezicht.",
                        "Thank you for your report. The waterway authority will include it in its supervision."),
                sub("overlast-op-het-water", "gezonken-boot", "Gezonken boot", "Sunken boat", "Waternet",
                        ServiceLevel.workingDays(10), Theme.OTHER,
                        "Bedankt voor uw melding. De vaarwegbeheerder zoekt de eigenaar en laat de boot zo nodig bergen.",
                        "Thank you for your report. The waterway authority will trace the owner and have the boat removed if needed.")));
        mains.add(main("overig", "Overig", "Other",
                sub("overig", "overig", "Overig", "Other", "Gebiedsteam", ServiceLevel.workingDays(10), Theme.OTHER,
                        "Bedankt voor uw melding. Het gebiedsteam bekijkt binnen 10 werkdagen wat er nodig is.",
                        "Thank you for your report. The area team will look at what is needed within 10 working days."),
                sub("overig", "idee-voor-de-buurt", "Idee voor de buurt", "Idea for the neighbourhood", "Gebiedsteam",
                        ServiceLevel.workingDays(20), Theme.MEETING_PLACES,
                        "Bedankt voor uw idee. Buurtbewoners kunnen het steunen en aangeven dat ze willen helpen; het gebiedsteam"
                                + " bespreekt binnen 20 werkdagen met u wat er mogelijk is.",
                        "Thank you for your idea. Neighbours can support it and say they want to help; the area team will"
                                + " discuss with you what is possible within 20 working days."),
                sub("overig", "ontmoetingsplek", "Ontmoetings- of speelplek", "Place to meet or play", "Gebiedsteam",
                        ServiceLevel.workingDays(20), Theme.MEETING_PLACES,
                        "Bedankt voor uw melding. Het gebiedsteam bekijkt binnen 20 werkdagen wat er mogelijk is.",
                        "Thank you for your report. The area team will look at what is possible within 20 working days.")));
        return new CategoryTree(mains);
    }

    private static MainCategory main(String slug, String nl, String en, SubCategory... subs) {
        return new MainCategory(slug, LocalizedText.of(nl, en), List.of(subs));
    }

    private static SubCategory sub(String main, String slug, String nl, String en, String department, ServiceLevel level,
                                   Theme theme, String messageNl, String messageEn) {
        return new SubCategory(CategoryCode.of(main, slug), LocalizedText.of(nl, en), department,
                LocalizedText.of(messageNl, messageEn), level, theme);
    }

    @Override
    public String toString() {
        return "CategoryTree[" + mains.size() + " main categories, " + byCode.size() + " subcategories]";
    }
}
