package nl.participatie.core.json;

import nl.participatie.core.API;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registrations of a set of library modules (<i>typeregister</i>): type ids in both directions, the sealed
 * families written with a type id, the value types written as one string, the mix-ins and the upcasts. Immutable once
 * built. Each {@link ParticipatieJson} (and each mapper it configures) has its own, handed to the deserialisers as a
 * context attribute, so no mapper's modules change what another mapper reads or hashes. A mapper configured without
 * one (a vendor's {@code findAndRegisterModules()}) reads with {@link #discovered()}, the modules on the class path.
 *
 * <p>Its accessors use no Jackson type, so that an adapter for another JSON library (Jackson 3, in
 * {@code participatie-jackson3}) writes and reads exactly what the Jackson 2 modules declare, without each method
 * module repeating its list of type ids. Upcasts are declared on Jackson 2 trees; {@link #upcast(String)} applies them
 * to a document's text.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TypeRegistry {

    /** The deserialisation attribute under which a mapper carries its registry. */
    static final Object ATTRIBUTE = TypeRegistry.class.getName();

    private final Map<Class<?>, String> ids;
    private final Map<String, Class<?>> classes;
    private final Map<String, TypedJacksonModule.Upcast> upcasts;
    private final Set<Class<?>> commandFamilies;
    private final Set<Class<?>> families;
    private final List<TypedJacksonModule.StringValue<?>> stringValues;
    private final Map<Class<?>, Class<?>> mixIns;

    private TypeRegistry(List<? extends TypedJacksonModule> modules) {
        Map<Class<?>, String> ids = new HashMap<>();
        Map<String, Class<?>> classes = new HashMap<>();
        Map<String, TypedJacksonModule.Upcast> upcasts = new HashMap<>();
        Set<Class<?>> commandFamilies = new LinkedHashSet<>();
        Set<Class<?>> families = new LinkedHashSet<>();
        List<TypedJacksonModule.StringValue<?>> stringValues = new ArrayList<>();
        Map<Class<?>, Class<?>> mixIns = new LinkedHashMap<>();
        for (TypedJacksonModule module : modules) {
            commandFamilies.addAll(module.commandFamilies());
            families.addAll(module.families());
            stringValues.addAll(module.stringValues());
            mixIns.putAll(module.mixIns());
            module.typeIds().forEach((type, id) -> {
                Class<?> before = classes.putIfAbsent(id, type);
                if (before != null && before != type) {
                    throw new IllegalStateException("Type id '" + id + "' is registered for " + before.getName()
                            + " and for " + type.getName());
                }
                ids.put(type, id);
            });
            upcasts.putAll(module.upcasts());
        }
        this.ids = Map.copyOf(ids);
        this.classes = Map.copyOf(classes);
        this.upcasts = Map.copyOf(upcasts);
        this.commandFamilies = Set.copyOf(commandFamilies);
        this.families = Set.copyOf(families);
        this.stringValues = List.copyOf(stringValues);
        this.mixIns = Map.copyOf(mixIns);
    }

    /** Whether the type is a command (a member of a family declared with {@code commands}). */
    public boolean isCommand(Class<?> type) {
        return commandFamilies.stream().anyMatch(f -> f.isAssignableFrom(type));
    }

    /**
     * The registry of exactly these modules, plus the core module when none of them is one.
     *
     * @throws IllegalStateException when two modules register one type id for different classes
     */
    public static TypeRegistry of(List<? extends TypedJacksonModule> modules) {
        if (modules.stream().anyMatch(CoreModule.class::isInstance)) {
            return new TypeRegistry(modules);
        }
        List<TypedJacksonModule> all = new ArrayList<>();
        all.add(new CoreModule());
        all.addAll(modules);
        return new TypeRegistry(all);
    }

    /**
     * The registry of the library modules found on the class path ({@code META-INF/services/
     * com.fasterxml.jackson.databind.Module}); built once, never changed.
     */
    public static TypeRegistry discovered() {
        return Discovered.REGISTRY;
    }

    /** Every registered type id, by class. */
    public Map<Class<?>, String> typeIds() {
        return ids;
    }

    /** The type id of a class; {@code null} when it has none. */
    public String idOf(Class<?> type) {
        return ids.get(type);
    }

    /** The class of a current type id; {@code null} when the id is not registered (or only upcast from). */
    public Class<?> classOf(String id) {
        return classes.get(id);
    }

    /** The sealed families whose members are written and read with their type id in {@code @type}. */
    public Set<Class<?>> families() {
        return families;
    }

    /** The value types written as one JSON string, with their string form and validating factory. */
    public List<TypedJacksonModule.StringValue<?>> stringValues() {
        return stringValues;
    }

    /** The modules' mix-ins by target class (other than the families'); they carry Jackson's shared annotations. */
    public Map<Class<?>, Class<?>> mixIns() {
        return mixIns;
    }

    /**
     * A typed document (a JSON object with its type id in {@code @type}) as the current version of its type: the
     * registered upcasts applied in order, as {@link ParticipatieJson} applies them to stored events. A document whose
     * type id is current, unknown or missing comes back with the same content.
     *
     * @param document the JSON text of one object
     * @return the JSON text of the upcast document, with its current type id in {@code @type}
     * @throws JsonReadException when the text is not a JSON object within the library's limits
     */
    public String upcast(String document) {
        return ParticipatieJson.upcastDocument(document, this);
    }

    /** The upcast step from an old type id; {@code null} when there is none. */
    TypedJacksonModule.Upcast upcastStep(String id) {
        return upcasts.get(id);
    }

    /** Holder: the class path is scanned on first use only. */
    private static final class Discovered {
        static final TypeRegistry REGISTRY = of(ParticipatieJson.discover());
    }
}
