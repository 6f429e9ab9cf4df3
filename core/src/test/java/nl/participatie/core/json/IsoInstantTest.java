package nl.participatie.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The canonical time of a recorded event is written exactly as {@link Instant#toString()} writes it, for every instant. */
class IsoInstantTest {

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(-100_000_000_000L, 300_000_000_000L),
                Arbitraries.longs().between(1_700_000_000L, 1_900_000_000L),
                Arbitraries.of(0L, -1L, 86_399L, 86_400L, 951_782_400L, 253_402_300_799L, 253_402_300_800L));
        // Whole seconds, milliseconds, microseconds (what the engine records) and nanoseconds.
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(us -> us * 1_000),
                Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    @Property(tries = 5000)
    void writesWhatToStringWrites(@ForAll("instants") Instant t) {
        assertThat(IsoInstant.format(t)).isEqualTo(t.toString());
    }
}
