package nl.participatie.burgersaanhetstuur;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.NeighbourhoodCode;

/**
 * The municipality's overview of the citizen initiatives of an area (<i>portefeuille bewonersinitiatieven</i>): per
 * running initiative its cycle and step, its health from the {@link StallDiagnosis}, and the organisations it waits
 * on; and, apart, where the municipality itself is what an initiative waits on. As data and as Markdown in Dutch or
 * English, with everything residents typed escaped.
 *
 * <pre>{@code
 * Portfolio portfolio = Portfolio.of(initiatives, Set.of(NeighbourhoodCode.parse("BU03630102")), clock.instant());
 * portfolio.municipalityBlocks();                    // the initiatives that wait on the municipality
 * String markdown = portfolio.toMarkdown(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * @param at      the moment of the overview
 * @param entries the running initiatives of the area, the least healthy first
 */
@API(status = API.Status.EXPERIMENTAL)
public record Portfolio(Instant at, List<Entry> entries) {

    public Portfolio {
        InvalidValueException.requireNonNull(at, "at");
        entries = List.copyOf(InvalidValueException.requireNonNull(entries, "entries"));
    }

    /** The portfolio of the running initiatives in the area (every neighbourhood when the area is empty), by the default diagnosis. */
    public static Portfolio of(Collection<Initiative> initiatives, Set<NeighbourhoodCode> area, Instant now) {
        return of(initiatives, area, StallDiagnosis.defaults(), now);
    }

    /** The portfolio of the running initiatives in the area (every neighbourhood when the area is empty). */
    public static Portfolio of(Collection<Initiative> initiatives, Set<NeighbourhoodCode> area, StallDiagnosis diagnosis,
                               Instant now) {
        InvalidValueException.requireNonNull(initiatives, "initiatives");
        InvalidValueException.requireNonNull(area, "area");
        InvalidValueException.requireNonNull(diagnosis, "diagnosis");
        InvalidValueException.requireNonNull(now, "now");
        List<Entry> entries = new ArrayList<>();
        for (Initiative i : initiatives) {
            if (!i.isRunning() || !area.isEmpty() && !area.contains(i.neighbourhood())) {
                continue;
            }
            List<Waiting> waiting = new ArrayList<>(2);
            for (Action a : i.actions()) {
                if (a.cycle() == i.cycle() && a.waitsOnPartner()) {
                    waiting.add(new Waiting(a.id(), a.title(), a.partner(), DutchTime.dayOf(a.partnerSince()),
                            Duration.between(a.partnerSince(), now).toDays()));
                }
            }
            entries.add(new Entry(i.title(), i.neighbourhood(), i.cycle(), i.step(), Health.of(diagnosis.diagnose(i, now)), waiting));
        }
        entries.sort(Comparator.comparing(Entry::health).reversed());
        return new Portfolio(now, entries);
    }

