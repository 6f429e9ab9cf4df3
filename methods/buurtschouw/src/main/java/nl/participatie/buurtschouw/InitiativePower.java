package nl.participatie.buurtschouw;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * The initiative power of ideas (<i>initiatiefkracht</i>) and the support behind them (<i>draagvlak</i>): which ideas
 * have residents who will not only say "good idea" but also lend a hand, and a reporter who will take the lead. The
 * municipality uses it to see which ideas to pick up with the neighbourhood first.
 *
 * <p>The score of an idea at a moment {@code asOf} is
 *
 * <pre>
 *   score = Σ over supporters s:  r(s) × (supporterWeight + helperWeight if s offers help)
 *         + householdWeight × number of distinct households
 *         + leadWeight if a reporter will take the lead
 *   r(s)  = 0.5 ^ (age of s / halfLife), where age = asOf − s.at − responseWindow (never below 0; r = 1 when
 *           halfLife is 0)
 * </pre>
 *
 * With the {@link Weights#defaults() default weights} a supporter counts 1, a supporter who offers time, skills or
 * materials 3, each distinct household 0.5 more, a reporter ready to lead 3 (once per idea), and support loses half
 * its weight every 30 days. Every weight is zero or more, so adding a supporter never lowers a score. The reporter of
 * an idea never counts as its supporter. {@link #rank} explains each score in parts: supporters, helpers, households,
 * lead, and what recency took off.
 *
 * <p>{@link #rank} first puts together the ideas marked as duplicates of one another
 * ({@code ReportCommand.MarkDuplicateIdea}): a group is ranked once, under its original (the idea that is no
 * duplicate of another in the group), with its supporters united: a person who supported two ideas of the group counts
 * once, with everything they offered and their latest support; a reporter of the group who is ready to lead counts for
 * the group.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class InitiativePower {

    /** The default weight of a reporter ready to take the lead: as much as a supporter who offers help. */
    public static final double DEFAULT_LEAD = 3.0;

    private final Weights weights;

    /**
     * The configurable weights of the formula (<i>wegingen</i>).
     *
     * @param supporter weight of every supporter, 0 or more
     * @param helper    extra weight of a supporter who offers help, 0 or more
     * @param household weight of every distinct household, 0 or more
     * @param halfLife  after how long support counts half; {@link Duration#ZERO} to ignore recency
     * @param responseWindow the municipality's response window (<i>reactietermijn</i>): support keeps its full weight
     *                       that long, and the half-life may not be shorter, so support never fades faster than the
     *                       municipality can answer it; {@link Duration#ZERO} when none
     * @param lead      weight of an idea whose reporter is ready to take the lead (<i>trekker</i>), 0 or more
     */
    public record Weights(double supporter, double helper, double household, Duration halfLife, Duration responseWindow,
                          double lead) {
        public Weights {
            InvalidValueException.requireNonNull(halfLife, "halfLife");
            InvalidValueException.requireNonNull(responseWindow, "responseWindow");
            if (!(supporter >= 0) || !(helper >= 0) || !(household >= 0) || !(lead >= 0) || Double.isInfinite(supporter)
                    || Double.isInfinite(helper) || Double.isInfinite(household) || Double.isInfinite(lead)
                    || halfLife.isNegative() || responseWindow.isNegative()) {
                throw new IllegalArgumentException("Weights must be finite and 0 or more, and the half-life and window not negative");
            }
            if (!halfLife.isZero() && halfLife.compareTo(responseWindow) < 0) {
                throw new IllegalArgumentException("Support may not fade faster than the response window: a half-life of "
                        + halfLife + " is shorter than " + responseWindow);
            }
        }

        /** Weights with a response window and the {@linkplain #DEFAULT_LEAD default lead weight}. */
        public Weights(double supporter, double helper, double household, Duration halfLife, Duration responseWindow) {
            this(supporter, helper, household, halfLife, responseWindow, DEFAULT_LEAD);
        }

        /** Weights without a response window, with the {@linkplain #DEFAULT_LEAD default lead weight}. */
        public Weights(double supporter, double helper, double household, Duration halfLife) {
            this(supporter, helper, household, halfLife, Duration.ZERO);
        }

        /** These weights with the municipality's response window. */
        public Weights withResponseWindow(Duration value) {
            return new Weights(supporter, helper, household, halfLife, value, lead);
        }

        /** These weights with another weight for a reporter ready to take the lead. */
        public Weights withLead(double value) {
            return new Weights(supporter, helper, household, halfLife, responseWindow, value);
        }

        /** Supporter 1, helper 2 more, household 0.5, lead 3, half-life 30 days. */
        public static Weights defaults() {
            return new Weights(1.0, 2.0, 0.5, Duration.ofDays(30));
        }
    }

    /**
     * An idea to score: a reference, a short title, its supporters, its reporter's readiness to lead, and the idea it
     * duplicates.
     *
     * @param ref         e.g. the report's stream id
     * @param title       e.g. the start of the description
     * @param supporters  the supporters
     * @param reporter    who reported it; {@code null} when anonymous or unknown
     * @param readyToLead whether its reporter will take the lead
     * @param duplicateOf the reference of the idea it duplicates; {@code null} when it stands on its own
     */
    public record Idea(String ref, String title, List<IdeaSupport> supporters, PersonId reporter, boolean readyToLead,
                       String duplicateOf) {
        public Idea {
            InvalidValueException.requireNonNull(ref, "ref");
            InvalidValueException.requireNonNull(title, "title");
            supporters = List.copyOf(supporters);
        }

        /** An idea of an unknown reporter, who did not say they would lead, that duplicates no other. */
        public Idea(String ref, String title, List<IdeaSupport> supporters) {
            this(ref, title, supporters, null, false, null);
        }

        /** The idea a report stands for. */
        public static Idea of(StreamId id, Report report) {
            return new Idea(id.toString(), report.description().orElse(Erasable.erasedText().nl()), report.supporters(),
                    report.reporter(), Boolean.TRUE.equals(report.readyToLead()),
                    report.duplicateIdeaOf() == null ? null : report.duplicateIdeaOf().toString());
        }
    }

    /**
     * One part of a score, explained.
     *
     * @param name        {@code supporters}, {@code helpers}, {@code households}, {@code lead} or {@code recency}
     * @param count       how many (supporters, helpers, households, reporters ready to lead; for recency the
     *                    supporters older than now)
     * @param points      what the part adds (recency takes off, so it is 0 or less)
     * @param explanation in Dutch and English
     */
    public record Part(String name, int count, double points, LocalizedText explanation) {
    }

    /**
     * A score with its parts; the parts add up to the total.
     *
     * @param total the score
     * @param parts the parts, in a fixed order
     */
    public record Score(double total, List<Part> parts) {
        public Score {
            parts = List.copyOf(parts);
        }

        /** The part with the given name. */
        public Part part(String name) {
            return parts.stream().filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No part " + name));
        }
    }

    /**
     * An idea in the ranking: on its own, or the original of a group of duplicates, scored as one.
     *
     * @param rank       1 for the greatest initiative power
     * @param idea       the idea, or the group's original with the group's united supporters
     * @param score      its score, explained
     * @param duplicates the ideas marked as its duplicates and counted with it, in the order given; empty when none
     */
    public record RankedIdea(int rank, Idea idea, Score score, List<Idea> duplicates) {
        public RankedIdea {
            duplicates = List.copyOf(duplicates);
        }

        /** An idea ranked on its own. */
        public RankedIdea(int rank, Idea idea, Score score) {
            this(rank, idea, score, List.of());
        }
    }

    private InitiativePower(Weights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** With the default weights. */
    public static InitiativePower defaults() {
        return new InitiativePower(Weights.defaults());
    }

    /** With a municipality's own weights. */
    public static InitiativePower of(Weights weights) {
        return new InitiativePower(weights);
    }

    /** The weights. */
    public Weights weights() {
        return weights;
    }

    /** The score of one idea on its own at {@code asOf}, with its parts. */
    public Score score(Idea idea, Instant asOf) {
        return score(idea.supporters(), idea.reporter(), idea.readyToLead() ? 1 : 0, asOf);
    }

    private Score score(List<IdeaSupport> support, PersonId reporter, int leaders, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        int supporters = 0;
        int helpers = 0;
        int older = 0;
        double recencyLoss = 0;
        Set<HouseholdRef> households = new HashSet<>();
        for (IdeaSupport s : support) {
            if (s.supporter().equals(reporter)) {
                continue; // nobody supports their own idea
            }
            supporters++;
            double weight = weights.supporter() + (s.willingToHelp() ? weights.helper() : 0);
            if (s.willingToHelp()) {
                helpers++;
            }
            double r = recency(s.at(), asOf);
            if (r < 1) {
                older++;
                recencyLoss += weight * (1 - r);
            }
            if (s.household() != null) {
                households.add(s.household());
            }
        }
        double supportPoints = supporters * weights.supporter();
        double helperPoints = helpers * weights.helper();
        double householdPoints = households.size() * weights.household();
        double leadPoints = leaders > 0 ? weights.lead() : 0;
        double total = supportPoints + helperPoints + householdPoints + leadPoints - recencyLoss;
        List<Part> parts = List.of(
                new Part("supporters", supporters, supportPoints,
                        Wording.text(BuurtschouwText.POWER_SUPPORTERS, supporters, weights.supporter(), supportPoints)),
                new Part("helpers", helpers, helperPoints,
                        Wording.text(BuurtschouwText.POWER_HELPERS, helpers, weights.helper(), helperPoints)),
                new Part("households", households.size(), householdPoints,
                        Wording.text(BuurtschouwText.POWER_HOUSEHOLDS, households.size(), weights.household(), householdPoints)),
                new Part("lead", leaders, leadPoints, Wording.text(BuurtschouwText.POWER_LEAD, leaders, leadPoints)),
                new Part("recency", older, -recencyLoss, weights.halfLife().isZero()
                        ? Wording.text(BuurtschouwText.POWER_AGE_IGNORED)
                        : older == 0 ? Wording.text(BuurtschouwText.POWER_NO_AGE_DEDUCTION)
                        : Wording.text(BuurtschouwText.POWER_OLDER, older, weights.halfLife().toDays(), recencyLoss)));
        return new Score(total, parts);
    }

    /**
     * The ideas, greatest initiative power first, duplicates grouped with their original; ties by more supporters,
     * then by reference. Each with its score explained.
     *
     * @throws IllegalArgumentException when two ideas have the same reference
     */
    public List<RankedIdea> rank(Collection<Idea> ideas, Instant asOf) {
        List<RankedIdea> scored = new ArrayList<>(ideas.size());
        for (List<Idea> group : groups(ideas)) {
            Idea original = original(group);
            Map<PersonId, IdeaSupport> united = new LinkedHashMap<>();
            Set<PersonId> leaders = new HashSet<>();
            int anonymousLeaders = 0;
            for (Idea idea : group) {
                for (IdeaSupport s : idea.supporters()) {
                    united.merge(s.supporter(), s, InitiativePower::together);
                }
                if (idea.readyToLead()) {
                    if (idea.reporter() == null) {
                        anonymousLeaders++;
                    } else {
                        leaders.add(idea.reporter());
                    }
                }
            }
            List<IdeaSupport> supporters = new ArrayList<>(united.values());
            supporters.removeIf(s -> s.supporter().equals(original.reporter()));
            Idea merged = new Idea(original.ref(), original.title(), supporters, original.reporter(), !leaders.isEmpty()
                    || anonymousLeaders > 0, original.duplicateOf());
            List<Idea> duplicates = new ArrayList<>(group);
            duplicates.remove(original);
            scored.add(new RankedIdea(0, merged, score(supporters, original.reporter(), leaders.size() + anonymousLeaders, asOf),
                    duplicates));
        }
        scored.sort(Comparator.comparingDouble((RankedIdea r) -> r.score().total()).reversed()
                .thenComparing(r -> r.idea().supporters().size(), Comparator.reverseOrder())
                .thenComparing(r -> r.idea().ref()));
        List<RankedIdea> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            RankedIdea r = scored.get(i);
            ranked.add(new RankedIdea(i + 1, r.idea(), r.score(), r.duplicates()));
        }
        return ranked;
    }

    /** The ideas in groups of duplicates (one idea alone is a group of one), each group in the order given. */
    private static Collection<List<Idea>> groups(Collection<Idea> ideas) {
        Map<String, Idea> byRef = new LinkedHashMap<>();
        for (Idea idea : ideas) {
            if (byRef.put(idea.ref(), idea) != null) {
                throw new IllegalArgumentException("Two ideas have the reference " + idea.ref());
            }
        }
        Map<String, String> parent = new HashMap<>();
        for (Idea idea : ideas) {
            if (idea.duplicateOf() != null && byRef.containsKey(idea.duplicateOf())) {
                parent.put(root(parent, idea.ref()), root(parent, idea.duplicateOf()));
            }
        }
        Map<String, List<Idea>> groups = new LinkedHashMap<>();
        for (Idea idea : ideas) {
            groups.computeIfAbsent(root(parent, idea.ref()), k -> new ArrayList<>()).add(idea);
        }
        return groups.values();
    }

    private static String root(Map<String, String> parent, String ref) {
        String at = ref;
        while (parent.containsKey(at) && !parent.get(at).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }

    /**
     * The original of a group: the one idea that duplicates no other idea of the group; in a circle of marks (each
     * marked as a duplicate of the next), the one with the smallest reference.
     */
    private static Idea original(List<Idea> group) {
        Set<String> refs = new HashSet<>();
        group.forEach(i -> refs.add(i.ref()));
        for (Idea idea : group) {
            if (idea.duplicateOf() == null || !refs.contains(idea.duplicateOf())) {
                return idea;
            }
        }
        return group.stream().min(Comparator.comparing(Idea::ref)).orElseThrow();
    }

    /** One person's support of two ideas of a group, as one: everything they offered, their household, their latest. */
    private static IdeaSupport together(IdeaSupport a, IdeaSupport b) {
        List<HelpOffer> offers = new ArrayList<>(a.offers());
        offers.addAll(b.offers());
        return new IdeaSupport(a.supporter(), offers, a.household() != null ? a.household() : b.household(),
                a.at().isAfter(b.at()) ? a.at() : b.at());
    }

    private double recency(Instant at, Instant asOf) {
        if (weights.halfLife().isZero() || !at.isBefore(asOf)) {
            return 1;
        }
        // Support fades only after the municipality's response window.
        double age = Math.max(0, Duration.between(at, asOf).minus(weights.responseWindow()).toMillis());
        return Math.pow(0.5, age / weights.halfLife().toMillis());
    }
}
