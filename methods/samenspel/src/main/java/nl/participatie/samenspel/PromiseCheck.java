package nl.participatie.samenspel;

import static nl.participatie.samenspel.PromiseCheck.Status.BROKEN;
import static nl.participatie.samenspel.PromiseCheck.Status.KEPT;
import static nl.participatie.samenspel.PromiseCheck.Status.OPEN;

import java.util.ArrayList;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The promise check (<i>toets op de beloofde participatie</i>): per phase started and per group, whether the promised
 * rung of the ladder was kept, is still open or was broken, with its evidence; and per phase whether its frames held.
 * CONSULT: told what was done with the input. ADVISE: every piece of advice of the group has a reasoned answer.
 * CO_PRODUCE: no decision sets the agreed solution aside. CO_DECIDE: a decision that deviates from the outcome needs a
 * motivation. SELF_GOVERN: no decision over the residents' heads. A decision is judged only for the groups it
 * concerns: those whose contributions it considered or who contributed on its topic, and the groups that brought
 * nothing in during the phase; a decision that considered no contribution concerns every group of the phase. Frames changed after input are broken unless the
 * participants agreed. A promise is open while its phase runs and broken when the phase ended without it.
 *
 * <pre>{@code
 * PromiseCheck check = PromiseCheck.of(trajectory);
 * long broken = check.count(PromiseCheck.Status.BROKEN);
 * }</pre>
 *
 * @param findings every finding, phase by phase
 */
@API(status = API.Status.EXPERIMENTAL)
public record PromiseCheck(List<Finding> findings) {