    /** The initiatives that wait on the municipality, with what they wait for; the longest wait first. */
    public List<Entry> municipalityBlocks() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.waitsOnMunicipality()) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingLong(Entry::longestMunicipalityWait).reversed());
        return out;
    }

    /** The portfolio as Markdown, in Dutch or English ({@code en}); resident text is escaped. */
    public String toMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(locale);
        md.heading(1, text(md, PortfolioText.TITLE));
        md.line(text(md, PortfolioText.SUMMARY, entries.size(), md.date(DutchTime.dayOf(at)))).blank();
        if (entries.isEmpty()) {
            md.line(text(md, PortfolioText.NONE));
        } else {
            md.tableHeader(text(md, PortfolioText.COLUMNS).split(" \\| "));
            for (Entry e : entries) {
                List<String> waits = new ArrayList<>(e.waitingOn().size());
                for (Waiting w : e.waitingOn()) {
                    waits.add(text(md, PortfolioText.WAITS_ON, w.partner().kind().label().in(locale), md.escape(w.partner().name()),
                            w.action(), w.days() / 7));
                }
                md.row(md.escape(e.title()), e.neighbourhood() == null ? "-" : e.neighbourhood().value(),
                        String.valueOf(e.cycle()), step(md, e.step()), e.health().label().in(locale),
                        waits.isEmpty() ? "-" : String.join("; ", waits));
            }
        }
        md.blank().heading(2, text(md, PortfolioText.BLOCKER_HEADING));
        List<Entry> blocked = municipalityBlocks();
        if (blocked.isEmpty()) {
            md.line(text(md, PortfolioText.NO_BLOCKER));
        }
        for (Entry e : blocked) {
            for (Waiting w : e.waitingOn()) {
                if (w.partner().isMunicipality()) {
                    md.line("- " + text(md, PortfolioText.BLOCKER, md.escape(e.title()), w.action(),
                            md.escape(w.actionTitle()), md.escape(w.partner().name()), md.date(w.since()), w.days() / 7));
                }
            }
        }
        return md.toString();
    }

    private static String step(MarkdownWriter md, InitiativeStep step) {
        String label = step.label().in(md.locale());
        return step.isCycleStep() ? text(md, PortfolioText.STEP, step.number(), label) : label;
    }

    /** A word of the portfolio; whole numbers go in as written. */
    private static String text(MarkdownWriter md, PortfolioText code, Object... args) {
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = args[i] instanceof Integer || args[i] instanceof Long ? String.valueOf(args[i]) : args[i];
        }
        return md.text(code.code(), written);
    }

    /**
     * One initiative in the portfolio.
     *
     * @param title         its name; erasable
     * @param neighbourhood its neighbourhood
     * @param cycle         the cycle it is in
     * @param step          the step it is in
     * @param health        from healthy to stuck, the most severe finding of its diagnosis
     * @param waitingOn     the open actions of its cycle handed to an organisation
     */
    public record Entry(Erasable<String> title, NeighbourhoodCode neighbourhood, int cycle, InitiativeStep step, Health health,
                        List<Waiting> waitingOn) {
        public Entry {
            InvalidValueException.requireNonNull(step, "step");
            InvalidValueException.requireNonNull(health, "health");
            waitingOn = List.copyOf(InvalidValueException.requireNonNull(waitingOn, "waitingOn"));
        }

        /** Whether it waits on the municipality. */
        public boolean waitsOnMunicipality() {
            return longestMunicipalityWait() >= 0;
        }

        long longestMunicipalityWait() {
            long longest = -1;
            for (Waiting w : waitingOn) {
                if (w.partner().isMunicipality()) {
                    longest = Math.max(longest, w.days());
                }
            }
            return longest;
        }
    }

    /**
     * What an initiative waits on (<i>wacht op</i>): an open action handed to an organisation.
     *
     * @param action      the action's number
     * @param actionTitle the action's title; erasable
     * @param partner     the organisation
     * @param since       the day it was handed over
     * @param days        how many days it has waited
     */
    public record Waiting(int action, Erasable<String> actionTitle, Partner partner, LocalDate since, long days) {
        public Waiting {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(partner, "partner");
            InvalidValueException.requireNonNull(since, "since");
        }
    }

    /** How an initiative is doing (<i>gezondheid</i>): the most severe finding of its diagnosis, or none. */
    public enum Health {
        /** No findings (<i>op koers</i>). */
        HEALTHY,
        /** Only warnings (<i>aandachtspunt</i>). */
        WARNING,
        /** At risk of getting stuck (<i>risico</i>). */
        AT_RISK,
        /** Stuck (<i>vastgelopen</i>). */
        STUCK;

        /** The health of a diagnosis: its most severe finding. */
        static Health of(Diagnosis diagnosis) {
            Health worst = HEALTHY;
            for (Finding f : diagnosis.findings()) {
                Health h = values()[f.severity().ordinal() + 1];
                worst = h.compareTo(worst) > 0 ? h : worst;
            }
            return worst;
        }

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return this == HEALTHY ? Catalogue.text(LabelText.HEALTH_HEALTHY) : Finding.Severity.values()[ordinal() - 1].label();
        }
    }
}
