package nl.participatie.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

import nl.participatie.core.Violation;

/** The validator handed to vendors speaks one language; the library's own violations keep both. */
class CommandValidationTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    record Form(@NotBlank String name, @Postcode String postcode) {
    }

    record Echo(@Size(max = 3, message = "te lang/too long: ${validatedValue}") String text) {
    }

    record Amount(@Digits(integer = 12, fraction = 6) BigDecimal value) {
    }

    private static List<String> messages(Validator validator, Object bean) {
        Set<ConstraintViolation<Object>> found = validator.validate(bean);
        return found.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
    }

    @Test
    void theUnderlyingValidatorGivesOneMessageInTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(messages(CommandValidation.shared().validator(), new Form(" ", "0123 XX"))).containsExactly(
                    "name: must not be blank", "postcode: must be a Dutch postcode of 4 digits and 2 letters, such as 1234 AB");
            Locale.setDefault(DUTCH);
            assertThat(messages(CommandValidation.shared().validator(), new Form(" ", "0123 XX"))).containsExactly(
                    "name: mag niet leeg zijn", "postcode: moet een Nederlandse postcode zijn van 4 cijfers en 2 letters, zoals 1234 AB");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aValidatorForAGivenLocale() {
        assertThat(messages(CommandValidation.shared().validator(DUTCH), new Form("x", "0123 XX")))
                .containsExactly("postcode: moet een Nederlandse postcode zijn van 4 cijfers en 2 letters, zoals 1234 AB");
        assertThat(messages(CommandValidation.shared().validator(Locale.ENGLISH), new Form("x", "0123 XX")))
                .containsExactly("postcode: must be a Dutch postcode of 4 digits and 2 letters, such as 1234 AB");
    }

    @Test
    void theLibrarysViolationsKeepBothLanguagesWhateverTheMessageHolds() {
        List<Violation> found = CommandValidation.shared().validate(new Echo("a\u001fb:c"));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.message().nl()).isEqualTo("te lang/too long: a\u001fb:c");
            assertThat(v.message().en()).isEqualTo("te lang/too long: a\u001fb:c");
        });
        assertThat(CommandValidation.shared().validate(new Form(" ", null))).singleElement()
                .satisfies(v -> assertThat(v.message().nl() + "|" + v.message().en()).isEqualTo("mag niet leeg zijn|must not be blank"));
    }

    @Test
    void digitsRefusesANumberWithAnAbsurdExponent() {
        for (String absurd : List.of("1e2147483647", "-1e2147483647", "1e-2147483647", "0e-2147483647")) {
            assertThat(CommandValidation.shared().validate(new Amount(new BigDecimal(absurd)))).as(absurd)
                    .singleElement().satisfies(v -> assertThat(v.code()).isEqualTo("constraint.Digits"));
        }
        assertThat(CommandValidation.shared().validate(new Amount(new BigDecimal("123456789012.123456")))).isEmpty();
        assertThat(CommandValidation.shared().validate(new Amount(new BigDecimal("1e11")))).isEmpty();
        assertThat(CommandValidation.shared().validate(new Amount(new BigDecimal("1e12")))).hasSize(1);
    }
}
