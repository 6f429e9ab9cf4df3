package nl.participatie.jackson3;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import nl.participatie.core.json.JsonReadException;
import nl.participatie.core.json.TypedJacksonModule;
import nl.participatie.core.value.InvalidValueException;

/**
 * Jackson 3's reading failures as the {@link JsonReadException} core makes of Jackson 2's: the same code and path for
 * the same input. Jackson 2's {@code JsonParseException} is Jackson 3's {@link StreamReadException} other than a
 * number's {@link InputCoercionException} (in Jackson 2 that one is no parse exception either).
 */
final class ReadErrors {

    private ReadErrors() {
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
            if (isSyntax(c)) {
                return JsonReadException.of("json.syntax", "$", e, ((JacksonException) c).getOriginalMessage());
            }
            if (c instanceof java.io.CharConversionException encoding) {
                return JsonReadException.of("json.syntax", "$", e, encoding.getMessage());
            }
        }
        if (e instanceof InputCoercionException number && !number.getPath().isEmpty()) {
            // Jackson 2 wraps a number out of range inside a document in a mapping exception with its path.
            return JsonReadException.of("json.invalid", path(number), e, number.getOriginalMessage());
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
        if (root instanceof InvalidValueException invalid) {
            String at = e instanceof JacksonException j ? path(j) : "$";
            return new JsonReadException(invalid.code(), at, invalid.text(), e);
        }
        if (e instanceof ValueInstantiationException v) {
            return JsonReadException.of("json.invalid-value", path(v), e, why(root));
        }
        if (e instanceof MismatchedInputException m) {
            return JsonReadException.of("json.wrong-type", path(m), e, m.getOriginalMessage());
        }
        if (e instanceof DatabindException m) {
            return JsonReadException.of("json.invalid", path(m), e, m.getOriginalMessage());
        }
        if (e instanceof JacksonException p) {
            return JsonReadException.of("json.syntax", "$", e, p.getOriginalMessage());
        }
        return JsonReadException.of("json.invalid-value", "$", e, why(root));
    }

    private static boolean isSyntax(Throwable e) {
        return e instanceof StreamReadException && !(e instanceof InputCoercionException);
    }

    private static String why(Throwable root) {
        return root instanceof NullPointerException ? "a required value is missing" : String.valueOf(root.getMessage());
    }

    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder("$");
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
