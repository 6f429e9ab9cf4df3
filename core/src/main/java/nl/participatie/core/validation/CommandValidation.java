package nl.participatie.core.validation;

import nl.participatie.core.API;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

import nl.participatie.core.Violation;
import nl.participatie.core.internal.Messages;
import nl.participatie.core.value.LocalizedText;

/**
 * Jakarta Bean Validation of commands and of a vendor's own objects (<i>invoercontrole</i>), with every violation
 * turned into the library's {@link Violation}: code {@code constraint.<Annotation>} (for example
 * {@code constraint.NotBlank} or {@code constraint.Postcode}), the property path, and the message in Dutch and
 * English. The engine runs it on every command before the decider sees it.
 *
 * <p>The messages come from the library's own catalogue ({@code ParticipatieMessages} and its
 * {@code ContributorValidationMessages}, merged from every library jar), then from Hibernate Validator's. The library
 * ships no root {@code ValidationMessages} bundle, so it neither hides an application's messages nor depends on
 * which validator ran first. A vendor's own Hibernate Validator finds the messages of the library's constraints
 * ({@code @Postcode}, ...) in {@code ContributorValidationMessages}.
 *
 * <p>Thread-safe. {@link #shared()} is the instance every engine uses unless its builder is given another
 * ({@code ProcessEngine.Builder.validation}); {@link #create()} builds one of your own (a container that manages
 * its beans, a test that wants no shared state). Building a Hibernate Validator factory is expensive: create one
 * per application, not per call.
 */
@API(status = API.Status.STABLE)
public final class CommandValidation {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final CommandValidation SHARED = new CommandValidation();

    private final ValidatorFactory factory;
    private final Validator validator;
    private final Validator bilingual;

    private CommandValidation() {
        MessageInterpolator messages = new ResourceBundleMessageInterpolator(new CatalogueLocator(),
                Set.of(DUTCH, Locale.ENGLISH), Locale.ENGLISH, context -> Locale.getDefault(), false);
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        // @Digits on a BigDecimal within the library's number limits (Hibernate Validator's own lets 1e2147483647 pass).
        ConstraintMapping digits = configuration.createConstraintMapping();
        digits.constraintDefinition(Digits.class).includeExistingValidators(true).validatedBy(LimitedDigitsValidator.class);
        factory = configuration.addMapping(digits)
                .messageInterpolator(messages)
                .buildValidatorFactory();
        validator = factory.getValidator();
        // The library's own path to both languages: each message interpolated twice, in Dutch and in English.
        bilingual = factory.usingContext().messageInterpolator(new BilingualInterpolator(messages)).getValidator();
    }

    /** The shared instance: the default of every engine. */
    public static CommandValidation shared() {
        return SHARED;
    }

    /** A new instance with its own validator factory, configured as {@link #shared()} is. */
    public static CommandValidation create() {
        return new CommandValidation();
    }

    /** Validates an object (a command, a vendor's DTO): no violations when it is valid. */
    public List<Violation> validate(Object bean) {
        Set<ConstraintViolation<Object>> found = bilingual.validate(bean);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> v : found) {
            String code = "constraint." + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            out.add(new Violation(code, v.getPropertyPath().toString(), BilingualInterpolator.split(v.getMessage())));
        }
        // Hibernate Validator returns a hash set: sort so messages come in a stable order.
        out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::code));
        return List.copyOf(out);
    }

    /**
     * The underlying Jakarta validator, with the library's messages and checks: each message in one language, that
     * of {@link Locale#getDefault()} at the time of validation (Dutch for {@code nl}, English otherwise for the
     * library's own messages). For another locale, use {@link #validator(Locale)}, or the factory's message
     * interpolator with a locale ({@code interpolate(template, context, locale)}, as Spring does per request).
     */
    public Validator validator() {
        return validator;
    }

    /** A Jakarta validator like {@link #validator()} whose messages are in the given locale. */
    public Validator validator(Locale locale) {
        MessageInterpolator messages = factory.getMessageInterpolator();
        Locale fixed = locale == null ? Locale.getDefault() : locale;
        return factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return messages.interpolate(template, context, fixed);
            }

            @Override
            public String interpolate(String template, Context context, Locale requested) {
                return messages.interpolate(template, context, requested);
            }
        }).getValidator();
    }

    /**
     * The library's catalogue as the user bundle of Hibernate Validator's interpolator: Dutch for {@code nl}, English
     * for every other language. Read from {@link Messages}, which merges every library jar's bundle by itself, so the
     * JDK's resource bundle cache (shared with the application's own validators) plays no part.
     */
    private static final class CatalogueLocator implements ResourceBundleLocator {
        private volatile ResourceBundle dutch;
        private volatile ResourceBundle english;

        @Override
        public ResourceBundle getResourceBundle(Locale locale) {
            boolean nl = locale != null && "nl".equals(locale.getLanguage());
            ResourceBundle b = nl ? dutch : english;
            if (b == null) {
                b = new MapBundle(Messages.catalogue(nl ? "nl" : "en"));
                if (nl) {
                    dutch = b;
                } else {
                    english = b;
                }
            }
            return b;
        }
    }

    private static final class MapBundle extends ResourceBundle {
        private final Map<String, String> messages;

        MapBundle(Map<String, String> messages) {
            this.messages = messages;
        }

        @Override
        protected Object handleGetObject(String key) {
            return messages.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return java.util.Collections.enumeration(messages.keySet());
        }
    }

    /**
     * Interpolates every message in Dutch and in English, so one validation run gives both. Internal only: the two
     * are joined as {@code <length of the Dutch>:<Dutch><English>}, which splits back exactly whatever the messages
     * hold (a validated value in a message may contain any character).
     */
    private static final class BilingualInterpolator implements MessageInterpolator {
        private final MessageInterpolator delegate;

        BilingualInterpolator(MessageInterpolator delegate) {
            this.delegate = delegate;
        }

        @Override
        public String interpolate(String template, Context context) {
            String nl = delegate.interpolate(template, context, DUTCH);
            String en = delegate.interpolate(template, context, Locale.ENGLISH);
            return nl.length() + ":" + nl + en;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return interpolate(template, context);
        }

        static LocalizedText split(String joined) {
            int colon = joined.indexOf(':');
            int length = Integer.parseInt(joined.substring(0, colon));
            int start = colon + 1;
            return new LocalizedText(joined.substring(start, start + length), joined.substring(start + length));
        }
    }
}
