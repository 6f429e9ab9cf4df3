package nl.participatie.buurtschouw.open311;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.participatie.core.API;

/**
 * One field of a service definition (<i>extra veld</i>) that a POST fills in as {@code attribute[code]}.
 *
 * @param variable            {@code variable}: {@code true} when it asks for input, {@code false} when it only informs
 * @param code                {@code code}: unique within the definition
 * @param datatype            {@code datatype}
 * @param required            {@code required}
 * @param datatypeDescription {@code datatype_description}: help for the input, or {@code null}
 * @param order               {@code order}: 1 is shown first
 * @param description         {@code description}: the question
 * @param values              {@code values}: the options of a list, none for other datatypes
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"})
@API(status = API.Status.EXPERIMENTAL)
public record ServiceAttribute(
        @JsonProperty("variable") boolean variable,
        @JsonProperty("code") String code,
        @JsonProperty("datatype") AttributeDatatype datatype,
        @JsonProperty("required") boolean required,
        @JsonProperty("datatype_description") String datatypeDescription,
        @JsonProperty("order") int order,
        @JsonProperty("description") String description,
        @JsonProperty("values") List<Value> values) {

    public ServiceAttribute {
        code = Open311Format.clean(code);
        datatypeDescription = Open311Format.clean(datatypeDescription);
        description = Open311Format.clean(description);
        values = values == null ? List.of() : List.copyOf(values);
        if (code == null || datatype == null) {
            throw new IllegalArgumentException("An Open311 attribute needs a code and a datatype");
        }
        if (order < 1) {
            throw new IllegalArgumentException("An Open311 attribute's order starts at 1");
        }
        if (datatype.isList() == values.isEmpty()) {
            throw new IllegalArgumentException("An Open311 attribute lists values exactly when its datatype is a list");
        }
        Set<String> keys = new HashSet<>();
        for (Value v : values) {
            if (!keys.add(v.key())) {
                throw new IllegalArgumentException("An Open311 attribute's value keys are unique");
            }
        }
    }

    /** Whether {@code key} is one of this attribute's values. */
    public boolean hasKey(String key) {
        return values.stream().anyMatch(v -> v.key().equals(key));
    }

    /**
     * An option of a list attribute (<i>keuzemogelijkheid</i>).
     *
     * @param key  {@code key}: what a POST sends
     * @param name {@code name}: what people read
     */
    @JsonPropertyOrder({"key", "name"})
    @API(status = API.Status.EXPERIMENTAL)
    public record Value(@JsonProperty("key") String key, @JsonProperty("name") String name) {
        public Value {
            key = Open311Format.clean(key);
            name = Open311Format.clean(name);
            if (key == null || name == null) {
                throw new IllegalArgumentException("An Open311 attribute value needs a key and a name");
            }
        }
    }
}
