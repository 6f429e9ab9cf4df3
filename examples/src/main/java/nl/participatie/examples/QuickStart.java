package nl.participatie.examples;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.participatie.burgersaanhetstuur.Asset;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AdvanceStep;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DescribeSituation;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.PlanAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.SetGoal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeStep;
import nl.participatie.burgersaanhetstuur.Goal;
import nl.participatie.burgersaanhetstuur.StallDiagnosis;
import nl.participatie.core.Violation;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.StreamId;

/** The usage example of the README, compiled and run by {@code QuickStartTest}: keep the two identical. */
public final class QuickStart {

    private QuickStart() {
    }

    public static void main(String[] args) {
        // quickstart:begin
        var initiatives = BurgersAanHetStuur.builder()       // a typed ProcessEngine for initiatives
                .store(new InMemoryEventStore())          // or new JdbcEventStore(dataSource)
                .clock(Clock.systemUTC())
                .build()
                .initiatives();
        StreamId id = initiatives.newStream();
        // An opaque id from your own user administration, never a name: names live in a PersonalDataStore.
        Actor anna = Actor.of("p-7f3a9c", BurgersAanHetStuurWorkflow.INITIATOR);

        initiatives.handle(id, anna, new StartInitiative("Schone Bloemenbuurt",
                NeighbourhoodCode.parse("BU03630102"), List.of(anna.person()), null)).orElseThrow();
        initiatives.handle(id, anna, new DescribeSituation("Zwerfafval rond het speelveld", "ouders en kinderen",
                List.of(), List.of(Asset.of(Asset.Kind.PLACE, "buurthuis De Schakel")))).orElseThrow();
        initiatives.handle(id, anna, new AdvanceStep(InitiativeStep.GOALS)).orElseThrow();
        initiatives.handle(id, anna, new SetGoal("Minder zwerfafval", Goal.Theme.LIVEABILITY)).orElseThrow();

        // Skipping a step is refused with a code and a message in Dutch and English: a value, not an exception.
        var skipped = initiatives.handle(id, anna, new AdvanceStep(InitiativeStep.EXECUTION));
        for (Violation v : skipped.violations()) {
            System.out.println(v.code() + ": " + v.message().nl() + " / " + v.message().en());
        }

        initiatives.handle(id, anna, new AdvanceStep(InitiativeStep.ACTION_PLAN)).orElseThrow();
        initiatives.handle(id, anna, new PlanAction(1, "Opschoonochtend", anna.person(),
                LocalDate.now().plusDays(30), List.of())).orElseThrow();

        Initiative initiative = initiatives.load(id);
        System.out.println("Step " + initiative.step() + ", cycle " + initiative.cycle());
        System.out.println("Audit trail valid: " + initiatives.verify(id).valid());
        System.out.println(StallDiagnosis.defaults().diagnose(initiative, Clock.systemUTC().instant())
                .toMarkdown(Locale.forLanguageTag("nl")));
        // quickstart:end
    }
}
