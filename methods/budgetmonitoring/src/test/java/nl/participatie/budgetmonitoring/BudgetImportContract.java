package nl.participatie.budgetmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.testkit.ReaderContract;

/**
 * What every import of an untrusted budget file (CSV or JSON) promises, whatever the input: a budget that round-trips
 * as JSON, or no budget and problems, each with a code, a line and a column and a text in Dutch and English.
 */
public final class BudgetImportContract {

    private BudgetImportContract() {
    }

    /** Fails when {@code result} breaks the contract. */
    public static void holds(BudgetImport.Result result) {
        if (result.isValid()) {
            assertThat(result.budget()).isNotNull();
            assertThat(result.scale()).isNotNull();
            ReaderContract.roundTrips(ParticipatieJson.defaults(), result.budget(), Budget.class);
        } else {
            assertThat(result.budget()).isNull();
            assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.line()).isNotNegative();
                assertThat(p.column()).isNotNull();
                // This method's codes (ValueRejection) or those of a value type's rule (money.out-of-range, ...).
                assertThat(p.code()).matches("[a-z]+(\\.[a-z0-9-]+)+");
                assertThat(p.text().nl()).isNotBlank();
                assertThat(p.text().en()).isNotBlank();
            });
        }
    }
}
