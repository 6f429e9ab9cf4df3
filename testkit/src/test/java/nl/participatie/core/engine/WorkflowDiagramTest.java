package nl.participatie.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.participatie.core.Workflow;
import nl.participatie.core.sample.PetitionCommand;
import nl.participatie.core.sample.PetitionStep;
import nl.participatie.core.sample.Petitions;

class WorkflowDiagramTest {

    @Test
    void theWorkflowRendersAsAMermaidStateDiagram() {
        assertThat(Petitions.WORKFLOW.toMermaid()).isEqualTo("""
                stateDiagram-v2
                    [*] --> DRAFT
                    DRAFT --> OPEN : Open
                    OPEN --> DECIDED : Decide
                    OPEN --> CLOSED : Expire, Close
                    DRAFT --> CLOSED : Close
                    DECIDED --> CLOSED : Close
                    CLOSED --> [*]
                """);
    }

    @Test
    void theCurrentStepIsMarkedInTheDiagramAndOnlyThatStep() {
        String diagram = Petitions.WORKFLOW.toMermaid(PetitionStep.OPEN);

        assertThat(diagram).startsWith(Petitions.WORKFLOW.toMermaid())
                .endsWith("    class OPEN current\n")
                .containsOnlyOnce("classDef current ")
                .containsOnlyOnce(" current\n");
        assertThatThrownBy(() -> Petitions.WORKFLOW.toMermaid(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("current step");
    }

    @Test
    void theWorkflowListsItsRulesAsATable() {
        assertThat(Petitions.WORKFLOW.toMarkdownTable()).isEqualTo("""
                | command | allowed in | leads to | roles |
                |---|---|---|---|
                | Draft | DRAFT | (same step) | RESIDENT |
                | Open | DRAFT | OPEN | RESIDENT |
                | Support | OPEN | (same step) | RESIDENT |
                | Decide | OPEN | DECIDED | OFFICER |
                | Expire | OPEN | CLOSED | SYSTEM |
                | Close | DRAFT, OPEN, DECIDED | CLOSED | OFFICER |
                """);
    }

    @Test
    void anUnreachableStepFailsWhenTheWorkflowIsBuilt() {
        assertThatThrownBy(() -> Workflow.builder("kapot", PetitionStep.class, PetitionStep.DRAFT)
                .transition(PetitionCommand.Open.class, PetitionStep.DRAFT, PetitionStep.OPEN, Petitions.RESIDENT)
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DECIDED").hasMessageContaining("CLOSED");
    }

    @Test
    void twoRulesForOneCommandInOneStepFailWhenBuilt() {
        assertThatThrownBy(() -> Workflow.builder("dubbel", PetitionStep.class, PetitionStep.DRAFT)
                .within(PetitionCommand.Draft.class, PetitionStep.DRAFT, Petitions.RESIDENT)
                .within(PetitionCommand.Draft.class, PetitionStep.DRAFT, Petitions.OFFICER)
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Draft").hasMessageContaining("DRAFT");
    }

    @Test
    void terminalStepsMayBeDeclaredBeforeOrAfterFromAnyActive() {
        Workflow<PetitionStep> terminalFirst = Workflow.builder("volgorde", PetitionStep.class, PetitionStep.DRAFT)
                .terminal(PetitionStep.DECIDED, PetitionStep.CLOSED)
                .transition(PetitionCommand.Open.class, PetitionStep.DRAFT, PetitionStep.OPEN, Petitions.RESIDENT)
                .transition(PetitionCommand.Decide.class, PetitionStep.OPEN, PetitionStep.DECIDED, Petitions.OFFICER)
                .fromAnyActive(PetitionCommand.Close.class, PetitionStep.CLOSED, Petitions.OFFICER)
                .build();
        Workflow<PetitionStep> terminalLast = Workflow.builder("volgorde", PetitionStep.class, PetitionStep.DRAFT)
                .transition(PetitionCommand.Open.class, PetitionStep.DRAFT, PetitionStep.OPEN, Petitions.RESIDENT)
                .transition(PetitionCommand.Decide.class, PetitionStep.OPEN, PetitionStep.DECIDED, Petitions.OFFICER)
                .fromAnyActive(PetitionCommand.Close.class, PetitionStep.CLOSED, Petitions.OFFICER)
                .terminal(PetitionStep.DECIDED, PetitionStep.CLOSED)
                .build();

        assertThat(terminalLast.rules()).isEqualTo(terminalFirst.rules());
        assertThat(terminalLast.terminal()).isEqualTo(terminalFirst.terminal());
        // A terminal step declared after fromAnyActive is still not a step Close may start from.
        assertThat(terminalLast.rule(PetitionCommand.Close.class, PetitionStep.DECIDED)).isEmpty();
        assertThat(terminalLast.rule(PetitionCommand.Close.class, PetitionStep.OPEN)).isPresent();
    }
}
