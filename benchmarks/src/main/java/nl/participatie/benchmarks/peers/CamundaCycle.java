package nl.participatie.benchmarks.peers;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;

/**
 * The scenario on the embedded Camunda 7 BPMN engine on an in-memory H2 database, with the same BPMN as Flowable
 * ({@code bench/cycle.bpmn20.xml}, whose user tasks carry the role as candidate group for both engines), history level
 * {@code audit}, job executor off. Per instance: start it by key, then for each step find the active task the actor's
 * role is a candidate for (none: rejected), and claim and complete it as that actor. Camunda's {@code complete} takes
 * no user, so the actor is recorded by claiming the task first, as a Camunda task list does; claim and complete run
 * in one command, so in one transaction, as Flowable's {@code complete(taskId, userId, variables)} does. Camunda's
 * history records who held each task and when it ended.
 */
public final class CamundaCycle extends BpmnTaskCycle {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final CommandExecutor inOneTransaction;

    public CamundaCycle() {
        int n = DATABASES.incrementAndGet();
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:camunda-bench-" + n + ";DB_CLOSE_DELAY=-1")
                .setJdbcUsername("sa")
                .setJdbcPassword("")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
                .setProcessEngineName("bench-camunda-" + n);
        // Camunda 7.20+ refuses a process without a history time to live; the cleanup job itself never runs here.
        ((ProcessEngineConfigurationImpl) configuration).setHistoryTimeToLive("P180D");
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("bench/cycle.bpmn20.xml").deploy();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        history = engine.getHistoryService();
        // Service calls inside a command join its command context (Camunda reuses an open one): one transaction.
        inOneTransaction = ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired();
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
        String id = task.getId();
        inOneTransaction.execute(context -> {
            tasks.claim(id, actorId);
            tasks.complete(id);
            return null;
        });
        return true;
    }

    @Override
    String activeStep(String instance) {
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey();
    }

    @Override
    List<CycleRun.Line> finished(String instance) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().list().stream()
                .map(h -> new CycleRun.Line(h.getTaskDefinitionKey(), h.getAssignee(), h.getEndTime().toInstant()))
                .toList();
    }

    @Override
    public void close() {
        engine.close();
    }
}
