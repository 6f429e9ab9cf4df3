package nl.participatie.core.json;

import nl.participatie.core.API;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.participatie.core.EventFormat;
import nl.participatie.core.CanonicalBytes;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.trust.ErasureKeys;
import nl.participatie.core.value.InvalidValueException;

/**
 * The library's JSON (<i>JSON-verwerking</i>): a correctly configured, safe {@link ObjectMapper} with every
 * module of the library, reading that turns every failure into a {@link JsonReadException} with code and path,
 * and the {@link EventFormat} the audit trail and the stores use.
 *
 * <p>Safe for input from the internet: no default typing; commands and events are read only by registered type
 * ids; nesting depth, string length and document size are limited; an unknown property is an error.
 *
 * <p>With a method's engine ({@code ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> engine}, from
 * Burgers aan het stuur), a command that came in as the text {@code body}, a stream and an actor:
 * <pre>{@code
 * ParticipatieJson json = ParticipatieJson.defaults();
 * InitiativeCommand command = json.read(body, InitiativeCommand.class); // JsonReadException: code and path
 * Initiative state = engine.handle(stream, actor, command).orElseThrow().state();
 * String text = json.write(state);
 * Initiative again = json.read(text, Initiative.class);
 * }</pre>
 *
 * <p><b>One configuration per engine.</b> An engine is given its format ({@code ProcessEngine.Builder.format},
 * default {@link #defaults()}) and hands it to its store, so the JSON an engine hashes and stores is configured in
 * one place. Each instance has its own type ids (of the modules it was made with), and nothing global: a module
 * registered on some other mapper changes nothing here. {@link #mapper()} hands out a copy, so a vendor can read and
 * reuse the configuration but cannot change the one that defines the hashes. An instance of one's own, e.g. for a
 * process whose module is not registered through {@code META-INF/services}:
 * <pre>{@code
 * ParticipatieJson mine = ParticipatieJson.of(List.of(new BurgersAanHetStuurJacksonModule()));
 * ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives =
 *     ProcessEngine.builder(BurgersAanHetStuurWorkflow.INITIATIVES).format(mine).build();
 * ObjectMapper copy = mine.mapper();   // the same settings; changing it changes nothing in mine
 * }</pre>
 *
 * <p><b>Order of checks.</b> Reading is the step before the engine's: a {@link JsonReadException} ({@code json.*}
 * codes: syntax, limits, unknown type or property, wrong type) comes back before the engine's validation
 * ({@code constraint.*}), workflow ({@code workflow.*}) and decider see the command.
 *
 * <p><b>Threading.</b> Immutable and thread-safe once built; share one per application (or per engine). It caches
 * Jackson's own serialisers and, for each thread that writes canonical bytes with it (every thread that records
 * events), one JSON generator with its buffer, about 9 KB, kept in a {@link ThreadLocal} so that no record needs a new
 * one (a buffer grown past 64 KB by a large record is not kept). Nothing else is cached: the library's one cache of
 * states is the engine's ({@code ProcessEngine.Builder.cacheStates}).
 * (Every example in this Javadoc is compiled by a test in {@code examples}.)
 */
@API(status = API.Status.STABLE)
public final class ParticipatieJson implements EventFormat {

    /** Deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 64;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** Largest document accepted, in bytes/characters. */
    public static final long MAX_DOCUMENT_LENGTH = 5_000_000;
    /** Longest number accepted, in digits (as {@link nl.participatie.core.value.Decimals#MAX_DIGITS}). */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static volatile ParticipatieJson defaults;

    private final TypeRegistry registry;
    private final ObjectMapper mapper;
    private final com.fasterxml.jackson.databind.ObjectWriter unhashedWriter;
    private final CanonicalWriter canonicalWriter;
    private final ErasureKeys keys;
    private final com.fasterxml.jackson.databind.ObjectWriter eventWriter;
    private final ObjectReader storedEventReader;
    private final ObjectReader canonicalReader;

