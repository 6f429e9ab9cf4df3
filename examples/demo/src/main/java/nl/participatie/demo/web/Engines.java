package nl.participatie.demo.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.participatie.core.ProcessEngine;
import nl.participatie.demo.Persona;

/**
 * The starter's engine beans by stream type (<i>procesmotoren</i>), with the method each belongs to: what the generic
 * instance pages handle commands with.
 */
@Component
public class Engines {

    private final Map<String, ProcessEngine<?, ?, ?>> byType = new LinkedHashMap<>();

    public Engines(List<ProcessEngine<?, ?, ?>> engines) {
        for (ProcessEngine<?, ?, ?> engine : engines) {
            byType.put(engine.definition().streamType(), engine);
        }
    }

    /** The engine of a stream type, or a 404 when the demo has none. */
    public ProcessEngine<?, ?, ?> of(String streamType) {
        ProcessEngine<?, ?, ?> engine = byType.get(streamType);
        if (engine == null) {
            throw new NotFound("no process of type " + streamType);
        }
        return engine;
    }

    /** Every engine, for the status of the instances in a chain. */
    public ProcessEngine<?, ?, ?>[] all() {
        return byType.values().toArray(ProcessEngine<?, ?, ?>[]::new);
    }

    /** The method a stream type belongs to, from its prefix ({@code buurtschouw.report}). */
    public static Persona.Method methodOf(String streamType) {
        String prefix = streamType.substring(0, streamType.indexOf('.') < 0 ? streamType.length() : streamType.indexOf('.'));
        return switch (prefix) {
            case "burgersaanhetstuur" -> Persona.Method.BURGERS_AAN_HET_STUUR;
            case "buurtschouw" -> Persona.Method.BUURTSCHOUW;
            case "youthmanifesto" -> Persona.Method.YOUTH_MANIFESTO;
            case "budgetmonitoring" -> Persona.Method.BUDGETMONITORING;
            case "samenspel" -> Persona.Method.SAMENSPEL;
            default -> throw new NotFound("no method for " + streamType);
        };
    }

    /** The list page of a method. */
    public static String listPath(Persona.Method method) {
        return switch (method) {
            case BURGERS_AAN_HET_STUUR -> "/burgers-aan-het-stuur";
            case BUURTSCHOUW -> "/buurtschouw";
            case YOUTH_MANIFESTO -> "/youth-manifesto";
            case BUDGETMONITORING -> "/budgetmonitoring";
            case SAMENSPEL -> "/samenspel";
        };
    }
}
