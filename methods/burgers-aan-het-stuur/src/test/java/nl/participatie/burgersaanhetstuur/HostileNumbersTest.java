package nl.participatie.burgersaanhetstuur;

import static nl.participatie.burgersaanhetstuur.Story.ANNA_INITIATOR;
import static nl.participatie.burgersaanhetstuur.Story.TODAY;
import static nl.participatie.burgersaanhetstuur.Story.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordMeasurement;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.IndicatorDefined;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.MeasurementRecorded;
import nl.participatie.core.validation.CommandValidation;

/** One hostile number must not break an initiative: refused on the way in, harmless if already stored. */
class HostileNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483647", "-1e2147483647", "1e-2147483647", "1e400", "1e13", "0e-2147483647"})
    void aMeasurementWithAnAbsurdExponentBreaksDigitsAndIsRefusedByTheEngine(String value) {
        RecordMeasurement command = new RecordMeasurement(1, new BigDecimal(value), TODAY, "telling");
        assertThat(CommandValidation.shared().validate(command))
                .singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("constraint.Digits");
                    assertThat(v.path()).isEqualTo("value");
                });
        at(InitiativeStep.EXECUTION).when(ANNA_INITIATOR, command).thenRejected("constraint.Digits");
    }

    @Test
    void aStateWithAbsurdNumbersStillGivesAReportAndADiagnosis() {
        // Built through evolve, as a history stored before numbers were limited is replayed: no validation on the way.
        var spec = at(InitiativeStep.EXECUTION).after(Duration.ofDays(30));
        InitiativeDecider decider = new InitiativeDecider();
        Initiative state = spec.state();
        LocalDate day = LocalDate.of(2026, 1, 20);
        state = decider.evolve(state, new MeasurementRecorded(1, new BigDecimal("30"), day, Story.text("telling")));
        state = decider.evolve(state, new MeasurementRecorded(1, new BigDecimal("1e2147483647"), day.plusDays(1), Story.text("telling")));
        state = decider.evolve(state, new IndicatorDefined(2, 1, Story.text("Absurd"), "stuks", Indicator.Kind.HOW_MUCH,
                new BigDecimal("-1e2147483647"), new BigDecimal("1e-2147483647"), day, LocalDate.of(2026, 6, 30), Story.text("telling")));
        state = decider.evolve(state, new MeasurementRecorded(2, new BigDecimal("1e2147483647"), day, Story.text("telling")));
        Initiative stored = state;

        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nl")}) {
            String report = AccountabilityReport.of(stored).toMarkdown(locale);
            assertThat(report).contains("1E+2147483647").hasSizeLessThan(100_000);
            Diagnosis diagnosis = StallDiagnosis.defaults().diagnose(stored, spec.clock().instant());
            assertThat(diagnosis.toMarkdown(locale)).hasSizeLessThan(100_000);
        }
        AccountabilityReport.of(stored).goals().forEach(g -> g.indicators().forEach(r -> assertThat(r.progress()).isEmpty()));
    }
}
