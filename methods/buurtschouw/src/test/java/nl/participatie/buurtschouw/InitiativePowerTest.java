package nl.participatie.buurtschouw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import nl.participatie.core.value.PersonId;

/** Initiative power: documented scores with explained parts, and ranking. */
class InitiativePowerTest {

    static final Instant AS_OF = Instant.parse("2026-06-01T12:00:00Z");

    static IdeaSupport support(String person, String household, int daysAgo, HelpOffer... offers) {
        return new IdeaSupport(PersonId.of(person), List.of(offers), household == null ? null : HouseholdRef.of(household),
                AS_OF.minus(Duration.ofDays(daysAgo)));
    }

    @Test
    void aScoreIsExplainedInPartsThatAddUp() {
        InitiativePower.Idea idea = new InitiativePower.Idea("buurtschouw.report/geveltuin", "Geveltuinen in de Balistraat", List.of(
                support("p-1", "h-1", 0, HelpOffer.TIME),
                support("p-2", "h-1", 0),
                support("p-3", "h-2", 30, HelpOffer.SKILLS, HelpOffer.MATERIALS),
                support("p-4", null, 0)));
        InitiativePower.Score score = InitiativePower.defaults().score(idea, AS_OF);
        // 4 supporters × 1 + 2 helpers × 2 + 2 households × 0.5 − recency: p-3 (weight 3) is 30 days old, so counts half.
        assertThat(score.part("supporters").points()).isEqualTo(4.0);
        assertThat(score.part("helpers").points()).isEqualTo(4.0);
        assertThat(score.part("households").points()).isEqualTo(1.0);
        assertThat(score.part("recency").points()).isCloseTo(-1.5, within(1e-9));
        assertThat(score.total()).isCloseTo(7.5, within(1e-9));
        assertThat(score.parts().stream().mapToDouble(InitiativePower.Part::points).sum()).isCloseTo(score.total(), within(1e-9));
        assertThat(score.part("helpers").explanation().nl()).isEqualTo("2 wil(len) helpen met tijd, kennis of materiaal × 2 extra = 4");
        assertThat(score.part("households").explanation().nl()).isEqualTo("2 verschillende huishouden(s) × 0,5 = 1");
        assertThat(score.part("supporters").explanation().en()).isEqualTo("4 supporter(s) × 1 = 4");
        assertThat(score.part("households").explanation().en()).isEqualTo("2 distinct household(s) × 0.5 = 1");
        assertThat(score.part("recency").explanation().en()).isEqualTo("1 older supporter(s) count less (half after 30 days): −1.5");
    }

    @Test
    void ideasWithHelpersRankAboveIdeasWithMoreMereSupporters() {
        InitiativePower.Idea many = new InitiativePower.Idea("a", "Meer bankjes", List.of(support("p-1", "h-1", 1), support("p-2", "h-2", 1),
                support("p-3", "h-3", 1), support("p-4", "h-4", 1)));
        InitiativePower.Idea helpers = new InitiativePower.Idea("b", "Buurtmoestuin", List.of(support("p-5", "h-5", 1, HelpOffer.TIME),
                support("p-6", "h-6", 1, HelpOffer.SKILLS), support("p-7", "h-6", 1, HelpOffer.MATERIALS)));
        InitiativePower.Idea none = new InitiativePower.Idea("c", "Fontein", List.of());
        List<InitiativePower.RankedIdea> ranked = InitiativePower.defaults().rank(List.of(none, many, helpers), AS_OF);
        assertThat(ranked).extracting(r -> r.idea().ref()).containsExactly("b", "a", "c");
        assertThat(ranked).extracting(InitiativePower.RankedIdea::rank).containsExactly(1, 2, 3);
        assertThat(ranked.get(2).score().total()).isZero();
    }

