package nl.participatie.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import nl.participatie.core.value.Actor;

/**
 * Everything the engine needs to run one kind of process instance (<i>procesdefinitie</i>): its stream type, its
 * command and event types, the {@link Decider}, the {@link Workflow} and how to read the current step from the
 * state. A method module exposes one per aggregate, e.g. {@code BurgersAanHetStuurWorkflow.INITIATIVES} in
 * {@code participatie-burgers-aan-het-stuur}.
 *
 * <p><b>Order of checks.</b> The engine validates the command (Bean Validation, codes {@code constraint.*}), then
 * asks {@link #authorise} (the workflow: codes {@code workflow.*}), then the decider (the method's own codes), then
 * records the events and asks {@link #permitsMove} before it appends (retrying on a concurrency conflict). These two
 * methods are the typed way to ask the workflow: the engine needs no casts to the step type.
 *
 * <p><b>Threading.</b> Immutable and thread-safe, like its workflow and (by contract) its decider: one definition
 * serves every engine and every instance. It holds no state and no cache; for the engine's cache see
 * {@code ProcessEngine.Builder.cacheStates}.
 *
 * <pre>{@code
 * // A municipality where only the facilitator may move an initiative on to the next step.
 * ProcessDefinition<InitiativeCommand, InitiativeEvent, Initiative, InitiativeStep> strict =
 *     BurgersAanHetStuurWorkflow.INITIATIVES.withWorkflow(
 *         BurgersAanHetStuurWorkflow.INITIATIVES.workflow().restrict(AdvanceStep.class, BurgersAanHetStuurWorkflow.FACILITATOR));
 * List<Violation> denied = strict.authorise(command, state, actor);   // empty when the actor may
 * ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> engine = ProcessEngine.builder(strict).build();
 * }</pre>
 * (Every example in this Javadoc is compiled by a test in {@code examples}.)
 *
 * @param <C> commands
 * @param <E> events
 * @param <S> state
 * @param <P> steps
 */
@API(status = API.Status.STABLE)
public final class ProcessDefinition<C, E, S, P extends Enum<P>> {

    private static final Pattern STREAM_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

    private final String streamType;
    private final Class<C> commandType;
    private final Class<E> eventType;
    private final Decider<C, E, S> decider;
    private final Workflow<P> workflow;
    private final Function<S, P> stepOf;
    private final InstanceRoles<S> instanceRoles;

    private ProcessDefinition(String streamType, Class<C> commandType, Class<E> eventType, Decider<C, E, S> decider,
                              Workflow<P> workflow, Function<S, P> stepOf, InstanceRoles<S> instanceRoles) {
        this.streamType = Objects.requireNonNull(streamType, "streamType");
        if (!STREAM_TYPE.matcher(streamType).matches()) {
            throw new IllegalArgumentException("Stream type '" + streamType + "' must be lower-case words separated by dots");
        }
        this.commandType = Objects.requireNonNull(commandType, "commandType");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.decider = Objects.requireNonNull(decider, "decider");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.stepOf = Objects.requireNonNull(stepOf, "stepOf");
        this.instanceRoles = Objects.requireNonNull(instanceRoles, "instanceRoles");
        if (stepOf.apply(decider.initialState()) != workflow.initial()) {
            throw new IllegalArgumentException("The initial state of " + streamType + " is not in the workflow's initial step "
                    + workflow.initial());
        }
        for (Class<?> command : workflow.commands()) {
            if (!commandType.isAssignableFrom(command)) {
                throw new IllegalArgumentException(command.getName() + " in the workflow is not a " + commandType.getName());
            }
        }
    }

    /**
     * Defines a process.
     *
     * @param streamType  the stream type, e.g. {@code burgersaanhetstuur.initiative}
     * @param commandType the sealed command interface
     * @param eventType   the sealed event interface
     * @param decider     the rules
     * @param workflow    the state machine
     * @param stepOf      the step a state is in
     */
    public static <C, E, S, P extends Enum<P>> ProcessDefinition<C, E, S, P> of(String streamType, Class<C> commandType,
            Class<E> eventType, Decider<C, E, S> decider, Workflow<P> workflow, Function<S, P> stepOf) {
        return new ProcessDefinition<>(streamType, commandType, eventType, decider, workflow, stepOf, InstanceRoles.none());
    }

    /** The same definition with another workflow: how a municipality tightens roles. */
    public ProcessDefinition<C, E, S, P> withWorkflow(Workflow<P> other) {
        return new ProcessDefinition<>(streamType, commandType, eventType, decider, other, stepOf, instanceRoles);
    }

    /**
     * The same definition with roles that are held per instance: a caller in one of those roles must hold it in
     * the instance's state, or is refused with {@code workflow.not-in-instance}. The command that starts an instance
     * (in the workflow's initial step) is exempt: nobody holds a role in an instance that does not exist yet.
     */
    public ProcessDefinition<C, E, S, P> withInstanceRoles(InstanceRoles<S> roles) {
        return new ProcessDefinition<>(streamType, commandType, eventType, decider, workflow, stepOf, roles);
    }

    /** The roles held per instance ({@link InstanceRoles#none()} unless set). */
    public InstanceRoles<S> instanceRoles() {
        return instanceRoles;
    }

    /** The stream type. */
    public String streamType() {
        return streamType;
    }

    /** The sealed command interface. */
    public Class<C> commandType() {
        return commandType;
    }

    /** The sealed event interface. */
    public Class<E> eventType() {
        return eventType;
    }

    /** The rules. */
    public Decider<C, E, S> decider() {
        return decider;
    }

    /** The state machine. */
    public Workflow<P> workflow() {
        return workflow;
    }

    /** The step the state is in. */
    public P stepOf(S state) {
        return stepOf.apply(state);
    }

    /**
     * Whether the actor may fire the command on an instance in this state, by the {@link Workflow} and the
     * {@link #instanceRoles() instance roles}: no violations when it may, otherwise one
     * ({@code workflow.command-unknown}, {@code workflow.step-not-allowed}, {@code workflow.role-not-allowed} or
     * {@code workflow.not-in-instance}). The engine asks this before the decider.
     */
    public List<Violation> authorise(C command, S state, Actor actor) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(actor, "actor");
        P step = stepOf(state);
        List<Violation> denied = workflow.check(step, command.getClass(), actor.role());
        if (denied.isEmpty() && step != workflow.initial() && instanceRoles.isScoped(actor.role())
                && !instanceRoles.holder().holds(state, actor.person(), actor.role(), command)) {
            return List.of(Violation.of("workflow.not-in-instance", "", actor.person().value(), actor.role().code(),
                    command.getClass().getSimpleName()));
        }
        return denied;
    }

    /**
     * Whether the workflow declares the step change that the command's events made, from the state {@code before}
     * to the state {@code after}. The engine asks this before it appends: a decider that moves an instance where
     * its workflow does not lead is a programming error.
     */
    public boolean permitsMove(C command, S before, S after) {
        return workflow.permitsMove(command.getClass(), stepOf(before), stepOf(after));
    }
}
