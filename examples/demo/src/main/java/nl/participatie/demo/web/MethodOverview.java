package nl.participatie.demo.web;

import java.util.Locale;

import org.springframework.ui.Model;

import nl.participatie.demo.Persona;

/** What a method's overview page shows beyond its lists (<i>overzicht per methode</i>), e.g. a portfolio or a chart. */
public interface MethodOverview {

    /** The method this adds to. */
    Persona.Method method();

    /** The fragment that renders it, e.g. {@code "bahs :: portfolio"}. */
    String overviewFragment();

    /** Adds what the fragment needs. */
    void addTo(Model model, Locale locale);
}
