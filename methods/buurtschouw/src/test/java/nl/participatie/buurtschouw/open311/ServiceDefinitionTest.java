package nl.participatie.buurtschouw.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.CampaignCommand;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.QualityLevel;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.testkit.Spec;

/**
 * Service definitions (GET {@code services/{code}}) and {@code attribute[…]} on POST: ideas and quality scores
 * travel over Open311, not only problems.
 */
class ServiceDefinitionTest {

    static final Open311Mapping MAPPING = Open311MappingTest.MAPPING;
    static final Open311Format FORMAT = Open311FormatTest.FORMAT;

    static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("service_code", List.of("container-is-vol"));
        form.put("lat", List.of("52.3626"));
        form.put("long", List.of("4.9378"));
        form.put("description", List.of("Een bankje bij de container"));
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], List.of(pairs[i + 1]));
        }
        return form;
    }

    static Open311Exception refused(Map<String, List<String>> form) {
        return Open311Reports.refused(() -> MAPPING.fromPost(form, null));
    }

    @Test
    void theSpecsExampleDefinitionReadsTheSameInXmlAndJsonAndRoundTrips() {
        ServiceDefinition xml = FORMAT.readServiceDefinitionXml(Open311FormatTest.sample("service-definition.xml"));
        assertThat(xml).isEqualTo(new ServiceDefinition("DMV66", List.of(new ServiceAttribute(true, "WHISHETN",
                AttributeDatatype.SINGLE_VALUE_LIST, true, null, 1, "What is the ticket/tag/DL number?",
                List.of(new ServiceAttribute.Value("123", "Ford"), new ServiceAttribute.Value("124", "Chrysler"))))));
        assertThat(FORMAT.readServiceDefinitionJson(Open311FormatTest.sample("service-definition.json"))).isEqualTo(xml);
        assertThat(FORMAT.readServiceDefinitionXml(FORMAT.serviceDefinitionXml(xml))).isEqualTo(xml);
        assertThat(FORMAT.readServiceDefinitionJson(FORMAT.serviceDefinitionJson(xml))).isEqualTo(xml);
        assertThat(FORMAT.serviceDefinitionXml(xml)).startsWith("<?xml version='1.0' encoding='UTF-8'?><service_definition>"
                + "<service_code>DMV66</service_code><attributes><attribute><variable>true</variable><code>WHISHETN</code>"
                + "<datatype>singlevaluelist</datatype><required>true</required><order>1</order>")
                .contains("<values><value><key>123</key><name>Ford</name></value><value><key>124</key>");
        assertThat(FORMAT.serviceDefinitionJson(xml)).startsWith("{\"service_code\":\"DMV66\",\"attributes\":[{\"variable\":true,"
                + "\"code\":\"WHISHETN\",\"datatype\":\"singlevaluelist\",\"required\":true,\"order\":1,");
    }

    @Test
    void everyServiceHasADefinitionWithKindAndQualityLevel() {
        assertThat(MAPPING.services()).allMatch(Service::metadata);
        ServiceDefinition definition = MAPPING.serviceDefinition("container-is-vol");
        assertThat(definition.serviceCode()).isEqualTo("container-is-vol");
        assertThat(definition.attributes()).extracting(ServiceAttribute::code).containsExactly("kind", "quality_level");
        ServiceAttribute kind = definition.attribute("kind").orElseThrow();
        assertThat(kind.datatype()).isEqualTo(AttributeDatatype.SINGLE_VALUE_LIST);
        assertThat(kind.required()).isFalse();
        assertThat(kind.values()).containsExactly(new ServiceAttribute.Value("problem", "Probleem"),
                new ServiceAttribute.Value("idea", "Idee"), new ServiceAttribute.Value("quality_assessment", "Kwaliteitsscore (CROW)"));
        assertThat(definition.attribute("quality_level").orElseThrow().values()).extracting(ServiceAttribute.Value::key)
                .containsExactly("A+", "A", "B", "C", "D");
        assertThat(FORMAT.readServiceDefinitionXml(FORMAT.serviceDefinitionXml(definition))).isEqualTo(definition);
        assertThat(FORMAT.readServiceDefinitionJson(FORMAT.serviceDefinitionJson(definition))).isEqualTo(definition);
    }

    @Test
    void anUnknownOrMissingServiceCodeHasNoDefinition() {
        assertThatThrownBy(() -> MAPPING.serviceDefinition("kernafval")).isInstanceOfSatisfying(Open311Exception.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(404);
            assertThat(e.reasons()).containsExactly(Open311Text.ERROR_NOT_FOUND);
        });
        assertThatThrownBy(() -> MAPPING.serviceDefinition(" ")).isInstanceOfSatisfying(Open311Exception.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.errors()).containsExactly(Open311Error.of(400, "service_code ontbreekt"));
        });
    }

    @Test
    void aDefinitionRefusesAListWithoutValuesAndDuplicateCodes() {
        assertThatThrownBy(() -> new ServiceAttribute(true, "x", AttributeDatatype.SINGLE_VALUE_LIST, false, null, 1, "?", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values");
        assertThatThrownBy(() -> new ServiceAttribute(true, "x", AttributeDatatype.STRING, false, null, 0, "?", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order");
        ServiceAttribute text = new ServiceAttribute(true, "x", AttributeDatatype.TEXT, false, null, 1, "?", null);
        assertThatThrownBy(() -> new ServiceDefinition("s", List.of(text, text))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unique");
        assertThatThrownBy(() -> FORMAT.readServiceDefinitionJson("{\"service_code\":\"s\",\"attributes\":[{\"code\":\"x\","
                + "\"datatype\":\"colour\",\"order\":1}]}")).isInstanceOfSatisfying(Open311Exception.class,
                e -> assertThat(e.reasons()).containsExactly(Open311Text.ERROR_FIELD));
    }

    @Test
    void withoutAttributesAPostIsAProblem() {
        assertThat(MAPPING.fromPost(form(), null).command().kind()).isEqualTo(ReportKind.PROBLEM);
        assertThat(MAPPING.fromPost(form("attribute[kind]", "problem"), null).command().kind()).isEqualTo(ReportKind.PROBLEM);
    }

    @Test
    void anIdeaTravelsOverOpen311AndIsFiledAsAnIdea() {
        FileReport command = MAPPING.fromPost(form("attribute[kind]", "idea"), Open311MappingTest.ANNA).command();
        assertThat(command.kind()).isEqualTo(ReportKind.IDEA);
        Spec<ReportCommand, ReportEvent, Report> spec = Spec.of(BuurtschouwWorkflow.REPORTS);
        spec.given(Open311MappingTest.REPORTER, command);
        assertThat(spec.state().kind()).isEqualTo(ReportKind.IDEA);
    }

    @Test
    void aQualityScoreTravelsWithItsLevelAndIsNoReport() {
        Open311Mapping.Posted posted = MAPPING.fromPost(form("attribute[kind]", "quality_assessment", "attribute[quality_level]", "C",
                "description", "Gras te hoog"), Open311MappingTest.ANNA);
        // A score is recorded on a campaign, never filed as a report with a deadline and a survey.
        assertThat(posted.isScore()).isTrue();
        assertThat(posted.command()).isNull();
        assertThat(posted.score()).isEqualTo(new Open311Mapping.PostedScore(CategoryCode.of("afval", "container-is-vol"),
                QualityLevel.C, "Gras te hoog", GeoPoint.of(52.3626, 4.9378)));
        NeighbourhoodCode west = NeighbourhoodCode.parse("BU03633101");
        assertThat(posted.score().toCommand(west)).isEqualTo(new CampaignCommand.RecordAssessment(west, null,
                CategoryCode.of("afval", "container-is-vol"), QualityLevel.C, "Gras te hoog", GeoPoint.of(52.3626, 4.9378)));
        assertThat(MAPPING.fromPost(form(), null).isScore()).isFalse();
    }

    @Test
    void aQualityScoreNeedsItsLevel() {
        Open311Exception e = refused(form("attribute[kind]", "quality_assessment"));
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.errors()).containsExactly(Open311Error.of(400, "attribute[quality_level] is verplicht"));
        assertThat(e.reasons()).containsExactly(Open311Text.ERROR_ATTRIBUTE_REQUIRED);
    }

    @Test
    void aLevelOnlyGoesWithAQualityScore() {
        assertThat(refused(form("attribute[quality_level]", "B")).reasons()).containsExactly(Open311Text.ERROR_ATTRIBUTE_VALUE);
    }

    @Test
    void aValueThatIsNotAKeyIsRefused() {
        assertThat(refused(form("attribute[kind]", "complaint")).errors())
                .containsExactly(Open311Error.of(400, "attribute[kind] moet één sleutel uit de waarden van de servicedefinitie zijn"));
        assertThat(refused(form("attribute[kind]", "quality_assessment", "attribute[quality_level]", "E")).reasons())
                .containsExactly(Open311Text.ERROR_ATTRIBUTE_VALUE);
    }

    @Test
    void aSingleValueListTakesOneValue() {
        Map<String, List<String>> form = form();
        form.put("attribute[kind][]", List.of("idea", "problem"));
        assertThat(refused(form).reasons()).containsExactly(Open311Text.ERROR_ATTRIBUTE_VALUE);
    }

    @Test
    void anAttributeTheDefinitionDoesNotHaveIsRefused() {
        assertThat(refused(form("attribute[colour]", "red")).reasons()).containsExactly(Open311Text.ERROR_ATTRIBUTE_UNKNOWN);
    }
}
