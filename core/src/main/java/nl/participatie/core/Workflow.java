package nl.participatie.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.participatie.core.value.Role;

/**
 * The state machine of a method, declared as data (<i>werkwijze</i>, <i>stappenplan</i>): its steps, which
 * command may be fired in which step, where it leads and which roles may fire it. It renders itself as a Mermaid
 * diagram and a table, so a municipality can see and publish its process.
 *
 * <p><b>Where it sits in the order of checks.</b> The engine runs Bean Validation on the command first, then asks
 * the workflow (through {@link ProcessDefinition#authorise}) whether the actor's role may fire the command in the
 * instance's current step, then lets the {@link Decider} decide, and before appending checks that the step change
 * the events made is one this workflow declares ({@link ProcessDefinition#permitsMove}). The codes that come back
 * from the workflow are {@code workflow.command-unknown}, {@code workflow.step-not-allowed} and
 * {@code workflow.role-not-allowed} (see {@link #check}); a decider that moves an instance where no rule leads is a
 * programming error ({@link IllegalStateException}), not a rejection.
 *
 * <p><b>Threading.</b> Immutable and thread-safe: built once, validated eagerly at {@link Builder#build()},
 * shared by every instance and every engine. The {@link Builder} is not thread-safe; the order of its calls does
 * not matter ({@link Builder#fromAnyActive} and {@link Builder#terminal} may come in either order). A municipality
 * can {@link #restrict(Class, Role...) tighten} who may fire a command; it gets a new workflow. The workflow caches
 * nothing; the one cache of the library is the engine's ({@code ProcessEngine.Builder.cacheStates}).
 *
 * <pre>{@code
 * enum Step { DRAFT, SUBMITTED, CLOSED }
 * record Submit() { }
 * record AddNote(String text) { }
 * record Close() { }
 * Role resident = Role.of("RESIDENT");
 * Role officer = Role.of("OFFICER");
 * Workflow<Step> flow = Workflow.builder("Voorbeeld", Step.class, Step.DRAFT)
 *     .transition(Submit.class, Step.DRAFT, Step.SUBMITTED, resident)
 *     .within(AddNote.class, EnumSet.of(Step.DRAFT, Step.SUBMITTED), resident, officer)
 *     .fromAnyActive(Close.class, Step.CLOSED, officer)
 *     .terminal(Step.CLOSED)
 *     .build();
 * List<Violation> denied = flow.check(Step.SUBMITTED, Submit.class, resident); // workflow.step-not-allowed
 * String diagram = flow.toMermaid();
 * }</pre>
 * (Every example in this Javadoc is compiled by a test in {@code examples}.)
 *
 * @param <P> the steps, an enum
 */
@API(status = API.Status.STABLE)
public final class Workflow<P extends Enum<P>> {

    /**
     * One rule of the state machine: the command, the steps it may be fired in, the steps it may lead to
     * (empty: it stays in the step) and the roles that may fire it.
     *
     * @param command the command type
     * @param from    the steps it is allowed in
     * @param to      the steps it may lead to; empty when the step stays the same
     * @param roles   the roles that may fire it
     * @param <P>     the steps
     */
    public record Rule<P extends Enum<P>>(Class<?> command, Set<P> from, Set<P> to, Set<Role> roles) {
        public Rule {
            Objects.requireNonNull(command, "command");
            from = Collections.unmodifiableSet(new LinkedHashSet<>(from));
            to = Collections.unmodifiableSet(new LinkedHashSet<>(to));
            roles = Collections.unmodifiableSet(new LinkedHashSet<>(roles));
            if (from.isEmpty()) {
                throw new IllegalArgumentException("Rule for " + command.getSimpleName() + " has no step to start from");
            }
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("Rule for " + command.getSimpleName() + " allows no role");
            }
        }

