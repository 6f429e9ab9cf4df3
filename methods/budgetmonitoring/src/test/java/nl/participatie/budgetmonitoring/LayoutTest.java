package nl.participatie.budgetmonitoring;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.participatie.testkit.ModuleLayout;

/** The module follows the method module template of methods/README.md. */
class LayoutTest {

    @Test
    void followsTheTemplate() {
        ModuleLayout.of("Budgetmonitoring", "budgetmonitoring", "BudgetRound").assertFollowed(Path.of(""));
    }
}
