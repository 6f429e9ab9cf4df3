package nl.participatie.demo.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;

/**
 * Forms for a method's commands, made from the command records themselves (<i>opdrachtformulieren</i>): one field per
 * record component of a type a form can carry (text, numbers, dates, enums, the library's codes and ids, lists of
 * those as comma-separated text); a list of anything else (e.g. of records) is given as an empty list. A command with
 * a single component of another type (a nested record) gets no form: the page says so. Binding goes through each value type's own parsing, so bad input is the library's typed error.
 */
public final class CommandForms {

    private CommandForms() {
    }

    /**
     * One field of a form: {@code name} is the record component's and the form value's name; {@code label} what people
     * read, the name until {@link CommandLabels} gives it the bundle's text.
     */
    public record Field(String name, String kind, List<Option> options, boolean optional, boolean person, String label) {

        /** This field with another label. */
        public Field withLabel(String text) {
            return new Field(name, kind, options, optional, person, text);
        }
    }

    /**
     * A choice of an enum field: {@code value} is the library's code, what the form submits; {@code label} the enum's
     * own name in both languages followed by the code, or the code alone for an enum without one.
     */
    public record Option(String value, LocalizedText label) {
    }

    /** The form of a command, or empty when one of its components cannot be entered in a form. */
    public static Optional<List<Field>> form(Class<?> command) {
        if (!command.isRecord()) {
            return Optional.empty();
        }
        List<Field> fields = new ArrayList<>();
        for (RecordComponent c : command.getRecordComponents()) {
            boolean optional = optional(c);
            Optional<String> kind = kind(c.getType(), c.getGenericType());
            if (kind.isEmpty() && !optional) {
                return Optional.empty();
            }
            List<Option> options = c.getType().isEnum()
                    ? Arrays.stream(c.getType().getEnumConstants()).map(e -> option((Enum<?>) e)).toList() : List.of();
            boolean person = c.getType() == PersonId.class || c.getGenericType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] == PersonId.class;
            // An optional value a form cannot carry (e.g. a link to another instance) is left out.
            fields.add(new Field(c.getName(), kind.orElse("absent"), options, optional, person, c.getName()));
        }
        return Optional.of(fields);
    }

    /** The choice of an enum constant, labelled by the enum's own {@code label()} where it has one. */
    private static Option option(Enum<?> constant) {
        String code = constant.name();
        try {
            Method label = constant.getDeclaringClass().getMethod("label");
            if (label.getReturnType() == LocalizedText.class && label.invoke(constant) instanceof LocalizedText text) {
                return new Option(code, LocalizedText.of(text.nl() + " (" + code + ")", text.en() + " (" + code + ")"));
            }
        } catch (ReflectiveOperationException e) {
            // no label of its own: the code is the label
        }
        return new Option(code, LocalizedText.of(code, code));
    }

    /** Whether a value may be left out: not a primitive, and no {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}. */
    private static boolean optional(RecordComponent c) {
        List<java.lang.annotation.Annotation> annotations = new ArrayList<>(Arrays.asList(c.getAccessor().getAnnotations()));
        try {
            annotations.addAll(Arrays.asList(c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotations()));
        } catch (NoSuchFieldException e) {
            // a record always has the field; the accessor's annotations are enough without it
        }
        return !c.getType().isPrimitive() && annotations.stream()
                .noneMatch(a -> List.of("NotNull", "NotBlank", "NotEmpty").contains(a.annotationType().getSimpleName()));
    }

    private static Optional<String> kind(Class<?> type, Type generic) {
        if (type == List.class && generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            // A list of what a form cannot carry (e.g. records) is entered as an empty list: the demo says so.
            return Optional.of(kind(element, element).filter(k -> !k.equals("list") && !k.equals("checkbox")).isPresent() ? "list" : "empty");
        }
        if (type == String.class || type == BigDecimal.class || type == GeoPoint.class || type == LocalizedText.class
                || type == URI.class || parser(type).isPresent()) {
            return Optional.of("text");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Optional.of("number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of("checkbox");
        }
        if (type == LocalDate.class) {
            return Optional.of("date");
        }
        if (type == Instant.class) {
            return Optional.of("datetime");
        }
        if (type.isEnum()) {
            return Optional.of("select");
        }
        return Optional.empty();
    }

    /** The command built from the form's values; a value that does not parse is an {@link IllegalArgumentException}. */
    public static Object bind(Class<?> command, Map<String, String> values) {
        RecordComponent[] components = command.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            args[i] = kind(c.getType(), c.getGenericType()).isEmpty() ? null
                    : value(c.getType(), c.getGenericType(), values.get(c.getName()), c.getName());
        }
        try {
            Constructor<?> canonical = command.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + command.getSimpleName(), e);
        }
    }

    private static Object value(Class<?> type, Type generic, String raw, String name) {
        String text = raw == null ? "" : raw.trim();
        if (type == boolean.class || type == Boolean.class) {
            return "on".equals(text) || "true".equals(text);
        }
        if (type == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (kind(element, element).isEmpty()) {
                return List.of();
            }
            List<Object> out = new ArrayList<>();
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    out.add(value(element, element, part, name));
                }
            }
            return out;
        }
        if (text.isEmpty()) {
            if (type == int.class || type == long.class) {
                throw new IllegalArgumentException(name + ": a number is needed");
            }
            return type == String.class && raw != null ? "" : null;
        }
        try {
            if (type == String.class) {
                return raw;
            }
            if (type == int.class || type == Integer.class) {
                return Integer.valueOf(text);
            }
            if (type == long.class || type == Long.class) {
                return Long.valueOf(text);
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(text.replace(',', '.'));
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(text);
            }
            if (type == Instant.class) {
                return Instant.parse(text.length() == 16 ? text + ":00Z" : text);
            }
            if (type == LocalizedText.class) {
                // Written once, in the writer's language: the same text for both.
                return LocalizedText.of(raw.strip(), raw.strip());
            }
            if (type == URI.class) {
                return URI.create(text);
            }
            if (type == GeoPoint.class) {
                String[] latLon = text.split("[ ;]+|,\\s+");
                return GeoPoint.of(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1]));
            }
            if (type.isEnum()) {
                try {
                    return enumValue(type, text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ": '" + abbreviate(text) + "' is not one of "
                            + Arrays.toString(type.getEnumConstants()));
                }
            }
            Method parser = parser(type).orElseThrow();
            return parser.invoke(null, text);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalArgumentException(name + ": " + e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && !(e instanceof NumberFormatException)) {
                throw iae;
            }
            throw new IllegalArgumentException(name + ": '" + abbreviate(text) + "' is not a valid " + type.getSimpleName());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String text) {
        return Enum.valueOf((Class<? extends Enum>) type, text);
    }

    /** A public static {@code parse(String)} or {@code of(String)} returning the type. */
    private static Optional<Method> parser(Class<?> type) {
        for (String name : List.of("parse", "of")) {
            try {
                Method m = type.getMethod(name, String.class);
                if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type) {
                    return Optional.of(m);
                }
            } catch (NoSuchMethodException e) {
                // try the next name
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /**
     * A command's generated name: its class name in words ({@code AdvanceStep} → "Advance step"); what
     * {@link CommandLabels} shows when the message bundle has no name for it.
     */
    public static String label(Class<?> command) {
        String words = command.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
