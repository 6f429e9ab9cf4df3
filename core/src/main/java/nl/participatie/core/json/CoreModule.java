package nl.participatie.core.json;

import nl.participatie.core.API;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.link.RecordReference;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Decimals;
import nl.participatie.core.value.DistrictCode;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * The Jackson module of {@code participatie-core}: the shared value types as compact JSON (a postcode as
 * {@code "1234 AB"}, a stream id as {@code "type/id"}, money as {@code "12.50"}) and recorded events with their
 * audit fields. Registered through {@code META-INF/services}, so {@code findAndRegisterModules()} finds it.
 */
@API(status = API.Status.STABLE)
public final class CoreModule extends TypedJacksonModule {

    private static final long serialVersionUID = 1L;

    /** The module; found by {@link java.util.ServiceLoader}. */
    public CoreModule() {
        super("participatie-core");
        stringValue(PersonId.class, PersonId::value, PersonId::of);
        stringValue(Role.class, Role::code, Role::of);
        stringValue(StreamId.class, StreamId::toString, StreamId::parse);
        // Value types of nl.participatie.core.value: one line each (string form, validating factory).
        // -- value types: begin
        stringValue(Money.class, Money::toString, Money::parse);
        stringValue(MunicipalityCode.class, MunicipalityCode::value, MunicipalityCode::parse);
        stringValue(DistrictCode.class, DistrictCode::value, DistrictCode::parse);
        stringValue(NeighbourhoodCode.class, NeighbourhoodCode::value, NeighbourhoodCode::parse);
        stringValue(Postcode.class, Postcode::toString, Postcode::parse);
        // -- value types: end
        // Every BigDecimal within the library's limits: 1e2147483647 is refused here, before any arithmetic sees it.
        addDeserializer(BigDecimal.class, new LimitedBigDecimalDeserializer());
        addSerializer(RecordedEvent.class, new RecordedEventSerializer(false));
        addSerializer(Unhashed.class, new UnhashedSerializer());
        addDeserializer(RecordedEvent.class, new RecordedEventDeserializer());
        addSerializer(Erasable.class, new ErasableJson.Serializer());
        addDeserializer(Erasable.class, new ErasableJson.Deserializer());
    }

    /**
     * The context attribute under which {@link ParticipatieJson} reads events already stored: those are read as they
     * were written, even a number outside the {@link Decimals} limits that an older version let through, so that the
     * history can still be replayed (the methods' reports treat such a number as out of range).
     */
    static final String STORED_EVENT = "nl.participatie.stored-event";

