package nl.participatie.demo.web;

import java.util.Locale;

import org.springframework.ui.Model;

import nl.participatie.core.value.StreamId;

/**
 * What a method's instance page shows beyond the generic parts (<i>details per methode</i>): a bean per stream type
 * adds its model attributes and names the template fragment that renders them.
 */
public interface InstanceDetails {

    /** The stream type this adds to. */
    String streamType();

    /** The fragment that renders the details, e.g. {@code "bahs :: initiative"}. */
    String fragment();

    /** Adds what the fragment needs for the instance in its state. */
    void addTo(Model model, StreamId stream, Object state, Locale locale);
}