    @Test
    void tiesGoToMoreSupportersThenToTheReference() {
        InitiativePower power = InitiativePower.of(new InitiativePower.Weights(1, 1, 0, Duration.ZERO));
        InitiativePower.Idea twoHelpers = new InitiativePower.Idea("x", "", List.of(support("p-1", null, 1, HelpOffer.TIME)));
        InitiativePower.Idea twoSupporters = new InitiativePower.Idea("y", "", List.of(support("p-2", null, 1), support("p-3", null, 1)));
        InitiativePower.Idea same = new InitiativePower.Idea("w", "", List.of(support("p-4", null, 1), support("p-5", null, 1)));
        assertThat(power.rank(List.of(twoHelpers, twoSupporters, same), AS_OF)).extracting(r -> r.idea().ref())
                .containsExactly("w", "y", "x");
        assertThat(power.score(twoHelpers, AS_OF).part("recency").explanation().en()).isEqualTo("age does not count");
    }

    @Test
    void supportDoesNotFadeFasterThanTheMunicipalitysResponseWindow() {
        InitiativePower.Weights fourWeeks = InitiativePower.Weights.defaults().withResponseWindow(Duration.ofDays(28));
        InitiativePower.Idea recent = new InitiativePower.Idea("r", "", List.of(support("p-1", null, 28)));
        // Within the window support keeps its full weight; after it, it halves every half-life.
        assertThat(InitiativePower.of(fourWeeks).score(recent, AS_OF).total()).isEqualTo(1.0);
        assertThat(InitiativePower.defaults().score(recent, AS_OF).total()).isLessThan(1.0);
        InitiativePower.Idea older = new InitiativePower.Idea("o", "", List.of(support("p-1", null, 58)));
        assertThat(InitiativePower.of(fourWeeks).score(older, AS_OF).total()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        // A half-life shorter than the window would make support fade faster than the municipality can answer.
        assertThatThrownBy(() -> new InitiativePower.Weights(1, 2, 0.5, Duration.ofDays(14), Duration.ofDays(28)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InitiativePower.Weights.defaults().withResponseWindow(Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReporterReadyToLeadCountsOnce() {
        InitiativePower.Idea led = new InitiativePower.Idea("l", "Buurtmoestuin", List.of(support("p-1", "h-1", 0)), PersonId.of("p-anna"),
                true, null);
        InitiativePower.Score score = InitiativePower.defaults().score(led, AS_OF);
        assertThat(score.part("lead").count()).isEqualTo(1);
        assertThat(score.part("lead").points()).isEqualTo(InitiativePower.DEFAULT_LEAD);
        assertThat(score.total()).isCloseTo(1 + 0.5 + 3, within(1e-9));
        assertThat(score.part("lead").explanation().nl()).isEqualTo("1 melder wil zelf trekken = 3");
        assertThat(score.part("lead").explanation().en()).isEqualTo("1 reporter ready to lead = 3");
        InitiativePower.Score notSaid = InitiativePower.defaults().score(new InitiativePower.Idea("n", "", List.of(support("p-1", "h-1", 0))), AS_OF);
        assertThat(notSaid.part("lead").points()).isZero();
        assertThat(notSaid.part("lead").explanation().en()).isEqualTo("no reporter ready to lead");
        assertThat(InitiativePower.of(InitiativePower.Weights.defaults().withLead(5)).score(led, AS_OF).part("lead").points()).isEqualTo(5);
        // An idea with a leader and one supporter outranks one with two mere supporters.
        InitiativePower.Idea two = new InitiativePower.Idea("t", "", List.of(support("p-2", "h-2", 0), support("p-3", "h-3", 0)));
        assertThat(InitiativePower.defaults().rank(List.of(two, led), AS_OF)).extracting(r -> r.idea().ref()).containsExactly("l", "t");
    }

    @Test
    void theReporterIsNeverTheirOwnIdeasSupporter() {
        InitiativePower.Idea idea = new InitiativePower.Idea("i", "", List.of(support("p-anna", null, 0), support("p-1", null, 0)),
                PersonId.of("p-anna"), false, null);
        assertThat(InitiativePower.defaults().score(idea, AS_OF).part("supporters").count()).isEqualTo(1);
    }

    @Test
    void duplicatesAreRankedOnceUnderTheirOriginalWithEachSupporterOnce() {
        PersonId anna = PersonId.of("p-anna");
        InitiativePower.Idea original = new InitiativePower.Idea("a", "Bankjes op het Javaplein",
                List.of(support("p-1", "h-1", 10), support("p-2", "h-2", 0)), anna, false, null);
        // p-1 supported both, the second time offering time; Anna supported the duplicate of her own idea; its reporter leads.
        InitiativePower.Idea duplicate = new InitiativePower.Idea("b", "Picknicktafel Javaplein",
                List.of(support("p-1", null, 2, HelpOffer.TIME), support("p-anna", "h-9", 1), support("p-3", "h-3", 1)),
                PersonId.of("p-bram"), true, "a");
        InitiativePower.Idea other = new InitiativePower.Idea("c", "Fontein", List.of(support("p-4", "h-4", 0)));
        List<InitiativePower.RankedIdea> ranked = InitiativePower.of(new InitiativePower.Weights(1, 2, 0.5, Duration.ZERO))
                .rank(List.of(duplicate, other, original), AS_OF);
        assertThat(ranked).hasSize(2);
        InitiativePower.RankedIdea group = ranked.get(0);
        assertThat(group.idea().ref()).isEqualTo("a");
        assertThat(group.idea().title()).isEqualTo("Bankjes op het Javaplein");
        assertThat(group.duplicates()).extracting(InitiativePower.Idea::ref).containsExactly("b");
        assertThat(group.idea().supporters()).extracting(IdeaSupport::supporter)
                .containsExactlyInAnyOrder(PersonId.of("p-1"), PersonId.of("p-2"), PersonId.of("p-3"));
        IdeaSupport p1 = group.idea().supporters().stream().filter(x -> x.supporter().equals(PersonId.of("p-1"))).findFirst().orElseThrow();
        assertThat(p1.offers()).containsExactly(HelpOffer.TIME);
        assertThat(p1.household()).isEqualTo(HouseholdRef.of("h-1"));
        assertThat(p1.at()).isEqualTo(AS_OF.minus(Duration.ofDays(2)));
        // 3 supporters, 1 helper, 3 households, Bram leads: 3 + 2 + 1.5 + 3.
        assertThat(group.score().part("supporters").count()).isEqualTo(3);
        assertThat(group.score().part("helpers").count()).isEqualTo(1);
        assertThat(group.score().part("lead").count()).isEqualTo(1);
        assertThat(group.score().total()).isCloseTo(9.5, within(1e-9));
        assertThat(ranked.get(1).idea().ref()).isEqualTo("c");
        assertThat(ranked.get(1).duplicates()).isEmpty();
        assertThat(ranked).extracting(InitiativePower.RankedIdea::rank).containsExactly(1, 2);
    }

    @Test
    void chainsAndCirclesOfDuplicatesFormOneGroup() {
        InitiativePower.Idea a = new InitiativePower.Idea("a", "", List.of(support("p-1", null, 0)), null, false, "b");
        InitiativePower.Idea b = new InitiativePower.Idea("b", "", List.of(support("p-2", null, 0)), null, false, "c");
        InitiativePower.Idea c = new InitiativePower.Idea("c", "", List.of(support("p-3", null, 0)), null, false, null);
        List<InitiativePower.RankedIdea> chain = InitiativePower.defaults().rank(List.of(a, b, c), AS_OF);
        assertThat(chain).singleElement().satisfies(r -> {
            assertThat(r.idea().ref()).isEqualTo("c");
            assertThat(r.duplicates()).extracting(InitiativePower.Idea::ref).containsExactly("a", "b");
            assertThat(r.score().part("supporters").count()).isEqualTo(3);
        });
        InitiativePower.Idea cOfA = new InitiativePower.Idea("c", "", List.of(support("p-3", null, 0)), null, false, "a");
        assertThat(InitiativePower.defaults().rank(List.of(a, b, cOfA), AS_OF)).singleElement()
                .satisfies(r -> assertThat(r.idea().ref()).as("a circle ranks under its smallest reference").isEqualTo("a"));
        // A mark to an idea outside the ranking leaves the idea on its own.
        InitiativePower.Idea elsewhere = new InitiativePower.Idea("d", "", List.of(), null, false, "buurtschouw.report/weg");
        assertThat(InitiativePower.defaults().rank(List.of(elsewhere, c), AS_OF)).hasSize(2);
        assertThatThrownBy(() -> InitiativePower.defaults().rank(List.of(c, c), AS_OF)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void aGroupCountsEveryPersonOnceAndNeverLessThanItsOriginalAlone(@ForAll("oncePerPerson") List<IdeaSupport> first,
                                                                     @ForAll("oncePerPerson") List<IdeaSupport> second,
                                                                     @ForAll("weights") InitiativePower.Weights weights) {
        InitiativePower power = InitiativePower.of(weights);
        PersonId reporter = PersonId.of("p-1");
        InitiativePower.Idea original = new InitiativePower.Idea("o", "", first, reporter, false, null);
        InitiativePower.Idea duplicate = new InitiativePower.Idea("d", "", second, PersonId.of("p-2"), false, "o");
        InitiativePower.RankedIdea group = power.rank(List.of(original, duplicate), AS_OF).get(0);
        java.util.Set<PersonId> people = new java.util.HashSet<>();
        first.forEach(x -> people.add(x.supporter()));
        second.forEach(x -> people.add(x.supporter()));
        people.remove(reporter);
        assertThat(group.score().part("supporters").count()).isEqualTo(people.size());
        assertThat(group.score().total()).isGreaterThanOrEqualTo(power.score(original, AS_OF).total() - 1e-9);
    }

    @Test
    void weightsAreNotNegative() {
        assertThatThrownBy(() -> new InitiativePower.Weights(-1, 0, 0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InitiativePower.Weights(Double.NaN, 0, 0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InitiativePower.Weights.defaults().withLead(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void addingASupporterNeverLowersAnIdeasScore(@ForAll("supports") List<IdeaSupport> supporters,
                                                 @ForAll("support") IdeaSupport newcomer, @ForAll("weights") InitiativePower.Weights weights) {
        InitiativePower power = InitiativePower.of(weights);
        List<IdeaSupport> more = new ArrayList<>(supporters);
        more.add(newcomer);
        double before = power.score(new InitiativePower.Idea("i", "", supporters), AS_OF).total();
        double after = power.score(new InitiativePower.Idea("i", "", more), AS_OF).total();
        assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
    }

    @Provide
    Arbitrary<IdeaSupport> support() {
        Arbitrary<String> person = Arbitraries.integers().between(1, 10_000).map(i -> "p-" + i);
        Arbitrary<String> household = Arbitraries.integers().between(1, 20).map(i -> "h-" + i).injectNull(0.3);
        Arbitrary<List<HelpOffer>> offers = Arbitraries.of(HelpOffer.class).list().ofMaxSize(3);
        Arbitrary<Integer> age = Arbitraries.integers().between(-10, 400);
        return Combinators.combine(person, household, offers, age).as((p, h, o, d) -> new IdeaSupport(PersonId.of(p), o,
                h == null ? null : HouseholdRef.of(h), AS_OF.minus(Duration.ofDays(d))));
    }

    @Provide
    Arbitrary<List<IdeaSupport>> supports() {
        return support().list().ofMaxSize(40);
    }

    /** Support as the decider records it: each person supports an idea once. */
    @Provide
    Arbitrary<List<IdeaSupport>> oncePerPerson() {
        return support().list().uniqueElements(IdeaSupport::supporter).ofMaxSize(40);
    }

    @Provide
    Arbitrary<InitiativePower.Weights> weights() {
        Arbitrary<Double> w = Arbitraries.doubles().between(0, 10);
        return Combinators.combine(w, w, w, Arbitraries.integers().between(0, 365))
                .as((s, h, d, days) -> new InitiativePower.Weights(s, h, d, Duration.ofDays(days)));
    }
}
