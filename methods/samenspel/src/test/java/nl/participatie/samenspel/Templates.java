package nl.participatie.samenspel;

import static nl.participatie.samenspel.Fixtures.FATIMA;
import static nl.participatie.samenspel.Fixtures.WETHOUDER;

import java.util.ArrayList;
import java.util.List;

import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.samenspel.TrajectoryCommand.ChangeFrames;
import nl.participatie.samenspel.TrajectoryCommand.ClosePhase;
import nl.participatie.samenspel.TrajectoryCommand.Contribute;
import nl.participatie.samenspel.TrajectoryCommand.HoldActivity;
import nl.participatie.samenspel.TrajectoryCommand.RecordDecision;
import nl.participatie.samenspel.TrajectoryCommand.RegisterParticipant;
import nl.participatie.samenspel.TrajectoryCommand.ReportBack;
import nl.participatie.samenspel.TrajectoryCommand.ReviewPhase;
import nl.participatie.samenspel.TrajectoryCommand.StartEvaluation;
import nl.participatie.samenspel.TrajectoryCommand.StartPhase;
import nl.participatie.testkit.Spec;

/**
 * A template run as a whole trajectory: per phase one participant per group that can contribute, every activity
 * held, advice on the phase's decision, the decision, reporting back, review. KEPT keeps every promise; BROKEN breaks
 * them: frames changed after input without agreement, no reporting back, advice left unanswered, decisions that
 * deviate without motivation, taken by the executive.
 */
final class Templates {

    enum Variant { KEPT, BROKEN }

    private Templates() {
    }

    static Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> runToLastReview(DesignTemplate template, Variant variant) {
        return run(template, variant, template.design().phases().size());
    }

    /** The kept run through its first {@code phases} phases, each closed and reviewed. */
    static Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> runToPhase(DesignTemplate template, int phases) {
        return run(template, Variant.KEPT, phases);
    }

    private static Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> run(DesignTemplate template, Variant variant, int count) {
        Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> spec = Fixtures.adopted(template);
        List<Phase> phases = template.design().phases();
        for (int i = 0; i < count; i++) {
            Phase p = phases.get(i);
            spec.given(FATIMA, new StartPhase());
            List<Actor> contributors = new ArrayList<>();
            for (Promise promise : p.promises()) {
                Role role = roleOf(promise.group());
                PersonId person = PersonId.of("p-" + p.code() + "-" + promise.group().code().toLowerCase());
                spec.given(FATIMA, new RegisterParticipant(person, promise.group()));
                if (role != null) {
                    contributors.add(Actor.of(person, role));
                }
            }
            for (Activity a : p.activities()) {
                spec.given(FATIMA, new HoldActivity(a.code(), a.date(),
                        a.groups().stream().map(g -> new Attendance(g, 12)).toList()));
            }
            String topic = p.topics().get(0).code();
            int first = spec.state().contributions().size() + 1;
            for (Actor who : contributors) {
                spec.given(who, new Contribute(ContributionKind.ADVICE, topic, "doc-" + p.code() + "-" + who.person().value()));
            }
            List<ContributionUse> uses = new ArrayList<>();
            for (int c = first; c < first + contributors.size(); c++) {
                uses.add(variant == Variant.KEPT ? new ContributionUse(c, c % 2 == 0 ? Uptake.ADOPTED : Uptake.ADAPTED, "merged with others")
                        : new ContributionUse(c, Uptake.ADAPTED, ""));
            }
            if (variant == Variant.BROKEN && i == 0) {
                spec.given(FATIMA, new ChangeFrames(p.code(), Fixtures.frames(), "budget cut", false));
            }
            boolean residentsGovern = p.levelFor(StakeholderGroup.RESIDENTS) == LadderLevel.SELF_GOVERN;
            spec.given(WETHOUDER, variant == Variant.KEPT
                    ? new RecordDecision(topic, residentsGovern ? DecidedBy.RESIDENTS : DecidedBy.EXECUTIVE, true, "", uses)
                    : new RecordDecision(topic, DecidedBy.EXECUTIVE, false, "", uses));
            if (variant == Variant.KEPT) {
                spec.given(FATIMA, new ReportBack());
            }
            spec.given(FATIMA, new ClosePhase(),
                    new ReviewPhase(p.deliverables().stream().map(Deliverable::code).toList(), "reviewed"));
        }
        return spec;
    }

    static Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> runToEvaluation(DesignTemplate template, Variant variant) {
        return runToLastReview(template, variant).given(FATIMA, new StartEvaluation());
    }

    private static Role roleOf(StakeholderGroup group) {
        if (group.equals(StakeholderGroup.RESIDENTS)) {
            return SamenspelWorkflow.RESIDENT;
        }
        if (group.equals(StakeholderGroup.COUNCIL_MEMBERS)) {
            return SamenspelWorkflow.COUNCIL_MEMBER;
        }
        if (group.equals(StakeholderGroup.CIVIL_SERVANTS)) {
            return SamenspelWorkflow.CIVIL_SERVANT;
        }
        // The executive decides rather than contributes; organisations, professionals and own groups are stakeholders.
        return group.equals(StakeholderGroup.EXECUTIVE) ? null : SamenspelWorkflow.STAKEHOLDER;
    }
}
