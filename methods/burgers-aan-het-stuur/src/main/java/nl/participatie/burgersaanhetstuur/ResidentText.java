package nl.participatie.burgersaanhetstuur;

import java.util.Locale;

import nl.participatie.core.DecisionContext;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.PersonId;

/**
 * What residents write into an initiative, kept as {@link Erasable} values (<i>wisbare tekst</i>): under the key of the
 * resident who wrote it when an initiator or participant writes it, else under the initiative's key only (a
 * facilitator's or the municipality's text), and shown as the catalogue's "[gewist]" once erased.
 */
final class ResidentText {

    private ResidentText() {
    }

    /** The stripped text as an erasable value of its writer: the acting initiator or participant. */
    static Erasable<String> by(DecisionContext context, String text) {
        return Erasable.of(writer(context), text.strip());
    }

    /** The data subject of what the actor writes: themselves when they are a resident of the initiative, else nobody. */
    static PersonId writer(DecisionContext context) {
        var role = context.actor().role();
        return BurgersAanHetStuurWorkflow.INITIATOR.equals(role) || BurgersAanHetStuurWorkflow.PARTICIPANT.equals(role)
                ? context.actor().person() : null;
    }

    /** The text in a language: the value, the catalogue's word for "erased", or empty for none ({@code null}). */
    static String in(Erasable<String> text, Locale locale) {
        return text == null ? "" : text.orErased(locale);
    }

    /** The text, or empty when erased: for a text that is only compared or counted. */
    static String plain(Erasable<String> text) {
        return text == null ? "" : text.orElse("");
    }
}
