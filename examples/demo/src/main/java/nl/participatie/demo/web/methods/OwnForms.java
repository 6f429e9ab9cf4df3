package nl.participatie.demo.web.methods;

import java.util.List;
import java.util.Locale;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;
import nl.participatie.demo.Persona;

/** What the forms of their own (a motie, a council decision) share: who acts, and the way back to the instance. */
final class OwnForms {

    private OwnForms() {
    }

    /** The persona as an actor in the method; a persona without a role there is refused with a clear message. */
    static Actor actor(Persona persona, Persona.Method method, Locale locale) {
        Actor actor = persona.actorIn(method);
        if (actor == null) {
            throw new IllegalArgumentException(persona.label(locale) + (locale.getLanguage().equals("nl")
                    ? " heeft geen rol in deze methode." : " has no role in this method."));
        }
        return actor;
    }

    /** Back to the instance's page, with the refusals or the command done. */
    static String backTo(StreamId stream, List<String> refused, String command, RedirectAttributes redirect) {
        if (refused.isEmpty()) {
            redirect.addFlashAttribute("done", command);
        } else {
            redirect.addFlashAttribute("refused", refused);
        }
        return "redirect:/i/" + stream.type() + "/" + stream.id();
    }
}