    /** Whether a promise was kept. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Status {
        /** Kept (<i>nagekomen</i>). */
        KEPT,
        /** Not settled yet (<i>open</i>). */
        OPEN,
        /** Broken (<i>geschonden</i>). */
        BROKEN
    }

    /**
     * One finding (<i>bevinding</i>).
     *
     * @param phase    the phase's code
     * @param group    the group; {@code null} for the frames of the phase
     * @param level    the promised rung; {@code null} for the frames
     * @param status   kept, open or broken
     * @param evidence why
     * @param count    the number the evidence counts (pieces of advice), else 0
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Finding(String phase, StakeholderGroup group, LadderLevel level, Status status, PromiseEvidence evidence,
                          int count) {
        public Finding {
            InvalidValueException.requireNonNull(phase, "phase");
            InvalidValueException.requireNonNull(status, "status");
            InvalidValueException.requireNonNull(evidence, "evidence");
        }
    }

    public PromiseCheck {
        findings = Checks.list(findings, "findings");
    }

    /** The check of a trajectory: every phase that started, as it stands now. */
    public static PromiseCheck of(Trajectory t) {
        List<Finding> out = new ArrayList<>();
        if (t.design() == null) {
            return new PromiseCheck(out);
        }
        for (int i = 0; i <= t.phaseIndex() && i < t.design().phases().size(); i++) {
            Phase p = t.design().phases().get(i);
            boolean ended = i < t.completedPhases() || t.step() == TrajectoryStep.CLOSED;
            for (Promise promise : p.promises()) {
                out.add(level(t, p, promise, ended));
            }
            out.add(frames(t, p));
        }
        return new PromiseCheck(out);
    }

    /** How many findings have this status. */
    public long count(Status status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }

    /** The findings of one phase. */
    public List<Finding> of(String phase) {
        return findings.stream().filter(f -> f.phase().equals(phase)).toList();
    }

    private static Finding level(Trajectory t, Phase p, Promise promise, boolean ended) {
        StakeholderGroup g = promise.group();
        LadderLevel level = promise.level();
        List<PhaseDecision> decisions = t.decisions().stream().filter(d -> d.phase().equals(p.code()) && concerns(t, d, g)).toList();
        return switch (level) {
            case INFORM -> {
                boolean held = t.held().stream().anyMatch(h -> h.phase().equals(p.code())
                        && p.activity(h.activity()) != null && p.activity(h.activity()).groups().contains(g));
                yield held ? f(p, promise, KEPT, PromiseEvidence.INFORMED, 0)
                        : f(p, promise, ended ? BROKEN : OPEN, ended ? PromiseEvidence.NOT_INFORMED : PromiseEvidence.NOT_YET_INFORMED, 0);
            }
            case CONSULT -> t.reportedBack().contains(p.code()) ? f(p, promise, KEPT, PromiseEvidence.TOLD_WHAT_WAS_DONE, 0)
                    : f(p, promise, ended ? BROKEN : OPEN, ended ? PromiseEvidence.NOT_TOLD : PromiseEvidence.NOT_YET_TOLD, 0);
            case ADVISE -> {
                List<Contribution> advice = t.contributions().stream().filter(c -> c.phase().equals(p.code()) && c.group().equals(g)
                        && c.kind() == ContributionKind.ADVICE).toList();
                long unanswered = advice.stream().filter(c -> decisions.stream().noneMatch(d -> d.uses().stream()
                        .anyMatch(u -> u.contribution() == c.id() && !answerless(u)))).count();
                yield unanswered == 0 ? f(p, promise, KEPT, PromiseEvidence.ADVICE_ANSWERED, advice.size())
                        : f(p, promise, ended ? BROKEN : OPEN, ended ? PromiseEvidence.ADVICE_UNANSWERED
                        : PromiseEvidence.ADVICE_NOT_YET_ANSWERED, (int) unanswered);
            }
            case CO_PRODUCE -> decided(p, promise, decisions, d -> d.followsOutcome() ? PromiseEvidence.OUTCOME_FOLLOWED
                    : PromiseEvidence.BINDING_SOLUTION_SET_ASIDE);
            case CO_DECIDE -> decided(p, promise, decisions, d -> d.followsOutcome() ? PromiseEvidence.OUTCOME_FOLLOWED
                    : d.motivation().isBlank() ? PromiseEvidence.DEVIATION_WITHOUT_MOTIVATION : PromiseEvidence.DEVIATION_MOTIVATED);
            case SELF_GOVERN -> decided(p, promise, decisions, d -> d.decidedBy() == DecidedBy.RESIDENTS
                    ? PromiseEvidence.DECIDED_BY_RESIDENTS
                    : d.followsOutcome() ? PromiseEvidence.OUTCOME_FOLLOWED : PromiseEvidence.DECIDED_OVER_THEIR_HEADS);
        };
    }

    /**
     * Whether a decision concerns a group: it considered a contribution of the group, or the group contributed on its
     * topic, or it considered no contribution at all (a decision about the phase as a whole), or the group brought
     * nothing in during the phase (then every decision of the phase is one taken about what it was promised).
     */
    static boolean concerns(Trajectory t, PhaseDecision d, StakeholderGroup g) {
        if (d.uses().isEmpty()
                || t.contributions().stream().noneMatch(c -> c.phase().equals(d.phase()) && c.group().equals(g))) {
            return true;
        }
        for (ContributionUse u : d.uses()) {
            Contribution c = t.contribution(u.contribution());
            if (c != null && c.group().equals(g)) {
                return true;
            }
        }
        return t.contributions().stream().anyMatch(c -> c.phase().equals(d.phase()) && c.group().equals(g) && c.topic().equals(d.topic()));
    }

    private static boolean answerless(ContributionUse use) {
        // A reasoned answer: adopted speaks for itself; adapted or not used needs the reason.
        return use.uptake() != Uptake.ADOPTED && use.reason().isBlank();
    }

    private static Finding decided(Phase p, Promise promise, List<PhaseDecision> decisions,
                                   java.util.function.Function<PhaseDecision, PromiseEvidence> judge) {
        if (decisions.isEmpty()) {
            return f(p, promise, OPEN, PromiseEvidence.NO_DECISION_YET, 0);
        }
        // The worst decision counts: one broken promise is not made good by a kept one.
        for (PhaseDecision d : decisions) {
            PromiseEvidence e = judge.apply(d);
            if (BROKEN_EVIDENCE.contains(e)) {
                return f(p, promise, BROKEN, e, 0);
            }
        }
        return f(p, promise, KEPT, judge.apply(decisions.get(decisions.size() - 1)), 0);
    }

    private static final List<PromiseEvidence> BROKEN_EVIDENCE = List.of(PromiseEvidence.DEVIATION_WITHOUT_MOTIVATION,
            PromiseEvidence.BINDING_SOLUTION_SET_ASIDE, PromiseEvidence.DECIDED_OVER_THEIR_HEADS);

    private static Finding frames(Trajectory t, Phase p) {
        boolean brokenChange = false;
        boolean agreedChange = false;
        for (FramesDeclaration f : t.frames()) {
            if (f.phase().equals(p.code()) && f.afterInput()) {
                brokenChange |= !f.agreed();
                agreedChange |= f.agreed();
            }
        }
        if (brokenChange) {
            return new Finding(p.code(), null, null, BROKEN, PromiseEvidence.FRAMES_CHANGED_AFTER_INPUT, 0);
        }
        return new Finding(p.code(), null, null, KEPT, agreedChange ? PromiseEvidence.FRAMES_CHANGED_AGREED : PromiseEvidence.FRAMES_KEPT, 0);
    }

    private static Finding f(Phase p, Promise promise, Status status, PromiseEvidence evidence, int count) {
        return new Finding(p.code(), promise.group(), promise.level(), status, evidence, count);
    }
}
