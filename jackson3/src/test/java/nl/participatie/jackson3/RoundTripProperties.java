package nl.participatie.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;

import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.sample.PetitionEvent;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * For every value: Jackson 3 writes the bytes Jackson 2 writes, and each reads back what the other wrote — any text
 * (control characters, quotes, emoji, lone surrogates), any amount, any moment.
 */
class RoundTripProperties {

    private static final ParticipatieJson JACKSON2 = ParticipatieJson.defaults();
    private static final JsonMapper JACKSON3 = ParticipatieJson3.defaults();

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().all().ofMaxLength(200);
    }

    @Provide
    Arbitrary<PersonId> people() {
        return Arbitraries.strings().withChars("abcXYZ019._:-").ofMinLength(1).ofMaxLength(64).map(PersonId::of);
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e12"), new java.math.BigDecimal("1e12"))
                .ofScale(2).map(Money::of);
    }

    @Provide
    Arbitrary<Instant> moments() {
        return Arbitraries.longs().between(0, 4_102_444_800_000_000L).map(micros -> Instant.EPOCH.plusNanos(micros * 1000));
    }

    @Provide
    Arbitrary<Object> values() {
        Arbitrary<Object> drafted = texts().map(PetitionEvent.Drafted::new);
        Arbitrary<Object> supported = Combinators.combine(people(), Arbitraries.integers().between(1, Integer.MAX_VALUE))
                .as(PetitionEvent.Supported::new);
        Arbitrary<Object> spending = Combinators.combine(Arbitraries.integers().between(1, 1000), amounts(), people(), texts())
                .as((action, amount, who, text) -> new InitiativeEvent.SpendingRecorded(action, amount, Erasable.of(who, text)));
        Arbitrary<Object> progress = Combinators.combine(Arbitraries.integers().between(1, 1000), Arbitraries.integers().between(0, 100),
                texts(), moments()).as((action, percent, note, at) -> new InitiativeEvent.ProgressReported(action, percent,
                        Erasable.of(null, note), at));
        Arbitrary<Object> recorded = Combinators.combine(texts(), people(), moments(), Arbitraries.longs().between(1, Long.MAX_VALUE))
                .as((title, who, at, sequence) -> new RecordedEvent<>(StreamId.of("sample.petition", "p-1"), sequence, at,
                        Actor.of(who, Role.of("RESIDENT")), "DRAFT", new PetitionEvent.Drafted(title), "cd", "ab"));
        return Arbitraries.oneOf(drafted, supported, spending, progress, recorded);
    }

    @Property(tries = 300)
    void jackson3WritesWhatJackson2WritesAndEachReadsTheOther(@ForAll("values") Object value) throws Exception {
        String by2 = JACKSON2.write(value);
        String by3 = JACKSON3.writeValueAsString(value);

        assertThat(by3).isEqualTo(by2);
        assertThat(JACKSON3.writeValueAsBytes(value)).isEqualTo(JACKSON2.mapper().writeValueAsBytes(value));
        assertThat(ParticipatieJson3.read(JACKSON3, by2, value.getClass())).isEqualTo(value);
        assertThat(JACKSON2.read(by3, value.getClass())).isEqualTo(value);
    }
}