        /** Whether firing this rule keeps the step. */
        public boolean staysInStep() {
            return to.isEmpty();
        }
    }

    private final String name;
    private final Class<P> stepType;
    private final P initial;
    private final Set<P> terminal;
    private final List<Rule<P>> rules;
    private final Map<Class<?>, List<Rule<P>>> byCommand;

    private Workflow(String name, Class<P> stepType, P initial, Set<P> terminal, List<Rule<P>> rules) {
        this.name = name;
        this.stepType = stepType;
        this.initial = initial;
        this.terminal = Collections.unmodifiableSet(terminal.isEmpty() ? EnumSet.noneOf(stepType) : EnumSet.copyOf(terminal));
        this.rules = List.copyOf(rules);
        Map<Class<?>, List<Rule<P>>> index = new HashMap<>();
        for (Rule<P> rule : rules) {
            index.computeIfAbsent(rule.command(), k -> new ArrayList<>()).add(rule);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byCommand = Map.copyOf(index);
    }

    /** Starts the declaration of a workflow with its name, its step enum and the step a new instance is in. */
    public static <P extends Enum<P>> Builder<P> builder(String name, Class<P> stepType, P initial) {
        return new Builder<>(name, stepType, initial);
    }

    /** The workflow's name, e.g. {@code Burgers aan het stuur}. */
    public String name() {
        return name;
    }

    /** The step enum. */
    public Class<P> stepType() {
        return stepType;
    }

    /** The step of a new instance. */
    public P initial() {
        return initial;
    }

    /** The steps in which an instance has ended. */
    public Set<P> terminal() {
        return terminal;
    }

    /** All rules, in declaration order. */
    public List<Rule<P>> rules() {
        return rules;
    }

    /** The command types this workflow knows. */
    public Set<Class<?>> commands() {
        return byCommand.keySet();
    }

    /** The rule that applies to the command in the step, if the command is allowed there at all. */
    public java.util.Optional<Rule<P>> rule(Class<?> command, P step) {
        List<Rule<P>> candidates = byCommand.get(command);
        if (candidates != null) {
            for (Rule<P> rule : candidates) {
                if (rule.from().contains(step)) {
                    return java.util.Optional.of(rule);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Checks whether a role may fire the command in the step. Returns no violations when it may; otherwise one
     * violation that names the step, the command and the steps or roles that would be allowed.
     */
    public List<Violation> check(P step, Class<?> command, Role role) {
        List<Rule<P>> candidates = byCommand.get(command);
        if (candidates == null) {
            return List.of(Violation.of("workflow.command-unknown", "", command.getSimpleName(), name));
        }
        Rule<P> rule = null;
        for (Rule<P> candidate : candidates) {
            if (candidate.from().contains(step)) {
                rule = candidate;
                break;
            }
        }
        if (rule == null) {
            Set<P> allowed = EnumSet.noneOf(stepType);
            candidates.forEach(r -> allowed.addAll(r.from()));
            return List.of(Violation.of("workflow.step-not-allowed", "", command.getSimpleName(), step.name(), join(allowed)));
        }
        if (!rule.roles().contains(role)) {
            return List.of(Violation.of("workflow.role-not-allowed", "", command.getSimpleName(), step.name(), role.code(), join(rule.roles())));
        }
        return List.of();
    }

    /** Whether the step change from {@code from} to {@code to} is what the rule of this command declares. */
    public boolean permitsMove(Class<?> command, P from, P to) {
        java.util.Optional<Rule<P>> rule = rule(command, from);
        if (rule.isEmpty()) {
            return false;
        }
        Set<P> targets = rule.get().to();
        return targets.isEmpty() ? from == to : targets.contains(to) || (from == to && targets.contains(from));
    }

    /**
     * The same workflow in which only the given roles (a subset of those declared) may fire the command:
     * how a municipality tightens its process.
     *
     * @throws IllegalArgumentException if the command is unknown or a role was not allowed before
     */
    public Workflow<P> restrict(Class<?> command, Role... roles) {
        Set<Role> keep = new LinkedHashSet<>(Arrays.asList(roles));
        if (!byCommand.containsKey(command)) {
            throw new IllegalArgumentException(command.getSimpleName() + " is not a command of workflow " + name);
        }
        List<Rule<P>> tightened = new ArrayList<>();
        for (Rule<P> rule : rules) {
            if (rule.command() != command) {
                tightened.add(rule);
                continue;
            }
            for (Role role : keep) {
                if (!rule.roles().contains(role)) {
                    throw new IllegalArgumentException("Role " + role + " may not fire " + command.getSimpleName()
                            + " in " + name + "; restricting can only remove roles");
                }
            }
            tightened.add(new Rule<>(command, rule.from(), rule.to(), keep));
        }
        return new Workflow<>(name, stepType, initial, terminal, tightened);
    }

    /** The state machine as a Mermaid {@code stateDiagram-v2}: step changes only, one arrow per transition. */
    public String toMermaid() {
        return diagram(null);
    }

    /**
     * The state machine as {@link #toMermaid()} draws it, with the step an instance is in now marked: the step gets the
     * Mermaid class {@code current}, drawn with a thick border and a light fill, so a page can show where an initiative or
     * campaign stands (<i>waar staat het nu</i>). A page may restyle it with its own {@code classDef current}.
     *
     * @param current the step to mark, one of this workflow's steps
     * @return the diagram's source, ending in {@code class <STEP> current}
     */
    public String toMermaid(P current) {
        Objects.requireNonNull(current, "current step");
        return diagram(current);
    }

    private String diagram(P current) {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        out.append("    [*] --> ").append(initial.name()).append('\n');
        Map<String, List<String>> labels = new java.util.LinkedHashMap<>();
        for (Rule<P> rule : rules) {
            for (P from : rule.from()) {
                for (P to : rule.to()) {
                    if (from != to) {
                        labels.computeIfAbsent(from.name() + " --> " + to.name(), k -> new ArrayList<>())
                                .add(rule.command().getSimpleName());
                    }
                }
            }
        }
        labels.forEach((arrow, commands) -> out.append("    ").append(arrow).append(" : ")
                .append(String.join(", ", commands)).append('\n'));
        for (P end : terminal) {
            out.append("    ").append(end.name()).append(" --> [*]\n");
        }
        if (current != null) {
            out.append("    classDef current fill:#fff4c2,stroke:#1b1b1b,stroke-width:4px,font-weight:bold\n");
            out.append("    class ").append(current.name()).append(" current\n");
        }
        return out.toString();
    }

    /** The rules as a Markdown table: command, steps it is allowed in, where it leads, roles. */
    public String toMarkdownTable() {
        StringBuilder out = new StringBuilder("| command | allowed in | leads to | roles |\n|---|---|---|---|\n");
        for (Rule<P> rule : rules) {
            out.append("| ").append(rule.command().getSimpleName())
                    .append(" | ").append(join(rule.from()))
                    .append(" | ").append(rule.staysInStep() ? "(same step)" : join(rule.to()))
                    .append(" | ").append(join(rule.roles()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String join(Collection<?> items) {
        return items.stream().map(o -> o instanceof Enum<?> e ? e.name() : String.valueOf(o)).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "Workflow[" + name + ", " + rules.size() + " rules]";
    }

    /**
     * Declares a workflow step by step. Every {@code build()} validates eagerly: unknown or unreachable steps and
     * duplicate rules fail with a message that names them.
     *
     * @param <P> the steps
     */
    public static final class Builder<P extends Enum<P>> {
        private final String name;
        private final Class<P> stepType;
        private final P initial;
        private final Set<P> terminal;
        // fromAnyActive rules stay open until build(): their steps depend on every terminal step declared.
        private final List<java.util.function.Supplier<Rule<P>>> rules = new ArrayList<>();

        private Builder(String name, Class<P> stepType, P initial) {
            this.name = Objects.requireNonNull(name, "name");
            this.stepType = Objects.requireNonNull(stepType, "stepType");
            this.initial = Objects.requireNonNull(initial, "initial");
            this.terminal = EnumSet.noneOf(stepType);
        }

        /** A command that moves an instance from one step to another. */
        public Builder<P> transition(Class<?> command, P from, P to, Role... roles) {
            return rule(command, EnumSet.of(from), EnumSet.of(to), roles);
        }

        /** A command allowed in the given steps that keeps the step (adding a goal, recording a measurement). */
        public Builder<P> within(Class<?> command, Set<P> steps, Role... roles) {
            return rule(command, steps, EnumSet.noneOf(stepType), roles);
        }

        /** A command allowed in one step that keeps the step. */
        public Builder<P> within(Class<?> command, P step, Role... roles) {
            return within(command, EnumSet.of(step), roles);
        }

        /**
         * A command allowed in the given steps that may lead to any of the targets, chosen by the decider from
         * the command's data (going back a step with a reason, resuming a paused instance).
         */
        public Builder<P> rule(Class<?> command, Set<P> from, Set<P> to, Role... roles) {
            Rule<P> rule = new Rule<>(command, from, to, new LinkedHashSet<>(Arrays.asList(roles)));
            rules.add(() -> rule);
            return this;
        }

        /**
         * A command allowed in every step that is not terminal, leading to {@code to} (closing, pausing). The steps
         * are resolved by {@link #build()}, so {@link #terminal} may be declared before or after.
         */
        public Builder<P> fromAnyActive(Class<?> command, P to, Role... roles) {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(to, "to");
            Set<Role> allowed = new LinkedHashSet<>(Arrays.asList(roles));
            rules.add(() -> {
                Set<P> from = EnumSet.allOf(stepType);
                from.removeAll(terminal);
                from.remove(to);
                return new Rule<>(command, from, EnumSet.of(to), allowed);
            });
            return this;
        }

        /** Steps in which an instance has ended; in any order with the rules. */
        @SafeVarargs
        public final Builder<P> terminal(P... steps) {
            terminal.addAll(Arrays.asList(steps));
            return this;
        }

        /** Validates and builds the workflow. */
        public Workflow<P> build() {
            List<Rule<P>> rules = new ArrayList<>(this.rules.size());
            this.rules.forEach(declared -> rules.add(declared.get()));
            if (rules.isEmpty()) {
                throw new IllegalStateException("Workflow " + name + " declares no rules");
            }
            // A command may have several rules, but never two for the same step: the engine must know which applies.
            Map<Class<?>, Set<P>> seen = new HashMap<>();
            for (Rule<P> rule : rules) {
                Set<P> steps = seen.computeIfAbsent(rule.command(), k -> EnumSet.noneOf(stepType));
                for (P step : rule.from()) {
                    if (!steps.add(step)) {
                        throw new IllegalStateException("Workflow " + name + ": two rules for "
                                + rule.command().getSimpleName() + " in step " + step);
                    }
                }
            }
            Set<P> reachable = EnumSet.of(initial);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Rule<P> rule : rules) {
                    if (!Collections.disjoint(rule.from(), reachable) && reachable.addAll(rule.to())) {
                        grew = true;
                    }
                }
            }
            Set<P> unreachable = EnumSet.complementOf(EnumSet.copyOf(reachable));
            if (!unreachable.isEmpty()) {
                throw new IllegalStateException("Workflow " + name + ": steps " + unreachable + " cannot be reached from " + initial);
            }
            return new Workflow<>(name, stepType, initial, terminal, rules);
        }
    }
}
