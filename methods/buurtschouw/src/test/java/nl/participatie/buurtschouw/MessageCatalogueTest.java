package nl.participatie.buurtschouw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.core.Code;
import nl.participatie.testkit.CatalogueCheck;

/** The catalogue holds exactly the codes of the module's enums, in Dutch and English; every rejection is provoked. */
class MessageCatalogueTest {

    @Test
    void theTextsAreExactlyTheCodesOfTheModulesEnums() {
        CatalogueCheck.assertTextsAreExactlyTheCodesOf(Path.of("src/main/resources"), CampaignRejection.class,
                ReportRejection.class, CampaignNotice.class, ReportNotice.class, BuurtschouwText.class, ValueRejection.class,
                nl.participatie.buurtschouw.analysis.SummaryText.class, nl.participatie.buurtschouw.analysis.QualityText.class,
                LabelText.class,
                nl.participatie.buurtschouw.open311.Open311Text.class);
    }

    @Test
    void everyRejectionCodeIsProvokedInItsSpec() throws IOException {
        assertProvoked(Path.of("src/test/java/nl/participatie/buurtschouw/CampaignSpecTest.java"), CampaignRejection.values());
        // The report's rejections of the Signalen import are provoked in the import's own spec.
        assertProvoked(ReportRejection.values(), Path.of("src/test/java/nl/participatie/buurtschouw/ReportSpecTest.java"),
                Path.of("src/test/java/nl/participatie/buurtschouw/SignalenImportSpecTest.java"));
    }

    private static void assertProvoked(Path spec, Code[] codes) throws IOException {
        assertProvoked(codes, spec);
    }

    private static void assertProvoked(Code[] codes, Path... specs) throws IOException {
        StringBuilder source = new StringBuilder();
        for (Path spec : specs) {
            source.append(Files.readString(spec));
        }
        List<String> missing = new ArrayList<>();
        for (Code code : codes) {
            if (source.indexOf("\"" + code.code() + "\"") < 0) {
                missing.add(code.code());
            }
        }
        assertThat(missing).as("codes %s never expect", List.of(specs)).isEmpty();
    }
}
