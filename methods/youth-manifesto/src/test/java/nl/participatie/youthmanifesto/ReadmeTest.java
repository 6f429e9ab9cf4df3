package nl.participatie.youthmanifesto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.participatie.core.Code;
import nl.participatie.core.Outcome;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.store.InMemoryPersonalDataStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.ReadmeSections;
import nl.participatie.testkit.MethodContract;
import nl.participatie.testkit.MutableClock;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.EnrolParticipant;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.StartGroup;
import nl.participatie.youthmanifesto.json.YouthManifestoJacksonModule;

/**
 * The module README shows the workflow, the rejection codes with their texts and the JSON type ids as generated now,
 * names every command, notification and health issue, and its "Use it" example is this test's code, which runs. Each
 * generated part sits between markers ({@code <!-- name:begin -->} and {@code <!-- name:end -->}); when one is out of
 * date the current README is written to {@code target/README.md}: review and copy it.
 */
class ReadmeTest {

    private static final Path README = Path.of("README.md");
    private static final String PREFIX = "youthmanifesto.";

    @Test
    void theUseItExampleRuns() {
        MutableClock clock = new MutableClock(Story.T0);
        // use-it:begin
        YouthManifesto ym = YouthManifesto.builder()
                .store(new InMemoryEventStore())                 // or new JdbcEventStore(dataSource)
                .personalData(new InMemoryPersonalDataStore())   // or new JdbcPersonalDataStore(dataSource)
                .clock(clock)
                .build();
        Actor sam = Actor.of("p-sam", YouthManifestoWorkflow.FACILITATOR);
        PersonId amira = PersonId.of("p-amira");
        // Personal data goes to the register, never into an event: name, date of birth, permissions and consents.
        ym.participants().put(ParticipantRecord.of(amira, "Amira", LocalDate.of(2011, 3, 14))
                .withPermissionToTakePart(LocalDate.of(2026, 2, 20)).withGuardianConsent(LocalDate.of(2026, 2, 20)));

        StreamId group = ym.groups().newStream();
        ym.groups().handle(group, sam, new StartGroup("Youth Manifesto Overvecht", MunicipalityCode.parse("GM0344"),
                ProcessingBasis.CONSENT, null)).orElseThrow();
        Outcome<ManifestoGroupEvent, ManifestoGroup> enrolled = ym.groups().handle(group, sam,
                new EnrolParticipant(amira, RecruitmentChannel.YOUTH_WORK, null));
        // ... eleven more, then AdvanceStep(2), RaiseTopic, CastBallot, CountBallots, DraftTopic, AddAction, VoteOnDraft,
        // HandOver, RecordCouncilResponse, SettleCommitment, ConcludeAction and CloseGroup: see the Workflow below.

        String manifesto = ym.manifesto(group).toMarkdown(Locale.forLanguageTag("nl"));
        String tracker = ym.promiseTracker(group).toMarkdown(Locale.ENGLISH);
        HealthReport health = ym.healthCheck(group);
        // use-it:end
        assertThat(enrolled.isAccepted()).isTrue();
        assertThat(manifesto).startsWith("# Jongerenmanifest: Youth Manifesto Overvecht");
        assertThat(tracker).startsWith("# Promise tracker: Youth Manifesto Overvecht");
        assertThat(health.composition().participants()).isEqualTo(1);
    }

