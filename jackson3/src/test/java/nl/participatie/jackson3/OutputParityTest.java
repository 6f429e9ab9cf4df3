package nl.participatie.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.participatie.budgetmonitoring.SocialDomain;
import nl.participatie.budgetmonitoring.SocialDomains;
import nl.participatie.budgetmonitoring.TaakveldCode;
import nl.participatie.burgersaanhetstuur.InitiativeRules;
import nl.participatie.core.Notification;
import nl.participatie.core.Outcome;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Recipient;
import nl.participatie.core.Violation;
import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.sample.PetitionEvent;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * Values beyond the golden files — outcomes, rules with durations, maps — are written alike by Jackson 2, by
 * {@link ParticipatieJson3#defaults()} and by an application's mapper with only the module.
 */
class OutputParityTest {

    private final ParticipatieJson jackson2 = ParticipatieJson.defaults();
    private final JsonMapper jackson3 = ParticipatieJson3.defaults();
    private final JsonMapper application = JsonMapper.builder().addModule(new ParticipatieJacksonModule()).build();

    private void writtenAlike(Object value) {
        String expected = jackson2.write(value);
        assertThat(jackson3.writeValueAsString(value)).isEqualTo(expected);
        assertThat(application.writeValueAsString(value)).isEqualTo(expected);
    }

    @Test
    void outcomesAreWrittenAlike() {
        StreamId stream = StreamId.of("sample.petition", "p-1");
        Violation violation = new Violation("sample.title-missing", "$.title", LocalizedText.of("titel ontbreekt", "title missing"));
        Outcome.Rejected<PetitionEvent, String> rejected = new Outcome.Rejected<>(stream, List.of(violation));
        RecordedEvent<PetitionEvent> event = new RecordedEvent<>(stream, 1, Instant.parse("2026-03-01T10:15:30.123456Z"),
                Actor.of("anna", Role.of("RESIDENT")), "DRAFT", new PetitionEvent.Drafted("Bankjes"), "0".repeat(64), "1".repeat(64));
        Outcome.Accepted<PetitionEvent, String> accepted = new Outcome.Accepted<>(stream, List.of(event), "a state",
                List.of(new Notification(new Recipient.Person(PersonId.of("anna")), "sample.drafted", LocalizedText.of("klaar", "done"))));

        writtenAlike(rejected);
        writtenAlike(accepted);
        assertThat(jackson2.write(accepted)).doesNotContain("accepted\"");
        assertThat(ParticipatieJson3.read(jackson3, jackson2.write(rejected), Outcome.Rejected.class)).isEqualTo(rejected);
    }

    @Test
    void aRecordThatNamesItsCauseIsWrittenAndReadAlike() {
        StreamId stream = StreamId.of("sample.petition", "p-2");
        RecordedEvent<PetitionEvent> caused = new RecordedEvent<>(stream, 1, Instant.parse("2026-03-01T10:15:30.123456Z"),
                Actor.SYSTEM, "DRAFT", new PetitionEvent.Drafted("Bankjes"), "0".repeat(64), "1".repeat(64),
                new nl.participatie.core.link.RecordReference(StreamId.of("sample.petition", "p-1"), 3, "2".repeat(64)));

        writtenAlike(caused);
        assertThat(jackson2.write(caused)).contains("\"cause\":{\"hash\":\"" + "2".repeat(64) + "\",\"sequence\":3");
        assertThat(ParticipatieJson3.read(jackson3, jackson2.write(caused), RecordedEvent.class)).isEqualTo(caused);
    }

    @Test
    void rulesWithDurationsAndMapsAreWrittenAlike() {
        writtenAlike(InitiativeRules.defaults());
        assertThat(jackson2.write(InitiativeRules.defaults())).contains("\"blockedFollowUp\":1209600.000000000");
        // A duration of the application's own is left to its mapper; the library's mapper writes it as Jackson 2 does.
        assertThat(jackson3.writeValueAsString(Duration.ofHours(36))).isEqualTo(jackson2.write(Duration.ofHours(36)));
        assertThat(application.writeValueAsString(Duration.ofHours(36))).isEqualTo("\"PT36H\"");
    }

    @Test
    void aMapInALibraryRecordIsWrittenSortedByKeyOnAnApplicationsMapperToo() {
        Map<TaakveldCode, SocialDomain> unsorted = new LinkedHashMap<>();
        unsorted.put(TaakveldCode.of("6.3"), SocialDomain.of("poverty"));
        unsorted.put(TaakveldCode.of("1.0"), SocialDomain.of("safety"));
        unsorted.put(TaakveldCode.of("4.2"), SocialDomain.of("youth"));
        SocialDomains domains = SocialDomains.of(unsorted);

        writtenAlike(domains);
        String written = application.writeValueAsString(domains);
        assertThat(written.indexOf("1.0")).isLessThan(written.indexOf("4.2")).isLessThan(written.indexOf("6.3"));
        assertThat(application.writeValueAsString(Map.of("b", 1, "a", 2)).indexOf("\"b\""))
                .as("the application's own maps keep its mapper's order").isGreaterThanOrEqualTo(0);
    }

    /** A record with a number, as a method's command has. */
    record Measured(BigDecimal value) {
    }

    @Test
    void onAnApplicationsMapperTheModuleStillRefusesAMissingPrimitiveAndANumberOutOfRange() {
        assertThat(catchCode(() -> application.readValue("{\"@type\":\"sample.decided.v1\",\"reason\":\"r\"}", PetitionEvent.class)))
                .isEqualTo("json.wrong-type");
        assertThat(catchCode(() -> application.readValue("{\"value\":1e400}", Measured.class))).isEqualTo("number.out-of-range");
    }

    private static String catchCode(Runnable read) {
        try {
            read.run();
        } catch (RuntimeException e) {
            JsonReadException error = ParticipatieJson3.toReadException(e);
            return error.code();
        }
        throw new AssertionError("read without an error");
    }
}
