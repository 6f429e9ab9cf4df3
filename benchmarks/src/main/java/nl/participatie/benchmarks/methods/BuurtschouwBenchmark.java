package nl.participatie.benchmarks.methods;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.participatie.benchmarks.peers.FreshInMemoryStore;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.CategoryTree;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.buurtschouw.analysis.DuplicateFinder;
import nl.participatie.buurtschouw.analysis.ReportAnalysis;
import nl.participatie.buurtschouw.analysis.ReportSummary;
import nl.participatie.buurtschouw.open311.Open311Format;
import nl.participatie.buurtschouw.open311.ServiceRequest;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.NeighbourhoodCode;

/**
 * Digitale Buurtschouw over many reports: duplicate grouping ({@link DuplicateFinder}, same category and kind within
 * 25 m and 30 days) of 100,000, 500,000, 1,000,000 and 2,000,000 reports (so doubling shows) spread over a city of
 * 500 neighbourhoods (about 12 × 12 km)
 * and a year, counting per neighbourhood and category over 1,000,000 ({@link ReportAnalysis}), and writing 10,000
 * Open311 service requests as JSON and as XML ({@link Open311Format}), and filing 10,000 reports, each its own
 * stream, through the {@link Buurtschouw} facade. The reports are made up with a fixed seed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BuurtschouwBenchmark {

    static final Instant START = Instant.parse("2026-01-01T08:00:00Z");

    /** Made-up report summaries: random place in the city, random moment in the year, random category. */
    static List<ReportSummary> reports(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CategoryTree.SubCategory> categories = CategoryTree.defaults().subCategories();
        List<NeighbourhoodCode> neighbourhoods = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            neighbourhoods.add(NeighbourhoodCode.parse(String.format("BU0363%04d", i)));
        }
        ReportKind[] kinds = {ReportKind.PROBLEM, ReportKind.PROBLEM, ReportKind.PROBLEM, ReportKind.IDEA};
        List<ReportSummary> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CategoryTree.SubCategory category = categories.get(random.nextInt(categories.size()));
            Instant filed = START.plusSeconds(random.nextLong(365L * 24 * 3600));
            double lat = 52.30 + random.nextDouble() * 0.11;
            double lon = 4.80 + random.nextDouble() * 0.18;
            out.add(new ReportSummary("r-" + i, kinds[random.nextInt(kinds.length)], category.code(), category.theme(),
                    ReportStep.REPORTED, neighbourhoods.get(random.nextInt(neighbourhoods.size())), lat, lon, filed,
                    null, null, filed.plus(Duration.ofDays(5)), null, null, 0));
        }
        return out;
    }

    @State(Scope.Benchmark)
    public static class Reports {
        @Param({"100000", "500000", "1000000", "2000000"})
        public int reports;

        List<ReportSummary> list;

        @Setup
        public void setUp() {
            list = reports(reports, 42);
        }
    }

    @State(Scope.Benchmark)
    public static class Million {
        List<ReportSummary> list;

        @Setup
        public void setUp() {
            list = reports(1_000_000, 7);
        }
    }

    @State(Scope.Benchmark)
    public static class Requests {
        final Open311Format format = new Open311Format();
        List<ServiceRequest> requests;

        @Setup
        public void setUp() {
            requests = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(11);
            List<CategoryTree.SubCategory> categories = CategoryTree.defaults().subCategories();
            for (int i = 0; i < 10_000; i++) {
                CategoryTree.SubCategory c = categories.get(random.nextInt(categories.size()));
                OffsetDateTime filed = OffsetDateTime.ofInstant(START.plusSeconds(random.nextLong(365L * 24 * 3600)), ZoneOffset.UTC);
                requests.add(new ServiceRequest("r-" + i, i % 3 == 0 ? ServiceRequest.CLOSED : ServiceRequest.OPEN,
                        "In behandeling: de gemeente heeft uw melding ontvangen", c.name().nl(), c.code().sub(),
                        "Losliggende stoeptegel voor nummer " + i + " <let op> & \"graag snel\"", c.department(), null,
                        filed, filed.plusHours(3), filed.plusDays(5), "Lindenlaan " + (i % 200 + 1) + ", Amsterdam", null,
                        "1012 AB", 52.30 + random.nextDouble() * 0.11, 4.80 + random.nextDouble() * 0.18, null));
            }
        }
    }

    /** 10,000 reports filed by residents, each its own stream, through the facade on an in-memory store. */
    @State(Scope.Benchmark)
    public static class Filing {
        static final int REPORTS = 10_000;
        FreshInMemoryStore store;
        Buurtschouw schouw;
        List<FileReport> commands;
        final Actor resident = Actor.of("bewoner-1", BuurtschouwWorkflow.REPORTER);

        @Setup
        public void setUp() {
            store = new FreshInMemoryStore();
            schouw = Buurtschouw.builder().store(store).clock(Clock.systemUTC()).ids(IdGenerator.sequential("m")).build();
            commands = new ArrayList<>(REPORTS);
            SplittableRandom random = new SplittableRandom(5);
            List<CategoryTree.SubCategory> categories = CategoryTree.defaults().subCategories();
            for (int i = 0; i < REPORTS; i++) {
                CategoryTree.SubCategory c = categories.get(random.nextInt(categories.size()));
                commands.add(FileReport.problem(c.code(), "Melding " + i + ": losliggende stoeptegel",
                        GeoPoint.of(52.30 + random.nextDouble() * 0.11, 4.80 + random.nextDouble() * 0.18),
                        resident.person(), null));
            }
        }
    }

    @Benchmark
    public int fileReports10k(Filing f) {
        f.store.reset();
        int accepted = 0;
        for (FileReport command : f.commands) {
            if (f.schouw.fileReport(f.resident, command).isAccepted()) {
                accepted++;
            }
        }
        if (accepted != Filing.REPORTS) {
            throw new IllegalStateException("Only " + accepted + " of " + Filing.REPORTS + " reports accepted");
        }
        return accepted;
    }

    @Benchmark
    public List<DuplicateFinder.DuplicateGroup> duplicateGroups(Reports r) {
        return DuplicateFinder.defaults().groups(r.list);
    }

    @Benchmark
    public Object countPerNeighbourhoodAndCategory1M(Million m) {
        return ReportAnalysis.of(m.list).countBy(ReportAnalysis.Dimension.NEIGHBOURHOOD, ReportAnalysis.Dimension.CATEGORY);
    }

    @Benchmark
    public String open311Json10k(Requests r) {
        return r.format.requestsJson(r.requests);
    }

    @Benchmark
    public String open311Xml10k(Requests r) {
        return r.format.requestsXml(r.requests);
    }
}
