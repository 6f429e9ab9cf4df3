package nl.participatie.jackson3;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.introspect.VisibilityChecker;

import nl.participatie.core.json.TypeRegistry;

/**
 * What {@code ParticipatieJson} sets for the whole mapper, set here for the library's types only, so that an
 * application's mapper reads them as strictly and writes them in the same order as the library does, and leaves its
 * own classes alone. A library type is
 * one in a package of {@code nl.participatie} or in the package of a class registered by a module (a vendor's own
 * process).
 */
final class LibraryTypes {

    private final Set<String> packages = new HashSet<>();

    LibraryTypes(TypeRegistry registry) {
        registry.typeIds().keySet().forEach(this::addPackageOf);
        registry.families().forEach(this::addPackageOf);
        registry.stringValues().forEach(v -> addPackageOf(v.type()));
        registry.mixIns().keySet().forEach(this::addPackageOf);
    }

    private void addPackageOf(Class<?> type) {
        packages.add(type.getPackageName());
    }

    boolean isLibraryType(Class<?> type) {
        String name = type.getPackageName();
        return name.equals("nl.participatie") || name.startsWith("nl.participatie.") || packages.contains(name);
    }

    /** An unknown property of a library type is an error, whatever {@code FAIL_ON_UNKNOWN_PROPERTIES} says. */
    DeserializationProblemHandler unknownProperties() {
        return new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                                 Object beanOrClass, String propertyName) {
                Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass == null ? Object.class : beanOrClass.getClass();
                if (isLibraryType(type)) {
                    throw UnrecognizedPropertyException.from(p, beanOrClass, propertyName,
                            deserializer == null ? null : deserializer.getKnownPropertyNames());
                }
                return false;
            }
        };
    }

    /**
     * For library types: a primitive creator property is required (as Jackson 2 requires it); {@code isX()} methods
     * are no properties (records are written by their components, as with
     * core's {@code AUTO_DETECT_IS_GETTERS} off); properties are written in Jackson 2's sorted order, a record's
     * components first, alphabetically, then any other property, alphabetically (Jackson 3 writes the components in
     * declaration order); maps are written sorted by key (core's {@code ORDER_MAP_ENTRIES_BY_KEYS}).
     */
    NopAnnotationIntrospector introspector() {
        return new NopAnnotationIntrospector() {
            private static final long serialVersionUID = 1L;

            @Override
            public VisibilityChecker findAutoDetectVisibility(MapperConfig<?> config, AnnotatedClass ac, VisibilityChecker checker) {
                if (isLibraryType(ac.getRawType())) {
                    return checker.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE);
                }
                return checker;
            }

            @Override
            public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember member) {
                // Jackson 2 refuses a missing primitive creator property (FAIL_ON_NULL_FOR_PRIMITIVES); Jackson 3 reads 0.
                if (member instanceof AnnotatedParameter parameter && parameter.getRawType().isPrimitive()
                        && isLibraryType(parameter.getDeclaringClass())) {
                    return Boolean.TRUE;
                }
                return null;
            }

            @Override
            public String[] findSerializationPropertyOrder(MapperConfig<?> config, AnnotatedClass ac) {
                Class<?> type = ac.getRawType();
                if (!type.isRecord() || !isLibraryType(type)) {
                    return null;
                }
                return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).sorted().toArray(String[]::new);
            }

            @Override
            public Boolean findSerializationSortAlphabetically(MapperConfig<?> config, Annotated ann) {
                return ann instanceof AnnotatedClass ac && isLibraryType(ac.getRawType()) ? Boolean.TRUE : null;
            }

            @Override
            public JsonFormat.Value findFormat(MapperConfig<?> config, Annotated memberOrClass) {
                if (!(memberOrClass instanceof AnnotatedMember member) || !isLibraryType(member.getDeclaringClass())) {
                    return null;
                }
                JsonFormat.Value format = null;
                JavaType type = member.getType();
                if (type.getRawClass() == Duration.class
                        || (type.getContentType() != null && type.getContentType().getRawClass() == Duration.class)) {
                    // Jackson 2's WRITE_DURATIONS_AS_TIMESTAMPS, on by default there: a duration as seconds.
                    format = JsonFormat.Value.forShape(JsonFormat.Shape.NUMBER);
                }
                if (Map.class.isAssignableFrom(type.getRawClass())) {
                    format = (format == null ? JsonFormat.Value.empty() : format).withFeature(JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES);
                }
                return format;
            }
        };
    }
}
