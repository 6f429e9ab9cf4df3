package nl.participatie.demo.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.participatie.core.ProcessEngine;
import nl.participatie.core.json.TypeRegistry;
import nl.participatie.demo.Persona;

/**
 * The processes the JSON API serves (<i>processen</i>): every {@link ProcessEngine} bean the starter made, addressed
 * as {@code /api/{method}/{kind}} after its stream type ({@code buurtschouw.report} is {@code buurtschouw/report}),
 * with the method whose persona roles apply and the type ids of its commands.
 */
@Component
public class Processes {

    /** The method of each stream type's first part. */
    private static final Map<String, Persona.Method> METHODS = Map.of(
            "burgersaanhetstuur", Persona.Method.BURGERS_AAN_HET_STUUR,
            "buurtschouw", Persona.Method.BUURTSCHOUW,
            "youthmanifesto", Persona.Method.YOUTH_MANIFESTO,
            "budgetmonitoring", Persona.Method.BUDGETMONITORING,
            "samenspel", Persona.Method.SAMENSPEL);

    /**
     * One process.
     *
     * @param method   the method's path segment, e.g. {@code buurtschouw}
     * @param kind     the process's path segment, e.g. {@code report}
     * @param persona  the method whose roles a persona acts in
     * @param engine   its engine
     * @param commands the type ids of its commands, e.g. {@code buurtschouw.file-report.v2}
     */
    public record Process(String method, String kind, Persona.Method persona, ProcessEngine<?, ?, ?> engine, List<String> commands) {

        /** The stream type, e.g. {@code buurtschouw.report}. */
        public String streamType() {
            return engine.definition().streamType();
        }
    }

    private final Map<String, Process> byStreamType = new LinkedHashMap<>();

    public Processes(List<ProcessEngine<?, ?, ?>> engines) {
        TypeRegistry types = TypeRegistry.discovered();
        for (ProcessEngine<?, ?, ?> engine : engines) {
            String type = engine.definition().streamType();
            int dot = type.indexOf('.');
            Persona.Method method = METHODS.get(type.substring(0, dot));
            if (method == null) {
                continue;
            }
            List<String> commands = new ArrayList<>();
            types.typeIds().forEach((cls, id) -> {
                if (engine.definition().commandType().isAssignableFrom(cls)) {
                    commands.add(id);
                }
            });
            byStreamType.put(type, new Process(type.substring(0, dot), type.substring(dot + 1), method, engine, List.copyOf(commands)));
        }
    }

    /** Every process, in the order of the beans. */
    public List<Process> all() {
        return List.copyOf(byStreamType.values());
    }

    /** The process at {@code /api/{method}/{kind}}. */
    public Optional<Process> find(String method, String kind) {
        return Optional.ofNullable(byStreamType.get(method + "." + kind));
    }
}
