package nl.participatie.examples.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;

import nl.participatie.burgersaanhetstuur.Goal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.core.Violation;
import nl.participatie.core.validation.CommandValidation;
import nl.participatie.core.validation.Postcode;

/**
 * Run in a fresh JVM by {@link ValidationMessagesOrderTest}: a vendor's own Hibernate Validator and the library's
 * validator, in the order given by the first argument ({@code vendor-first} or {@code library-first}). Prints one
 * line per message: {@code vendor|path|message}, {@code library|path|nl|en} and {@code exposed|path|message}.
 */
public final class ValidationOrderProbe {

    /** A vendor's own form: a standard constraint and the library's. */
    public record VendorForm(@NotBlank String name, @Postcode String postcode) {
    }

    private ValidationOrderProbe() {
    }

    public static void main(String[] args) {
        boolean vendorFirst = "vendor-first".equals(args[0]);
        VendorForm form = new VendorForm(" ", "0123 XX");
        List<String> out = new ArrayList<>();
        if (vendorFirst) {
            vendor(form, out);
            library(form, out);
        } else {
            library(form, out);
            vendor(form, out);
        }
        out.forEach(System.out::println);
    }

    private static void vendor(VendorForm form, List<String> out) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (ConstraintViolation<VendorForm> v : validator.validate(form)) {
                out.add("vendor|" + v.getPropertyPath() + "|" + v.getMessage());
            }
        }
    }

    private static void library(VendorForm form, List<String> out) {
        CommandValidation library = CommandValidation.shared();
        List<Violation> all = new ArrayList<>(library.validate(form));
        all.addAll(library.validate(new InitiativeCommand.SetGoal(" ", Goal.Theme.SOCIAL_COHESION)));
        for (Violation v : all) {
            out.add("library|" + v.path() + "|" + v.message().nl() + "|" + v.message().en());
        }
        Set<ConstraintViolation<VendorForm>> exposed = library.validator().validate(form);
        for (ConstraintViolation<VendorForm> v : exposed) {
            out.add("exposed|" + v.getPropertyPath() + "|" + v.getMessage());
        }
        // Buurtschouw on the class path too: its messages must not hide core's or the other method's.
        out.add("buurtschouw-loaded|" + ReportCommand.class.getSimpleName());
        out.add("default-locale|" + Locale.getDefault().toLanguageTag());
    }
}
