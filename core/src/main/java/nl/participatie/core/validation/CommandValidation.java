package nl.participatie.core.validation;

import nl.participatie.core.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Digits;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

import nl.participatie.core.Violation;
import nl.participatie.core.value.LocalizedText;

/**
 * Jakarta Bean Validation of commands and of a vendor's own objects (<i>invoercontrole</i>), with every violation
 * turned into the library's {@link Violation}: code {@code constraint.<Annotation>} (for example
 * {@code constraint.NotBlank} or {@code constraint.Postcode}), the property path, and the message in Dutch and
 * English. The engine runs it on every command before the decider sees it.
 *
 * <p>One shared, thread-safe validator: building a Hibernate Validator factory is expensive.
 */
@API(status = API.Status.STABLE)
public final class CommandValidation {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final char SEPARATOR = '\u001f';
    private static final CommandValidation SHARED = new CommandValidation();

    private final ValidatorFactory factory;
    private final Validator validator;

    private CommandValidation() {
        PlatformResourceBundleLocator messages =
                new PlatformResourceBundleLocator("ValidationMessages", Set.of(DUTCH, Locale.ENGLISH), null, true);
        MessageInterpolator hibernate = new ResourceBundleMessageInterpolator(messages,
                Set.of(DUTCH, Locale.ENGLISH), Locale.ENGLISH, context -> Locale.ENGLISH, false);
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        // @Digits on a BigDecimal within the library's number limits (Hibernate Validator's own lets 1e2147483647 pass).
        ConstraintMapping digits = configuration.createConstraintMapping();
        digits.constraintDefinition(Digits.class).includeExistingValidators(true).validatedBy(LimitedDigitsValidator.class);
        factory = configuration.addMapping(digits)
                .messageInterpolator(new BilingualInterpolator(hibernate))
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    /** The shared instance. */
    public static CommandValidation shared() {
        return SHARED;
    }

    /** Validates an object (a command, a vendor's DTO): no violations when it is valid. */
    public List<Violation> validate(Object bean) {
        Set<ConstraintViolation<Object>> found = validator.validate(bean);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> v : found) {
            String code = "constraint." + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            out.add(new Violation(code, v.getPropertyPath().toString(), split(v.getMessage())));
        }
        // Hibernate Validator returns a hash set: sort so messages come in a stable order.
        out.sort(java.util.Comparator.comparing(Violation::path).thenComparing(Violation::code));
        return List.copyOf(out);
    }

    /** The underlying Jakarta validator, configured with the library's bilingual messages. */
    public Validator validator() {
        return validator;
    }

    private static LocalizedText split(String message) {
        int at = message.indexOf(SEPARATOR);
        return at < 0 ? new LocalizedText(message, message)
                : new LocalizedText(message.substring(0, at), message.substring(at + 1));
    }

    /** Interpolates every message in Dutch and English at once, so one validation run gives both. */
    private static final class BilingualInterpolator implements MessageInterpolator {
        private final MessageInterpolator delegate;

        BilingualInterpolator(MessageInterpolator delegate) {
            this.delegate = delegate;
        }

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, DUTCH) + SEPARATOR
                    + delegate.interpolate(template, context, Locale.ENGLISH);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
