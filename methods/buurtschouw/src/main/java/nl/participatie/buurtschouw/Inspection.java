package nl.participatie.buurtschouw;

import java.time.Instant;
import java.time.LocalDate;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;

/**
 * A score of the municipality's own CROW inspection (<i>kwaliteitsschouw</i>, <i>beeldkwaliteitsmeting</i>): the
 * level its inspectors or contractor measured for a theme in a neighbourhood, recorded on the campaign so the
 * residents' scores can be put beside it.
 *
 * @param neighbourhood where: a neighbourhood of the campaign's area
 * @param theme         the theme inspected
 * @param element       what was inspected, a subcategory of the category tree; {@code null} for the theme as a whole
 * @param score         the CROW level measured
 * @param inspectedOn   the day of the inspection
 * @param recordedBy    the civil servant who recorded it
 * @param at            when it was recorded
 */
@API(status = API.Status.EXPERIMENTAL)
public record Inspection(NeighbourhoodCode neighbourhood, Theme theme, CategoryCode element, QualityLevel score,
                         LocalDate inspectedOn, PersonId recordedBy, Instant at) {

    public Inspection {
        InvalidValueException.requireNonNull(neighbourhood, "neighbourhood");
        InvalidValueException.requireNonNull(theme, "theme");
        InvalidValueException.requireNonNull(score, "score");
        InvalidValueException.requireNonNull(inspectedOn, "inspectedOn");
        InvalidValueException.requireNonNull(recordedBy, "recordedBy");
        InvalidValueException.requireNonNull(at, "at");
    }
}
