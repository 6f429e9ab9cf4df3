package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * A rung of the participation ladder (<i>participatieladder</i>, Edelenbos): what a municipality promises a
 * stakeholder group about its influence, from being informed to governing itself. In order: a later rung promises more.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum LadderLevel {
    /** <i>Informeren</i>: the municipality sets the agenda and keeps people informed. */
    INFORM,
    /** <i>Raadplegen</i>: discussion partners; the municipality is not bound, but tells what it did with the input. */
    CONSULT,
    /** <i>Adviseren</i>: residents bring problems and solutions; every piece of advice gets a reasoned answer. */
    ADVISE,
    /** <i>Coproduceren</i>: problem and solution found together; the agreed solution is binding. */
    CO_PRODUCE,
    /** <i>Meebeslissen</i>: the decision follows the residents' outcome within the frames, or says why not. */
    CO_DECIDE,
    /** <i>Zelfbeheer</i>: the residents decide themselves; nobody decides over their heads. */
    SELF_GOVERN;

    // Kept outside the constants, so a state that refers to one holds no text.
    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.LADDER_LEVEL_INFORM),
        Catalogue.text(LabelText.LADDER_LEVEL_CONSULT),
        Catalogue.text(LabelText.LADDER_LEVEL_ADVISE),
        Catalogue.text(LabelText.LADDER_LEVEL_CO_PRODUCE),
        Catalogue.text(LabelText.LADDER_LEVEL_CO_DECIDE),
        Catalogue.text(LabelText.LADDER_LEVEL_SELF_GOVERN)};

    /** Its name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
