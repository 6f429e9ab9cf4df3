package nl.participatie.samenspel;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.participatie.testkit.CatalogueCheck;

/** Every text of the module is the text of one of its codes, in Dutch and English, and every code has its text. */
class MessageCatalogueTest {

    @Test
    void theTextsAreExactlyTheCodesOfTheModule() {
        CatalogueCheck.assertTextsAreExactlyTheCodesOf(Path.of("src/main/resources"), TrajectoryRejection.class,
                TrajectoryNotice.class, ValueRejection.class, PromiseEvidence.class, LabelText.class, SamenspelText.class);
    }
}
