package nl.participatie.core.json;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The type ids every loaded module registered, in both directions, and their upcasts. Type ids are global names by
 * design ({@code <module>.<name>.v<n>}), so one registry per class loader is enough; registering the same id for
 * another class is refused.
 */
final class TypeRegistry {

    private static final TypeRegistry GLOBAL = new TypeRegistry();

    private final Map<Class<?>, String> ids = new ConcurrentHashMap<>();
    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();
    private final Map<String, TypedJacksonModule.Upcast> upcasts = new ConcurrentHashMap<>();

    static TypeRegistry global() {
        return GLOBAL;
    }

    void register(TypedJacksonModule module) {
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

    String idOf(Class<?> type) {
        return ids.get(type);
    }

    Class<?> classOf(String id) {
        return classes.get(id);
    }

    TypedJacksonModule.Upcast upcast(String id) {
        return upcasts.get(id);
    }

    Map<Class<?>, String> all() {
        return Map.copyOf(ids);
    }
}
