package nl.participatie.benchmarks.peers;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;

import nl.participatie.benchmarks.cycle.Cycle;
import nl.participatie.benchmarks.cycle.CycleStep;

/**
 * The scenario on the embedded Flowable BPMN engine on an in-memory H2 database: {@code bench/cycle.bpmn20.xml}
 * (eight user tasks in sequence, each with the role as candidate group, NEW_GOALS leading back to GOALS) deployed
 * once; per instance: start it by key, then for each step find the active task the actor's role is a candidate for
 * (none: rejected) and complete it as that actor. Flowable's own history (level {@code audit}) records who completed
 * each task and when.
 */
public final class FlowableCycle implements CycleImplementation<String> {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    public FlowableCycle() {
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:flowable-bench-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1")
                .setJdbcUsername("sa")
                .setJdbcPassword("")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setAsyncExecutorActivate(false)
                .setHistory("audit")
                .setEngineName("bench-" + DATABASES.get());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("bench/cycle.bpmn20.xml").deploy();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        history = engine.getHistoryService();
    }

    /** Completes the active task of the instance as the actor if the role may; false when it may not. */
    private boolean fire(String instance, String actorId, String role) {
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskCandidateGroup(role).singleResult();
        if (task == null) {
            return false;
        }
        tasks.complete(task.getId(), actorId, null);
        return true;
    }

    @Override
    public String run() {
        String instance = runtime.startProcessInstanceByKey("cycle").getId();
        for (Cycle.Transition t : Cycle.TRANSITIONS) {
            if (!fire(instance, t.actorId(), t.role())) {
                throw new IllegalStateException("Flowable refused " + t);
            }
        }
        return instance;
    }

    @Override
    public CycleRun report(String instance) {
        return report(instance, false);
    }

    private CycleRun report(String instance, boolean rejected) {
        Task active = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().list();
        // Within one run every finished task is a different step, so the step order is the history order.
        List<CycleRun.Line> lines = done.stream()
                .sorted(Comparator.comparing(h -> CycleStep.valueOf(h.getTaskDefinitionKey())))
                .map(h -> new CycleRun.Line(h.getTaskDefinitionKey(), h.getCompletedBy(), h.getEndTime().toInstant()))
                .toList();
        return new CycleRun(active.getTaskDefinitionKey(), lines, rejected);
    }

    @Override
    public CycleRun attemptFirst(String actorId, String role) {
        String instance = runtime.startProcessInstanceByKey("cycle").getId();
        boolean ok = fire(instance, actorId, role);
        return report(instance, !ok);
    }

    @Override
    public void close() {
        engine.close();
    }
}
