package nl.participatie.core.sample;

import java.time.Instant;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.PersonId;

/**
 * State of the sample petition (<i>verzoekschrift</i>), the test kit's sample process for the library's own tests;
 * not a method and not for vendors.
 *
 * @param step       where it is
 * @param title      its title, empty before drafting
 * @param closesAt   end of the support period, null before opening
 * @param supporters who supported it, in order
 * @param granted    the decision, null before deciding
 */
@API(status = API.Status.INTERNAL)
public record Petition(PetitionStep step, String title, Instant closesAt, List<PersonId> supporters, Boolean granted) {

    public static final Petition INITIAL = new Petition(PetitionStep.DRAFT, "", null, List.of(), null);

    public Petition {
        supporters = List.copyOf(supporters);
    }

    Petition with(PetitionStep s) {
        return new Petition(s, title, closesAt, supporters, granted);
    }
}
