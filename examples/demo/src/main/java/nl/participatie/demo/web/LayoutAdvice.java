package nl.participatie.demo.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import nl.participatie.demo.Persona;

/** What every page's layout shows: the persona played, the personas to switch to, the language and the current path. */
@ControllerAdvice(basePackages = "nl.participatie.demo.web")
public class LayoutAdvice {

    /** The cookie that keeps the persona chosen. */
    public static final String PERSONA_COOKIE = "demo-persona";

    @ModelAttribute("persona")
    public Persona persona(@CookieValue(name = PERSONA_COOKIE, required = false) String cookie) {
        return Persona.parse(cookie);
    }

    @ModelAttribute("personas")
    public List<Persona> personas() {
        return Arrays.asList(Persona.values());
    }

    @ModelAttribute("lang")
    public String lang(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? "nl" : "en";
    }

    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
