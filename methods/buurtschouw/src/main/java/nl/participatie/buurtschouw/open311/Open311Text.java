package nl.participatie.buurtschouw.open311;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The keys of the Open311 adapter's texts (<i>Open311-teksten</i>): the public status labels, the names in the service
 * definition and every error description, each in Dutch and English in {@code ParticipatieMessages*.properties}. An
 * {@link Open311Exception} names the keys of its errors in {@link Open311Exception#reasons()}, so a caller can tell
 * them apart without reading text. An error's text names the field and the rule, never what the caller sent.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum Open311Text implements Code {
    /** Public label: open. */
    PUBLIC_OPEN("buurtschouw.open311.public.open"),
    /** Public label: closed. */
    PUBLIC_CLOSED("buurtschouw.open311.public.closed"),
    /** Public label: reopened. */
    PUBLIC_REOPENED("buurtschouw.open311.public.reopened"),
    /** Public label: a question was sent to the reporter. */
    PUBLIC_QUESTION_SENT("buurtschouw.open311.public.question-sent"),
    /** Public label: the reporter's answer was received. */
    PUBLIC_ANSWER_RECEIVED("buurtschouw.open311.public.answer-received"),

    /** Attribute {@code kind}: what the request is. */
    ATTRIBUTE_KIND("buurtschouw.open311.attribute.kind"),
    /** Attribute {@code kind}, how to fill it in. */
    ATTRIBUTE_KIND_HELP("buurtschouw.open311.attribute.kind.help"),
    /** Value {@code problem} of {@code kind}. */
    KIND_PROBLEM("buurtschouw.open311.kind.problem"),
    /** Value {@code idea} of {@code kind}. */
    KIND_IDEA("buurtschouw.open311.kind.idea"),
    /** Value {@code quality_assessment} of {@code kind}. */
    KIND_QUALITY_ASSESSMENT("buurtschouw.open311.kind.quality-assessment"),
    /** Attribute {@code quality_level}: the CROW level seen. */
    ATTRIBUTE_QUALITY_LEVEL("buurtschouw.open311.attribute.quality-level"),
    /** Attribute {@code quality_level}, how to fill it in. */
    ATTRIBUTE_QUALITY_LEVEL_HELP("buurtschouw.open311.attribute.quality-level.help"),
    /** A CROW level's name, {@code {0}} its code. */
    QUALITY_LEVEL_NAME("buurtschouw.open311.quality-level.name"),

    /** A required field is missing; {@code {0}} the field. */
    ERROR_MISSING("buurtschouw.open311.error.missing"),
    /** The code of a field names nothing known; {@code {0}} the field. */
    ERROR_NOT_FOUND("buurtschouw.open311.error.not-found"),
    /** No location at all. */
    ERROR_LOCATION_MISSING("buurtschouw.open311.error.location-missing"),
    /** Coordinates that are not WGS84 degrees. */
    ERROR_COORDINATES("buurtschouw.open311.error.coordinates"),
    /** A text is too long; {@code {0}} the field, {@code {1}} the limit. */
    ERROR_TOO_LONG("buurtschouw.open311.error.too-long"),
    /** {@code media_url} is not http(s). */
    ERROR_MEDIA_URL("buurtschouw.open311.error.media-url"),
    /** Only an address was given and no geocoder is configured. */
    ERROR_NO_GEOCODER("buurtschouw.open311.error.no-geocoder"),
    /** The geocoder does not know the address. */
    ERROR_NOT_LOCATED("buurtschouw.open311.error.not-located"),
    /** The geocoder failed. */
    ERROR_GEOCODER_FAILED("buurtschouw.open311.error.geocoder-failed"),
    /** {@code address_id} is not a BAG nummeraanduiding id. */
    ERROR_ADDRESS_ID("buurtschouw.open311.error.address-id"),
    /** An attribute the service definition does not have. */
    ERROR_ATTRIBUTE_UNKNOWN("buurtschouw.open311.error.attribute-unknown"),
    /** A required attribute is missing; {@code {0}} its code. */
    ERROR_ATTRIBUTE_REQUIRED("buurtschouw.open311.error.attribute-required"),
    /** An attribute's value is not one of its keys; {@code {0}} its code. */
    ERROR_ATTRIBUTE_VALUE("buurtschouw.open311.error.attribute-value"),
    /** A date is not a W3C date-time; {@code {0}} the field. */
    ERROR_DATE("buurtschouw.open311.error.date"),
    /** {@code start_date} after {@code end_date}. */
    ERROR_DATE_ORDER("buurtschouw.open311.error.date-order"),
    /** The dates span more than the maximum; {@code {0}} the days. */
    ERROR_DATE_SPAN("buurtschouw.open311.error.date-span"),
    /** A status other than open or closed. */
    ERROR_STATUS("buurtschouw.open311.error.status"),
    /** Too many items in a list; {@code {0}} the field, {@code {1}} the limit. */
    ERROR_TOO_MANY("buurtschouw.open311.error.too-many"),
    /** A document that cannot be read; {@code {0}} JSON or XML, {@code {1}} line, {@code {2}} column. */
    ERROR_UNREADABLE("buurtschouw.open311.error.unreadable"),
    /** A document with a field of the wrong shape; {@code {0}} JSON or XML, {@code {1}} the field. */
    ERROR_FIELD("buurtschouw.open311.error.field"),
    /** An empty document. */
    ERROR_EMPTY("buurtschouw.open311.error.empty"),
    /** An XML document with a DOCTYPE. */
    ERROR_DOCTYPE("buurtschouw.open311.error.doctype"),
    /** A document over the limit; {@code {0}} the limit. */
    ERROR_DOCUMENT_TOO_LONG("buurtschouw.open311.error.document-too-long");

    private final String code;

    Open311Text(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
