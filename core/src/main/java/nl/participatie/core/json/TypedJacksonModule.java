package nl.participatie.core.json;

import nl.participatie.core.API;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * The base of every Jackson module of the library (<i>JSON-koppeling</i>): a method module extends it to give its
 * commands and events stable, versioned type ids ({@code buurtschouw.report-filed.v1}), to write single-value
 * records as plain strings, and to declare how old versions of a document are upcast. The domain classes carry no
 * Jackson annotations: everything is said here.
 *
 * <p>Subclasses are registered in {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so
 * {@code ObjectMapper.findAndRegisterModules()} picks them up. Spring Boot does not look there: it registers every
 * {@code Module} bean, so declare them as beans (see {@code compat/spring-boot-3.5}).
 */
@API(status = API.Status.STABLE)
public abstract class TypedJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;
    /** The JSON property that holds the type id of a command or event. */
    public static final String TYPE_PROPERTY = "@type";
    private static final Pattern TYPE_ID = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+\\.v[1-9][0-9]*");

    private final Map<Class<?>, String> typeIds = new LinkedHashMap<>();
    private final Map<String, Upcast> upcasts = new LinkedHashMap<>();
    private final java.util.Set<Class<?>> commandFamilies = new java.util.LinkedHashSet<>();
    private final java.util.Set<Class<?>> families = new java.util.LinkedHashSet<>();
    private final java.util.List<StringValue<?>> stringValues = new java.util.ArrayList<>();

    /** A module with the given name, e.g. {@code participatie-buurtschouw}. */
    protected TypedJacksonModule(String name) {
        super(name, Version.unknownVersion());
    }

    /**
     * Declares a sealed family (the commands or the events of a method): its members are written with their type
     * id in {@value #TYPE_PROPERTY} and read back only by a registered id, never by class name.
     */
    protected final void family(Class<?> sealedBase) {
        setMixInAnnotation(sealedBase, TypedFamilyMixin.class);
        families.add(sealedBase);
    }

    /**
     * Declares the sealed family of a method's <b>commands</b>: a {@link #family}, and one whose members are never
     * read as the event of a recorded event (refused with {@code json.not-an-event}), so that a command's type id
     * cannot be passed off as something that happened.
     */
    protected final void commands(Class<?> sealedBase) {
        family(sealedBase);
        commandFamilies.add(sealedBase);
    }

    /** The command families declared with {@link #commands}. */
    public final java.util.Set<Class<?>> commandFamilies() {
        return java.util.Collections.unmodifiableSet(commandFamilies);
    }

    /** The sealed families declared with {@link #family} or {@link #commands}: written and read with their type id. */
    public final java.util.Set<Class<?>> families() {
        return java.util.Collections.unmodifiableSet(families);
    }

    /** The value types declared with {@link #stringValue}, in the order declared. */
    public final java.util.List<StringValue<?>> stringValues() {
        return java.util.List.copyOf(stringValues);
    }

    /**
     * The mix-ins this module sets on other classes, by target ({@code setMixInAnnotation}), without those of the
     * {@link #families}: their annotations ({@code com.fasterxml.jackson.annotation}) are read by Jackson 2 and 3 alike.
     */
    public final Map<Class<?>, Class<?>> mixIns() {
        Map<Class<?>, Class<?>> own = new LinkedHashMap<>();
        if (_mixins != null) {
            _mixins.forEach((target, mixIn) -> {
                if (mixIn != TypedFamilyMixin.class) {
                    own.put(target, mixIn);
                }
            });
        }
        return Map.copyOf(own);
    }

    /**
     * Registers a type id. Ids are stable and versioned ({@code <module>.<name>.v<n>}); never change one once
     * documents with it were stored: add a new version and an {@link #upcast}.
     */
    protected final void type(Class<?> type, String typeId) {
        Objects.requireNonNull(type, "type");
        if (!TYPE_ID.matcher(typeId).matches()) {
            throw new IllegalArgumentException("Type id '" + typeId + "' must look like module.name.v1");
        }
        if (typeIds.containsValue(typeId)) {
            throw new IllegalArgumentException("Type id '" + typeId + "' is registered twice");
        }
        typeIds.put(type, typeId);
        registerSubtypes(new NamedType(type, typeId));
    }

    /**
     * Declares how a document stored under an old type id becomes one of a newer id, e.g. a renamed field. The
     * change gets the document as an {@link ObjectNode} without its type property.
     */
    protected final void upcast(String oldTypeId, String newTypeId, UnaryOperator<ObjectNode> change) {
        if (!TYPE_ID.matcher(oldTypeId).matches()) {
            throw new IllegalArgumentException("Type id '" + oldTypeId + "' must look like module.name.v1");
        }
        upcasts.put(oldTypeId, new Upcast(newTypeId, change));
    }

    /**
     * Declares the upcast of an event whose plain fields became {@link nl.participatie.core.value.Erasable}: each
     * named field (a value, or an array of values; a dotted path such as {@code survey.findings} reaches into a
     * nested object) is wrapped as an erasable value of the person named in the top-level {@code subjectField}
     * ({@code null} for none). Events stored before the change stay plain in the database
     * (they were hashed that way) and read as erasable values that erasure cannot reach until they are migrated;
     * {@code core/TRUST.md} says so.
     */
    protected final void upcastToErasable(String oldTypeId, String newTypeId, String subjectField, String... fields) {
        upcast(oldTypeId, newTypeId, node -> {
            com.fasterxml.jackson.databind.JsonNode subject = subjectField == null ? null : node.get(subjectField);
            for (String path : fields) {
                ObjectNode holder = node;
                String[] steps = path.split("\\.");
                for (int i = 0; i < steps.length - 1 && holder != null; i++) {
                    holder = holder.get(steps[i]) instanceof ObjectNode inner ? inner : null;
                }
                if (holder == null) {
                    continue;
                }
                String field = steps[steps.length - 1];
                com.fasterxml.jackson.databind.JsonNode value = holder.get(field);
                if (value == null || value.isNull()) {
                    continue;
                }
                if (value.isArray()) {
                    com.fasterxml.jackson.databind.node.ArrayNode wrapped = node.arrayNode();
                    value.forEach(v -> wrapped.add(erasable(node, subject, v)));
                    holder.set(field, wrapped);
                } else {
                    holder.set(field, erasable(node, subject, value));
                }
            }
            return node;
        });
    }

    private static ObjectNode erasable(ObjectNode factory, com.fasterxml.jackson.databind.JsonNode subject,
                                       com.fasterxml.jackson.databind.JsonNode value) {
        ObjectNode wrapped = factory.objectNode();
        if (subject != null && !subject.isNull()) {
            wrapped.set("subject", subject);
        }
        wrapped.set("value", value);
        return wrapped;
    }

    /**
     * Writes a value type as a JSON string and reads it back through its validating factory, e.g. a postcode as
     * {@code "1234 AB"}. The factory's {@link nl.participatie.core.value.InvalidValueException} becomes a clear
     * read error with the path.
     */
    protected final <T> void stringValue(Class<T> type, Function<T, String> write, Function<String, T> read) {
        stringValues.add(new StringValue<>(type, write, read));
        addSerializer(type, new StdSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(write.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                return read.apply(p.getText());
            }
        });
    }

    /** The type ids this module registers. */
    public final Map<Class<?>, String> typeIds() {
        return Map.copyOf(typeIds);
    }

    /** The upcasts this module declares, by old type id. */
    public final Map<String, Upcast> upcasts() {
        return Map.copyOf(upcasts);
    }

    @Override
    public Object getTypeId() {
        return getClass().getName();
    }

    /**
     * One upcast step.
     *
     * @param newTypeId the type id the document gets
     * @param change    how its content changes
     */
    public record Upcast(String newTypeId, UnaryOperator<ObjectNode> change) {
    }

    /**
     * A value type written as one JSON string (declared with {@link #stringValue}), in a form any JSON library can use.
     *
     * @param type  the value type
     * @param write its string form
     * @param read  its validating factory; throws {@link nl.participatie.core.value.InvalidValueException}
     * @param <T>   the value type
     */
    public record StringValue<T>(Class<T> type, Function<T, String> write, Function<String, T> read) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TYPE_PROPERTY)
    private abstract static class TypedFamilyMixin {
    }
}