    /** Jackson's own BigDecimal reading, then the library's limits on the result. */
    private static final class LimitedBigDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = super.deserialize(p, ctxt);
            if (value != null && !Decimals.isWithinLimits(value) && ctxt.getAttribute(STORED_EVENT) == null) {
                String name = p.currentName() != null ? p.currentName() : "number";
                Decimals.requireWithinLimits(value, name);
            }
            return value;
        }
    }

    /** A recorded event without its hash: what the hash is computed over. */
    record Unhashed(RecordedEvent<?> record) {
    }

    @SuppressWarnings("rawtypes")
    private static final class RecordedEventSerializer extends StdSerializer<RecordedEvent> {
        private static final long serialVersionUID = 1L;
        private final boolean withoutHash;

        RecordedEventSerializer(boolean withoutHash) {
            super(RecordedEvent.class);
            this.withoutHash = withoutHash;
        }

        @Override
        public void serialize(RecordedEvent r, JsonGenerator gen, SerializerProvider provider) throws IOException {
            // Alphabetical order, so the normal form is also the canonical one.
            gen.writeStartObject();
            // Written by hand, not through bean serializers: this runs for every event the engine records.
            gen.writeFieldName("actor");
            gen.writeStartObject();
            gen.writeStringField("person", r.actor().person().value());
            gen.writeStringField("role", r.actor().role().code());
            gen.writeEndObject();
            if (r.cause() != null) {
                // Only when present: a record without a cause keeps exactly the bytes (and hash) it always had.
                gen.writeFieldName("cause");
                gen.writeStartObject();
                gen.writeStringField("hash", r.cause().hash());
                gen.writeNumberField("sequence", r.cause().sequence());
                gen.writeStringField("stream", r.cause().stream().toString());
                gen.writeEndObject();
            }
            gen.writeFieldName("event");
            provider.findTypedValueSerializer(r.event().getClass(), true, null).serialize(r.event(), gen, provider);
            if (!withoutHash) {
                gen.writeStringField("hash", r.hash());
            }
            gen.writeStringField("previousHash", r.previousHash());
            // ISO-8601 in UTC, as the JSR-310 module writes an Instant.
            gen.writeStringField("recordedAt", r.recordedAt().toString());
            gen.writeNumberField("sequence", r.sequence());
            gen.writeStringField("step", r.step());
            gen.writeStringField("stream", r.stream().toString());
            gen.writeEndObject();
        }
    }

    private static final class UnhashedSerializer extends StdSerializer<Unhashed> {
        private static final long serialVersionUID = 1L;
        private final RecordedEventSerializer delegate = new RecordedEventSerializer(true);

        UnhashedSerializer() {
            super(Unhashed.class);
        }

        @Override
        public void serialize(Unhashed u, JsonGenerator gen, SerializerProvider provider) throws IOException {
            delegate.serialize(u.record(), gen, provider);
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class RecordedEventDeserializer extends JsonDeserializer<RecordedEvent> {
        private static RecordReference cause(DeserializationContext ctxt, JsonNode node) throws IOException {
            if (node == null || node.isNull()) {
                return null;
            }
            for (String field : new String[] {"hash", "sequence", "stream"}) {
                if (!node.hasNonNull(field)) {
                    return (RecordReference) ctxt.reportInputMismatch(RecordedEvent.class,
                            "The cause of a recorded event lacks required property '%s'", field);
                }
            }
            // As strict as the record's own fields: texts are texts, the sequence a whole number.
            if (!node.get("hash").isTextual() || !node.get("stream").isTextual() || !node.get("sequence").isIntegralNumber()
                    || !node.get("sequence").canConvertToLong()) {
                return (RecordReference) ctxt.reportInputMismatch(RecordedEvent.class,
                        "The cause of a recorded event needs a text hash and stream and a whole-number sequence");
            }
            return new RecordReference(StreamId.parse(node.get("stream").asText()), node.get("sequence").asLong(),
                    node.get("hash").asText());
        }

        @Override
        public RecordedEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            if (!node.isObject()) {
                return (RecordedEvent) ctxt.handleUnexpectedToken(RecordedEvent.class, p);
            }
            String[] required = {"actor", "event", "hash", "previousHash", "recordedAt", "sequence", "step", "stream"};
            for (String field : required) {
                if (!node.hasNonNull(field)) {
                    return (RecordedEvent) ctxt.reportInputMismatch(RecordedEvent.class,
                            "Recorded event lacks required property '%s'", field);
                }
            }
            JsonNode eventNode = node.get("event");
            if (!eventNode.isObject()) {
                return (RecordedEvent) ctxt.reportInputMismatch(RecordedEvent.class, "Property 'event' must be an object");
            }
            for (String field : TEXTS) {
                if (!node.get(field).isTextual()) {
                    return (RecordedEvent) ctxt.reportInputMismatch(RecordedEvent.class, "Property '%s' must be a text", field);
                }
            }
            if (!node.get("sequence").isIntegralNumber() || !node.get("sequence").canConvertToLong()) {
                return (RecordedEvent) ctxt.reportInputMismatch(RecordedEvent.class, "Property 'sequence' must be a whole number");
            }
            Object event = ParticipatieJson.readTyped(ctxt, (ObjectNode) eventNode, true);
            return new RecordedEvent<>(
                    StreamId.parse(node.get("stream").asText()),
                    node.get("sequence").asLong(),
                    ctxt.readTreeAsValue(node.get("recordedAt"), Instant.class),
                    ctxt.readTreeAsValue(node.get("actor"), Actor.class),
                    node.get("step").asText(),
                    event,
                    node.get("previousHash").asText(),
                    node.get("hash").asText(),
                    cause(ctxt, node.get("cause")));
        }

        /** Read as they are written: a number or an object there is bad input, not a text to guess. */
        private static final String[] TEXTS = {"hash", "previousHash", "step", "stream"};
    }
}
