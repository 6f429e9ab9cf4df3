package nl.participatie.core.store;

import java.util.Optional;

import javax.sql.DataSource;

import nl.participatie.core.ProcessEngine;
import nl.participatie.core.link.Nodes;
import nl.participatie.core.link.Reaction;
import nl.participatie.core.link.Reactor;
import nl.participatie.core.link.ReactorPositions;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcReactorPositions;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;

/**
 * The process the reactor's crash test kills. Mode {@code cause}: records an idea and a plan that became of it (the
 * causing event), then dies at once, before any reactor runs. Mode {@code react}: records them, runs the reactor,
 * and dies the moment the reaction was recorded, before the reactor could save its position. It dies by
 * {@link Runtime#halt}: no shutdown hooks, no clean close, as under SIGKILL. Further arguments: see
 * {@link TestDatabase#connectArguments()}.
 */
public final class CrashingReactor {

    static final StreamId IDEA = StreamId.of(Nodes.IDEA, "i1");
    static final StreamId PLAN = StreamId.of(Nodes.PLAN, "p1");
    static final Actor ANNA = Actor.of("anna", Nodes.RESIDENT);

    private CrashingReactor() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        String[] connect = java.util.Arrays.copyOfRange(args, 1, args.length);
        DataSource dataSource = TestDatabase.connect(connect);
        SchemaMigration.migrate(dataSource);
        JdbcEventStore store = new JdbcEventStore(dataSource);
        ProcessEngine<Nodes.Command, Nodes.Event, Nodes.Node> ideas = engine(Nodes.IDEAS, store);
        ProcessEngine<Nodes.Command, Nodes.Event, Nodes.Node> plans = engine(Nodes.PLANS, store);
        ideas.handle(IDEA, ANNA, new Nodes.Begin("Idee", ANNA.person(), null)).orElseThrow();
        plans.handle(PLAN, ANNA, new Nodes.Begin("Plan", ANNA.person(), StreamLink.of("became", IDEA))).orElseThrow();
        System.out.println("caused");
        System.out.flush();
        if (mode.equals("cause")) {
            Runtime.getRuntime().halt(137);
        }
        ReactorPositions durable = new JdbcReactorPositions(dataSource);
        // The idea's feed position: 1 on H2, a number made from its transaction's id on PostgreSQL.
        long ideaPosition = store.readAll(0, 10).stream().filter(e -> e.event().stream().equals(IDEA)).findFirst()
                .orElseThrow().position();
        ReactorPositions dying = new ReactorPositions() {
            @Override
            public long position(String reactor) {
                return durable.position(reactor);
            }

            @Override
            public void save(String reactor, long position) {
                if (position <= ideaPosition) {
                    // The idea itself causes nothing; the entry after it is the plan that became of it.
                    durable.save(reactor, position);
                    return;
                }
                System.out.println("fired");
                System.out.flush();
                Runtime.getRuntime().halt(137);
            }
        };
        reactor(store, ideas, dying).run();
        System.out.println("the reactor returned without saving a position");
        System.exit(1);
    }

    static ProcessEngine<Nodes.Command, Nodes.Event, Nodes.Node> engine(
            nl.participatie.core.ProcessDefinition<Nodes.Command, Nodes.Event, Nodes.Node, ?> definition, EventStore store) {
        return ProcessEngine.builder(definition).store(store).links(Nodes.TYPES).build();
    }

    static Reactor reactor(JdbcEventStore store, ProcessEngine<Nodes.Command, Nodes.Event, Nodes.Node> ideas, ReactorPositions positions) {
        return Reactor.builder("crash", store::readAll, store).positions(positions)
                .reaction(Reaction.when(Nodes.PLAN, Nodes.Begun.class).along("became", Reaction.Direction.UPSTREAM)
                        .fire(ideas, (begun, idea) -> Optional.of(new Nodes.Acknowledge("plan " + begun.stream()))))
                .build();
    }
}
