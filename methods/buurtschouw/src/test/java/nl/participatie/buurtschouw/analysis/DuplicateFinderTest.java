package nl.participatie.buurtschouw.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.core.value.GeoPoint;

/** Duplicate grouping: the distance boundary, the time window, categories, chains, and agreement with brute force. */
class DuplicateFinderTest {

    static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    static final CategoryCode BIN = CategoryCode.of("afval", "container-is-vol");
    static final CategoryCode TREE = CategoryCode.of("openbaar-groen-en-water", "boom");
    static final GeoPoint ORIGIN = GeoPoint.of(52.3626, 4.9378);
    /** Metres per degree of latitude on the sphere GeoPoint.distanceMetres uses. */
    static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    static ReportSummary at(String id, GeoPoint p, CategoryCode category, Instant filed) {
        return new ReportSummary(id, ReportKind.PROBLEM, category, Theme.LITTER, ReportStep.REPORTED, null, p.latitude(), p.longitude(),
                filed, null, null, filed.plus(Duration.ofDays(3)), null, null, 0);
    }

    static GeoPoint north(GeoPoint from, double metres) {
        return GeoPoint.of(from.latitude() + metres / METRES_PER_DEGREE, from.longitude());
    }

    static GeoPoint east(GeoPoint from, double metres) {
        return GeoPoint.of(from.latitude(), from.longitude() + metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(from.latitude()))));
    }

    @Test
    void twentyFourMetresApartIsADuplicateTwentySixIsNot() {
        GeoPoint near = north(ORIGIN, 24);
        GeoPoint far = north(ORIGIN, 26);
        assertThat(ORIGIN.distanceMetres(near)).isCloseTo(24, org.assertj.core.api.Assertions.within(0.01));
        assertThat(ORIGIN.distanceMetres(far)).isCloseTo(26, org.assertj.core.api.Assertions.within(0.01));
        List<DuplicateFinder.DuplicateGroup> groups = DuplicateFinder.defaults().groups(List.of(at("a", ORIGIN, BIN, T),
                at("b", near, BIN, T.plusSeconds(60)), at("c", ORIGIN, TREE, T), at("d", far, TREE, T.plusSeconds(60))));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).original().id()).isEqualTo("a");
        assertThat(groups.get(0).duplicates()).extracting(ReportSummary::id).containsExactly("b");
    }

    @Test
    void theBoundaryHoldsEastWardAndAcrossGridCells() {
        // Same pair of distances, east-west, starting at many offsets so the pair straddles cell edges.
        for (int offset = 0; offset < 50; offset++) {
            GeoPoint a = east(ORIGIN, offset * 1.7);
            List<DuplicateFinder.DuplicateGroup> near = DuplicateFinder.defaults().groups(List.of(at("a", a, BIN, T), at("b", east(a, 24), BIN, T)));
            List<DuplicateFinder.DuplicateGroup> far = DuplicateFinder.defaults().groups(List.of(at("a", a, BIN, T), at("b", east(a, 26), BIN, T)));
            assertThat(near).as("24 m at offset %s", offset).hasSize(1);
            assertThat(far).as("26 m at offset %s", offset).isEmpty();
        }
    }

    @Test
    void theDistanceIsConfigurable() {
        List<ReportSummary> reports = List.of(at("a", ORIGIN, BIN, T), at("b", north(ORIGIN, 40), BIN, T));
        assertThat(DuplicateFinder.defaults().groups(reports)).isEmpty();
        assertThat(DuplicateFinder.defaults().withDistance(50).groups(reports)).hasSize(1);
    }

    @Test
    void onlyReportsWithinTheTimeWindowAreDuplicates() {
        List<ReportSummary> reports = List.of(at("a", ORIGIN, BIN, T), at("b", ORIGIN, BIN, T.plus(Duration.ofDays(30))),
                at("c", ORIGIN, BIN, T.plus(Duration.ofDays(61))));
        List<DuplicateFinder.DuplicateGroup> groups = DuplicateFinder.defaults().groups(reports);
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).duplicates()).extracting(ReportSummary::id).containsExactly("b");
        assertThat(DuplicateFinder.defaults().withWindow(Duration.ofDays(1)).groups(reports)).isEmpty();
    }

    @Test
    void aChainOfNearReportsIsOneGroupWithTheEarliestAsOriginal() {
        List<ReportSummary> reports = List.of(at("later", north(ORIGIN, 20), BIN, T.plusSeconds(120)),
                at("first", ORIGIN, BIN, T), at("last", north(ORIGIN, 40), BIN, T.plusSeconds(240)));
        List<DuplicateFinder.DuplicateGroup> groups = DuplicateFinder.defaults().groups(reports);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.original().id()).isEqualTo("first");
            assertThat(g.duplicates()).extracting(ReportSummary::id).containsExactly("later", "last");
        });
    }

    @Test
    void ideasAreNotDuplicatesOfProblems() {
        ReportSummary problem = at("p", ORIGIN, BIN, T);
        ReportSummary idea = new ReportSummary("i", ReportKind.IDEA, BIN, Theme.LITTER, ReportStep.REPORTED, null, ORIGIN.latitude(),
                ORIGIN.longitude(), T, null, null, T, null, null, 0);
        assertThat(DuplicateFinder.defaults().groups(List.of(problem, idea))).isEmpty();
    }

    @Property(tries = 40)
    void theGridGivesTheSameGroupsAsComparingEveryPair(@ForAll @IntRange(min = 2, max = 300) int n, @ForAll long seed) {
        Random random = new Random(seed);
        List<ReportSummary> reports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GeoPoint p = east(north(ORIGIN, random.nextDouble() * 300), random.nextDouble() * 300);
            reports.add(at("r" + i, p, random.nextBoolean() ? BIN : TREE, T.plus(Duration.ofDays(random.nextInt(90)))));
        }
        DuplicateFinder finder = DuplicateFinder.defaults();
        assertThat(asSets(finder.groups(reports))).isEqualTo(bruteForce(reports, finder));
    }

    @Test
    void aQuarterMillionReportsAreGroupedOnlyWithinTheDistanceTheWindowAndTheCategory() {
        Random random = new Random(7);
        List<ReportSummary> reports = new ArrayList<>();
        CategoryCode[] categories = {BIN, TREE, CategoryCode.of("overig", "overig")};
        for (int i = 0; i < 250_000; i++) {
            GeoPoint p = GeoPoint.of(52.30 + random.nextDouble() * 0.1, 4.85 + random.nextDouble() * 0.15);
            reports.add(at("r" + i, p, categories[i % 3], T.plusSeconds(random.nextInt(365 * 86400))));
        }
        // How fast is measured in benchmarks/ (BuurtschouwBenchmark), not here.
        List<DuplicateFinder.DuplicateGroup> groups = DuplicateFinder.defaults().groups(reports);
        assertThat(groups).isNotEmpty();
        for (DuplicateFinder.DuplicateGroup g : groups) {
            List<ReportSummary> members = new ArrayList<>(g.duplicates());
            members.add(g.original());
            for (ReportSummary d : g.duplicates()) {
                assertThat(d.category()).isEqualTo(g.original().category());
                // Groups chain: every duplicate is near, in place and time, to another report of its group.
                assertThat(members).as("a report of the group within 25 m and 30 days of %s", d.id()).anySatisfy(m -> {
                    assertThat(m).isNotSameAs(d);
                    assertThat(GeoPoint.of(d.latitude(), d.longitude()).distanceMetres(GeoPoint.of(m.latitude(), m.longitude())))
                            .isLessThanOrEqualTo(25.0);
                    assertThat(java.time.Duration.between(m.filedAt(), d.filedAt()).abs())
                            .isLessThanOrEqualTo(java.time.Duration.ofDays(30));
                });
            }
        }
    }

    private static Set<Set<String>> asSets(List<DuplicateFinder.DuplicateGroup> groups) {
        Set<Set<String>> out = new java.util.HashSet<>();
        for (DuplicateFinder.DuplicateGroup g : groups) {
            Set<String> ids = new TreeSet<>();
            ids.add(g.original().id());
            g.duplicates().forEach(d -> ids.add(d.id()));
            out.add(ids);
        }
        return out;
    }

    private static Set<Set<String>> bruteForce(List<ReportSummary> reports, DuplicateFinder finder) {
        int n = reports.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                ReportSummary a = reports.get(i);
                ReportSummary b = reports.get(j);
                boolean same = a.category().equals(b.category()) && a.kind() == b.kind();
                boolean near = GeoPoint.of(a.latitude(), a.longitude()).distanceMetres(GeoPoint.of(b.latitude(), b.longitude()))
                        <= finder.distanceMetres();
                boolean soon = Math.abs(a.filedAt().getEpochSecond() - b.filedAt().getEpochSecond()) <= finder.window().getSeconds();
                if (same && near && soon) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, Set<String>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new TreeSet<>()).add(reports.get(i).id());
        }
        return groups.values().stream().filter(s -> s.size() > 1).collect(Collectors.toSet());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
