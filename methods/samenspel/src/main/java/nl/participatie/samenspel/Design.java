package nl.participatie.samenspel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import nl.participatie.core.API;
import nl.participatie.core.Violation;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * The design of a change trajectory (<i>ontwerp van het veranderingstraject</i>), written as data by the
 * municipality — tailor-made, often copied from a template — and validated by {@link #violations}: its phases in
 * order, each with its promises, activities, deliverables, decisions and dates.
 *
 * <pre>{@code
 * List<Violation> problems = design.violations(TrajectoryRules.defaults());
 * String diagram = design.toMermaid(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * @param title  the trajectory's name, e.g. "Samen maken we de toekomst"
 * @param phases the phases in order
 * @param groups the municipality's own stakeholder groups beside the six of {@link StakeholderGroup#DEFAULTS}, with
 *               their names; empty (or absent in JSON) when it uses only those
 */
@API(status = API.Status.EXPERIMENTAL)
public record Design(LocalizedText title, List<Phase> phases, List<OwnGroup> groups) {
    public Design {
        InvalidValueException.requireNonNull(title, "title");
        phases = Checks.list(phases, "phases");
        groups = groups == null ? List.of() : Checks.list(groups, "groups");
    }

    /** A design with only the default stakeholder groups. */
    public Design(LocalizedText title, List<Phase> phases) {
        this(title, phases, List.of());
    }

    /** The name of a group in Dutch and English: the design's own name for it, or the default group's label. */
    public LocalizedText nameOf(StakeholderGroup group) {
        for (OwnGroup own : groups) {
            if (own.group().equals(group)) {
                return own.name();
            }
        }
        return group.label();
    }

    /** Whether the design knows the group: one of the defaults, or one of its own. */
    public boolean knows(StakeholderGroup group) {
        return group.isDefault() || groups.stream().anyMatch(g -> g.group().equals(group));
    }

    /** The phase with this code, or {@code null}. */
    public Phase phase(String code) {
        return phases.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * Everything that keeps this design from being run, each with its path ({@code phases[1].end}): no phases or too
     * many, a code used twice for phases, activities, deliverables, topics or own groups (an own group may not take a
     * default group's code), a stakeholder group the design does not know, an empty phase (no group or no activity),
     * a group promised twice in a phase, dates out of order (within a phase, between phases, an activity outside its
     * phase), no activity for residents in a phase that promises them more than INFORM, and a council-only power with
     * CO_DECIDE or SELF_GOVERN promised without the council's own decision. Empty when it is sound.
     */
    public List<Violation> violations(TrajectoryRules rules) {
        List<Violation> out = new ArrayList<>();
        if (phases.isEmpty()) {
            out.add(Violation.of(TrajectoryRejection.NO_PHASES, "phases"));
            return out;
        }
        if (phases.size() > rules.maxPhases()) {
            out.add(Violation.of(TrajectoryRejection.TOO_MANY_PHASES, "phases", phases.size(), rules.maxPhases()));
        }
        Set<String> codes = new HashSet<>();
        for (int j = 0; j < groups.size(); j++) {
            StakeholderGroup g = groups.get(j).group();
            if (g.isDefault()) {
                out.add(Violation.of(TrajectoryRejection.DUPLICATE_CODE, "groups[" + j + "].group", g));
            } else {
                unique(codes, "group:", g.code(), "groups[" + j + "].group", out);
            }
        }
        boolean residentsAboveInform = false;
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            String at = "phases[" + i + "]";
            unique(codes, "phase:", p.code(), at + ".code", out);
            if (p.promises().isEmpty() || p.activities().isEmpty()) {
                out.add(Violation.of(TrajectoryRejection.EMPTY_PHASE, at, p.code()));
            }
            Set<StakeholderGroup> promised = new HashSet<>();
            for (int j = 0; j < p.promises().size(); j++) {
                StakeholderGroup g = p.promises().get(j).group();
                if (!knows(g)) {
                    out.add(Violation.of(TrajectoryRejection.GROUP_UNKNOWN, at + ".promises[" + j + "].group", g));
                }
                if (!promised.add(g)) {
                    out.add(Violation.of(TrajectoryRejection.GROUP_PROMISED_TWICE, at + ".promises[" + j + "]", g, p.code()));
                }
            }
            if (p.end().isBefore(p.start())) {
                out.add(Violation.of(TrajectoryRejection.DATES_OUT_OF_ORDER, at + ".end", p.end(), p.start()));
            }
            if (i > 0 && !p.start().isAfter(phases.get(i - 1).end())) {
                out.add(Violation.of(TrajectoryRejection.DATES_OUT_OF_ORDER, at + ".start", p.start(), phases.get(i - 1).end()));
            }
            for (int j = 0; j < p.activities().size(); j++) {
                Activity a = p.activities().get(j);
                unique(codes, "activity:", a.code(), at + ".activities[" + j + "].code", out);
                for (int k = 0; k < a.groups().size(); k++) {
                    if (!knows(a.groups().get(k))) {
                        out.add(Violation.of(TrajectoryRejection.GROUP_UNKNOWN, at + ".activities[" + j + "].groups[" + k + "]",
                                a.groups().get(k)));
                    }
                }
                if (a.date().isBefore(p.start()) || a.date().isAfter(p.end())) {
                    out.add(Violation.of(TrajectoryRejection.ACTIVITY_OUTSIDE_PHASE, at + ".activities[" + j + "].date",
                            a.code(), a.date(), p.start(), p.end()));
                }
                LadderLevel residents = p.levelFor(StakeholderGroup.RESIDENTS);
                if (a.groups().contains(StakeholderGroup.RESIDENTS) && residents != null && residents != LadderLevel.INFORM) {
                    residentsAboveInform = true;
                }
            }
            for (int j = 0; j < p.deliverables().size(); j++) {
                unique(codes, "deliverable:", p.deliverables().get(j).code(), at + ".deliverables[" + j + "].code", out);
            }
            for (int j = 0; j < p.topics().size(); j++) {
                DecisionTopic t = p.topics().get(j);
                unique(codes, "topic:", t.code(), at + ".topics[" + j + "].code", out);
                if (!t.mayBeLeftToResidents()) {
                    for (Promise promise : p.promises()) {
                        if (promise.level().compareTo(LadderLevel.CO_DECIDE) >= 0) {
                            out.add(Violation.of(TrajectoryRejection.COUNCIL_POWER_PROMISED, at + ".topics[" + j + "]",
                                    t.code(), promise.group(), promise.level()));
                        }
                    }
                }
            }
        }
        if (!residentsAboveInform) {
            out.add(Violation.of(TrajectoryRejection.NO_RESIDENT_PARTICIPATION, "phases"));
        }
        return out;
    }

    // Codes are unique per kind: a deliverable and the decision about it may share a name.
    private static void unique(Set<String> codes, String kind, String code, String path, List<Violation> out) {
        if (!codes.add(kind + code)) {
            out.add(Violation.of(TrajectoryRejection.DUPLICATE_CODE, path, code));
        }
    }

    /**
     * This design as a Mermaid flowchart in one language: the phases in order, each with its name, dates and the rung
     * promised to each group, so a municipality can publish the concrete design it adopted.
     */
    public String toMermaid(Locale locale) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            String promises = p.promises().stream()
                    .map(pr -> nameOf(pr.group()).in(locale) + ": " + pr.level().label().in(locale))
                    .collect(Collectors.joining("<br/>"));
            out.append("    ").append(node(p)).append("[\"").append(i + 1).append(". ").append(label(p.name().in(locale)))
                    .append("<br/>").append(p.start()).append(" – ").append(p.end()).append("<br/>")
                    .append(label(promises)).append("\"]\n");
        }
        for (int i = 1; i < phases.size(); i++) {
            out.append("    ").append(node(phases.get(i - 1))).append(" --> ").append(node(phases.get(i))).append('\n');
        }
        return out.toString();
    }

    private static String node(Phase p) {
        return "p_" + p.code().replace('-', '_');
    }

    private static String label(String text) {
        // Mermaid ends a label at a double quote; its entity keeps the text whole.
        return text.replace("\"", "#quot;");
    }
}
