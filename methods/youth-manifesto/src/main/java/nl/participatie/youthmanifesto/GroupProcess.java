package nl.participatie.youthmanifesto;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.participatie.core.API;
import nl.participatie.core.Violation;
import nl.participatie.core.value.InvalidValueException;

/**
 * A group's own process (<i>werkwijze van de groep</i>): the stages it goes through, in order, from recruitment to
 * follow-up. The brochure says the form is decided together with the young people, so a group may rename the steps,
 * add steps of its own and reorder the steps before the hand-over ({@link ManifestoGroupCommand.AdaptProcess}); the
 * library keeps the result a process the method can run. {@link #check()} says what is wrong:
 * <ol>
 *   <li>only steps of a process: not {@code NEW} nor {@code CLOSED} ({@code process-step-not-adaptable});</li>
 *   <li>recruitment first ({@code process-recruitment-not-first});</li>
 *   <li>each of the seven steps of the method exactly once ({@code process-step-missing},
 *       {@code process-step-repeated});</li>
 *   <li>the steps of the method in the method's order, because each needs what the one before it produced: topics
 *       before prioritisation before drafting before the hand-over, the hand-over before the council's response
 *       before the follow-up ({@code process-order-invalid}, naming the step that must come first);</li>
 *   <li>own steps named and before the hand-over ({@code process-own-step-unnamed},
 *       {@code process-own-step-after-handover}).</li>
 * </ol>
 * Closing is not a stage: a group closes from any stage ({@link ManifestoGroupCommand.CloseGroup}).
 *
 * @param stages the stages, in order
 */
@API(status = API.Status.EXPERIMENTAL)
public record GroupProcess(List<Stage> stages) {

    private static final GroupProcess DEFAULT;

    static {
        List<Stage> stages = new ArrayList<>();
        for (ManifestoGroupStep step : ManifestoGroupStep.defaultProcess()) {
            stages.add(Stage.of(step));
        }
        DEFAULT = new GroupProcess(stages);
    }

    public GroupProcess {
        stages = List.copyOf(InvalidValueException.requireNonNull(stages, "stages"));
    }

    /** The method's seven steps in their default order, under their own names. */
    public static GroupProcess defaults() {
        return DEFAULT;
    }

    /** A process of these stages; {@link #check()} says whether the method can run it. */
    public static GroupProcess of(List<Stage> stages) {
        return new GroupProcess(stages);
    }

    /** The number of stages. */
    public int size() {
        return stages.size();
    }

    /** Stage number {@code number}, counted from 1. */
    public Stage stage(int number) {
        if (number < 1 || number > stages.size()) {
            throw new IllegalArgumentException("The process has stages 1 to " + stages.size() + ", not " + number);
        }
        return stages.get(number - 1);
    }

    /** The number (from 1) of the stage of a step of the method; 0 when the process does not have it. */
    public int numberOf(ManifestoGroupStep step) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).step() == step) {
                return i + 1;
            }
        }
        return 0;
    }

    /** What keeps the method from running this process; empty when it can. Paths are {@code stages[i]}. */
    public List<Violation> check() {
        List<Violation> problems = new ArrayList<>();
        Map<ManifestoGroupStep, Integer> at = new EnumMap<>(ManifestoGroupStep.class);
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            String path = "stages[" + i + "]";
            if (!s.step().isProcessStep()) {
                problems.add(Violation.of(ManifestoGroupRejection.PROCESS_STEP_NOT_ADAPTABLE, path, s.step()));
            } else if (s.step() == ManifestoGroupStep.OWN_STEP && s.name().isBlank()) {
                problems.add(Violation.of(ManifestoGroupRejection.PROCESS_OWN_STEP_UNNAMED, path, i + 1));
            }
            if (s.step().isMethodStep() && at.putIfAbsent(s.step(), i) != null) {
                problems.add(Violation.of(ManifestoGroupRejection.PROCESS_STEP_REPEATED, path, s.step()));
            }
        }
        if (!stages.isEmpty() && stages.get(0).step() != ManifestoGroupStep.RECRUITMENT) {
            problems.add(Violation.of(ManifestoGroupRejection.PROCESS_RECRUITMENT_NOT_FIRST, "stages[0]", stages.get(0).step()));
        }
        List<ManifestoGroupStep> method = ManifestoGroupStep.defaultProcess();
        for (ManifestoGroupStep step : method) {
            if (!at.containsKey(step)) {
                problems.add(Violation.of(ManifestoGroupRejection.PROCESS_STEP_MISSING, "stages", step));
            }
        }
        // For each step, the first step of the method that should precede it but does not: one violation per step.
        for (int later = 1; later < method.size(); later++) {
            Integer laterAt = at.get(method.get(later));
            for (int earlier = 0; laterAt != null && earlier < later; earlier++) {
                Integer earlierAt = at.get(method.get(earlier));
                if (earlierAt != null && earlierAt > laterAt) {
                    problems.add(Violation.of(ManifestoGroupRejection.PROCESS_ORDER_INVALID, "stages[" + laterAt + "]",
                            method.get(earlier), method.get(later)));
                    break;
                }
            }
        }
        Integer handover = at.get(ManifestoGroupStep.HANDOVER);
        for (int i = handover == null ? stages.size() : handover + 1; i < stages.size(); i++) {
            if (stages.get(i).step() == ManifestoGroupStep.OWN_STEP) {
                problems.add(Violation.of(ManifestoGroupRejection.PROCESS_OWN_STEP_AFTER_HANDOVER, "stages[" + i + "]", i + 1));
            }
        }
        return problems;
    }
}