    private ParticipatieJson(List<TypedJacksonModule> modules) {
        this.registry = TypeRegistry.of(modules);
        this.mapper = configure(modules, registry);
        this.keys = null;
        this.unhashedWriter = mapper.writerFor(CoreModule.Unhashed.class).withAttribute(ErasableJson.CANONICAL, Boolean.TRUE);
        this.canonicalWriter = new CanonicalWriter(unhashedWriter);
        this.eventWriter = mapper.writer().withAttribute(ErasableJson.CANONICAL, Boolean.TRUE);
        this.storedEventReader = mapper.readerFor(CoreModule.StoredEvent.class).withAttribute(CoreModule.STORED_EVENT, Boolean.TRUE);
        this.canonicalReader = mapper.readerFor(RecordedEvent.class).withAttribute(CoreModule.STORED_EVENT, Boolean.TRUE);
    }

    private ParticipatieJson(ParticipatieJson plain, ErasureKeys keys) {
        this.registry = plain.registry;
        this.mapper = plain.mapper;
        this.keys = keys;
        this.unhashedWriter = plain.unhashedWriter.withAttribute(ErasableJson.KEYS, keys);
        this.canonicalWriter = new CanonicalWriter(unhashedWriter);
        this.eventWriter = plain.eventWriter.withAttribute(ErasableJson.KEYS, keys);
        this.storedEventReader = plain.storedEventReader.withAttribute(ErasableJson.KEYS, keys);
        this.canonicalReader = plain.canonicalReader.withAttribute(ErasableJson.KEYS, keys);
    }

    /**
     * This format with the keys that seal {@link nl.participatie.core.value.Erasable} values: what every store
     * writes with (an engine gives its format the store's keys, see {@link EventStore#erasureKeys()}). Without keys,
     * erasable values are written plain, as in golden files.
     *
     * @throws IllegalStateException when this format already has other keys
     */
    @Override
    public ParticipatieJson withErasureKeys(ErasureKeys erasureKeys) {
        Objects.requireNonNull(erasureKeys, "erasureKeys");
        if (keys == erasureKeys) {
            return this;
        }
        if (keys != null) {
            throw new IllegalStateException("This format already seals with " + keys + "; it is now given " + erasureKeys);
        }
        return new ParticipatieJson(this, erasureKeys);
    }

    @Override
    public Optional<ErasureKeys> erasureKeys() {
        return Optional.ofNullable(keys);
    }

    /**
     * The shared instance with every library module found on the class path ({@code META-INF/services}): what an
     * engine uses unless it is given another. Thread-safe.
     *
     * @throws JacksonVersionException when the Jackson 2 libraries on the class path are outside the supported range
     */
    public static ParticipatieJson defaults() {
        ParticipatieJson d = defaults;
        if (d == null) {
            synchronized (ParticipatieJson.class) {
                d = defaults;
                if (d == null) {
                    d = new ParticipatieJson(discover());
                    defaults = d;
                }
            }
        }
        return d;
    }

    /**
     * A new, correctly configured mapper with every library module: what a vendor should use to write and read
     * the library's types in its own code.
     *
     * @throws JacksonVersionException when the Jackson 2 libraries on the class path are outside the supported range
     */
    public static ObjectMapper newMapper() {
        List<TypedJacksonModule> modules = discover();
        return configure(modules, TypeRegistry.of(modules));
    }

    /**
     * A new instance with exactly the given modules (the core module is always included): for a vendor whose
     * process has its own {@link TypedJacksonModule} that is not registered through {@code META-INF/services}, or
     * for an engine that must not see the other modules on the class path. Give it to the engine with
     * {@code ProcessEngine.Builder.format}.
     *
     * @throws IllegalStateException when two modules register one type id for different classes
     * @throws JacksonVersionException when the Jackson 2 libraries on the class path are outside the supported range
     */
    public static ParticipatieJson of(List<? extends TypedJacksonModule> modules) {
        List<TypedJacksonModule> all = new ArrayList<>();
        all.add(new CoreModule());
        for (TypedJacksonModule m : modules) {
            if (!(m instanceof CoreModule)) {
                all.add(java.util.Objects.requireNonNull(m, "module"));
            }
        }
        return new ParticipatieJson(all);
    }

