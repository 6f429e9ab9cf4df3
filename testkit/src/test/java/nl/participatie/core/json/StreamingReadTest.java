package nl.participatie.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import nl.participatie.core.AuditTrail;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.sample.PetitionEvent;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * Recorded and stored events are read as the parser streams, not through a tree, unless an upcast needs one: these
 * are the cases where the order of the properties or the type id decides the path, and they all read the same event
 * the tree did.
 */
class StreamingReadTest {

    private static final ParticipatieJson JSON = ParticipatieJson.defaults();

    /** One property of an event's JSON, as written. */
    record Member(String name, String json) {
        String text() {
            return "\"" + name + "\":" + json;
        }
    }

    private static String object(List<Member> members) {
        return "{" + String.join(",", members.stream().map(Member::text).toList()) + "}";
    }

    @Provide
    Arbitrary<List<Member>> supportedInAnyOrder() {
        Arbitrary<String> person = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(20);
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 1_000_000);
        return Combinators.combine(person, count).as((p, c) -> List.of(
                        new Member("@type", "\"sample.supported.v1\""),
                        new Member("supporter", "\"" + p + "\""),
                        new Member("count", String.valueOf(c))))
                .flatMap(members -> Arbitraries.shuffle(members));
    }

    @Property(tries = 200)
    void aStoredEventReadsTheSameWhereverItsTypeIdStands(@ForAll("supportedInAnyOrder") List<Member> members) {
        String text = object(members);
        PetitionEvent.Supported expected = new PetitionEvent.Supported(PersonId.of(unquote(members, "supporter")),
                Integer.parseInt(members.stream().filter(m -> m.name().equals("count")).findFirst().orElseThrow().json()));

        assertThat(JSON.fromJson("sample.supported.v1", text)).isEqualTo(expected);
        // The same body inside a recorded event, read as a whole.
        assertThat(JSON.readRecordedEvent(record(text)).event()).isEqualTo(expected);
    }

    @Property(tries = 100)
    void anOldVersionIsUpcastWhereverItsTypeIdStands(@ForAll("draftedV1InAnyOrder") List<Member> members) {
        String text = object(members);

        assertThat(JSON.fromJson("sample.drafted.v1", text)).isEqualTo(new PetitionEvent.Drafted("Oude titel"));
        assertThat(JSON.readRecordedEvent(record(text)).event()).isEqualTo(new PetitionEvent.Drafted("Oude titel"));
    }

    @Provide
    Arbitrary<List<Member>> draftedV1InAnyOrder() {
        return Arbitraries.shuffle(List.of(new Member("@type", "\"sample.drafted.v1\""), new Member("name", "\"Oude titel\"")));
    }

    @Test
    void aStoredEventWithoutATypeIdInItsBodyIsReadByTheGivenOne() {
        assertThat(JSON.fromJson("sample.decided.v1", "{\"granted\":true,\"reason\":\"r\"}"))
                .isEqualTo(new PetitionEvent.Decided(true, "r"));
        assertThat(JSON.fromJson("sample.expired.v1", "{\"at\":\"2026-01-05T09:00:00Z\"}"))
                .isEqualTo(new PetitionEvent.Expired(Instant.parse("2026-01-05T09:00:00Z")));
    }

    @Test
    void theStoresTypeIdWinsOverTheOneInTheBody() {
        // As when the tree's type property was overwritten with the type column: the column is what the store knows.
        assertThat(JSON.fromJson("sample.drafted.v1", "{\"@type\":\"sample.drafted.v2\",\"name\":\"Oude titel\"}"))
                .isEqualTo(new PetitionEvent.Drafted("Oude titel"));
        assertThat(JSON.fromJson("sample.decided.v1", "{\"granted\":true,\"@type\":7,\"reason\":\"r\"}"))
                .isEqualTo(new PetitionEvent.Decided(true, "r"));
    }

    @Test
    void aStoredEventThatIsNoObjectOrHasAnUnknownTypeIsAClearError() {
        assertThatThrownBy(() -> JSON.fromJson("sample.decided.v1", "[true,\"r\"]"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code()).isEqualTo("json.wrong-type"));
        assertThatThrownBy(() -> JSON.fromJson("sample.nope.v1", "{\"granted\":true}"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code()).isEqualTo("json.unknown-type"));
        assertThatThrownBy(() -> JSON.fromJson("sample.decided.v1", "{\"granted\":true,\"reason\":\"r\",\"admin\":1}"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code()).isEqualTo("json.unknown-property"));
        assertThatThrownBy(() -> JSON.fromJson("sample.decided.v1", "{\"granted\":true,\"reason\":\"r\"} {}"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code()).isEqualTo("json.wrong-type"));
    }

    @Test
    void aRecordedEventNamesEachFieldOnceAndEveryFieldIsRequired() {
        String valid = record("{\"@type\":\"sample.closed.v1\",\"reason\":\"klaar\"}");
        assertThat(JSON.readRecordedEvent(valid).event()).isEqualTo(new PetitionEvent.Closed("klaar"));

        String twiceUnknown = valid.replace("\"hash\":", "\"note\":1,\"note\":2,\"hash\":");
        assertThatThrownBy(() -> JSON.readRecordedEvent(twiceUnknown))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code()).isEqualTo("json.wrong-type"));
        String onceUnknown = valid.replace("\"hash\":", "\"note\":{\"deep\":[1,2]},\"hash\":");
        assertThat(JSON.readRecordedEvent(onceUnknown)).isEqualTo(JSON.readRecordedEvent(valid));
        String withoutHash = valid.replace("\"hash\":\"ab\",", "");
        assertThatThrownBy(() -> JSON.readRecordedEvent(withoutHash))
                .isInstanceOfSatisfying(JsonReadException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.wrong-type");
                    assertThat(e.getMessage()).contains("'hash'");
                });
        String objectAsStep = valid.replace("\"step\":\"DRAFT\"", "\"step\":{\"name\":\"DRAFT\"}");
        assertThatThrownBy(() -> JSON.readRecordedEvent(objectAsStep))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code()).isEqualTo("json.wrong-type"));
    }

    @Test
    void aHistoryWrittenByTheLibraryReadsBackEqual() {
        AuditTrail trail = new AuditTrail(JSON);
        StreamId stream = StreamId.of("sample.petition", "p-9");
        List<RecordedEvent<?>> history = new ArrayList<>();
        RecordedEvent<?> previous = null;
        List<PetitionEvent> events = List.of(new PetitionEvent.Drafted("Bankjes"),
                new PetitionEvent.Opened(Instant.parse("2026-02-01T00:00:00Z")),
                new PetitionEvent.Supported(PersonId.of("p-2"), 1), new PetitionEvent.Decided(false, "Te duur"),
                new PetitionEvent.Closed("klaar"));
        for (PetitionEvent event : events) {
            previous = trail.record(stream, previous, Instant.parse("2026-01-05T09:00:00.123456Z"),
                    Actor.of("p-1", Role.of("RESIDENT")), "DRAFT", event);
            history.add(previous);
        }

        List<RecordedEvent<?>> read = List.of(JSON.read(JSON.write(history), RecordedEvent[].class));

        assertThat(read).isEqualTo(history);
        assertThat(trail.verify(read).valid()).isTrue();
    }

    private static String record(String event) {
        return "{\"actor\":{\"person\":\"anna\",\"role\":\"RESIDENT\"},\"event\":" + event + ",\"hash\":\"ab\","
                + "\"previousHash\":\"cd\",\"recordedAt\":\"2026-01-05T09:00:00Z\",\"sequence\":1,\"step\":\"DRAFT\","
                + "\"stream\":\"sample.petition/p\"}";
    }

    private static String unquote(List<Member> members, String name) {
        String json = members.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().json();
        return json.substring(1, json.length() - 1);
    }
}
