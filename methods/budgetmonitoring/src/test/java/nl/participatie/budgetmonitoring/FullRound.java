package nl.participatie.budgetmonitoring;

import static nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow.CIVIL_SERVANT;
import static nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow.GRIFFIE;
import static nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow.RESIDENT;
import static nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow.SOCIAL_PROFESSIONAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.participatie.budgetmonitoring.BudgetRoundCommand.AllocateToAreas;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.AnalyseProgramme;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CastVote;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CloseRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CompleteAnalysis;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CountVotes;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.JoinGroup;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.PresentToCouncil;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.ProposeReallocation;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordCouncilDecision;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordRealisation;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordSurveyRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.SelectProgrammes;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.StartRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.SubmitAlternativeBudget;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Notification;
import nl.participatie.core.Outcome;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MutableClock;

/**
 * A whole budget round on a realistic budget: a mid-size municipality (CBS code GM0200) whose 2026 budget of 71 lines,
 * one or more per taakveld of 2026, is read from {@code budgets/gm0200-2026.csv} in thousands of euros. <b>The amounts
 * are invented</b> (plausible for about 165,000 inhabitants, not the municipality's real budget); the wijk codes are
 * well-formed CBS codes, not checked against the CBS list.
 *
 * <p>A resident group in wijk Zuidoost chooses poverty and youth (two votes on paper), selects two programmes, analyses
 * them, translates the samenkracht line to three wijken and runs two rounds of neighbourhood research; it proposes
 * three reallocations (a move from residential to local youth care, a move to a poverty fund in the wijk, an increase
 * for community centres); the council adopts the first with a smaller amount, the second as proposed and rejects the
 * third. Four quarters of realisation follow, projected by last year's seasonal profile (20, 24, 23 and 33 % of the
 * year per quarter); regional youth care with residence overspends, labour participation underspends, the poverty
 * fund starts only in the second quarter. {@code FullRoundTest} checks the comparison and monitoring reports against
 * expected files.
 */
final class FullRound {

    static final MunicipalityCode GM0200 = MunicipalityCode.parse("GM0200");
    static final List<BigDecimal> SEASON = List.of(BigDecimal.valueOf(20), BigDecimal.valueOf(24), BigDecimal.valueOf(23),
            BigDecimal.valueOf(33));
    static final Actor ANOUK = resident("anouk");
    static final Actor BRAM = resident("bram");
    static final Actor CEM = resident("cem");
    static final Actor DEWI = resident("dewi");
    static final Actor EVA = resident("eva");
    static final Actor OPBOUWWERKER = Actor.of("p-opbouwwerker", SOCIAL_PROFESSIONAL);
    static final Actor AMBTENAAR = Actor.of("p-ambtenaar-financien", CIVIL_SERVANT);
    static final Actor GRIFFIER = Actor.of("p-griffier", GRIFFIE);
    static final String MEEDOEN = "Meedoen en inkomen";
    static final String JEUGD = "Jeugd en gezin";

    /**
     * What the round produced.
     *
     * @param bm            the facade, with its figures
     * @param stream        the round's stream
     * @param round         the round at the end
     * @param budget        the imported budget
     * @param comparison    the comparison as submitted to the council
     * @param firstQuarter  the monitoring after the first quarter
     * @param monitoring    the monitoring after the fourth quarter
     * @param notifications every notification, in order
     */
    record Round(Budgetmonitoring bm, StreamId stream, BudgetRound round, Budget budget, Comparison comparison, Monitoring firstQuarter,
                 Monitoring monitoring, List<Notification> notifications) {
    }

    private final MutableClock clock = new MutableClock(at(LocalDate.of(2025, 9, 15)));
    private final BudgetData data = new BudgetData();
    private final Budgetmonitoring bm = Budgetmonitoring.builder().clock(clock).ids(IdGenerator.sequential("zuidoost")).data(data).build();
    private final StreamId stream = bm.rounds().newStream();
    private final List<Notification> notifications = new ArrayList<>();

    private FullRound() {
    }

    static Round run() {
        return new FullRound().tell();
    }

    static Actor resident(String name) {
        return Actor.of(PersonId.of("p-" + name), RESIDENT);
    }

