package nl.participatie.samenspel;

import static nl.participatie.samenspel.SamenspelWorkflow.CIVIL_SERVANT;
import static nl.participatie.samenspel.SamenspelWorkflow.EXECUTIVE;
import static nl.participatie.samenspel.SamenspelWorkflow.FACILITATOR;
import static nl.participatie.samenspel.SamenspelWorkflow.RESIDENT;
import static nl.participatie.samenspel.SamenspelWorkflow.STAKEHOLDER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.participatie.core.value.Actor;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.PersonId;
import nl.participatie.samenspel.TrajectoryCommand.AdoptDesign;
import nl.participatie.samenspel.TrajectoryCommand.DeclareFrames;
import nl.participatie.samenspel.TrajectoryCommand.DraftTrajectory;
import nl.participatie.samenspel.json.DesignTemplates;
import nl.participatie.testkit.MutableClock;
import nl.participatie.testkit.Spec;

/** The people and designs of the tests: the Waddinxveen template, run by Fatima, adopted by the alderman. */
final class Fixtures {

    static final Actor FATIMA = Actor.of("p-fatima", FACILITATOR);
    static final Actor GERT = Actor.of("p-gert", CIVIL_SERVANT);
    static final Actor WETHOUDER = Actor.of("p-wethouder", EXECUTIVE);
    static final PersonId ANNA = PersonId.of("p-anna");
    static final PersonId BRAM = PersonId.of("p-bram");
    static final Actor ANNA_RESIDENT = Actor.of(ANNA, RESIDENT);
    static final Actor BRAM_STAKEHOLDER = Actor.of(BRAM, STAKEHOLDER);
    static final Actor CARLA_RESIDENT = Actor.of("p-carla", RESIDENT);

    /** Well after every planned date of the templates, so every activity can be recorded as held. */
    static final Instant LATE_2026 = Instant.parse("2026-11-02T09:00:00Z");

    static final DesignTemplate WADDINXVEEN = DesignTemplates.waddinxveen();

    private Fixtures() {
    }

    static Frames frames() {
        return new Frames(LocalizedText.of("De begroting ligt vast", "The budget is fixed"),
                LocalizedText.of("Hoe we samenwerken", "How we work together"), Money.euros(25_000),
                LocalizedText.of("Het college", "The executive"));
    }

    static DraftTrajectory draft(DesignTemplate template) {
        return new DraftTrajectory(template.municipality(), template.design());
    }

    /** Draft, frames for every phase, adoption: ready to start the first phase. */
    static Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> adopted(DesignTemplate template) {
        Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> spec = Spec.of(SamenspelWorkflow.TRAJECTORIES, new MutableClock(LATE_2026));
        spec.given(FATIMA, draft(template));
        for (Phase p : template.design().phases()) {
            spec.given(FATIMA, new DeclareFrames(p.code(), frames()));
        }
        return spec.given(WETHOUDER, new AdoptDesign("B&W 2026-12"));
    }

    /** The design with phase {@code index} replaced. */
    static Design withPhase(Design design, int index, Phase phase) {
        List<Phase> phases = new ArrayList<>(design.phases());
        phases.set(index, phase);
        return new Design(design.title(), phases);
    }

    /** The phase with other promises. */
    static Phase promising(Phase p, List<Promise> promises) {
        return new Phase(p.code(), p.name(), p.goal(), promises, p.activities(), p.deliverables(), p.topics(), p.start(), p.end());
    }
}
