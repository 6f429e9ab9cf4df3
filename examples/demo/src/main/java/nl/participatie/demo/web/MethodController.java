package nl.participatie.demo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import nl.participatie.core.ProcessEngine;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.StreamId;
import nl.participatie.demo.Persona;
import nl.participatie.demo.StreamIndex;

/**
 * A method's overview (<i>overzicht</i>): its instances of every kind with the step each is in, the forms that start
 * a new one (for the persona, where its workflow allows), and the method's own overview parts.
 */
@Controller
public class MethodController {

    private final Engines engines;
    private final StreamIndex index;
    private final List<MethodOverview> overviews;
    private final CommandLabels labels;

    public MethodController(Engines engines, StreamIndex index, List<MethodOverview> overviews, CommandLabels labels) {
        this.engines = engines;
        this.labels = labels;
        this.index = index;
        this.overviews = overviews;
    }

    /** One kind of instance with its instances. */
    public record Kind(String streamType, List<Row> rows, List<InstanceController.Offer> starts) {
    }

    /** One instance in the list. */
    public record Row(StreamId stream, String step) {
    }

    @GetMapping({"/{method:burgers-aan-het-stuur|buurtschouw|youth-manifesto|budgetmonitoring|samenspel}"})
    public String overview(@PathVariable String method, @ModelAttribute("persona") Persona persona, Model model, Locale locale) {
        Persona.Method m = switch (method) {
            case "burgers-aan-het-stuur" -> Persona.Method.BURGERS_AAN_HET_STUUR;
            case "buurtschouw" -> Persona.Method.BUURTSCHOUW;
            case "youth-manifesto" -> Persona.Method.YOUTH_MANIFESTO;
            case "budgetmonitoring" -> Persona.Method.BUDGETMONITORING;
            default -> Persona.Method.SAMENSPEL;
        };
        List<Kind> kinds = new ArrayList<>();
        for (ProcessEngine<?, ?, ?> engine : engines.all()) {
            String type = engine.definition().streamType();
            if (Engines.methodOf(type) == m) {
                kinds.add(kind(engine, persona.actorIn(m) == null ? null : persona, m, locale));
            }
        }
        model.addAttribute("methodKey", method);
        model.addAttribute("kinds", kinds);
        model.addAttribute("actor", persona.actorIn(m));
        String fragment = null;
        for (MethodOverview o : overviews) {
            if (o.method() == m) {
                o.addTo(model, locale);
                fragment = o.overviewFragment();
            }
        }
        model.addAttribute("overviewFragment", fragment);
        return "method";
    }

    private <C, E, S> Kind kind(ProcessEngine<C, E, S> engine, Persona persona, Persona.Method method, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (StreamId s : index.of(engine.definition().streamType())) {
            rows.add(new Row(s, engine.definition().stepOf(engine.load(s)).name()));
        }
        Workflow<?> workflow = engine.definition().workflow();
        List<InstanceController.Offer> starts = persona == null ? List.of()
                : InstanceController.offers(workflow, workflow.initial(), persona.actorIn(method), labels, locale);
        return new Kind(engine.definition().streamType(), rows, starts);
    }
}
