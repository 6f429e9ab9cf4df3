package nl.participatie.burgersaanhetstuur;

import static nl.participatie.burgersaanhetstuur.Story.ANNA;
import static nl.participatie.burgersaanhetstuur.Story.ANNA_INITIATOR;
import static nl.participatie.burgersaanhetstuur.Story.BRAM;
import static nl.participatie.burgersaanhetstuur.Story.CARLA;
import static nl.participatie.burgersaanhetstuur.Story.CARLA_PARTICIPANT;
import static nl.participatie.burgersaanhetstuur.Story.DIRK;
import static nl.participatie.burgersaanhetstuur.Story.FENNA_FACILITATOR;
import static nl.participatie.burgersaanhetstuur.Story.GIJS_CIVIL_SERVANT;
import static nl.participatie.burgersaanhetstuur.Story.WETHOUDER;
import static nl.participatie.burgersaanhetstuur.Story.advanceTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcceptReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcknowledgeReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.BlockAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DefineIndicator;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DescribeSituation;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.FinishAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.JoinInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.OpenNextCycle;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.PlanAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordMeasurement;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordSpending;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.ReportProgress;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.SetGoal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartInitiative;
import nl.participatie.core.value.Money;
import nl.participatie.testkit.Spec;

/**
 * Two complete cycles of "Schone Bloemenbuurt", from step 1 through step 8 into cycle 2 and through it: three goals,
 * five actions (one blocked and carried over), five indicators, measurements, spending above and below plan, and
 * resident text with Markdown in it.
 */
final class TwoCycles {

