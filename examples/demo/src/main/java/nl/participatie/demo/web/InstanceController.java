package nl.participatie.demo.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participatie.core.AuditTrail;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Violation;
import nl.participatie.core.Workflow;
import nl.participatie.core.link.ChainView;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.StreamId;
import nl.participatie.demo.Persona;

/**
 * Every instance's page (<i>instantiepagina</i>): its step in the workflow, the workflow's Mermaid source, its audit
 * trail with the verification, its chain upstream and downstream, the method's own details, and a form for each
 * command the persona may fire in the current step. A command is handled by the method's engine; a refusal (also of a
 * forged request) is shown with the library's message.
 */
@Controller
public class InstanceController {

    private final Engines engines;
    private final Map<String, InstanceDetails> details;
    private final CommandLabels labels;

    public InstanceController(Engines engines, List<InstanceDetails> details, CommandLabels labels) {
        this.engines = engines;
        this.labels = labels;
        this.details = details.stream().collect(Collectors.toMap(InstanceDetails::streamType, Function.identity()));
    }

    /** One record of the audit trail as shown. */
    public record TrailRow(long sequence, String at, String person, String role, String step, String event) {
    }

    /**
     * A command the persona may fire here, with its form (none when the demo cannot render one): {@code name} is the
     * command's simple name, used in the form's id and action; {@code label} its name for people.
     */
    public record Offer(String name, String label, List<CommandForms.Field> fields) {
    }

    @GetMapping("/i/{type}/{id}")
    public String instance(@PathVariable String type, @PathVariable String id, @ModelAttribute("persona") Persona persona,
                           Model model, Locale locale) {
        ProcessEngine<?, ?, ?> engine = engines.of(type);
        StreamId stream = StreamId.of(type, id);
        if (engine.store().version(stream) == 0) {
            throw new NotFound("no instance " + stream);
        }
        fill(engine, stream, persona, model, locale);
        return "instance";
    }

    private <C, E, S> void fill(ProcessEngine<C, E, S> engine, StreamId stream, Persona persona, Model model, Locale locale) {
        S state = engine.load(stream);
        Enum<?> step = engine.definition().stepOf(state);
        Workflow<?> workflow = engine.definition().workflow();
        Persona.Method method = Engines.methodOf(stream.type());
        model.addAttribute("stream", stream);
        model.addAttribute("methodPath", Engines.listPath(method));
        model.addAttribute("method", method);
        model.addAttribute("step", step.name());
        model.addAttribute("steps", Arrays.stream(workflow.stepType().getEnumConstants()).map(Enum::name).toList());
        model.addAttribute("mermaid", diagram(workflow, step));
        List<TrailRow> trail = new ArrayList<>();
        for (RecordedEvent<E> r : engine.history(stream)) {
            trail.add(new TrailRow(r.sequence(), r.recordedAt().toString(), r.actor().person().value(), r.actor().role().code(),
                    r.step(), r.event().getClass().getSimpleName()));
        }
        model.addAttribute("trail", trail);
        AuditTrail.Verification verification = engine.verify(stream);
        model.addAttribute("verification", verification);
        model.addAttribute("chain", ChainView.of(engine.store(), stream, ChainView.statusFrom(engines.all())));
        model.addAttribute("offers", holds(engine, state, step, persona.actorIn(method))
                ? offers(workflow, step, persona.actorIn(method), labels, locale) : List.of());
        model.addAttribute("actor", persona.actorIn(method));
        InstanceDetails extra = details.get(stream.type());
        model.addAttribute("detailsFragment", extra == null ? null : extra.fragment());
        if (extra != null) {
            extra.addTo(model, stream, state, locale);
        }
    }

    /** The workflow's Mermaid diagram with the instance's step marked. */
    private static <P extends Enum<P>> String diagram(Workflow<P> workflow, Enum<?> step) {
        return workflow.toMermaid(workflow.stepType().cast(step));
    }