    /**
     * A copy of this instance's mapper, with its configuration and modules: to read its settings, or to write and
     * read the library's types in a vendor's own code. Changing the copy changes nothing here, so the JSON this
     * instance stores and hashes cannot be changed from outside.
     */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    /**
     * Writes a value as compact, canonical JSON: properties and map keys sorted, no white space. An
     * {@link nl.participatie.core.value.Erasable} is written as it is held, plain when it can be read (also one read
     * from a store that seals), erased when not; the sealed form is what {@link #toJson} stores.
     */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a value of the given type from untrusted JSON.
     *
     * @throws JsonReadException with code and path for every kind of bad input
     */
    public <T> T read(String json, Class<T> type) {
        if (json == null) {
            throw JsonReadException.of("json.empty", "$", null);
        }
        return parse(json.length(), "characters", () -> mapper.readValue(json, type));
    }

    /** Reads a value of the given type from untrusted UTF-8 JSON bytes. */
    public <T> T read(byte[] json, Class<T> type) {
        if (json == null) {
            throw JsonReadException.of("json.empty", "$", null);
        }
        return parse(json.length, "bytes", () -> mapper.readValue(json, type));
    }

    /** A reading step of Jackson's, with the size check before and every failure turned into a read error. */
    private interface Parse<T> {
        T run() throws IOException;
    }

    private static <T> T parse(long length, String unit, Parse<T> parse) {
        if (length > MAX_DOCUMENT_LENGTH) {
            throw JsonReadException.of("json.limit", "$", null, "document over " + MAX_DOCUMENT_LENGTH + " " + unit);
        }
        try {
            return present(parse.run());
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        } catch (StackOverflowError e) {
            throw JsonReadException.of("json.limit", "$", null, "nesting too deep");
        }
    }

    private static <T> T present(T value) {
        if (value == null) {
            throw JsonReadException.of("json.empty", "$", null);
        }
        return value;
    }

    /** Reads a recorded event (as written by {@link #write}) from untrusted JSON. */
    public RecordedEvent<?> readRecordedEvent(String json) {
        return read(json, RecordedEvent.class);
    }

