package nl.participatie.demo.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names people read on the command forms (<i>opschriften van de opdrachtformulieren</i>), from the demo's message
 * bundles, Dutch first: a command's name under {@code command.<SimpleName>}, a field's under {@code field.<name>} (one
 * key for a name shared by several commands), or under {@code field.<SimpleName>.<name>} where a command means
 * something else by it. A key that is missing falls back to the generated text ({@link CommandForms#label(Class)}, the
 * field's name), so a new command never breaks a page.
 */
@Component
public class CommandLabels {

    private final MessageSource messages;

    public CommandLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The key of a command's name. */
    public static String commandKey(Class<?> command) {
        return "command." + command.getSimpleName();
    }

    /** The key of a field's name, shared by every command with a field of that name. */
    public static String fieldKey(String field) {
        return "field." + field;
    }

    /** The key of a field's name in one command, read before the shared one. */
    public static String fieldKey(Class<?> command, String field) {
        return "field." + command.getSimpleName() + "." + field;
    }

    /** A command's name in the locale. */
    public String command(Class<?> command, Locale locale) {
        return messages.getMessage(commandKey(command), null, CommandForms.label(command), locale);
    }

    /** A field's name in the locale: the command's own where it has one, else the shared one, else the field's name. */
    public String field(Class<?> command, String field, Locale locale) {
        String shared = messages.getMessage(fieldKey(field), null, field, locale);
        return messages.getMessage(fieldKey(command, field), null, shared, locale);
    }

    /** The offer of a command with its form (none when the demo cannot render one), named in the locale. */
    public InstanceController.Offer offer(Class<?> command, Locale locale) {
        List<CommandForms.Field> fields = CommandForms.form(command)
                .map(form -> form.stream().map(f -> f.withLabel(field(command, f.name(), locale))).toList())
                .orElse(null);
        return new InstanceController.Offer(command.getSimpleName(), command(command, locale), fields);
    }
}
