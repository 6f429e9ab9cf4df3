package nl.participatie.benchmarks.peers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.configurers.ExternalTransitionConfigurer;

import reactor.core.publisher.Mono;

import nl.participatie.benchmarks.cycle.Cycle;
import nl.participatie.benchmarks.cycle.CycleStep;
import nl.participatie.benchmarks.cycle.CycleTrigger;

/**
 * The scenario on Spring Statemachine 4 (no longer maintained), without an application context: a
 * {@link StateMachineFactory} from {@link StateMachineBuilder} built once, a new started machine per instance, each
 * transition an external transition with a guard on the {@code role} message header and an action that appends to a
 * history list kept in the machine's extended state. Events go in through the reactive API; the messages (event plus
 * actor headers) are built once and reused, which only helps Spring.
 */
public final class SpringStatemachineCycle implements CycleImplementation<StateMachine<CycleStep, CycleTrigger>> {

    static final String ACTOR = "actor";
    static final String ROLE = "role";
    static final String HISTORY = "history";

    private final StateMachineFactory<CycleStep, CycleTrigger> factory;
    private final List<Mono<Message<CycleTrigger>>> messages = new ArrayList<>();

    public SpringStatemachineCycle(Clock clock) {
        try {
            StateMachineBuilder.Builder<CycleStep, CycleTrigger> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            builder.configureStates().withStates().initial(CycleStep.SITUATION).states(EnumSet.allOf(CycleStep.class));
            ExternalTransitionConfigurer<CycleStep, CycleTrigger> transitions = null;
            for (Cycle.Transition t : Cycle.TRANSITIONS) {
                String role = t.role();
                transitions = (transitions == null ? builder.configureTransitions() : transitions.and())
                        .withExternal()
                        .source(t.from()).target(t.to()).event(t.trigger())
                        .guard(context -> role.equals(context.getMessageHeader(ROLE)))
                        .action(context -> {
                            @SuppressWarnings("unchecked")
                            List<HistoryEntry> history = (List<HistoryEntry>) context.getExtendedState().getVariables().get(HISTORY);
                            history.add(new HistoryEntry(context.getSource().getId(), context.getEvent(),
                                    (String) context.getMessageHeader(ACTOR), clock.instant()));
                        });
            }
            factory = builder.createFactory();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot configure the Spring state machine", e);
        }
        for (Cycle.Transition t : Cycle.TRANSITIONS) {
            messages.add(Mono.just(message(t.trigger(), t.actorId(), t.role())));
        }
    }

    private static Message<CycleTrigger> message(CycleTrigger trigger, String actorId, String role) {
        return MessageBuilder.withPayload(trigger).setHeader(ACTOR, actorId).setHeader(ROLE, role).build();
    }

    private StateMachine<CycleStep, CycleTrigger> start() {
        StateMachine<CycleStep, CycleTrigger> machine = factory.getStateMachine();
        machine.getExtendedState().getVariables().put(HISTORY, new ArrayList<HistoryEntry>(8));
        machine.startReactively().block();
        return machine;
    }

    /**
     * Sends the event; whether a transition was taken. Spring Statemachine answers ACCEPTED also when the guard
     * refused (the event matched a transition), so a refusal shows only as a state that did not move.
     */
    private static boolean accepted(StateMachine<CycleStep, CycleTrigger> machine, Mono<Message<CycleTrigger>> message) {
        CycleStep before = machine.getState().getId();
        StateMachineEventResult<CycleStep, CycleTrigger> result = machine.sendEvent(message).blockLast();
        return result != null && result.getResultType() == StateMachineEventResult.ResultType.ACCEPTED
                && machine.getState().getId() != before;
    }

    @Override
    public StateMachine<CycleStep, CycleTrigger> run() {
        StateMachine<CycleStep, CycleTrigger> machine = start();
        for (Mono<Message<CycleTrigger>> message : messages) {
            if (!accepted(machine, message)) {
                throw new IllegalStateException("Spring Statemachine refused " + message.block());
            }
        }
        return machine;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CycleRun report(StateMachine<CycleStep, CycleTrigger> machine) {
        List<HistoryEntry> history = (List<HistoryEntry>) machine.getExtendedState().getVariables().get(HISTORY);
        return new CycleRun(machine.getState().getId().name(), BaselineCycle.lines(history), false);
    }

    @Override
    public CycleRun attemptFirst(String actorId, String role) {
        StateMachine<CycleStep, CycleTrigger> machine = start();
        boolean ok = accepted(machine, Mono.just(message(Cycle.TRANSITIONS.get(0).trigger(), actorId, role)));
        CycleRun run = report(machine);
        return new CycleRun(run.finalStep(), run.history(), !ok);
    }
}