    /**
     * Whether the actor holds its role in this instance, as the engine will ask before any command (outside the first
     * step). Asked without a command: a role whose reach differs per command (any resident may support an idea) is
     * taken at its narrowest, so such a form is not offered to whom it would be allowed.
     */
    private static <S> boolean holds(ProcessEngine<?, ?, S> engine, S state, Enum<?> step, Actor actor) {
        var roles = engine.definition().instanceRoles();
        return actor == null || step == engine.definition().workflow().initial() || !roles.isScoped(actor.role())
                || roles.holder().holds(state, actor.person(), actor.role(), null);
    }

    /** The commands the actor may fire in the step, by the workflow, named in the locale; none without a role in the method. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Offer> offers(Workflow<?> workflow, Enum<?> step, Actor actor, CommandLabels labels, Locale locale) {
        List<Offer> out = new ArrayList<>();
        if (actor == null) {
            return out;
        }
        for (Class<?> command : workflow.commands()) {
            if (((Workflow) workflow).check(step, command, actor.role()).isEmpty()) {
                out.add(labels.offer(command, locale));
            }
        }
        return out;
    }

    @PostMapping("/i/{type}/{id}/do/{command}")
    public String handle(@PathVariable String type, @PathVariable String id, @PathVariable String command,
                         @RequestParam Map<String, String> values, @ModelAttribute("persona") Persona persona,
                         RedirectAttributes redirect, Locale locale) {
        ProcessEngine<?, ?, ?> engine = engines.of(type);
        StreamId stream = StreamId.of(type, id);
        List<String> refused = run(engine, stream, command, values, persona, locale);
        flash(redirect, refused, labels.command(commandType(engine.definition().workflow(), command), locale));
        return "redirect:/i/" + type + "/" + id;
    }

    /** A command that starts a new instance (allowed in the workflow's first step); back to the list when refused. */
    @PostMapping("/new/{type}/{command}")
    public String start(@PathVariable String type, @PathVariable String command, @RequestParam Map<String, String> values,
                        @ModelAttribute("persona") Persona persona, RedirectAttributes redirect, Locale locale) {
        ProcessEngine<?, ?, ?> engine = engines.of(type);
        StreamId stream = engine.newStream();
        List<String> refused = run(engine, stream, command, values, persona, locale);
        flash(redirect, refused, labels.command(commandType(engine.definition().workflow(), command), locale));
        return refused.isEmpty() ? "redirect:/i/" + type + "/" + stream.id() : "redirect:" + Engines.listPath(Engines.methodOf(type));
    }

    /** The workflow's command of that simple name, or a 404. */
    private static Class<?> commandType(Workflow<?> workflow, String command) {
        return workflow.commands().stream().filter(c -> c.getSimpleName().equals(command)).findFirst()
                .orElseThrow(() -> new NotFound("no command " + command + " in " + workflow.name()));
    }

    private static void flash(RedirectAttributes redirect, List<String> refused, String command) {
        if (refused.isEmpty()) {
            redirect.addFlashAttribute("done", command);
        } else {
            redirect.addFlashAttribute("refused", refused);
        }
    }

    /** Handles the command; the messages of its refusal, none when it was accepted. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<String> run(ProcessEngine engine, StreamId stream, String command, Map<String, String> values, Persona persona,
                            Locale locale) {
        Class<?> type = commandType(engine.definition().workflow(), command);
        Actor actor = persona.actorIn(Engines.methodOf(stream.type()));
        if (actor == null) {
            return List.of(locale.getLanguage().equals("nl")
                    ? persona.label(locale) + " heeft geen rol in deze methode en kan hier niets doen."
                    : persona.label(locale) + " has no role in this method and cannot act here.");
        }
        Object bound;
        try {
            bound = CommandForms.bind(type, values);
        } catch (InvalidValueException e) {
            return List.of(Violation.of(e, "").message().in(locale));
        } catch (IllegalArgumentException | NullPointerException e) {
            return List.of(String.valueOf(e.getMessage()));
        }
        Outcome<?, ?> outcome = engine.handle(stream, actor, bound);
        return outcome.violations().stream().map(v -> v.message().in(locale) + " (" + v.code() + (v.path().isEmpty() ? "" : ", " + v.path()) + ")").toList();
    }
}