    @Override
    public String typeId(Object event) {
        String id = registry.idOf(event.getClass());
        if (id == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " has no registered JSON type id");
        }
        return id;
    }

    @Override
    public String toJson(Object event) {
        typeId(event);
        try {
            return eventWriter.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + event.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public Object fromJson(String typeId, String json) {
        Objects.requireNonNull(typeId, "typeId");
        if (json == null) {
            throw JsonReadException.of("json.empty", "$", null);
        }
        // Stored events are read as written (see CoreModule.STORED_EVENT): the history must stay replayable. The type
        // id is the store's column, known before the body, so the body streams into its type unless it needs an upcast.
        return parse(json.length(), "characters", () -> storedEventReader.withAttribute(CoreModule.STORED_TYPE_ID, typeId)
                .<CoreModule.StoredEvent>readValue(json)).event();
    }

    @Override
    public byte[] canonicalBytes(RecordedEvent<?> record) {
        try {
            // The serialiser of Unhashed gives this call its stream and per-event keys (see CoreModule): no new writer
            // and configuration per event, and the thread's generator and buffer (see CanonicalWriter).
            return canonicalWriter.write(new CoreModule.Unhashed(record));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write the canonical form of " + record.stream() + "#" + record.sequence(), e);
        }
    }

    /** {@code true}: the canonical bytes are a recorded event's JSON without its hash, which this format reads. */
    @Override
    public boolean readsCanonicalBytes() {
        return true;
    }

    /**
     * {@inheritDoc} The bytes are read as {@link #readRecordedEvent} reads a record, without a {@code hash} property
     * (a body that has one is refused: it is not a canonical form) and with the event read as stored events are.
     *
     * @throws JsonReadException with code and path when the bytes are no canonical record
     */
    @Override
    public RecordedEvent<?> fromCanonicalBytes(byte[] canonical, String hash) {
        Objects.requireNonNull(hash, "hash");
        if (canonical == null) {
            throw JsonReadException.of("json.empty", "$", null);
        }
        RecordedEvent<?> read = parse(canonical.length, "bytes",
                () -> canonicalReader.withAttribute(CoreModule.GIVEN_HASH, hash).<RecordedEvent<?>>readValue(canonical));
        return new RecordedEvent<>(read.stream(), read.sequence(), read.recordedAt(), read.actor(), read.step(),
                read.event(), read.previousHash(), read.hash(), read.cause(), CanonicalBytes.copyOf(canonical));
    }

    /**
     * Reads a typed document from the parser, which is at its start, without building a tree when it can: when the type
     * id names a current type (no upcast), the properties stream straight into that type's deserialiser. The library
     * writes the type id first; properties before it (PostgreSQL's {@code jsonb} reorders keys) are buffered as tokens
     * up to the id. Only a document whose id needs an {@link TypedJacksonModule#upcast upcast} (or has no usable id) is
     * read into a tree, as the upcasts change trees.
     *
     * @param givenId   the type id known before the body (a store's type column; it wins over the body's), or null
     * @param eventOnly refuses a command's type id ({@code json.not-an-event})
     */
    static Object readTyped(JsonParser p, DeserializationContext ctxt, String givenId, boolean eventOnly) throws IOException {
        TypeRegistry registry = registry(ctxt);
        TokenBuffer before = null;
        JsonToken t = p.nextToken();
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals(TypedJacksonModule.TYPE_PROPERTY) && (givenId != null || value == JsonToken.VALUE_STRING)) {
                String id = givenId != null ? givenId : p.getText();
                Class<?> type = registry.classOf(id);
                if (type == null) {
                    return readTypedTree(p, ctxt, before, givenId, eventOnly);
                }
                checkEvent(registry, type, id, eventOnly, givenId);
                p.skipChildren();
                JsonParser rest = p;
                if (before != null) {
                    // As Jackson's own polymorphic reading does: the buffered properties, then the rest of the document.
                    p.clearCurrentToken();
                    rest = JsonParserSequence.createFlattened(false, before.asParser(p), p);
                }
                rest.nextToken();
                return ctxt.findContextualValueDeserializer(ctxt.constructType(type), null).deserialize(rest, ctxt);
            }
            if (before == null) {
                before = ctxt.bufferForInputBuffering(p);
            }
            before.writeFieldName(name);
            before.copyCurrentStructure(p);
        }
        if (t != JsonToken.END_OBJECT) {
            return ctxt.handleUnexpectedToken(Object.class, p);
        }
        // No type id in the body: the given one (a stored event), or the tree's error for a missing id.
        Class<?> type = givenId == null ? null : registry.classOf(givenId);
        if (type == null) {
            return readTypedTree(p, ctxt, before, givenId, eventOnly);
        }
        checkEvent(registry, type, givenId, eventOnly, givenId);
        TokenBuffer all = ctxt.bufferForInputBuffering(p);
        all.writeStartObject();
        if (before != null) {
            all.append(before);
        }
        all.writeEndObject();
        JsonParser buffered = all.asParser(p);
        buffered.nextToken();
        return ctxt.findContextualValueDeserializer(ctxt.constructType(type), null).deserialize(buffered, ctxt);
    }

    /**
     * The rest of a typed document as a tree (the properties buffered so far, the current one if the parser is at a
     * value, and every one after it), upcast and read: for the documents whose type id needs an upcast.
     */
    private static Object readTypedTree(JsonParser p, DeserializationContext ctxt, TokenBuffer before, String givenId,
                                        boolean eventOnly) throws IOException {
        TokenBuffer all = ctxt.bufferForInputBuffering(p);
        all.writeStartObject();
        if (before != null) {
            all.append(before);
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            all.writeFieldName(p.currentName());
            all.copyCurrentStructure(p);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                all.writeFieldName(p.currentName());
                p.nextToken();
                all.copyCurrentStructure(p);
            }
        }
        all.writeEndObject();
        JsonParser buffered = all.asParser(p);
        buffered.nextToken();
        ObjectNode node = (ObjectNode) ctxt.readTree(buffered);
        if (givenId != null) {
            node.put(TypedJacksonModule.TYPE_PROPERTY, givenId);
        }
        return readTyped(ctxt, node, eventOnly, givenId);
    }

    /** Refuses a command's type id where an event is read: at {@code $} for a stored event, in a recorded one at its event. */
    private static void checkEvent(TypeRegistry registry, Class<?> type, String id, boolean eventOnly, String givenId) {
        if (eventOnly && registry.isCommand(type)) {
            throw JsonReadException.of("json.not-an-event", givenId != null ? "$" : "$.event", null, id);
        }
    }

    private static TypeRegistry registry(DeserializationContext ctxt) {
        Object own = ctxt.getAttribute(TypeRegistry.ATTRIBUTE);
        return own instanceof TypeRegistry r ? r : TypeRegistry.discovered();
    }

    /** Reads a typed document from a tree, upcasting old type ids to the current ones. */
    private static Object readTyped(DeserializationContext ctxt, ObjectNode node, boolean eventOnly, String givenId)
            throws IOException {
        TypeRegistry registry = registry(ctxt);
        String id = upcast(node, registry);
        if (id == null) {
            return ctxt.reportInputMismatch(Object.class, "Missing type id property '%s'", TypedJacksonModule.TYPE_PROPERTY);
        }
        Class<?> type = registry.classOf(id);
        if (type == null) {
            throw InvalidTypeIdException.from(ctxt.getParser(), "Unknown type id '" + id + "'", null, id);
        }
        checkEvent(registry, type, id, eventOnly, givenId);
        return ctxt.readTreeAsValue(node, type);
    }

    /** Applies the registered upcasts to the node in place; returns the current type id, or null when there is none. */
    private static String upcast(ObjectNode node, TypeRegistry registry) {
        String id = node.path(TypedJacksonModule.TYPE_PROPERTY).asText(null);
        if (id == null) {
            return null;
        }
        for (int hops = 0; hops < 20 && registry.classOf(id) == null; hops++) {
            TypedJacksonModule.Upcast step = registry.upcastStep(id);
            if (step == null) {
                break;
            }
            node.remove(TypedJacksonModule.TYPE_PROPERTY);
            ObjectNode changed = step.change().apply(node);
            if (changed != node) {
                node.removeAll();
                node.setAll(changed);
            }
            id = step.newTypeId();
            node.put(TypedJacksonModule.TYPE_PROPERTY, id);
        }
        return id;
    }

    /** A factory of parsers within the library's limits. */
    private static JsonFactory limitedFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_DEPTH * 4).build())
                .build();
    }

    /** Reads and writes the trees that {@link TypeRegistry#upcast(String)} changes: numbers exact, keys unique. */
    private static final class Trees {
        static final ObjectMapper MAPPER = JsonMapper.builder(limitedFactory())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** See {@link TypeRegistry#upcast(String)}. */
    static String upcastDocument(String document, TypeRegistry registry) {
        ObjectNode node = parse(document == null ? 0 : document.length(), "characters", () -> {
            if (document == null) {
                return null;
            }
            return Trees.MAPPER.readValue(document, ObjectNode.class);
        });
        if (registry.classOf(node.path(TypedJacksonModule.TYPE_PROPERTY).asText("")) == null) {
            upcast(node, registry);
        }
        try {
            return Trees.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an upcast document", e);
        }
    }

    static List<TypedJacksonModule> discover() {
        JacksonVersions.check();
        List<TypedJacksonModule> modules = new ArrayList<>();
        for (Module m : ServiceLoader.load(Module.class, ParticipatieJson.class.getClassLoader())) {
            if (m instanceof TypedJacksonModule typed) {
                modules.add(typed);
            }
        }
        return modules;
    }

    private static ObjectMapper configure(List<TypedJacksonModule> modules, TypeRegistry registry) {
        JacksonVersions.check();
        JsonMapper.Builder builder = JsonMapper.builder(limitedFactory())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // 1.5 is no whole number: refused, not cut off to 1.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // An enum by its name only: 1 is not SOCIAL_COHESION (a number in quotes is refused as a coercion below).
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                // Records are written by their components: helpers such as isSystem() are no properties.
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                // A number is no text and a text no boolean: wrong types are errors, not guesses.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        // One form for storage and hashing: properties and map keys sorted, no white space.
        builder.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        for (Module m : modules) {
            builder.addModule(m);
        }
        JsonMapper mapper = builder.build();
        // The registry travels with the mapper (and with its copies), not in a global: see TypeRegistry.
        mapper.setDefaultAttributes(ContextAttributes.getEmpty().withSharedAttribute(TypeRegistry.ATTRIBUTE, registry));
        return mapper;
    }

    static JsonReadException translate(Throwable e) {
        if (e instanceof JsonReadException j) {
            return j;
        }
        if (e instanceof StreamConstraintsException c) {
            return JsonReadException.of("json.limit", "$", e, c.getOriginalMessage());
        }
        if (e instanceof InvalidTypeIdException t) {
            if (t.getTypeId() == null) {
                return JsonReadException.of("json.missing-type", path(t), e, TypedJacksonModule.TYPE_PROPERTY);
            }
            return JsonReadException.of("json.unknown-type", path(t), e, String.valueOf(t.getTypeId()));
        }
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StreamConstraintsException limit) {
                return JsonReadException.of("json.limit", "$", e, limit.getOriginalMessage());
            }
            if (c instanceof JsonParseException p) {
                return JsonReadException.of("json.syntax", "$", e, p.getOriginalMessage());
            }
            if (c instanceof java.io.CharConversionException encoding) {
                return JsonReadException.of("json.syntax", "$", e, encoding.getMessage());
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return JsonReadException.of("json.unknown-property", path(u), e, u.getPropertyName());
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof InvalidValueException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof StreamConstraintsException c) {
            return JsonReadException.of("json.limit", "$", e, c.getOriginalMessage());
        }
        if (root instanceof InvalidValueException invalid) {
            String at = e instanceof JsonMappingException m ? path(m) : "$";
            return new JsonReadException(invalid.code(), at, invalid.text(), e);
        }
        if (e instanceof ValueInstantiationException v) {
            String why = root instanceof NullPointerException ? "a required value is missing" : String.valueOf(root.getMessage());
            return JsonReadException.of("json.invalid-value", path(v), e, why);
        }
        if (e instanceof MismatchedInputException m) {
            return JsonReadException.of("json.wrong-type", path(m), e, m.getOriginalMessage());
        }
        if (e instanceof JsonParseException p) {
            return JsonReadException.of("json.syntax", "$", e, p.getOriginalMessage());
        }
        if (e instanceof JsonMappingException m) {
            return JsonReadException.of("json.invalid", path(m), e, m.getOriginalMessage());
        }
        if (e instanceof JsonProcessingException p) {
            return JsonReadException.of("json.syntax", "$", e, p.getOriginalMessage());
        }
        if (e instanceof IOException io) {
            return JsonReadException.of("json.syntax", "$", e, String.valueOf(io.getMessage()));
        }
        String why = root instanceof NullPointerException ? "a required value is missing" : String.valueOf(root.getMessage());
        return JsonReadException.of("json.invalid-value", "$", e, why);
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