    @Test
    void theUseItSectionShowsThatCodeWordForWord() throws IOException {
        String source = Files.readString(Path.of("src/test/java/nl/participatie/youthmanifesto/ReadmeTest.java"));
        String code = source.substring(source.indexOf("// use-it:begin\n") + "// use-it:begin\n".length(), source.indexOf("        // use-it:end"));
        String dedented = code.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip()).reduce("", (a, b) -> a + b + "\n");
        assertThat(Files.readString(README)).contains("```java\n" + dedented + "```\n");
    }

    static String generatedSection() {
        return "```mermaid\n" + YouthManifestoWorkflow.GROUPS.workflow().toMermaid() + "```\n\n"
                + YouthManifestoWorkflow.GROUPS.workflow().toMarkdownTable();
    }

    /** The codes with their Dutch and English texts from the catalogue, by code; the arguments stay as {@code {0}}. */
    static String codeTable(Code... codes) {
        return ReadmeSections.codeTable(PREFIX, codes);
    }

    /** Every type id of the module's Jackson module: commands, then events, then the council's instruments. */
    static String typeIdTable() {
        return ReadmeSections.typeIdTable(new YouthManifestoJacksonModule(), new ReadmeSections.Family("command", ManifestoGroupCommand.class),
                new ReadmeSections.Family("event", ManifestoGroupEvent.class), new ReadmeSections.Family("instrument", CouncilInstrument.class));
    }

    private static Map<Class<?>, String> typeIds() {
        return new YouthManifestoJacksonModule().typeIds();
    }


    @Test
    void theWorkflowDiagramIsCurrent() throws IOException {
        assertCurrent("workflow", generatedSection());
        assertThat(Files.readString(README)).contains("```mermaid\nstateDiagram-v2\n    [*] --> NEW\n");
    }

    @Test
    void theRejectionCodesAndTheirTextsAreCurrent() throws IOException {
        assertCurrent("rejections", codeTable(ManifestoGroupRejection.values()));
        assertCurrent("value-rejections", codeTable(ValueRejection.values()));
    }

    @Test
    void theTypeIdsAreCurrent() throws IOException {
        assertCurrent("type-ids", typeIdTable());
    }

    @Test
    void theJsonSectionListsExactlyTheModulesTypeIds() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("## JSON type ids");
        int end = readme.indexOf("\n## ", start + 1);
        assertThat(start).as("README has the section ## JSON type ids").isNotNegative();
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("`(" + Pattern.quote(PREFIX) + "[a-z0-9.-]+\\.v\\d+)`").matcher(section);
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertThat(listed).isEqualTo(new TreeSet<>(typeIds().values()));
        assertThat(typeIds().keySet()).as("a type id for every command, event and instrument")
                .containsAll(MethodContract.concreteSubtypes(ManifestoGroupCommand.class))
                .containsAll(MethodContract.concreteSubtypes(ManifestoGroupEvent.class))
                .containsAll(MethodContract.concreteSubtypes(CouncilInstrument.class));
    }

    @Test
    void everyCommandNotificationHealthIssueAndCodeIsDocumented() throws IOException {
        String readme = ReadmeSections.outside(Files.readString(README), "workflow");
        for (Class<?> command : MethodContract.concreteSubtypes(ManifestoGroupCommand.class)) {
            assertThat(readme).as("command %s", command.getSimpleName()).containsPattern("\\b" + command.getSimpleName() + "\\b");
        }
        for (ManifestoGroupNotice notice : ManifestoGroupNotice.values()) {
            assertThat(readme).as("notification %s", notice.code()).contains("`" + notice.code() + "`");
        }
        for (HealthIssue issue : HealthIssue.values()) {
            assertThat(readme).as("health issue").contains("`" + issue.code() + "`");
        }
        for (Code code : codes()) {
            assertThat(readme).as("rejection code %s", code.code()).contains("`" + code.code().substring(PREFIX.length()) + "`");
        }
    }

    private static void assertCurrent(String name, String generated) {
        assertThat(generated).as("generated part %s", name).isEqualTo(parts().get(name));
        ReadmeSections.assertCurrent(README, name, parts());
    }

    /** Every generated part of the README, as it is generated now. */
    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("workflow", generatedSection());
        parts.put("rejections", codeTable(ManifestoGroupRejection.values()));
        parts.put("value-rejections", codeTable(ValueRejection.values()));
        parts.put("type-ids", typeIdTable());
        return parts;
    }

    private static List<Code> codes() {
        List<Code> all = new ArrayList<>(List.of(ManifestoGroupRejection.values()));
        all.addAll(List.of(ValueRejection.values()));
        return all;
    }
}
