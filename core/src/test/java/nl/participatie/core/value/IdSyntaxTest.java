package nl.participatie.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written checks of {@link IdSyntax} accept exactly what the regular expressions of the identifiers' documented
 * rules accept, for every string: the characters around each rule's edges, a few outside ASCII, and lengths around
 * the limits.
 */
class IdSyntaxTest {

    private static final Pattern STREAM_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    private static final Pattern STREAM_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    @Provide
    Arbitrary<String> candidates() {
        Arbitrary<String> edgy = Arbitraries.strings().withChars("azAZ09.-_:/@`{[ é\u0000\u212a")
                .ofMinLength(0).ofMaxLength(70);
        Arbitrary<String> lower = Arbitraries.strings().withChars("abc.-09").ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> upper = Arbitraries.strings().withChars("ABZ_09a").ofMinLength(0).ofMaxLength(45);
        Arbitrary<String> local = Arbitraries.strings().withChars("aZ9._-:").ofMinLength(60).ofMaxLength(68);
        return Arbitraries.oneOf(edgy, lower, upper, local);
    }

    @Property(tries = 3000)
    void aStreamTypeIsWhatItsPatternSays(@ForAll("candidates") String s) {
        assertThat(IdSyntax.isStreamType(s)).as(s).isEqualTo(STREAM_TYPE.matcher(s).matches());
    }

    @Property(tries = 3000)
    void aLocalIdIsWhatItsPatternSays(@ForAll("candidates") String s) {
        assertThat(IdSyntax.isLocalId(s, '-')).as(s).isEqualTo(STREAM_ID.matcher(s).matches());
        assertThat(IdSyntax.isLocalId(s, ':')).as(s).isEqualTo(PERSON_ID.matcher(s).matches());
    }

    @Property(tries = 3000)
    void aRoleCodeIsWhatItsPatternSays(@ForAll("candidates") String s) {
        assertThat(IdSyntax.isRoleCode(s)).as(s).isEqualTo(ROLE.matcher(s).matches());
    }

    @Property(tries = 1000)
    void theValueTypesAcceptWhatTheirRulesAccept(@ForAll("candidates") String s) {
        assertThat(accepts(() -> PersonId.of(s))).as(s).isEqualTo(PERSON_ID.matcher(s).matches());
        assertThat(accepts(() -> Role.of(s))).as(s).isEqualTo(ROLE.matcher(s).matches());
        assertThat(accepts(() -> StreamId.of(s, "id-1"))).as(s).isEqualTo(s.length() <= 64 && STREAM_TYPE.matcher(s).matches());
        assertThat(accepts(() -> StreamId.of("a.b", s))).as(s).isEqualTo(STREAM_ID.matcher(s).matches());
    }

    private static boolean accepts(Runnable make) {
        try {
            make.run();
            return true;
        } catch (InvalidValueException refused) {
            return false;
        }
    }
}
