package nl.participatie.budgetmonitoring;

import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A social domain residents choose to work on (<i>sociaal domein</i>, <i>thema</i>): poverty, youth, care, work and
 * income, housing, safety, … A code; which taakvelden belong to it is {@link SocialDomains}' configuration.
 *
 * @param code lower case letters, digits and {@code -}, e.g. {@code poverty}
 */
@API(status = API.Status.EXPERIMENTAL)
public record SocialDomain(String code) implements Comparable<SocialDomain> {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9-]{1,40}");

    /** The group of lines whose taakveld belongs to no configured domain. */
    public static final SocialDomain OTHER = new SocialDomain("other");

    public SocialDomain {
        InvalidValueException.requireNonNull(code, "domain");
        if (!FORMAT.matcher(code).matches()) {
            throw ValueRejection.COLUMN_MISSING.exception(code, "domain");
        }
    }

    /** The domain with this code. */
    public static SocialDomain of(String code) {
        return new SocialDomain(code);
    }

    @Override
    public int compareTo(SocialDomain other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
