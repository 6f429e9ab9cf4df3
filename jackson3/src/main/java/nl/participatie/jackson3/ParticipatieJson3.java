package nl.participatie.jackson3;

import nl.participatie.core.API;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.json.TypedJacksonModule;
import nl.participatie.core.trust.ErasureKeys;
import nl.participatie.core.value.StreamId;

/**
 * The library's JSON on Jackson 3 (<i>JSON-verwerking met Jackson 3</i>): a {@link JsonMapper} configured as
 * {@link ParticipatieJson} configures its Jackson 2 mapper — the same limits (nesting depth {@value
 * ParticipatieJson#MAX_DEPTH}, strings of {@value ParticipatieJson#MAX_STRING_LENGTH} characters, numbers of {@value
 * ParticipatieJson#MAX_NUMBER_LENGTH} digits, documents of {@value ParticipatieJson#MAX_DOCUMENT_LENGTH}
 * characters), the same strict reading and the same canonical writing (properties and map keys sorted) — with
 * {@link ParticipatieJacksonModule}. It writes every golden file of the library byte for byte as the Jackson 2 format.
 *
 * <pre>{@code
 * JsonMapper mapper = ParticipatieJson3.defaults();
 * InitiativeCommand command = ParticipatieJson3.read(mapper, body, InitiativeCommand.class); // JsonReadException
 * String text = mapper.writeValueAsString(command);
 * }</pre>
 *
 * <p>Thread-safe: the mappers are immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ParticipatieJson3 {

    /** Only to turn decrypted values and upcast documents into trees: numbers exact, within the limits. */
    static final JsonMapper TREES = JsonMapper.builder(jsonFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private ParticipatieJson3() {
    }

    /** The shared mapper with every library module found on the class path. */
    public static JsonMapper defaults() {
        return Defaults.MAPPER;
    }

    /** Holder: the class path is scanned on first use only. */
    private static final class Defaults {
        static final JsonMapper MAPPER = builder().build();
    }

    /**
     * A new builder configured as {@link #defaults()}, with the library modules on the class path: to add an
     * application's own settings (for Spring Boot, return it from a {@code JsonMapper.Builder} bean).
     */
    public static JsonMapper.Builder builder() {
        return builder(new ParticipatieJacksonModule());
    }

    /** A new builder configured as {@link #defaults()}, with exactly these Jackson 2 modules' registrations. */
    public static JsonMapper.Builder builder(List<? extends TypedJacksonModule> modules) {
        return builder(new ParticipatieJacksonModule(modules));
    }

    private static JsonMapper.Builder builder(ParticipatieJacksonModule module) {
        return JsonMapper.builder(jsonFactory())
                // Stream ids are "type/id": a slash is written as it is, as Jackson 2 writes it.
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                // A character beyond U+FFFF as UTF-8 bytes: escaped as two surrogates, as Jackson 2 writes the bytes core hashes.
                .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // Jackson 2's default, which core keeps: a duration as seconds.
                .enable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // 1.5 is no whole number: refused, not cut off to 1 (as core's Jackson 2 mapper).
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // An enum by its name only: 1 is not SOCIAL_COHESION.
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                // Records are written by their components: helpers such as isSystem() are no properties.
                .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
                // A number is no text and a text no boolean: wrong types are errors, not guesses.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // One form for storage and hashing: properties and map keys sorted, no white space.
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .addModule(module);
    }

    /**
     * A JSON factory whose parsers keep the library's limits (nesting depth, string, number and document length):
     * the limits are the parser's, so a mapper has them only when it is built on such a factory
     * ({@code JsonMapper.builder(ParticipatieJson3.jsonFactory())}).
     */
    public static JsonFactory jsonFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(ParticipatieJson.MAX_DEPTH)
                        .maxStringLength(ParticipatieJson.MAX_STRING_LENGTH)
                        .maxNumberLength(ParticipatieJson.MAX_NUMBER_LENGTH)
                        .maxDocumentLength(ParticipatieJson.MAX_DOCUMENT_LENGTH)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(ParticipatieJson.MAX_DEPTH * 4).build())
                .build();
    }

    /**
     * Reads a value of the given type from untrusted JSON with the given mapper, as {@link ParticipatieJson#read}.
     *
     * @throws JsonReadException with the code and path {@link ParticipatieJson} gives for the same input
     */
    public static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
        if (json == null) {
            throw JsonReadException.of("json.empty", "$", null);
        }
        return read(json.length(), "characters", () -> mapper.readValue(json, type));
    }

    /** Reads a value of the given type from untrusted UTF-8 JSON bytes with the given mapper. */
    public static <T> T read(ObjectMapper mapper, byte[] json, Class<T> type) {
        if (json == null) {
            throw JsonReadException.of("json.empty", "$", null);
        }
        return read(json.length, "bytes", () -> mapper.readValue(json, type));
    }

    private static <T> T read(long length, String unit, Supplier<T> parse) {
        if (length > ParticipatieJson.MAX_DOCUMENT_LENGTH) {
            throw JsonReadException.of("json.limit", "$", null, "document over " + ParticipatieJson.MAX_DOCUMENT_LENGTH + " " + unit);
        }
        T value;
        try {
            value = parse.get();
        } catch (RuntimeException e) {
            throw toReadException(e);
        } catch (StackOverflowError e) {
            throw JsonReadException.of("json.limit", "$", null, "nesting too deep");
        }
        if (value == null) {
            throw JsonReadException.of("json.empty", "$", null);
        }
        return value;
    }

    /**
     * A failure of Jackson 3 while reading, as the {@link JsonReadException} (code and path) core gives for it: for
     * an application's error handler, e.g. the cause of Spring's {@code HttpMessageNotReadableException}.
     */
    public static JsonReadException toReadException(Throwable failure) {
        return ReadErrors.translate(Objects.requireNonNull(failure, "failure"));
    }

    /**
     * This writer with the keys that seal {@link nl.participatie.core.value.Erasable} values of a person, as a keyed
     * {@link ParticipatieJson} writes them; an erasable value without a subject needs a stream
     * ({@link #withErasureKeys(ObjectWriter, ErasureKeys, StreamId)}).
     */
    public static ObjectWriter withErasureKeys(ObjectWriter writer, ErasureKeys keys) {
        return writer.withAttribute(ErasableJson3.KEYS, Objects.requireNonNull(keys, "keys"));
    }

    /** This writer sealing erasable values with the keys of their subject and of the stream they are written into. */
    public static ObjectWriter withErasureKeys(ObjectWriter writer, ErasureKeys keys, StreamId stream) {
        return withErasureKeys(writer, keys).withAttribute(ErasableJson3.STREAM, Objects.requireNonNull(stream, "stream"));
    }

    /** This reader opening sealed erasable values with the keys (a value whose key is destroyed reads as erased). */
    public static ObjectReader withErasureKeys(ObjectReader reader, ErasureKeys keys) {
        return reader.withAttribute(ErasableJson3.KEYS, Objects.requireNonNull(keys, "keys"));
    }
}
