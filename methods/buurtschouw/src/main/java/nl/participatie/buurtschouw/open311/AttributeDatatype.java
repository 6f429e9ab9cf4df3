package nl.participatie.buurtschouw.open311;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import nl.participatie.core.API;

/** The kind of input an attribute of a service definition asks for (<i>soort invoer</i>), as Open311 names it. */
@API(status = API.Status.EXPERIMENTAL)
public enum AttributeDatatype {
    /** {@code string}: one line of text. */
    STRING("string"),
    /** {@code number}: a number. */
    NUMBER("number"),
    /** {@code datetime}: a date and time. */
    DATETIME("datetime"),
    /** {@code text}: text that may have line breaks. */
    TEXT("text"),
    /** {@code singlevaluelist}: one key of the attribute's values. */
    SINGLE_VALUE_LIST("singlevaluelist"),
    /** {@code multivaluelist}: any keys of the attribute's values. */
    MULTI_VALUE_LIST("multivaluelist");

    private final String code;

    AttributeDatatype(String code) {
        this.code = code;
    }

    /** The spec's word, e.g. {@code singlevaluelist}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** Whether the attribute lists its values. */
    public boolean isList() {
        return this == SINGLE_VALUE_LIST || this == MULTI_VALUE_LIST;
    }

    /** The datatype with the spec's word. */
    @JsonCreator
    public static AttributeDatatype of(String code) {
        for (AttributeDatatype d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("An Open311 datatype is string, number, datetime, text, singlevaluelist or multivaluelist");
    }
}
