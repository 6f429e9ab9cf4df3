package nl.participatie.jackson3;

import nl.participatie.core.API;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.link.RecordReference;
import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.json.TypeRegistry;
import nl.participatie.core.json.TypedJacksonModule;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Decimals;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.StreamId;

/**
 * The library's JSON for a Jackson 3 {@code JsonMapper} (<i>JSON-koppeling voor Jackson 3</i>): the type ids, value
 * formats, recorded events and erasable values of {@code participatie-core} and of every method module, exactly as
 * their Jackson 2 modules write and read them. It reads the registrations of the Jackson 2 modules (through
 * {@link TypeRegistry}), so a method module declares its type ids once.
 *
 * <p>With the public no-arg constructor it takes the modules on the class path ({@code META-INF/services/
 * com.fasterxml.jackson.databind.Module}); it is itself registered in {@code META-INF/services/
 * tools.jackson.databind.JacksonModule}, so {@code JsonMapper.builder().findAndAddModules()} and Spring Boot 4
 * (which finds and adds modules, and adds every {@code JacksonModule} bean) register it. Its registration id is its
 * class name, so registering it twice keeps one.
 *
 * <p>What a module can do, it does for the library's types only (the application's own classes are left as its mapper
 * reads and writes them): an unknown property of a library type is an error even where the mapper ignores unknown
 * properties, and so is a missing primitive; numbers stay within the library's limits; {@code isX()} helpers of
 * library types are no properties; records are written with their components sorted, maps sorted by key and durations
 * as seconds, as Jackson 2 writes them. The parser's limits (nesting depth, string, number and document length) and the
 * mapper-wide features (no coercion of scalars, trailing tokens) are the mapper's: {@link ParticipatieJson3#builder()}
 * sets them as {@link ParticipatieJson} does.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ParticipatieJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private final transient TypeRegistry registry;

    /** The module with the library modules found on the class path; found by {@link java.util.ServiceLoader}. */
    public ParticipatieJacksonModule() {
        this(TypeRegistry.discovered());
    }

    /**
     * The module with exactly these Jackson 2 modules' registrations (the core module always included): for a process
     * whose module is not registered through {@code META-INF/services}, as {@link ParticipatieJson#of}.
     *
     * @throws IllegalStateException when two modules register one type id for different classes
     */
    public ParticipatieJacksonModule(List<? extends TypedJacksonModule> modules) {
        this(TypeRegistry.of(modules));
    }

    private ParticipatieJacksonModule(TypeRegistry registry) {
        super("participatie-jackson3", Version.unknownVersion(), ParticipatieJacksonModule.class.getName());
        this.registry = registry;
        for (Class<?> family : registry.families()) {
            setMixInAnnotation(family, TypedFamilyMixin.class);
        }
        registry.typeIds().forEach((type, id) -> registerSubtypes(new NamedType(type, id)));
        registry.mixIns().forEach(this::setMixInAnnotation);
        for (TypedJacksonModule.StringValue<?> value : registry.stringValues()) {
            stringValue(value);
        }
        // Every BigDecimal within the library's limits, as core's module: refused before any arithmetic sees it.
        addDeserializer(BigDecimal.class, new LimitedBigDecimalDeserializer());
        addSerializer(RecordedEvent.class, new RecordedEventSerializer());
        addDeserializer(RecordedEvent.class, new RecordedEventDeserializer(registry));
        addSerializer(Erasable.class, new ErasableJson3.Serializer());
        addDeserializer(Erasable.class, new ErasableJson3.Deserializer());
    }

    /** The registrations this module writes and reads. */
    public TypeRegistry registry() {
        return registry;
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        LibraryTypes strict = new LibraryTypes(registry);
        context.addHandler(strict.unknownProperties());
        context.insertAnnotationIntrospector(strict.introspector());
    }

    private <T> void stringValue(TypedJacksonModule.StringValue<T> value) {
        Class<T> type = value.type();
        Function<T, String> write = value.write();
        Function<String, T> read = value.read();
        addSerializer(type, new StdSerializer<T>(type) {
            @Override
            public void serialize(T v, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(write.apply(v));
            }
        });
        addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                return read.apply(p.getString());
            }
        });
    }

    /** Jackson's own BigDecimal reading, then the library's limits on the result. */
    private static final class LimitedBigDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            BigDecimal value = super.deserialize(p, ctxt);
            if (value != null && !Decimals.isWithinLimits(value)) {
                Decimals.requireWithinLimits(value, p.currentName() != null ? p.currentName() : "number");
            }
            return value;
        }
    }

    /** A recorded event as core writes it: audit fields in alphabetical order, the event with its type id. */
    @SuppressWarnings("rawtypes")
    private static final class RecordedEventSerializer extends StdSerializer<RecordedEvent> {
        RecordedEventSerializer() {
            super(RecordedEvent.class);
        }

        @Override
        public void serialize(RecordedEvent r, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeObjectPropertyStart("actor");
            gen.writeStringProperty("person", r.actor().person().value());
            gen.writeStringProperty("role", r.actor().role().code());
            gen.writeEndObject();
            if (r.cause() != null) {
                // As core writes it: only when present, so a record without a cause keeps the bytes it always had.
                gen.writeObjectPropertyStart("cause");
                gen.writeStringProperty("hash", r.cause().hash());
                gen.writeNumberProperty("sequence", r.cause().sequence());
                gen.writeStringProperty("stream", r.cause().stream().toString());
                gen.writeEndObject();
            }
            gen.writeName("event");
            ctxt.findTypedValueSerializer(r.event().getClass(), true).serialize(r.event(), gen, ctxt);
            gen.writeStringProperty("hash", r.hash());
            gen.writeStringProperty("previousHash", r.previousHash());
            gen.writeStringProperty("recordedAt", r.recordedAt().toString());
            gen.writeNumberProperty("sequence", r.sequence());
            gen.writeStringProperty("step", r.step());
            gen.writeStringProperty("stream", r.stream().toString());
            gen.writeEndObject();
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class RecordedEventDeserializer extends ValueDeserializer<RecordedEvent> {
        private static final String[] REQUIRED = {"actor", "event", "hash", "previousHash", "recordedAt", "sequence",
                "step", "stream"};
        private static final String[] TEXTS = {"hash", "previousHash", "step", "stream"};
        private final transient TypeRegistry registry;

        RecordedEventDeserializer(TypeRegistry registry) {
            this.registry = registry;
        }

        @Override
        public RecordedEvent deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonNode node = ctxt.readTree(p);
            if (!node.isObject()) {
                return (RecordedEvent) ctxt.handleUnexpectedToken(RecordedEvent.class, p);
            }
            for (String field : REQUIRED) {
                if (!node.hasNonNull(field)) {
                    return (RecordedEvent) ctxt.reportInputMismatch(RecordedEvent.class,
                            "Recorded event lacks required property '%s'", field);
                }
            }
            JsonNode eventNode = node.get("event");
            if (!(eventNode instanceof ObjectNode event)) {
                return (RecordedEvent) ctxt.reportInputMismatch(RecordedEvent.class, "Property 'event' must be an object");
            }
            // Refused as core refuses them with Jackson 2: a number or an object where a text belongs, a fraction or a
            // text as the sequence.
            for (String field : TEXTS) {
                if (!node.get(field).isString()) {
                    return (RecordedEvent) ctxt.reportInputMismatch(RecordedEvent.class, "Property '%s' must be a text", field);
                }
            }
            if (!node.get("sequence").isIntegralNumber() || !node.get("sequence").canConvertToLong()) {
                return (RecordedEvent) ctxt.reportInputMismatch(RecordedEvent.class, "Property 'sequence' must be a whole number");
            }
            return new RecordedEvent<>(
                    StreamId.parse(node.get("stream").asString("")),
                    node.get("sequence").asLong(0),
                    ctxt.readTreeAsValue(node.get("recordedAt"), Instant.class),
                    ctxt.readTreeAsValue(node.get("actor"), Actor.class),
                    node.get("step").asString(""),
                    readEvent(p, ctxt, event),
                    node.get("previousHash").asString(""),
                    node.get("hash").asString(""),
                    cause(ctxt, node.get("cause")));
        }

        /** The record's cause, when it names one (core's links). */
        private static RecordReference cause(DeserializationContext ctxt, JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            for (String field : new String[] {"hash", "sequence", "stream"}) {
                if (!node.hasNonNull(field)) {
                    return (RecordReference) ctxt.reportInputMismatch(RecordedEvent.class,
                            "The cause of a recorded event lacks required property '%s'", field);
                }
            }
            if (!node.get("hash").isString() || !node.get("stream").isString() || !node.get("sequence").isIntegralNumber()
                    || !node.get("sequence").canConvertToLong()) {
                return (RecordReference) ctxt.reportInputMismatch(RecordedEvent.class,
                        "The cause of a recorded event needs a text hash and stream and a whole-number sequence");
            }
            return new RecordReference(StreamId.parse(node.get("stream").asString("")), node.get("sequence").asLong(0),
                    node.get("hash").asString(""));
        }

        /** The event, upcast to its current type id as core does; a command's type id is refused. */
        private Object readEvent(JsonParser p, DeserializationContext ctxt, ObjectNode event) {
            JsonNode idNode = event.get(TypedJacksonModule.TYPE_PROPERTY);
            if (idNode == null || idNode.isNull()) {
                return ctxt.reportInputMismatch(Object.class, "Missing type id property '%s'", TypedJacksonModule.TYPE_PROPERTY);
            }
            ObjectNode current = event;
            if (registry.classOf(idNode.asString()) == null) {
                // Upcasts are declared on Jackson 2 trees: they run on the document's text (see TypeRegistry.upcast).
                current = (ObjectNode) ParticipatieJson3.TREES.readTree(registry.upcast(event.toString()));
            }
            String id = current.path(TypedJacksonModule.TYPE_PROPERTY).asString();
            Class<?> type = registry.classOf(id);
            if (type == null) {
                throw InvalidTypeIdException.from(p, "Unknown type id '" + id + "'", null, id);
            }
            if (registry.isCommand(type)) {
                throw JsonReadException.of("json.not-an-event", "$.event", null, id);
            }
            return ctxt.readTreeAsValue(current, type);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TypedJacksonModule.TYPE_PROPERTY)
    private abstract static class TypedFamilyMixin {
    }
}
