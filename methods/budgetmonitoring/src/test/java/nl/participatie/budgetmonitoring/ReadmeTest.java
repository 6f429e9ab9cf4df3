package nl.participatie.budgetmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.participatie.budgetmonitoring.BudgetRoundCommand.StartRound;
import nl.participatie.budgetmonitoring.json.BudgetmonitoringJacksonModule;
import nl.participatie.core.Code;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MethodContract;
import nl.participatie.testkit.ReadmeSections;

/**
 * The module README shows the workflow as generated now, and names every command, notification, rejection code and
 * type id. When the diagram is out of date the current README is written to {@code target/README.md}: review and copy it.
 */
class ReadmeTest {

    private static final Path README = Path.of("README.md");

    static String generatedSection() {
        return "```mermaid\n" + BudgetmonitoringWorkflow.ROUNDS.workflow().toMermaid() + "```\n\n"
                + BudgetmonitoringWorkflow.ROUNDS.workflow().toMarkdownTable();
    }

    @Test
    void theWorkflowDiagramIsCurrent() {
        ReadmeSections.assertCurrent(README, "workflow", Map.of("workflow", generatedSection()));
    }

    @Test
    void theUseItExampleRunsAndIsTheOneInTheReadme() throws IOException {
        String csv = "scale;thousands\nid;taakveld;programme;area;lasten;baten\narmoede-1;6.3;Armoede en schulden;;1.234,5;120\n";
        EventStore eventStore = new InMemoryEventStore();
        Actor fatima = Fixtures.FATIMA_R;
        MunicipalityCode GM = Fixtures.GM;
        PersonId joop = Fixtures.JOOP;
        PersonId kees = Fixtures.KEES;
        // readme:begin
        BudgetImport.Result imported = BudgetImport.read(csv, MunicipalityCode.parse("GM0307"), 2026);
        if (!imported.isValid()) {
            imported.problems().forEach(p -> System.out.println(p.line() + ": " + p.text().nl()));   // every bad row, by line
        }
        BudgetData figures = new BudgetData().put("begroting-2026", imported.budget());
        Budgetmonitoring bm = Budgetmonitoring.builder().store(eventStore).data(figures).build();
        StreamId round = bm.rounds().newStream();
        bm.rounds().handle(round, fatima, new StartRound(GM, 2026, "begroting-2026", DecisionMode.VOTES, List.of(joop, kees)));
        // … votes, programmes, analysis, reallocations, council decision, realisations …
        Comparison comparison = bm.comparison(bm.rounds().load(round));
        Monitoring monitoring = bm.monitoring(bm.rounds().load(round));
        // readme:end
        assertThat(comparison.total().amount(Comparison.MUNICIPALITY)).isEqualTo(nl.participatie.core.value.Money.of("1234500.00"));
        assertThat(monitoring).isNull();
        String source = Files.readString(Path.of("src/test/java/nl/participatie/budgetmonitoring/ReadmeTest.java"));
        String example = source.substring(source.indexOf("// readme:begin\n") + "// readme:begin\n".length(), source.indexOf("        // readme:end"))
                .replaceAll("(?m)^        ", "");
        assertThat(Files.readString(README)).contains("```java\n" + example + "```");
    }

    @Test
    void everyCommandNoticeCodeAndTypeIdIsDocumented() throws IOException {
        String readme = ReadmeSections.outside(Files.readString(README), "workflow");
        for (Class<?> command : MethodContract.concreteSubtypes(BudgetRoundCommand.class)) {
            assertThat(readme).as("command %s", command.getSimpleName()).containsPattern("\\b" + command.getSimpleName() + "\\b");
        }
        for (BudgetRoundNotice notice : BudgetRoundNotice.values()) {
            assertThat(readme).as("notification %s", notice.code()).contains("`" + notice.code() + "`");
        }
        List<Code> codes = new ArrayList<>(List.of(BudgetRoundRejection.values()));
        codes.addAll(List.of(ValueRejection.values()));
        for (Code code : codes) {
            assertThat(readme).as("rejection code %s", code.code()).contains("`" + code.code() + "`");
        }
    }

    @Test
    void theTypeIdTableIsCurrent() {
        ReadmeSections.assertCurrent(README, "type-ids", Map.of("type-ids", ReadmeSections.typeIdTable(new BudgetmonitoringJacksonModule(),
                new ReadmeSections.Family("command", BudgetRoundCommand.class), new ReadmeSections.Family("event", BudgetRoundEvent.class))));
    }
}
