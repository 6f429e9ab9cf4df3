package nl.participatie.core.sample;

import nl.participatie.core.API;

/**
 * Steps of the sample petition (<i>verzoekschrift</i>), the process the library's own tests run the engine with; not
 * a method and not for vendors.
 */
@API(status = API.Status.INTERNAL)
public enum PetitionStep {
    DRAFT, OPEN, DECIDED, CLOSED
}