    /** The fixture's CSV: the budget of 2026 in thousands of euros. */
    static String budgetCsv() {
        try (InputStream in = FullRound.class.getResourceAsStream("/budgets/gm0200-2026.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant at(LocalDate day) {
        return day.atTime(20, 0).atZone(DutchTime.ZONE).toInstant();
    }

    private void on(LocalDate day) {
        clock.set(at(day));
    }

    private void does(Actor actor, BudgetRoundCommand command) {
        Outcome<BudgetRoundEvent, BudgetRound> outcome = bm.rounds().handle(stream, actor, command);
        if (!outcome.isAccepted()) {
            throw new AssertionError(command + " by " + actor + " was refused: " + outcome.violations());
        }
        notifications.addAll(outcome.orElseThrow().notifications());
    }

    private Round tell() {
        BudgetImport.Result imported = BudgetImport.read(budgetCsv(), GM0200, 2026);
        if (!imported.isValid()) {
            throw new AssertionError("the fixture does not import: " + imported.problems());
        }
        Budget budget = imported.budget();
        data.put("begroting-2026", budget);

        // 1. Domains: five residents, two vote on paper at the meeting in the community centre.
        does(ANOUK, new StartRound(GM0200, 2026, "begroting-2026", DecisionMode.VOTES,
                List.of(BRAM.person(), CEM.person(), DEWI.person())));
        does(EVA, new JoinGroup(EVA.person()));
        SocialDomain poverty = SocialDomain.of("poverty");
        SocialDomain youth = SocialDomain.of("youth");
        SocialDomain care = SocialDomain.of("care");
        does(ANOUK, new CastVote(ANOUK.person(), List.of(poverty, youth), Vote.Channel.DIGITAL));
        does(BRAM, new CastVote(BRAM.person(), List.of(youth), Vote.Channel.DIGITAL));
        does(OPBOUWWERKER, new CastVote(CEM.person(), List.of(poverty, care), Vote.Channel.PAPER));
        does(OPBOUWWERKER, new CastVote(DEWI.person(), List.of(poverty, youth), Vote.Channel.PAPER));
        does(EVA, new CastVote(EVA.person(), List.of(care, youth), Vote.Channel.DIGITAL));
        does(ANOUK, new CountVotes());

        // 2. and 3. Programmes and analysis.
        on(LocalDate.of(2025, 9, 29));
        does(ANOUK, new SelectProgrammes(List.of(MEEDOEN, JEUGD)));
        does(ANOUK, new AnalyseProgramme(MEEDOEN, "Minder huishoudens met schulden; iedereen kan meedoen", ProgrammeAnalysis.CycleMoment.KADERNOTA));
        does(OPBOUWWERKER, new AnalyseProgramme(JEUGD, "Hulp dicht bij huis, minder uithuisplaatsingen", ProgrammeAnalysis.CycleMoment.BEGROTING));
        does(OPBOUWWERKER, new AllocateToAreas("samenkracht", List.of(AreaShare.of("WK020003", "40"), AreaShare.of("WK020005", "33.3333"),
                AreaShare.of("WK020007", "26.6667"))));
        does(BRAM, new RecordSurveyRound(AreaCode.of("WK020003"), 400, 163,
                List.of("Een op de vijf huishoudens heeft moeite met rondkomen", "Ouders zoeken hulp bij opvoeden dichtbij, niet ver weg")));
        does(CEM, new RecordSurveyRound(AreaCode.of("BU02000301"), 120, 57, List.of("Het buurthuis is te vaak dicht")));
        does(ANOUK, new CompleteAnalysis());

        // 4. The alternative budget: two moves and an increase.
        on(LocalDate.of(2025, 10, 13));
        does(ANOUK, new ProposeReallocation("jeugd-verblijf-regionaal", "jeugd-ambulant-lokaal", Money.euros(750_000), List.of(1)));
        does(DEWI, new ProposeReallocation("arbeidsparticipatie", "armoedefonds-zuidoost", Money.euros(120_000), List.of(1)));
        does(EVA, new ProposeReallocation(null, "buurthuizen-zuidoost", Money.euros(180_000), List.of(2)));
        Comparison comparison = bm.comparison(bm.rounds().load(stream));
        does(ANOUK, new SubmitAlternativeBudget(Money.euros(180_000)));

        // 5. and 6. The council: a partial decision.
        on(LocalDate.of(2025, 11, 6));
        does(GRIFFIER, new PresentToCouncil(CouncilProposal.Form.AMENDMENTS, LocalDate.of(2025, 11, 6), "AM-2025-031"));
        on(LocalDate.of(2025, 11, 13));
        does(GRIFFIER, new RecordCouncilDecision(List.of(
                new Verdict(1, Verdict.Outcome.ADOPTED_AMENDED, Money.euros(500_000), "Afbouw verblijf gaat geleidelijk", "AM-2025-031"),
                new Verdict(2, Verdict.Outcome.ADOPTED, Money.euros(120_000), "Past in het armoedebeleid", "AM-2025-032"),
                new Verdict(3, Verdict.Outcome.REJECTED, Money.ZERO, "Geen dekking voor een verhoging", "AM-2025-033"))));

        // 7. Four quarters, projected by last year's seasonal profile.
        BudgetRound decided = bm.rounds().load(stream);
        Budget adopted = budget.apply(decided.adopted());
        data.put("realisatie-2025", lastYear(budget));
        Monitoring firstQuarter = null;
        for (int quarter = 1; quarter <= 4; quarter++) {
            on(LocalDate.of(2026, 3 * quarter, 1).plusMonths(1).plusDays(9));
            data.put("realisatie-2026-q" + quarter, thisYear(adopted, quarter));
            does(AMBTENAAR, new RecordRealisation("realisatie-2026-q" + quarter, "realisatie-2025"));
            if (quarter == 1) {
                firstQuarter = bm.monitoring(bm.rounds().load(stream));
            }
        }
        Monitoring monitoring = bm.monitoring(bm.rounds().load(stream));
        on(LocalDate.of(2027, 2, 15));
        does(ANOUK, new CloseRound());
        return new Round(bm, stream, bm.rounds().load(stream), budget, comparison, firstQuarter, monitoring, notifications);
    }

    /** Last year's realisation per line and quarter: the budget spread by the seasonal profile. */
    static Realisation lastYear(Budget budget) {
        List<Realisation.Amount> amounts = new ArrayList<>();
        for (BudgetLine line : budget.lines()) {
            spread(amounts, line.id(), line.lasten(), SEASON, 4);
        }
        return new Realisation(2025, Realisation.Periodicity.QUARTER, amounts);
    }

    /** How much of its adopted amount each line spends in the year; every other line spends it all. */
    private static final Map<String, String> SPENT = Map.of("jeugd-verblijf-regionaal", "1.14", "jeugd-ambulant-lokaal", "1.03",
            "arbeidsparticipatie", "0.82", "armoedefonds-zuidoost", "0.75", "beschermd-wonen", "1.06");

    /** This year's realisation through {@code through}: the adopted amount times what the line spends, by season. */
    static Realisation thisYear(Budget adopted, int through) {
        List<Realisation.Amount> amounts = new ArrayList<>();
        for (BudgetLine line : adopted.lines()) {
            Money year = Money.of(line.lasten().amount().multiply(new BigDecimal(SPENT.getOrDefault(line.id(), "1")))
                    .setScale(2, java.math.RoundingMode.HALF_EVEN));
            // The poverty fund starts in the second quarter.
            List<BigDecimal> season = line.id().equals("armoedefonds-zuidoost")
                    ? List.of(BigDecimal.ZERO, BigDecimal.valueOf(30), BigDecimal.valueOf(30), BigDecimal.valueOf(40)) : SEASON;
            spread(amounts, line.id(), year, season, through);
        }
        return new Realisation(2026, Realisation.Periodicity.QUARTER, amounts);
    }

    private static void spread(List<Realisation.Amount> amounts, String line, Money year, List<BigDecimal> season, int through) {
        List<Money> quarters = Allocation.byWeights(year, season);
        for (int q = 1; q <= through; q++) {
            if (!quarters.get(q - 1).isZero()) {
                amounts.add(new Realisation.Amount(line, q, quarters.get(q - 1)));
            }
        }
    }
}
