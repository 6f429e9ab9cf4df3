package nl.participatie.buurtschouw;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.StreamId;

/**
 * The initiative power of ideas (<i>initiatiefkracht</i>) and the support behind them (<i>draagvlak</i>): which ideas
 * have residents who will not only say "good idea" but also lend a hand. The municipality uses it to see which ideas
 * to pick up with the neighbourhood first.
 *
 * <p>The score of an idea at a moment {@code asOf} is
 *
 * <pre>
 *   score = Σ over supporters s:  r(s) × (supporterWeight + helperWeight if s offers help)
 *         + householdWeight × number of distinct households
 *   r(s)  = 0.5 ^ (age of s / halfLife), where age = asOf − s.at − responseWindow (never below 0; r = 1 when
 *           halfLife is 0)
 * </pre>
 *
 * With the {@link Weights#defaults() default weights} a supporter counts 1, a supporter who offers time, skills or
 * materials 3, each distinct household 0.5 more, and support loses half its weight every 30 days. Every weight is
 * zero or more, so adding a supporter never lowers a score. {@link #rank} explains each score in parts: supporters,
 * helpers, households, and what recency took off.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class InitiativePower {

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
     */
    public record Weights(double supporter, double helper, double household, Duration halfLife, Duration responseWindow) {
        public Weights {
            InvalidValueException.requireNonNull(halfLife, "halfLife");
            InvalidValueException.requireNonNull(responseWindow, "responseWindow");
            if (!(supporter >= 0) || !(helper >= 0) || !(household >= 0) || Double.isInfinite(supporter)
                    || Double.isInfinite(helper) || Double.isInfinite(household) || halfLife.isNegative()
                    || responseWindow.isNegative()) {
                throw new IllegalArgumentException("Weights must be finite and 0 or more, and the half-life and window not negative");
            }
            if (!halfLife.isZero() && halfLife.compareTo(responseWindow) < 0) {
                throw new IllegalArgumentException("Support may not fade faster than the response window: a half-life of "
                        + halfLife + " is shorter than " + responseWindow);
            }
        }

        /** Weights without a response window. */
        public Weights(double supporter, double helper, double household, Duration halfLife) {
            this(supporter, helper, household, halfLife, Duration.ZERO);
        }

        /** These weights with the municipality's response window. */
        public Weights withResponseWindow(Duration value) {
            return new Weights(supporter, helper, household, halfLife, value);
        }

        /** Supporter 1, helper 2 more, household 0.5, half-life 30 days. */
        public static Weights defaults() {
            return new Weights(1.0, 2.0, 0.5, Duration.ofDays(30));
        }
    }

    /**
     * An idea to score: a reference, a short title and its supporters.
     *
     * @param ref        e.g. the report's stream id
     * @param title      e.g. the start of the description
     * @param supporters the supporters
     */
    public record Idea(String ref, String title, List<IdeaSupport> supporters) {
        public Idea {
            InvalidValueException.requireNonNull(ref, "ref");
            InvalidValueException.requireNonNull(title, "title");
            supporters = List.copyOf(supporters);
        }

        /** The idea a report stands for. */
        public static Idea of(StreamId id, Report report) {
            return new Idea(id.toString(), report.description().orElse(Erasable.erasedText().nl()), report.supporters());
        }
    }

    /**
     * One part of a score, explained.
     *
     * @param name        {@code supporters}, {@code helpers}, {@code households} or {@code recency}
     * @param count       how many (supporters, helpers, households; for recency the supporters older than now)
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
     * An idea in the ranking.
     *
     * @param rank  1 for the greatest initiative power
     * @param idea  the idea
     * @param score its score, explained
     */
    public record RankedIdea(int rank, Idea idea, Score score) {
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

    /** The score of an idea at {@code asOf}, with its parts. */
    public Score score(Idea idea, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        int supporters = 0;
        int helpers = 0;
        int older = 0;
        double recencyLoss = 0;
        Set<HouseholdRef> households = new HashSet<>();
        for (IdeaSupport s : idea.supporters()) {
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
        double total = supportPoints + helperPoints + householdPoints - recencyLoss;
        List<Part> parts = List.of(
                new Part("supporters", supporters, supportPoints,
                        Wording.text(BuurtschouwText.POWER_SUPPORTERS, supporters, weights.supporter(), supportPoints)),
                new Part("helpers", helpers, helperPoints,
                        Wording.text(BuurtschouwText.POWER_HELPERS, helpers, weights.helper(), helperPoints)),
                new Part("households", households.size(), householdPoints,
                        Wording.text(BuurtschouwText.POWER_HOUSEHOLDS, households.size(), weights.household(), householdPoints)),
                new Part("recency", older, -recencyLoss, weights.halfLife().isZero()
                        ? Wording.text(BuurtschouwText.POWER_AGE_IGNORED)
                        : older == 0 ? Wording.text(BuurtschouwText.POWER_NO_AGE_DEDUCTION)
                        : Wording.text(BuurtschouwText.POWER_OLDER, older, weights.halfLife().toDays(), recencyLoss)));
        return new Score(total, parts);
    }

    /**
     * The ideas, greatest initiative power first; ties by more supporters, then by reference. Each with its score
     * explained.
     */
    public List<RankedIdea> rank(Collection<Idea> ideas, Instant asOf) {
        List<RankedIdea> scored = new ArrayList<>(ideas.size());
        for (Idea idea : ideas) {
            scored.add(new RankedIdea(0, idea, score(idea, asOf)));
        }
        scored.sort(Comparator.comparingDouble((RankedIdea r) -> r.score().total()).reversed()
                .thenComparing(r -> r.idea().supporters().size(), Comparator.reverseOrder())
                .thenComparing(r -> r.idea().ref()));
        List<RankedIdea> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            ranked.add(new RankedIdea(i + 1, scored.get(i).idea(), scored.get(i).score()));
        }
        return ranked;
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
