package nl.participatie.core.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import nl.participatie.core.internal.Sealing;
import nl.participatie.core.internal.Sealing.Sealed;
import nl.participatie.core.trust.ErasureKeys;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * {@link Erasable} as JSON. With {@link ErasureKeys} in the context (a keyed {@link ParticipatieJson}, as every
 * store uses) it is written sealed: {@code {"sealed":{"data":…,"keys":["person/p-1","stream/…"],"nonce":…},
 * "subject":"p-1"}}; without keys (golden files, a vendor's own JSON) plain: {@code {"subject":"p-1","value":…}}.
 * A value once sealed is always written as the same ciphertext by the library's own writers (storing and hashing),
 * so the audit chain that hashed it still verifies. A vendor's own mapper with the module (a REST response) writes a
 * value it holds opened plain, and an erased one as {@code {"erased":true,…}}: it shows what the process may read.
 */
final class ErasableJson {

    /** The context attribute holding the {@link ErasureKeys} of a keyed format. */
    static final String KEYS = "nl.participatie.erasure-keys";

    /** The context attribute marking the library's own writers, which repeat a value's sealed form. */
    static final String CANONICAL = "nl.participatie.canonical";
    /** The context attribute holding the {@link StreamId} an event is written into, when known. */
    static final String STREAM = "nl.participatie.stream";

    /** Only to turn decrypted bytes into a tree; binding is done by the real context. */
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final JsonFactory BYTES = new JsonFactory();

    private ErasableJson() {
    }

    /** The keys as seen while writing one event: each looked up once (never kept beyond that event). */
    static final class OneEventKeys implements ErasureKeys {
        private final ErasureKeys keys;
        private final java.util.Map<String, byte[]> seen = new java.util.HashMap<>();

        OneEventKeys(ErasureKeys keys) {
            this.keys = keys;
        }

        @Override
        public byte[] obtain(String scope) {
            return seen.computeIfAbsent(scope, keys::obtain).clone();
        }

        @Override
        public Optional<byte[]> find(String scope) {
            return keys.find(scope);
        }

        @Override
        public boolean destroy(String scope) {
            seen.remove(scope);
            return keys.destroy(scope);
        }
    }

    @SuppressWarnings("rawtypes")
    static final class Serializer extends StdSerializer<Erasable> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Erasable.class);
        }

        @Override
        public void serialize(Erasable value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            Object form = value.sealedForm();
            Object keys = provider.getAttribute(KEYS);
            if (keys == null && provider.getAttribute(CANONICAL) == null && !value.isErased()) {
                form = null;
            }
            if (form == null && keys instanceof ErasureKeys store && !value.isErased()) {
                form = value.keepSealedForm(Sealing.seal(store, scopes(value, provider), plain(value, provider)));
            }
            gen.writeStartObject();
            if (form instanceof Sealed sealed) {
                gen.writeObjectFieldStart("sealed");
                gen.writeStringField("data", sealed.data());
                gen.writeArrayFieldStart("keys");
                for (String k : sealed.keys()) {
                    gen.writeString(k);
                }
                gen.writeEndArray();
                gen.writeStringField("nonce", sealed.nonce());
                gen.writeEndObject();
            } else if (value.isErased()) {
                gen.writeBooleanField("erased", true);
            }
            Optional<?> subject = value.subject();
            if (subject.isPresent()) {
                gen.writeStringField("subject", ((PersonId) subject.get()).value());
            }
            if (form == null && !value.isErased()) {
                gen.writeFieldName("value");
                provider.defaultSerializeValue(value.value().get(), gen);
            }
            gen.writeEndObject();
        }

        private static List<String> scopes(Erasable<?> value, SerializerProvider provider) {
            List<String> scopes = new ArrayList<>(2);
            value.subject().ifPresent(s -> scopes.add(ErasureKeys.personScope(s)));
            if (provider.getAttribute(STREAM) instanceof StreamId stream) {
                scopes.add(ErasureKeys.streamScope(stream));
            }
            if (scopes.isEmpty()) {
                throw new IllegalStateException("An erasable value without a subject can only be written into a stream"
                        + " (its key is the stream's): record it through an engine or a store");
            }
            return scopes;
        }

        private static byte[] plain(Erasable<?> value, SerializerProvider provider) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator g = BYTES.createGenerator(out)) {
                provider.defaultSerializeValue(value.value().get(), g);
            }
            return out.toByteArray();
        }
    }

    @SuppressWarnings("rawtypes")
    static final class Deserializer extends JsonDeserializer<Erasable> implements ContextualDeserializer {
        private final JavaType valueType;

        Deserializer() {
            this(null);
        }

        private Deserializer(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType type = ctxt.getContextualType();
            if (type == null && property != null) {
                type = property.getType();
            }
            JavaType content = type == null ? null : type.containedType(0);
            return new Deserializer(content == null ? ctxt.constructType(Object.class) : content);
        }

        @Override
        public Erasable deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            if (!(node instanceof ObjectNode object)) {
                return (Erasable) ctxt.reportInputMismatch(Erasable.class, "An erasable value is an object");
            }
            JsonNode subjectNode = object.get("subject");
            PersonId subject = subjectNode == null || subjectNode.isNull() ? null : PersonId.of(subjectNode.asText());
            JsonNode sealedNode = object.get("sealed");
            if (sealedNode != null) {
                Sealed sealed = sealed(sealedNode, ctxt);
                Object keys = ctxt.getAttribute(KEYS);
                Optional<byte[]> plain = Sealing.open(keys instanceof ErasureKeys k ? k : null, sealed);
                Object value = plain.isPresent() ? ctxt.readTreeAsValue(TREES.readTree(plain.get()), valueType) : null;
                return Erasable.opened(subject, value, sealed);
            }
            JsonNode value = object.get("value");
            if (value == null || value.isNull()) {
                if (object.path("erased").asBoolean(false)) {
                    return Erasable.erased(subject);
                }
                return (Erasable) ctxt.reportInputMismatch(Erasable.class, "An erasable value has 'value' or 'sealed'");
            }
            return Erasable.of(subject, ctxt.readTreeAsValue(value, valueType));
        }

        private static Sealed sealed(JsonNode node, DeserializationContext ctxt) throws IOException {
            JsonNode keys = node.get("keys");
            if (!(keys instanceof ArrayNode array) || array.isEmpty() || !node.path("nonce").isTextual()
                    || !node.path("data").isTextual()) {
                return (Sealed) ctxt.reportInputMismatch(Erasable.class, "A sealed value has keys, nonce and data");
            }
            List<String> names = new ArrayList<>();
            array.forEach(k -> names.add(k.asText()));
            return new Sealed(names, node.get("nonce").asText(), node.get("data").asText());
        }
    }
}
