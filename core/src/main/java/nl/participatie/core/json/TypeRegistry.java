package nl.participatie.core.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The type ids of a set of modules, in both directions, and their upcasts: immutable once built. Each
 * {@link ParticipatieJson} (and each mapper it configures) has its own, handed to the deserialisers as a context
 * attribute, so no mapper's modules change what another mapper reads or hashes. A mapper configured without one (a
 * vendor's {@code findAndRegisterModules()}) reads with {@link #discovered()}, the modules on the class path.
 */
final class TypeRegistry {

    /** The deserialisation attribute under which a mapper carries its registry. */
    static final Object ATTRIBUTE = TypeRegistry.class.getName();

    private final Map<Class<?>, String> ids;
    private final Map<String, Class<?>> classes;
    private final Map<String, TypedJacksonModule.Upcast> upcasts;
    private final java.util.Set<Class<?>> commandFamilies;

    private TypeRegistry(List<? extends TypedJacksonModule> modules) {
        Map<Class<?>, String> ids = new HashMap<>();
        Map<String, Class<?>> classes = new HashMap<>();
        Map<String, TypedJacksonModule.Upcast> upcasts = new HashMap<>();
        java.util.Set<Class<?>> commandFamilies = new java.util.HashSet<>();
        for (TypedJacksonModule module : modules) {
            commandFamilies.addAll(module.commandFamilies());
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
        this.commandFamilies = java.util.Set.copyOf(commandFamilies);
    }

    /** Whether the type is a command (a member of a family declared with {@code commands}). */
    boolean isCommand(Class<?> type) {
        return commandFamilies.stream().anyMatch(f -> f.isAssignableFrom(type));
    }

    /** The registry of exactly these modules. */
    static TypeRegistry of(List<? extends TypedJacksonModule> modules) {
        return new TypeRegistry(modules);
    }

    /** The registry of the library modules found on the class path; built once, never changed. */
    static TypeRegistry discovered() {
        return Discovered.REGISTRY;
    }

    String idOf(Class<?> type) {
        return ids.get(type);
    }

    Class<?> classOf(String id) {
        return classes.get(id);
    }

    TypedJacksonModule.Upcast upcast(String id) {
        return upcasts.get(id);
    }

    /** Holder: the class path is scanned on first use only. */
    private static final class Discovered {
        static final TypeRegistry REGISTRY = of(ParticipatieJson.discover());
    }
}
