package nl.participatie.benchmarks.methods;

import java.math.BigDecimal;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.participatie.budgetmonitoring.AreaShare;
import nl.participatie.budgetmonitoring.Budget;
import nl.participatie.budgetmonitoring.BudgetImport;
import nl.participatie.budgetmonitoring.BudgetLine;
import nl.participatie.budgetmonitoring.BudgetRoundRules;
import nl.participatie.budgetmonitoring.Comparison;
import nl.participatie.budgetmonitoring.LineAllocation;
import nl.participatie.budgetmonitoring.Monitoring;
import nl.participatie.budgetmonitoring.Realisation;
import nl.participatie.budgetmonitoring.Reallocation;
import nl.participatie.budgetmonitoring.SocialDomains;
import nl.participatie.budgetmonitoring.Taakvelden;
import nl.participatie.budgetmonitoring.TaakveldCode;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;

/**
 * Budgetmonitoring at the scale of a large municipality (issue 15): the comparison of a budget of 20,000 lines with
 * 200 reallocations against it ({@link Comparison#of}), the monitoring of the adopted budget against a realisation of
 * 20,000 lines × 12 months with last year's 12 months as seasonal profile ({@link Monitoring#of}), both with 1,000 lines
 * translated to three areas; and the import of a 20,000-line CSV in thousands of euros ({@link BudgetImport#read}).
 * Lines, amounts and realisations are made up with a fixed seed, over every taakveld of 2026.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BudgetmonitoringBenchmark {

    static final MunicipalityCode GM = MunicipalityCode.parse("GM0363");
    static final int LINES = 20_000;

    @State(Scope.Benchmark)
    public static class Figures {
        Budget budget;
        Budget adopted;
        List<Reallocation> reallocations;
        List<LineAllocation> allocations;
        Realisation realisation;
        Realisation previousYear;
        String csv;

        @Setup
        public void setUp() {
            SplittableRandom random = new SplittableRandom(15);
            List<TaakveldCode> codes = Taakvelden.standard().of(2026).stream().map(Taakvelden.Entry::code).toList();
            List<BudgetLine> lines = new ArrayList<>(LINES);
            StringBuilder file = new StringBuilder(LINES * 60).append("scale;thousands\nid;taakveld;programme;area;lasten;baten\n");
            for (int i = 0; i < LINES; i++) {
                TaakveldCode code = codes.get(random.nextInt(codes.size()));
                long thousandths = random.nextLong(1, 5_000_000);   // in thousands with three decimals: up to € 5 million, to the euro
                String area = i % 4 == 0 ? String.format("BU0363%02d%02d", i % 97, i % 89) : "";
                String programme = "Programma " + code.mainGroup();
                lines.add(new BudgetLine("r" + i, code, programme, area.isEmpty() ? null : nl.participatie.budgetmonitoring.AreaCode.of(area),
                        Money.ofCents(thousandths * 100), Money.ZERO));
                file.append("r").append(i).append(';').append(code.value()).append(';').append(programme).append(';').append(area)
                        .append(';').append(dutch(thousandths)).append(";0\n");
            }
            budget = new Budget(GM, 2026, lines);
            csv = file.toString();
            reallocations = new ArrayList<>();
            for (int n = 1; n <= 200; n++) {
                BudgetLine from = lines.get(random.nextInt(LINES));
                BudgetLine to = lines.get(random.nextInt(LINES));
                if (from.isReserves() || to.isReserves() || from.id().equals(to.id())) {
                    continue;
                }
                reallocations.add(new Reallocation(reallocations.size() + 1, from.id(), to.id(), Money.ofCents(from.lasten().cents() / 10), List.of(1)));
            }
            adopted = budget.apply(reallocations);
            allocations = new ArrayList<>();
            for (int i = 1; i < 4_000; i += 4) {
                allocations.add(new LineAllocation("r" + i, List.of(AreaShare.of("WK036301", "40"), AreaShare.of("WK036302", "33.3333"),
                        AreaShare.of("WK036303", "26.6667"))));
            }
            realisation = months(adopted, 2026, random);
            previousYear = months(budget, 2025, random);
        }

        private static Realisation months(Budget budget, int year, SplittableRandom random) {
            List<Realisation.Amount> amounts = new ArrayList<>(budget.lines().size() * 12);
            for (BudgetLine line : budget.lines()) {
                long month = line.lasten().cents() / 12;
                for (int m = 1; m <= 12; m++) {
                    amounts.add(new Realisation.Amount(line.id(), m, Money.ofCents(month * (90 + random.nextInt(21)) / 100)));
                }
            }
            return new Realisation(year, Realisation.Periodicity.MONTH, amounts);
        }

        private static String dutch(long thousandths) {
            BigDecimal amount = BigDecimal.valueOf(thousandths, 3);
            return amount.toPlainString().replace('.', ',');
        }
    }

    @Benchmark
    public Comparison comparison20000Lines(Figures f) {
        return Comparison.of(f.budget, f.reallocations, f.allocations, SocialDomains.defaults());
    }

    @Benchmark
    public Monitoring monitoring20000LinesTimes12Months(Figures f) {
        return Monitoring.of(f.adopted, f.reallocations, f.realisation, f.previousYear, f.allocations, SocialDomains.defaults(),
                BudgetRoundRules.defaults());
    }

    @Benchmark
    public BudgetImport.Result importCsv20000Lines(Figures f) {
        BudgetImport.Result result = BudgetImport.read(f.csv, GM, 2026);
        if (!result.isValid()) {
            throw new IllegalStateException(result.problems().get(0).toString());
        }
        return result;
    }
}