    private TwoCycles() {
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** Runs cycle 1 and stops in step 8 with the report accepted and acknowledged. */
    static Spec<InitiativeCommand, InitiativeEvent, Initiative> firstCycle() {
        Spec<InitiativeCommand, InitiativeEvent, Initiative> spec = Story.spec();
        spec.given(ANNA_INITIATOR,
                new StartInitiative("Schone Bloemenbuurt", Story.BUURT, List.of(ANNA), null),
                new JoinInitiative(BRAM, Membership.INITIATOR),
                new JoinInitiative(CARLA, Membership.PARTICIPANT),
                new JoinInitiative(DIRK, Membership.PARTICIPANT),
                new DescribeSituation("Rond het speelveld ligt veel zwerfafval en buren kennen elkaar nauwelijks.",
                        "ouders en kinderen rond het speelveld",
                        List.of(Source.of(Source.Kind.OBSERVATION, "buurtschouw maart: 14 meldingen zwerfafval"),
                                Source.of(Source.Kind.STORY, "ouders laten kinderen niet meer alleen spelen")),
                        List.of(Asset.of(Asset.Kind.PLACE, "buurthuis De Schakel, gratis zaal op dinsdag"),
                                Asset.of(Asset.Kind.INSTITUTION, "basisschool De Linde, groep 7 wil meedoen"))));
        spec.after(Duration.ofDays(14)).given(ANNA_INITIATOR, advanceTo(InitiativeStep.GOALS),
                new SetGoal("Minder zwerfafval rond het speelveld", Goal.Theme.LIVEABILITY),
                new SetGoal("Buren kennen elkaar", Goal.Theme.SOCIAL_COHESION));
        spec.after(Duration.ofDays(7)).given(ANNA_INITIATOR, advanceTo(InitiativeStep.ACTION_PLAN),
                new PlanAction(1, "Opschoonochtend met de basisschool", CARLA, LocalDate.of(2026, 3, 1),
                        List.of(Resource.of(Resource.Kind.MATERIALS, "20 grijpers en vuilniszakken", Money.euros(250)))),
                new PlanAction(1, "Afvalbakken bij het speelveld", DIRK, LocalDate.of(2026, 4, 15),
                        List.of(Resource.of(Resource.Kind.PERMIT, "omgevingsvergunning", Money.ZERO),
                                Resource.of(Resource.Kind.MONEY, "twee afvalbakken", Money.euros(400)))),
                new PlanAction(2, "Burendag in De Schakel", BRAM, LocalDate.of(2026, 5, 2),
                        List.of(Resource.of(Resource.Kind.MONEY, "koffie, taart en springkussen", Money.euros(300)),
                                Resource.of(Resource.Kind.HOURS, "30 uur vrijwilligers", Money.ZERO))));
        spec.after(Duration.ofDays(7)).given(ANNA_INITIATOR, advanceTo(InitiativeStep.MEASURABLE_RESULTS),
                new DefineIndicator(1, "Zakken zwerfafval per opschoonronde", "zakken", Indicator.Kind.BETTER_OFF, n("40"), n("15"),
                        LocalDate.of(2026, 2, 15), LocalDate.of(2026, 6, 30), "telling na elke ronde"),
                new DefineIndicator(2, "Bezoekers van de burendag", "bewoners", Indicator.Kind.HOW_MUCH, n("0"), n("60"),
                        LocalDate.of(2026, 5, 3), LocalDate.of(2026, 5, 31), "turven bij de ingang"),
                new DefineIndicator(2, "Bewoners die een buur om hulp kunnen vragen", "%", Indicator.Kind.BETTER_OFF, n("35"),
                        n("50"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), "korte enquête aan de deur"));
        spec.after(Duration.ofDays(3)).given(ANNA_INITIATOR, advanceTo(InitiativeStep.EXECUTION));
        spec.given(CARLA_PARTICIPANT, new StartAction(1), new ReportProgress(1, 50, "grijpers besteld"));
        spec.after(Duration.ofDays(20)).given(CARLA_PARTICIPANT,
                new FinishAction(1, "18 bewoners *en* groep 7 | <b>top</b>"));
        spec.given(ANNA_INITIATOR, new RecordSpending(1, Money.of("265.40"), "grijpers, zakken en koffie"),
                new BlockAction(2, "wacht op de vergunning van de gemeente"),
                new InitiativeCommand.HandToPartner(2, Partner.of(Partner.Kind.MUNICIPALITY, "Gemeente, team vergunningen")),
                new InitiativeCommand.RecordFunding(Funding.Kind.RESIDENTS_BUDGET, Money.euros(750), "bewonersbudget Bloemenbuurt 2026"),
                new InitiativeCommand.RecordFunding(Funding.Kind.OWN_CONTRIBUTION, Money.of("60.00"), "collecte op het buurtfeest"),
                new RecordMeasurement(1, n("31"), LocalDate.of(2026, 2, 15), "telling werkgroep"));
        spec.after(Duration.ofDays(70)).given(ANNA_INITIATOR, new StartAction(3), new FinishAction(3, "72 bezoekers, 9 nieuwe vrijwilligers"),
                new RecordSpending(3, Money.of("280.00"), "koffie, taart en springkussen"),
                new RecordMeasurement(2, n("72"), LocalDate.of(2026, 5, 3), "turflijst"));
        spec.after(Duration.ofDays(20)).given(ANNA_INITIATOR, advanceTo(InitiativeStep.MEASUREMENT),
                new RecordMeasurement(1, n("18"), LocalDate.of(2026, 5, 20), "telling werkgroep"));
        spec.after(Duration.ofDays(12)).given(ANNA_INITIATOR,
                new RecordMeasurement(3, n("44"), LocalDate.of(2026, 6, 1), "enquête, 120 huishoudens"),
                advanceTo(InitiativeStep.ACCOUNTABILITY));
        spec.after(Duration.ofDays(5)).given(CARLA_PARTICIPANT,
                new InitiativeCommand.RecordLesson("Vraag een vergunning een maand eerder aan: de gemeente heeft zes weken nodig"));
        spec.after(Duration.ofDays(2)).given(ANNA_INITIATOR, new AcceptReport("besproken op de bewonersavond"));
        spec.after(Duration.ofDays(3)).given(GIJS_CIVIL_SERVANT, new AcknowledgeReport("dank, de vergunning komt eraan"));
        spec.given(ANNA_INITIATOR, advanceTo(InitiativeStep.NEW_GOALS));
        return spec;
    }

    /** Runs both cycles: the initiative ends in step 8 of cycle 2, both reports accepted and acknowledged. */
    static Spec<InitiativeCommand, InitiativeEvent, Initiative> run() {
        Spec<InitiativeCommand, InitiativeEvent, Initiative> spec = firstCycle();
        spec.after(Duration.ofDays(7)).given(ANNA_INITIATOR,
                new SetGoal("Een groene speelplek", Goal.Theme.LIVEABILITY),
                new OpenNextCycle(InitiativeStep.GOALS, List.of(), List.of(2), List.of(1)));
        // Cycle 2: goal 3 is new, goal 4 continues goal 1 with action 4 (was 2) and indicator 4 (was 1).
        spec.after(Duration.ofDays(7)).given(FENNA_FACILITATOR, advanceTo(InitiativeStep.ACTION_PLAN),
                new PlanAction(3, "Geveltuintjes en plantenbakken", CARLA, LocalDate.of(2026, 9, 30),
                        List.of(Resource.of(Resource.Kind.MATERIALS, "planten en bakken", Money.euros(150)))),
                advanceTo(InitiativeStep.MEASURABLE_RESULTS),
                new DefineIndicator(3, "Ouders tevreden over de speelplek", "%", Indicator.Kind.HOW_WELL, n("40"), n("70"),
                        LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31), "enquête op het speelveld"),
                advanceTo(InitiativeStep.EXECUTION));
        spec.after(Duration.ofDays(30)).given(ANNA_INITIATOR, new StartAction(4), new FinishAction(4, "vergunning binnen, bakken staan er"),
                new RecordSpending(4, Money.of("380.00"), "twee afvalbakken"));
        spec.after(Duration.ofDays(45)).given(CARLA_PARTICIPANT, new FinishAction(5, "14 geveltuintjes"));
        spec.given(ANNA_INITIATOR, new RecordSpending(5, Money.of("120.00"), "planten"), advanceTo(InitiativeStep.MEASUREMENT),
                new RecordMeasurement(4, n("12"), LocalDate.of(2026, 9, 10), "telling werkgroep"),
                new RecordMeasurement(5, n("65"), LocalDate.of(2026, 9, 12), "enquête, 40 ouders"),
                advanceTo(InitiativeStep.ACCOUNTABILITY), new AcceptReport(""));
        spec.after(Duration.ofDays(5)).given(WETHOUDER, new AcknowledgeReport("complimenten"));
        spec.given(ANNA_INITIATOR, advanceTo(InitiativeStep.NEW_GOALS));
        return spec;
    }
}
