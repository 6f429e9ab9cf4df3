package nl.participatie.buurtschouw.signalen;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.testkit.MutableClock;

/**
 * Fuzzing the import of a Signalen export, an untrusted file: reading it gives meldingen, or refuses it as no JSON
 * ({@link JsonProcessingException}, with where, or {@link CharConversionException} for bytes in no Unicode encoding) or with an {@link InvalidValueException} (one of the export's two
 * codes, and the field's JSON path); the
 * meldingen read are each imported or refused with violations by the facade, never with an exception, and every
 * imported report's audit trail verifies. The corpus (the Signalen fixture) is in
 * {@code src/test/resources/nl/participatie/buurtschouw/signalen/SignalenImportFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * fuzzes (TESTING.md).
 */
class SignalenImportFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void exports(byte[] export) {
        List<SignalenImport.Melding> meldingen;
        try {
            meldingen = SignalenImport.read(new ByteArrayInputStream(export));
        } catch (JsonProcessingException noJson) {
            assertThat(noJson.getLocation()).as("where the JSON broke").isNotNull();
            return;
        } catch (CharConversionException notUnicode) {
            // Bytes in no Unicode encoding (Jackson detects UTF-8, -16 and -32 from the first bytes): no JSON either.
            assertThat(notUnicode.getMessage()).isNotBlank();
            return;
        } catch (IOException e) {
            throw new AssertionError("an in-memory export cannot fail to be read other than as JSON", e);
        } catch (InvalidValueException refused) {
            assertThat(refused.code()).isIn("buurtschouw.signalenExport.fieldRequired", "buurtschouw.signalenExport.fieldInvalid");
            assertThat(refused.rejectedValue()).as("the field's path").startsWith("$");
            assertThat(refused.text().nl()).isNotBlank();
            return;
        }
        if (meldingen.isEmpty()) {
            return;
        }
        Buurtschouw schouw = Buurtschouw.builder().clock(new MutableClock(Instant.parse("2026-01-05T09:00:00Z"))).build();
        SignalenImport.Result result = schouw.importSignalen(meldingen);

        assertThat(result.imported().size() + result.refused().size()).isEqualTo(meldingen.size());
        assertThat(result.refused()).allSatisfy(r -> assertThat(r.violations()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.code()).isNotBlank()));
        assertThat(result.imported()).allSatisfy(i -> assertThat(schouw.reports().verify(i.stream()).valid()).isTrue());
    }
}
