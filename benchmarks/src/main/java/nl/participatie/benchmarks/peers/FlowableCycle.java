package nl.participatie.benchmarks.peers;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * The scenario on the embedded Flowable BPMN engine on an in-memory H2 database: {@code bench/cycle.bpmn20.xml}
 * (eight user tasks in sequence, each with the role as candidate group, NEW_GOALS leading back to GOALS) deployed
 * once; per instance: start it by key, then for each step find the active task the actor's role is a candidate for
 * (none: rejected) and complete it as that actor. Flowable's own history (level {@code audit}) records who completed
 * each task and when.
 */
public final class FlowableCycle extends BpmnTaskCycle {

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

    @Override
    String start() {
        return runtime.startProcessInstanceByKey("cycle").getId();
    }

    @Override
    boolean fire(String instance, String actorId, String role) {
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskCandidateGroup(role).singleResult();
        if (task == null) {
            return false;
        }
        tasks.complete(task.getId(), actorId, null);
        return true;
    }

    @Override
    String activeStep(String instance) {
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey();
    }

    @Override
    List<CycleRun.Line> finished(String instance) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().list().stream()
                .map(h -> new CycleRun.Line(h.getTaskDefinitionKey(), h.getCompletedBy(), h.getEndTime().toInstant()))
                .toList();
    }

    @Override
    public void close() {
        engine.close();
    }
}
