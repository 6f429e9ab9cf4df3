package nl.participatie.samenspel;

import java.time.LocalDate;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * One phase of a trajectory's design (<i>fase</i>): its name and goal, the promise per stakeholder group, the planned
 * activities, deliverables and decisions, and its planned dates. The value checks only its own shape; whether the
 * design holds together (dates in order, no empty phase, council powers) is {@link Design#violations}, so a bad design
 * is refused with every problem named by its path.
 *
 * @param code         its code within the design, e.g. {@code explore}
 * @param name         its name in Dutch and English
 * @param goal         what it is for
 * @param promises     the rung promised to each group involved, one per group
 * @param activities   the planned activities
 * @param deliverables what it delivers
 * @param topics       the decisions it leads to
 * @param start        the planned first day
 * @param end          the planned last day
 */
@API(status = API.Status.EXPERIMENTAL)
public record Phase(String code, LocalizedText name, LocalizedText goal, List<Promise> promises, List<Activity> activities,
                    List<Deliverable> deliverables, List<DecisionTopic> topics, LocalDate start, LocalDate end) {
    public Phase {
        Checks.code(code, "code");
        InvalidValueException.requireNonNull(name, "name");
        InvalidValueException.requireNonNull(goal, "goal");
        promises = Checks.list(promises, "promises");
        activities = Checks.list(activities, "activities");
        deliverables = Checks.list(deliverables, "deliverables");
        topics = Checks.list(topics, "topics");
        InvalidValueException.requireNonNull(start, "start");
        InvalidValueException.requireNonNull(end, "end");
    }

    /** The rung promised to the group, or {@code null} when the phase does not involve it. */
    public LadderLevel levelFor(StakeholderGroup group) {
        for (Promise p : promises) {
            if (p.group().equals(group)) {
                return p.level();
            }
        }
        return null;
    }

    /** The planned activity with this code, or {@code null}. */
    public Activity activity(String activityCode) {
        return activities.stream().filter(a -> a.code().equals(activityCode)).findFirst().orElse(null);
    }

    /** The decision topic with this code, or {@code null}. */
    public DecisionTopic topic(String topicCode) {
        return topics.stream().filter(t -> t.code().equals(topicCode)).findFirst().orElse(null);
    }
}
