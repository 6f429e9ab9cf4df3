package nl.participatie.buurtschouw;

import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The code of a subcategory in the two-level category tree (<i>categorie</i>, <i>subcategorie</i>), as in
 * Signalen: the slug of the main category and of the subcategory, written {@code main/sub}, e.g.
 * {@code afval/container-is-vol}.
 *
 * @param main the main category slug: lower-case letters, digits and dashes
 * @param sub  the subcategory slug: lower-case letters, digits and dashes
 */
@API(status = API.Status.EXPERIMENTAL)
public record CategoryCode(String main, String sub) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public CategoryCode {
        InvalidValueException.requireNonNull(main, "main");
        InvalidValueException.requireNonNull(sub, "sub");
        if (!SLUG.matcher(main).matches() || !SLUG.matcher(sub).matches()) {
            throw new InvalidValueException(ValueRejection.CATEGORY_INVALID.code(), main + "/" + sub);
        }
    }

    /** The code of subcategory {@code sub} in main category {@code main}. */
    public static CategoryCode of(String main, String sub) {
        return new CategoryCode(main, sub);
    }

    /** Parses {@code main/sub}. */
    public static CategoryCode parse(String text) {
        InvalidValueException.requireNonNull(text, "category");
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new InvalidValueException(ValueRejection.CATEGORY_INVALID.code(), text);
        }
        return new CategoryCode(text.substring(0, slash), text.substring(slash + 1));
    }

    /** {@code main/sub}. */
    @Override
    public String toString() {
        return main + "/" + sub;
    }
}
