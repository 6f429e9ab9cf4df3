package nl.participatie.jackson3;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;

import nl.participatie.core.internal.Sealing;
import nl.participatie.core.internal.Sealing.Sealed;
import nl.participatie.core.trust.ErasureKeys;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * {@link Erasable} as JSON on Jackson 3, in the form of core's Jackson 2 {@code ErasableJson}: sealed with the
 * {@link ErasureKeys} in the context attribute {@link #KEYS}, plain without. The plain text that is sealed is the
 * value written by the same context, so Jackson 2 opens what this seals and the other way round.
 */
final class ErasableJson3 {

    /** The context attribute holding the {@link ErasureKeys}; see {@link ParticipatieJson3#withErasureKeys}. */
    static final String KEYS = "nl.participatie.erasure-keys";
    /** The context attribute holding the {@link StreamId} whose key seals values without a subject. */
    static final String STREAM = "nl.participatie.stream";

    private static final JsonFactory BYTES = new JsonFactory();

    private ErasableJson3() {
    }

    @SuppressWarnings("rawtypes")
    static final class Serializer extends StdSerializer<Erasable> {

        Serializer() {
            super(Erasable.class);
        }

        @Override
        public void serialize(Erasable value, JsonGenerator gen, SerializationContext ctxt) {
            Object form = value.sealedForm();
            Object keys = ctxt.getAttribute(KEYS);
            if (form == null && keys instanceof ErasureKeys store && !value.isErased()) {
                form = value.keepSealedForm(Sealing.seal(store, scopes(value, ctxt), plain(value, ctxt)));
            }
            gen.writeStartObject();
            if (form instanceof Sealed sealed) {
                gen.writeObjectPropertyStart("sealed");
                gen.writeStringProperty("data", sealed.data());
                gen.writeArrayPropertyStart("keys");
                for (String k : sealed.keys()) {
                    gen.writeString(k);
                }
                gen.writeEndArray();
                gen.writeStringProperty("nonce", sealed.nonce());
                gen.writeEndObject();
            } else if (value.isErased()) {
                gen.writeBooleanProperty("erased", true);
            }
            Optional<?> subject = value.subject();
            if (subject.isPresent()) {
                gen.writeStringProperty("subject", ((PersonId) subject.get()).value());
            }
            if (form == null && !value.isErased()) {
                gen.writeName("value");
                ctxt.writeValue(gen, value.value().get());
            }
            gen.writeEndObject();
        }

        private static List<String> scopes(Erasable<?> value, SerializationContext ctxt) {
            List<String> scopes = new ArrayList<>(2);
            value.subject().ifPresent(s -> scopes.add(ErasureKeys.personScope(s)));
            if (ctxt.getAttribute(STREAM) instanceof StreamId stream) {
                scopes.add(ErasureKeys.streamScope(stream));
            }
            if (scopes.isEmpty()) {
                throw new IllegalStateException("An erasable value without a subject can only be written into a stream"
                        + " (its key is the stream's): give the writer one with ParticipatieJson3.withErasureKeys");
            }
            return scopes;
        }

        private static byte[] plain(Erasable<?> value, SerializationContext ctxt) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator g = BYTES.createGenerator(ctxt, out)) {
                ctxt.writeValue(g, value.value().get());
            }
            return out.toByteArray();
        }
    }

    @SuppressWarnings("rawtypes")
    static final class Deserializer extends ValueDeserializer<Erasable> {
        private final JavaType valueType;

        Deserializer() {
            this(null);
        }

        private Deserializer(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType type = ctxt.getContextualType();
            if (type == null && property != null) {
                type = property.getType();
            }
            JavaType content = type == null ? null : type.containedType(0);
            return new Deserializer(content == null ? ctxt.constructType(Object.class) : content);
        }

        @Override
        public Erasable deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonNode node = ctxt.readTree(p);
            if (!(node instanceof ObjectNode object)) {
                return (Erasable) ctxt.reportInputMismatch(Erasable.class, "An erasable value is an object");
            }
            JsonNode subjectNode = object.get("subject");
            PersonId subject = subjectNode == null || subjectNode.isNull() ? null : PersonId.of(subjectNode.asString());
            JsonNode sealedNode = object.get("sealed");
            JavaType type = valueType == null ? ctxt.constructType(Object.class) : valueType;
            if (sealedNode != null) {
                Sealed sealed = sealed(sealedNode, ctxt);
                Object keys = ctxt.getAttribute(KEYS);
                Optional<byte[]> plain = Sealing.open(keys instanceof ErasureKeys k ? k : null, sealed);
                Object value = plain.isPresent()
                        ? ctxt.readTreeAsValue(ParticipatieJson3.TREES.readTree(plain.get()), type) : null;
                return Erasable.opened(subject, value, sealed);
            }
            JsonNode value = object.get("value");
            if (value == null || value.isNull()) {
                if (object.path("erased").asBoolean(false)) {
                    return Erasable.erased(subject);
                }
                return (Erasable) ctxt.reportInputMismatch(Erasable.class, "An erasable value has 'value' or 'sealed'");
            }
            return Erasable.of(subject, ctxt.readTreeAsValue(value, type));
        }

        private static Sealed sealed(JsonNode node, DeserializationContext ctxt) throws JacksonException {
            JsonNode keys = node.get("keys");
            if (!(keys instanceof ArrayNode array) || array.isEmpty() || !node.path("nonce").isString()
                    || !node.path("data").isString()) {
                return (Sealed) ctxt.reportInputMismatch(Erasable.class, "A sealed value has keys, nonce and data");
            }
            List<String> names = new ArrayList<>();
            array.forEach(k -> names.add(k.asString()));
            return new Sealed(names, node.get("nonce").asString(), node.get("data").asString());
        }
    }
}
