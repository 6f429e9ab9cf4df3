package nl.participatie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeStep;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.demo.web.CommandForms;

/** The forms made from command records: given a command type, the fields; given the form's values, the command. */
class CommandFormsTest {

    @Test
    void aCommandOfSimpleValuesHasOneFieldPerComponentAndBindsThroughTheValuesOwnParsing() {
        assertThat(CommandForms.form(InitiativeCommand.StartInitiative.class)).hasValueSatisfying(fields -> assertThat(fields)
                .extracting(CommandForms.Field::name, CommandForms.Field::kind, CommandForms.Field::optional, CommandForms.Field::person)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "text", false, false),
                        org.assertj.core.groups.Tuple.tuple("neighbourhood", "text", false, false),
                        org.assertj.core.groups.Tuple.tuple("initiators", "list", false, true),
                        org.assertj.core.groups.Tuple.tuple("origin", "absent", true, false)));
        Object bound = CommandForms.bind(InitiativeCommand.StartInitiative.class,
                Map.of("title", "Groene Javastraat", "neighbourhood", "BU03633101", "initiators", "p-a, p-b"));
        assertThat(bound).isEqualTo(new InitiativeCommand.StartInitiative("Groene Javastraat", NeighbourhoodCode.parse("BU03633101"),
                List.of(PersonId.of("p-a"), PersonId.of("p-b")), null));
    }

    @Test
    void enumsDatesAndNumbersBindAndAListOfRecordsStaysEmpty() {
        assertThat(CommandForms.bind(InitiativeCommand.AdvanceStep.class, Map.of("to", "GOALS")))
                .isEqualTo(new InitiativeCommand.AdvanceStep(InitiativeStep.GOALS));
        assertThat(CommandForms.bind(InitiativeCommand.PlanAction.class, Map.of("goal", "1", "title", "Tuinen", "deadline", "2027-01-31")))
                .isEqualTo(new InitiativeCommand.PlanAction(1, "Tuinen", null, LocalDate.of(2027, 1, 31), List.of()));
        assertThat(CommandForms.bind(ReportCommand.Handle.class, Map.of("message", " Geleegd ")))
                .isEqualTo(new ReportCommand.Handle(LocalizedText.of("Geleegd", "Geleegd")));
    }

    @Test
    void badInputIsATypedErrorNamingTheField() {
        assertThatThrownBy(() -> CommandForms.bind(InitiativeCommand.StartInitiative.class,
                Map.of("title", "x", "neighbourhood", "Javastraat", "initiators", "p-a")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CommandForms.bind(InitiativeCommand.PlanAction.class, Map.of("goal", "een", "title", "x", "deadline", "2027-01-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goal");
        assertThatThrownBy(() -> CommandForms.bind(InitiativeCommand.AdvanceStep.class, Map.of("to", "NOWHERE")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to");
    }
}
