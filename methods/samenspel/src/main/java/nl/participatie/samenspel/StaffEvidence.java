package nl.participatie.samenspel;

import java.time.LocalDate;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.MunicipalityCode;

/**
 * Where the evaluation reads what the change asks of the staff (<i>bewijs uit de andere methoden</i>): the
 * municipality's response times and open promises in the other methods used in the same area — report handling
 * times and overdue feedback in Buurtschouw, initiatives waiting on the municipality in Burgers aan het stuur,
 * overdue commitments in Youth Manifesto. A small port, so Samenspel does not depend on those modules; the vendor
 * implements it over its stores. Read once, when the evaluation starts, and recorded in the event.
 */
@API(status = API.Status.EXPERIMENTAL)
@FunctionalInterface
public interface StaffEvidence {

    /** No evidence: the default when the vendor gives none. */
    StaffEvidence NONE = (municipality, from, to) -> List.of();

    /** The measures of the municipality over the period of the trajectory. */
    List<StaffMeasure> measures(MunicipalityCode municipality, LocalDate from, LocalDate to);
}
