package nl.participatie.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.participatie.core.AuditTrail;
import nl.participatie.core.EventFormat;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;

/**
 * The event of the store tests, a note, and an {@link EventFormat} for it that needs no module registration, so the
 * store tests depend on nothing but the store. The facade tests use the library's own format.
 */
public final class NoteFormat implements EventFormat {

    /** A note: the only event of the store tests. */
    public record Note(String text, long number) {
    }

    public static final String TYPE_ID = "storetest.note.v1";
    public static final NoteFormat INSTANCE = new NoteFormat();
    public static final AuditTrail TRAIL = new AuditTrail(INSTANCE);

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Override
    public String typeId(Object event) {
        if (!(event instanceof Note)) {
            throw new IllegalArgumentException(event.getClass().getName() + " has no type id");
        }
        return TYPE_ID;
    }

    @Override
    public String toJson(Object event) {
        Note note = (Note) event;
        Map<String, Object> fields = new TreeMap<>();
        fields.put("@type", typeId(event));
        fields.put("text", note.text());
        fields.put("number", note.number());
        return write(fields);
    }

    @Override
    public Object fromJson(String typeId, String json) {
        if (!TYPE_ID.equals(typeId)) {
            throw new IllegalArgumentException("Unknown type id '" + typeId + "'");
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            return new Note(node.get("text").asText(), node.get("number").asLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] canonicalBytes(RecordedEvent<?> r) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("actor", r.actor().person().value() + "/" + r.actor().role().code());
        fields.put("event", toJson(r.event()));
        fields.put("previousHash", r.previousHash());
        fields.put("recordedAt", r.recordedAt().toString());
        fields.put("sequence", r.sequence());
        fields.put("step", r.step());
        fields.put("stream", r.stream().toString());
        return write(fields).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records notes with the given texts after {@code previous} (null for a new stream), hash-chained. */
    public static List<RecordedEvent<?>> batch(StreamId stream, RecordedEvent<?> previous, Instant at, Actor actor,
                                               String... texts) {
        List<RecordedEvent<?>> out = new ArrayList<>();
        RecordedEvent<?> last = previous;
        for (String text : texts) {
            long number = last == null ? 1 : last.sequence() + 1;
            last = TRAIL.record(stream, last, at, actor, "NOTING", new Note(text, number));
            out.add(last);
        }
        return out;
    }
}
