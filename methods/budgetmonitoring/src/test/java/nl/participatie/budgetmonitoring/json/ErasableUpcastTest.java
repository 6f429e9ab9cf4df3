package nl.participatie.budgetmonitoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.participatie.budgetmonitoring.BudgetRoundEvent.ProgrammeAnalysed;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.SurveyRoundRecorded;
import nl.participatie.core.value.Erasable;
import nl.participatie.testkit.UpcastFiles;

/**
 * Events stored before the resident group's texts became erasable (the v1 golden files, kept in {@code upcast/})
 * still read, with those texts as erasable values under the round's key.
 */
class ErasableUpcastTest {

    @Test
    void anAnalysisAndASurveyRoundOfVersionOneReadWithErasableTexts() {
        ProgrammeAnalysed analysed = (ProgrammeAnalysed) UpcastFiles.read("budgetmonitoring.programme-analysed.v1");
        assertThat(analysed.analysis().goals()).isEqualTo(Erasable.of(null, "Minder armoede"));
        SurveyRoundRecorded survey = (SurveyRoundRecorded) UpcastFiles.read("budgetmonitoring.survey-round-recorded.v1");
        assertThat(survey.survey().findings()).containsExactly(Erasable.of(null, "Veel gezinnen kennen de regeling niet"));
    }
}
