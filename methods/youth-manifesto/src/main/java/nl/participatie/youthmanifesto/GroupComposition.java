package nl.participatie.youthmanifesto;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * Who is in the group (<i>samenstelling</i>): how many participants, by recruitment channel, by neighbourhood and by age
 * band, the measures of its representativeness. Never by special categories of personal data (ethnicity, health,
 * religion), which the library does not hold.
 *
 * @param participants     how many participants now
 * @param byChannel        participants per recruitment channel, channels with none left out
 * @param byNeighbourhood  participants per neighbourhood code, sorted by code
 * @param noNeighbourhood  participants without a neighbourhood given
 * @param byAgeBand        participants per age band at enrolment, bands with none left out
 */
@API(status = API.Status.EXPERIMENTAL)
public record GroupComposition(int participants, Map<RecruitmentChannel, Integer> byChannel, Map<String, Integer> byNeighbourhood,
                               int noNeighbourhood, Map<AgeBand, Integer> byAgeBand) {

    public GroupComposition {
        Checks.notNegative(participants, "participants");
        byChannel = Collections.unmodifiableMap(new EnumMap<>(InvalidValueException.requireNonNull(byChannel, "byChannel")));
        byNeighbourhood = Collections.unmodifiableMap(new TreeMap<>(InvalidValueException.requireNonNull(byNeighbourhood, "byNeighbourhood")));
        Checks.notNegative(noNeighbourhood, "noNeighbourhood");
        byAgeBand = Collections.unmodifiableMap(new EnumMap<>(InvalidValueException.requireNonNull(byAgeBand, "byAgeBand")));
    }

    /** The composition of the group now. */
    public static GroupComposition of(ManifestoGroup group) {
        InvalidValueException.requireNonNull(group, "group");
        Map<RecruitmentChannel, Integer> channels = new EnumMap<>(RecruitmentChannel.class);
        Map<String, Integer> neighbourhoods = new TreeMap<>();
        Map<AgeBand, Integer> ages = new EnumMap<>(AgeBand.class);
        int none = 0;
        for (Participant p : group.participants()) {
            channels.merge(p.channel(), 1, Integer::sum);
            ages.merge(p.ageBand(), 1, Integer::sum);
            if (p.neighbourhood() == null) {
                none++;
            } else {
                neighbourhoods.merge(p.neighbourhood().value(), 1, Integer::sum);
            }
        }
        return new GroupComposition(group.participants().size(), channels, neighbourhoods, none, ages);
    }
}
