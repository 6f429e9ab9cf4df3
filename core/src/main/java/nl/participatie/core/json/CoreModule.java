package nl.participatie.core.json;

import nl.participatie.core.API;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
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
        addDeserializer(StoredEvent.class, new StoredEventDeserializer());
        addSerializer(Erasable.class, new ErasableJson.Serializer());
        addDeserializer(Erasable.class, new ErasableJson.Deserializer());
    }

    /**
     * The context attribute under which {@link ParticipatieJson} reads events already stored: those are read as they
     * were written, even a number outside the {@link Decimals} limits that an older version let through, so that the
     * history can still be replayed (the methods' reports treat such a number as out of range).
     */
    static final String STORED_EVENT = "nl.participatie.stored-event";

    /**
     * The context attribute with the hash of a record read from its canonical bytes, which hold everything but the
     * hash: the record deserialiser takes the hash from here and refuses a body that names one.
     */
    static final String GIVEN_HASH = "nl.participatie.given-hash";

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
            gen.writeStringField("recordedAt", IsoInstant.format(r.recordedAt()));
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
            // Attributes of this call only: the stream names the second key of every erasable value sealed here
            // (retention destroys it), and the fields of one event share their two keys, looked up once per event.
            // Both are read only when sealing, that is with keys: a format without keys sets neither, which saves a
            // per-call attribute map for every record it hashes.
            if (provider.getAttribute(ErasableJson.KEYS) instanceof nl.participatie.core.trust.ErasureKeys keys) {
                provider.setAttribute(ErasableJson.STREAM, u.record().stream());
                if (!(keys instanceof ErasableJson.OneEventKeys)) {
                    provider.setAttribute(ErasableJson.KEYS, new ErasableJson.OneEventKeys(keys));
                }
            }
            delegate.serialize(u.record(), gen, provider);
        }
    }

    /**
     * A recorded event read field by field as the parser streams, without a tree: the event itself streams into its
     * type ({@link ParticipatieJson#readTyped(JsonParser, DeserializationContext, String, boolean)}); only an event
     * whose type id needs an upcast is read through a tree. Every field is required and may appear once; fields it
     * does not know are skipped, as before.
     */
    @SuppressWarnings("rawtypes")
    private static final class RecordedEventDeserializer extends JsonDeserializer<RecordedEvent> implements ContextualDeserializer {
        /** The fields, in the order a missing one is reported. */
        private static final String[] FIELDS = {"actor", "event", "hash", "previousHash", "recordedAt", "sequence", "step", "stream"};
        private static final int ACTOR = 0;
        private static final int EVENT = 1;
        private static final int HASH = 2;
        private static final int PREVIOUS_HASH = 3;
        private static final int RECORDED_AT = 4;
        private static final int SEQUENCE = 5;
        private static final int STEP = 6;
        private static final int STREAM = 7;
        /** Not required: a record names a cause only when it has one. */
        private static final int CAUSE = 8;

        private final JsonDeserializer<Object> actors;
        private final JsonDeserializer<Object> instants;

        RecordedEventDeserializer() {
            this(null, null);
        }

        private RecordedEventDeserializer(JsonDeserializer<Object> actors, JsonDeserializer<Object> instants) {
            this.actors = actors;
            this.instants = instants;
        }

        /** The deserialisers of the actor and the time, looked up once per mapper and use, not once per event. */
        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
            return new RecordedEventDeserializer(ctxt.findRootValueDeserializer(ctxt.constructType(Actor.class)),
                    ctxt.findRootValueDeserializer(ctxt.constructType(Instant.class)));
        }

        @Override
        public RecordedEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                return (RecordedEvent) ctxt.handleUnexpectedToken(RecordedEvent.class, p);
            }
            Object[] values = new Object[FIELDS.length + 1];
            int seen = 0;
            java.util.Set<String> others = null;
            JsonToken t = p.nextToken();
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken token = p.nextToken();
                int field = field(name);
                if (field < 0) {
                    // Unknown fields are skipped, but a document may name each field once.
                    if (others == null) {
                        others = new java.util.HashSet<>();
                    }
                    if (!others.add(name)) {
                        return duplicate(ctxt, name);
                    }
                    p.skipChildren();
                    continue;
                }
                if ((seen & (1 << field)) != 0) {
                    return duplicate(ctxt, name);
                }
                seen |= 1 << field;
                if (token == JsonToken.VALUE_NULL) {
                    continue;
                }
                values[field] = switch (field) {
                    case ACTOR -> actors.deserialize(p, ctxt);
                    case EVENT -> {
                        if (token != JsonToken.START_OBJECT) {
                            yield ctxt.reportInputMismatch(RecordedEvent.class, "Property 'event' must be an object");
                        }
                        yield ParticipatieJson.readTyped(p, ctxt, null, true);
                    }
                    case RECORDED_AT -> instants.deserialize(p, ctxt);
                    case SEQUENCE -> wholeNumber(p, ctxt, name);
                    // Rare (a reaction's record): read through a small tree.
                    case CAUSE -> cause(ctxt, ctxt.readTree(p));
                    default -> text(p, ctxt, name);
                };
            }
            if (t != JsonToken.END_OBJECT) {
                return (RecordedEvent) ctxt.handleUnexpectedToken(RecordedEvent.class, p);
            }
            if (ctxt.getAttribute(GIVEN_HASH) instanceof String given) {
                if ((seen & (1 << HASH)) != 0) {
                    return (RecordedEvent) ctxt.reportInputMismatch(RecordedEvent.class,
                            "The canonical form of a record holds no 'hash'");
                }
                values[HASH] = given;
            }
            for (int i = 0; i < FIELDS.length; i++) {
                if (values[i] == null) {
                    return (RecordedEvent) ctxt.reportInputMismatch(RecordedEvent.class,
                            "Recorded event lacks required property '%s'", FIELDS[i]);
                }
            }
            return new RecordedEvent<>(
                    StreamId.parse((String) values[STREAM]),
                    (Long) values[SEQUENCE],
                    (Instant) values[RECORDED_AT],
                    (Actor) values[ACTOR],
                    (String) values[STEP],
                    values[EVENT],
                    (String) values[PREVIOUS_HASH],
                    (String) values[HASH],
                    (RecordReference) values[CAUSE]);
        }

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

        private static int field(String name) {
            return switch (name) {
                case "actor" -> ACTOR;
                case "event" -> EVENT;
                case "hash" -> HASH;
                case "previousHash" -> PREVIOUS_HASH;
                case "recordedAt" -> RECORDED_AT;
                case "sequence" -> SEQUENCE;
                case "step" -> STEP;
                case "stream" -> STREAM;
                case "cause" -> CAUSE;
                default -> -1;
            };
        }

        /** Read as they are written: a number or an object where a text belongs is bad input, not a text to guess. */
        private static String text(JsonParser p, DeserializationContext ctxt, String name) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                ctxt.reportInputMismatch(RecordedEvent.class, "Property '%s' must be a text", name);
            }
            return p.getText();
        }

        /** The sequence is a whole number that fits a long: no text, no fraction. */
        private static long wholeNumber(JsonParser p, DeserializationContext ctxt, String name) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                ctxt.reportInputMismatch(RecordedEvent.class, "Property '%s' must be a whole number", name);
            }
            return p.getLongValue();
        }

        private static RecordedEvent duplicate(DeserializationContext ctxt, String name) throws IOException {
            return (RecordedEvent) ctxt.reportInputMismatch(RecordedEvent.class, "Duplicate field '%s' in a recorded event", name);
        }
    }

    /**
     * The context attribute with the type id a store keeps beside an event's JSON (its type column): read by
     * {@link StoredEvent}'s deserialiser, and it wins over the type id in the JSON, as it always has.
     */
    static final String STORED_TYPE_ID = "nl.participatie.stored-type-id";

    /** An event as a store keeps it, its type id given apart ({@link #STORED_TYPE_ID}): how {@code fromJson} reads it. */
    record StoredEvent(Object event) {
    }

    private static final class StoredEventDeserializer extends JsonDeserializer<StoredEvent> {
        @Override
        public StoredEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                return (StoredEvent) ctxt.handleUnexpectedToken(ObjectNode.class, p);
            }
            return new StoredEvent(ParticipatieJson.readTyped(p, ctxt, (String) ctxt.getAttribute(STORED_TYPE_ID), true));
        }
    }
}
