package nl.participatie.core.link;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.Notification;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Recipient;
import nl.participatie.core.Workflow;
import nl.participatie.core.json.TypedJacksonModule;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamLink;

/**
 * A test process for links: a node (an idea, a plan, a budget) begun by a resident, perhaps linked to another node,
 * linked later, and acknowledged by the system when something downstream happens, with a notification to whoever
 * began it. Three stream types share the decider.
 */
public final class Nodes implements Decider<Nodes.Command, Nodes.Event, Nodes.Node> {

    public static final String IDEA = "sample.idea";
    public static final String PLAN = "sample.plan";
    public static final String BUDGET = "sample.budget";
    public static final Role RESIDENT = Role.of("RESIDENT");

    /** became: idea → plan and plan → plan (recorded by the target); funded-by: plan → budget (recorded by the source). */
    public static final LinkTypes TYPES = LinkTypes.of(
            LinkType.of("became", LinkType.Direction.RECORDED_BY_TARGET, java.util.Set.of(IDEA, PLAN), java.util.Set.of(PLAN),
                    LinkType.Cardinality.ONE_TO_ONE),
            LinkType.of("funded-by", LinkType.Direction.RECORDED_BY_SOURCE, java.util.Set.of(PLAN), java.util.Set.of(BUDGET),
                    LinkType.Cardinality.MANY_TO_MANY));

    /** The one step a node is in. */
    public enum Step { ACTIVE }

    static final Workflow<Step> WORKFLOW = Workflow.builder("Knoop", Step.class, Step.ACTIVE)
            .within(Begin.class, Step.ACTIVE, RESIDENT)
            .within(LinkTo.class, Step.ACTIVE, RESIDENT)
            .within(Acknowledge.class, Step.ACTIVE, Role.SYSTEM)
            .build();

    public static final ProcessDefinition<Command, Event, Node, Step> IDEAS = definition(IDEA);
    public static final ProcessDefinition<Command, Event, Node, Step> PLANS = definition(PLAN);
    public static final ProcessDefinition<Command, Event, Node, Step> BUDGETS = definition(BUDGET);

    private static ProcessDefinition<Command, Event, Node, Step> definition(String type) {
        return ProcessDefinition.of(type, Command.class, Event.class, new Nodes(), WORKFLOW, n -> Step.ACTIVE);
    }

    /** A node's state. */
    public record Node(String title, PersonId by, int acknowledgements) {
    }

    /** Commands. */
    public sealed interface Command {
    }

    /** A resident begins the node, perhaps as the continuation of another. */
    public record Begin(@NotBlank String title, @NotNull PersonId by, StreamLink from) implements Command {
    }

    /** A resident links the node to another. */
    public record LinkTo(@NotNull StreamLink link) implements Command {
    }

    /** The system acknowledges something that happened downstream. */
    public record Acknowledge(@NotBlank String what) implements Command {
    }

    /** Events. */
    public sealed interface Event {
    }

    /** Begun. */
    public record Begun(String title, PersonId by, StreamLink from) implements Event, Linking {
        @Override
        public Optional<StreamLink> link() {
            return Optional.ofNullable(from);
        }
    }

    /** Linked. */
    public record Linked(StreamLink to) implements Event, Linking {
        @Override
        public Optional<StreamLink> link() {
            return Optional.of(to);
        }
    }

    /** Acknowledged. */
    public record Acknowledged(String what) implements Event {
    }

    @Override
    public Node initialState() {
        return new Node("", null, 0);
    }

    @Override
    public Decision<Event> decide(Command command, Node state, DecisionContext context) {
        if (command instanceof Begin b) {
            return Decision.accept(new Begun(b.title(), b.by(), b.from()));
        }
        if (command instanceof LinkTo l) {
            return Decision.accept(new Linked(l.link()));
        }
        Acknowledge a = (Acknowledge) command;
        Decision<Event> accepted = Decision.accept(new Acknowledged(a.what()));
        return state.by() == null ? accepted : accepted.notify(List.of(Notification.of(Recipient.person(state.by()),
                "sample.acknowledged", LocalizedText.of("Er is iets gebeurd met wat u begon: " + a.what(),
                        "Something happened to what you started: " + a.what()))));
    }

    @Override
    public Node evolve(Node state, Event event) {
        if (event instanceof Begun b) {
            return new Node(b.title(), b.by(), 0);
        }
        if (event instanceof Acknowledged) {
            return new Node(state.title(), state.by(), state.acknowledgements() + 1);
        }
        return state;
    }

    /** The type ids of the node process. */
    public static final class JsonModule extends TypedJacksonModule {
        private static final long serialVersionUID = 1L;

        public JsonModule() {
            super("participatie-sample-nodes");
            commands(Command.class);
            family(Event.class);
            type(Begin.class, "sample.begin.v1");
            type(LinkTo.class, "sample.link-to.v1");
            type(Acknowledge.class, "sample.acknowledge.v1");
            type(Begun.class, "sample.begun.v1");
            type(Linked.class, "sample.linked.v1");
            type(Acknowledged.class, "sample.acknowledged.v1");
        }
    }
}
