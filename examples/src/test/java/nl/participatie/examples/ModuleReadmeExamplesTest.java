package nl.participatie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Java in the "Use it" section of every method module's README compiles against the real API, as it is written
 * there, with only the names its text says the reader has at hand.
 */
class ModuleReadmeExamplesTest {

    private static final Pattern JAVA = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final String IMPORTS = "import java.time.*;\nimport java.util.*;\n"
            + "import nl.participatie.core.*;\nimport nl.participatie.core.value.*;\nimport nl.participatie.core.store.*;\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // module | its packages | the names the example may use without declaring them
        "burgers-aan-het-stuur | nl.participatie.burgersaanhetstuur.*, nl.participatie.burgersaanhetstuur.InitiativeCommand.* "
                + "| EventStore store, Clock clock",
        "buurtschouw | nl.participatie.buurtschouw.*, nl.participatie.buurtschouw.CampaignCommand.*, "
                + "nl.participatie.buurtschouw.ReportCommand.*, nl.participatie.buurtschouw.geojson.* "
                + "| EventStore store, Clock clock, Actor coreGroupMember, Actor resident, MunicipalityCode GM0363, "
                + "GeoPoint where, String cbsBuurten, Collection<StreamId> streamsWithDeadlines",
        "samenspel | nl.participatie.samenspel.*, nl.participatie.samenspel.TrajectoryCommand.*, nl.participatie.samenspel.json.*, "
                + "nl.participatie.core.store.jdbc.JdbcEventStore "
                + "| javax.sql.DataSource dataSource, StaffEvidence myStaffEvidence, Actor civilServant, Actor alderman, Frames frames",
        "budgetmonitoring | nl.participatie.budgetmonitoring.*, nl.participatie.budgetmonitoring.BudgetRoundCommand.* "
                + "| String csv, EventStore eventStore, Actor fatima, MunicipalityCode GM, PersonId joop, PersonId kees",
        "youth-manifesto | nl.participatie.youthmanifesto.*, nl.participatie.youthmanifesto.ManifestoGroupCommand.* | Clock clock",
    })
    void theUseItSectionCompiles(String module, String packages, String parameters, @TempDir Path out) throws IOException {
        String readme = Files.readString(Path.of("../methods", module, "README.md"));
        int from = readme.indexOf("\n## Use it\n");
        int to = readme.indexOf("\n## ", from + 1);
        assertThat(from).as("a Use it section in %s", module).isGreaterThanOrEqualTo(0);
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA.matcher(readme.substring(from, to));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).as("Java in the Use it section of %s", module).isNotEmpty();
        StringBuilder imports = new StringBuilder(IMPORTS);
        for (String p : packages.split(",")) {
            imports.append("import ").append(p.strip()).append(";\n");
        }
        for (int i = 0; i < blocks.size(); i++) {
            String unit = "package example;\n" + imports + "class UseIt" + i + " {\n    void run(" + parameters + ") throws Exception {\n"
                    + blocks.get(i) + "\n    }\n}\n";
            assertThat(JavadocExamplesTest.compile("UseIt" + i, unit, out)).as("Use it of %s:%n%s", module, blocks.get(i)).isEmpty();
        }
    }
}
