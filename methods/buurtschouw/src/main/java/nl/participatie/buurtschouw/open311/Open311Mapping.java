package nl.participatie.buurtschouw.open311;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nl.participatie.core.value.DutchTime;
import nl.participatie.buurtschouw.CampaignCommand.RecordAssessment;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.CategoryTree;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.buurtschouw.QualityLevel;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.buurtschouw.SignalenStatus;
import nl.participatie.core.API;
import nl.participatie.core.Violation;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.StreamId;

/**
 * Reports to and from Open311 GeoReport v2 (<i>koppeling met Open311</i>): a report as a service request, the
 * category tree as the service list with a service definition per service, a POSTed form or a service request as a
 * {@link FileReport} command (or, for a quality score, as a score to record on a campaign), the filters of GET Service
 * Requests, and rejections as Open311 errors.
 *
 * <p>What the public sees of a report's state is Signalen's public view ({@link PublicStatus}): {@code status} is
 * {@code closed} for handled, cancelled, done external and reopen requested, {@code open} otherwise, and
 * {@code status_notes} is one of five public labels, followed by what the reporter was last told
 * ({@code "Open: we gaan ermee aan de slag."}); never an internal label such as "Extern: te verzenden". Nothing
 * personal is written: no reporter, no supporters; a POST's contact fields come back apart, for the vendor's
 * personal-data store, and never enter the command.
 *
 * <p>Every service has a service definition ({@link #serviceDefinition}) with two attributes: {@code kind} (problem,
 * idea or quality score) and {@code quality_level} (the CROW level seen, for a quality score), so ideas and
 * <i>burgerschouw</i> scores travel over Open311 too. A score is no report: a POST of one comes back as a
 * {@link PostedScore}, which the vendor records on the campaign it belongs to. A POST may give a place as {@code lat}/{@code long} or, when the
 * vendor configures a {@link Geocoder}, only as {@code address_string} or {@code address_id} (a BAG
 * {@link NummeraanduidingId}).
 *
 * <p>A service request is public, so by default it shows where a report is only to a grid of
 * {@value #DEFAULT_GRID_METRES} metres ({@link GeoPoint#coarsened}), and none of what the resident wrote or pointed at:
 * no description, address, {@code address_id}, postcode or photo. A municipality opts in to those with
 * {@link #withResidentContent} (for example for its own back office), and chooses another grid with
 * {@link #withCoordinateGrid}. An erased value is written as {@code [gewist]} ({@code [erased]}) for a description and
 * left out otherwise. Error descriptions name the field and the rule and never repeat the caller's input. Immutable
 * and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Open311Mapping {

    private static final int MAX_DESCRIPTION = 4000;
    private static final List<String> CONTACT_FIELDS = List.of("email", "first_name", "last_name", "phone", "device_id", "account_id");
    private static final String ATTRIBUTE_PREFIX = "attribute[";
    /** What stands for an argument of a rule's text in an Open311 error. */
    private static final String HIDDEN = "…";

    /** The grid of public coordinates, in metres, unless another is chosen. */
    public static final int DEFAULT_GRID_METRES = 100;
    /** The code of the attribute that says what a request is: {@code problem}, {@code idea} or {@code quality_assessment}. */
    public static final String KIND = "kind";
    /** The code of the attribute with the CROW level seen: {@code A+}, {@code A}, {@code B}, {@code C} or {@code D}. */
    public static final String QUALITY_LEVEL = "quality_level";

    /** The value of {@value #KIND} for a quality score, which is no report. */
    private static final String QUALITY_ASSESSMENT = "quality_assessment";
    private static final Map<String, ReportKind> KINDS = Map.of("problem", ReportKind.PROBLEM, "idea", ReportKind.IDEA);

    private final CategoryTree categories;
    private final ZoneId zone;
    private final Locale locale;
    private final int gridMetres;
    private final boolean residentContent;
    private final Geocoder geocoder;
    private final Function<StreamId, Optional<NummeraanduidingId>> addressIds;

    /**
     * A POSTed service request: the report to file or the quality score to record, the contact fields for the
     * personal-data store, and the BAG address when it is known, for the vendor to keep beside the report and give
     * back through {@link #withAddressIds}.
     *
     * @param command   the report to file, holding no contact details; {@code null} for a quality score
     * @param score     the quality score ({@code attribute[kind]=quality_assessment}); {@code null} for a report
     * @param contact   {@code email}, {@code first_name}, {@code last_name}, {@code phone}, {@code device_id},
     *                  {@code account_id} as given; never stored in an event
     * @param addressId the {@code address_id} sent or found by the geocoder; {@code null} when unknown
     */
    public record Posted(FileReport command, PostedScore score, Map<String, String> contact, NummeraanduidingId addressId) {
        public Posted {
            if ((command == null) == (score == null)) {
                throw new IllegalArgumentException("A POST is a report or a quality score, exactly one of the two");
            }
            contact = Map.copyOf(contact);
        }

        /** Whether it is a quality score, to record on a campaign rather than file as a report. */
        public boolean isScore() {
            return score != null;
        }
    }

    /**
     * A quality score that came in over Open311 (<i>beoordeling via Open311</i>). Open311 knows no campaigns or
     * neighbourhoods, so the vendor says which campaign it is for (the stream to handle it on) and which neighbourhood
     * of its area ({@link #toCommand}); the campaign records it as any other score, and files a report only when the
     * score falls below its threshold.
     *
     * @param element  the service, a subcategory of the tree: what was scored
     * @param level    the CROW level seen ({@code attribute[quality_level]})
     * @param remark   the {@code description}; {@code null} when none
     * @param location where ({@code lat}/{@code long}, or what the geocoder found)
     */
    public record PostedScore(CategoryCode element, QualityLevel level, String remark, GeoPoint location) {
        public PostedScore {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(location, "location");
        }

        /** The command that records this score on a campaign, for a neighbourhood of the campaign's area. */
        public RecordAssessment toCommand(NeighbourhoodCode neighbourhood) {
            return new RecordAssessment(neighbourhood, null, element, level, remark, location);
        }
    }

    private Open311Mapping(CategoryTree categories, ZoneId zone, Locale locale, int gridMetres, boolean residentContent,
                           Geocoder geocoder, Function<StreamId, Optional<NummeraanduidingId>> addressIds) {
        this.categories = Objects.requireNonNull(categories, "categories");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.gridMetres = GeoPoint.requireGrid(gridMetres);
        this.residentContent = residentContent;
        this.geocoder = geocoder;
        this.addressIds = Objects.requireNonNull(addressIds, "addressIds");
    }

    /**
     * This mapping with coordinates on a grid of {@code metres} (1 to 100,000; 1 is as good as exact, and only for a
     * closed back office).
     */
    public Open311Mapping withCoordinateGrid(int metres) {
        return new Open311Mapping(categories, zone, locale, metres, residentContent, geocoder, addressIds);
    }

    /** This mapping writing, or not, the description, address, {@code address_id}, postcode and first photo of each report. */
    public Open311Mapping withResidentContent(boolean include) {
        return new Open311Mapping(categories, zone, locale, gridMetres, include, geocoder, addressIds);
    }

    /** This mapping locating a POST that has only {@code address_string} or {@code address_id} with the vendor's geocoder. */
    public Open311Mapping withGeocoder(Geocoder locator) {
        return new Open311Mapping(categories, zone, locale, gridMetres, residentContent, Objects.requireNonNull(locator, "geocoder"),
                addressIds);
    }

    /**
     * This mapping writing {@code address_id} from the vendor's lookup of a report's BAG address (kept from
     * {@link Posted#addressId()}); only with {@link #withResidentContent}, as it points at one house.
     */
    public Open311Mapping withAddressIds(Function<StreamId, Optional<NummeraanduidingId>> lookup) {
        return new Open311Mapping(categories, zone, locale, gridMetres, residentContent, geocoder, Objects.requireNonNull(lookup, "lookup"));
    }

    /** The default category tree, times in Europe/Amsterdam, texts in Dutch. */
    public static Open311Mapping defaults() {
        return of(CategoryTree.defaults(), DutchTime.ZONE, Locale.forLanguageTag("nl"));
    }

    /** A municipality's tree, time zone and language ({@code nl} or {@code en}). */
    public static Open311Mapping of(CategoryTree categories, ZoneId zone, Locale locale) {
        return new Open311Mapping(categories, zone, locale, DEFAULT_GRID_METRES, false, null, id -> Optional.empty());
    }

    /**
     * The category tree as the Open311 service list: one realtime service per subcategory, grouped by main category,
     * each with a service definition ({@code metadata} true).
     */
    public List<Service> services() {
        List<Service> out = new ArrayList<>();
        for (CategoryTree.MainCategory main : categories.mains()) {
            for (CategoryTree.SubCategory sub : main.subs()) {
                out.add(new Service(sub.code().sub(), sub.name().in(locale), sub.handlingMessage().in(locale), true, "realtime",
                        String.join(", ", sub.theme().label().in(locale), sub.serviceLevel().label().in(locale)),
                        main.name().in(locale)));
            }
        }
        return out;
    }

    /**
     * The service definition of a service (GET {@code services/{service_code}}): {@value #KIND} and
     * {@value #QUALITY_LEVEL}, the same for every service.
     *
     * @throws Open311Exception 400 when {@code serviceCode} is missing, 404 when it is not in the tree
     */
    public ServiceDefinition serviceDefinition(String serviceCode) {
        return new ServiceDefinition(service(Open311Format.clean(serviceCode)).code().sub(), attributes());
    }

    private List<ServiceAttribute> attributes() {
        List<ServiceAttribute.Value> kinds = List.of(value("problem", Open311Text.KIND_PROBLEM), value("idea", Open311Text.KIND_IDEA),
                value(QUALITY_ASSESSMENT, Open311Text.KIND_QUALITY_ASSESSMENT));
        List<ServiceAttribute.Value> levels = new ArrayList<>();
        for (QualityLevel level : QualityLevel.values()) {
            levels.add(new ServiceAttribute.Value(level.code(), Catalogue.text(Open311Text.QUALITY_LEVEL_NAME, level.code()).in(locale)));
        }
        return List.of(
                new ServiceAttribute(true, KIND, AttributeDatatype.SINGLE_VALUE_LIST, false, text(Open311Text.ATTRIBUTE_KIND_HELP), 1,
                        text(Open311Text.ATTRIBUTE_KIND), kinds),
                new ServiceAttribute(true, QUALITY_LEVEL, AttributeDatatype.SINGLE_VALUE_LIST, false,
                        text(Open311Text.ATTRIBUTE_QUALITY_LEVEL_HELP), 2, text(Open311Text.ATTRIBUTE_QUALITY_LEVEL), levels));
    }

    private ServiceAttribute.Value value(String key, Open311Text name) {
        return new ServiceAttribute.Value(key, text(name));
    }

    private String text(Open311Text key) {
        return Catalogue.text(key).in(locale);
    }

    private CategoryTree.SubCategory service(String code) {
        if (code == null) {
            throw Open311Exception.of(400, locale, Open311Text.ERROR_MISSING, "service_code");
        }
        return categories.findBySlug(code).orElseThrow(() -> Open311Exception.of(404, locale, Open311Text.ERROR_NOT_FOUND, "service_code"));
    }

    /**
     * A filed report as a service request.
     *
     * @param id     the report's stream; its local id is the {@code service_request_id}
     * @param report the report
     */
    public ServiceRequest toServiceRequest(StreamId id, Report report) {
        if (!report.isFiled()) {
            throw new IllegalArgumentException("Report " + id + " was not filed");
        }
        Optional<CategoryTree.SubCategory> sub = categories.find(report.category());
        PublicStatus shown = PublicStatus.of(report.step());
        String notes = shown.label().in(locale);
        if (report.lastMessage() != null) {
            notes = notes + ": " + report.lastMessage().in(locale);
        }
        Instant updated = shown == PublicStatus.CLOSED && report.closedAt() != null ? report.closedAt() : report.updatedAt();
        String agency = report.externalParty() != null ? report.externalParty() : sub.map(CategoryTree.SubCategory::department).orElse(null);
        Optional<GeoPoint> where = report.location().value().map(p -> p.coarsened(gridMetres));
        String addressId = residentContent ? addressIds.apply(id).map(NummeraanduidingId::value).orElse(null) : null;
        return new ServiceRequest(id.id(), shown.open311Status(), notes,
                sub.map(s -> s.name().in(locale)).orElse(report.category().toString()), report.category().sub(),
                residentContent ? report.description().orErased(locale) : null, agency,
                sub.map(s -> s.handlingMessage().in(locale)).orElse(null),
                time(report.filedAt()), time(updated), time(report.expectedBy()), content(report.address()), addressId,
                content(report.postcode()), where.map(GeoPoint::latitude).orElse(null),
                where.map(GeoPoint::longitude).orElse(null),
                report.photos().isEmpty() ? null : content(report.photos().get(0)));
    }

    /** A resident's value when the municipality opted in to them and it was not erased; else nothing. */
    private String content(Erasable<?> value) {
        return residentContent && value != null ? value.value().map(Object::toString).orElse(null) : null;
    }

    /** The answer to a POST that filed the report. */
    public ServiceRequestCreated created(StreamId id, Report report) {
        String notice = categories.find(report.category()).map(s -> s.handlingMessage().in(locale)).orElse(null);
        return new ServiceRequestCreated(id.id(), null, notice, null);
    }

    /**
     * The report step a service request stands for, read from the label at the start of {@code status_notes}: a
     * public label ({@link PublicStatus#step()}), or a Signalen label from a system that shows those; else handled
     * for {@code closed} and reported for {@code open}. The public view hides the finer state, so open requests read
     * back as reported unless they were reopened or wait on the reporter.
     */
    public ReportStep stepOf(ServiceRequest request) {
        String notes = request.statusNotes();
        ReportStep best = null;
        int longest = -1;
        if (notes != null) {
            Map<String, ReportStep> labels = new LinkedHashMap<>();
            for (SignalenStatus status : SignalenStatus.values()) {
                status.step().filter(step -> step != ReportStep.NEW).ifPresent(step -> {
                    labels.put(status.label().nl(), step);
                    labels.put(status.label().en(), step);
                });
            }
            for (PublicStatus status : PublicStatus.values()) {
                labels.put(status.label().nl(), status.step());
                labels.put(status.label().en(), status.step());
            }
            for (Map.Entry<String, ReportStep> label : labels.entrySet()) {
                String l = label.getKey();
                boolean matches = notes.equalsIgnoreCase(l) || notes.regionMatches(true, 0, l + ":", 0, l.length() + 1);
                if (matches && l.length() > longest) {
                    longest = l.length();
                    best = label.getValue();
                }
            }
        }
        if (best != null) {
            return best;
        }
        return ServiceRequest.CLOSED.equalsIgnoreCase(request.status()) ? ReportStep.HANDLED : ReportStep.REPORTED;
    }

    /**
     * A service request of another system as a report to file, a problem: its service code must be in the tree, and
     * it needs {@code lat} and {@code long}, or an {@code address} or {@code address_id} that the geocoder finds.
     *
     * @param reporter the reporter, or {@code null} for anonymous
     * @throws Open311Exception 404 for an unknown service code, 400 for a missing location or a bad media URL
     */
    public FileReport toFileReport(ServiceRequest request, PersonId reporter) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        put(form, "service_code", request.serviceCode());
        put(form, "lat", request.lat() == null ? null : request.lat().toString());
        put(form, "long", request.lon() == null ? null : request.lon().toString());
        put(form, "address_string", request.address());
        put(form, "address_id", bagId(request.addressId()));
        put(form, "description", request.description());
        put(form, "media_url", request.mediaUrl());
        // Without attributes a foreign request is a problem, never a score.
        FileReport command = fromPost(form, reporter).command();
        Postcode postcode = parsePostcode(request.zipcode());
        return postcode == null ? command : command.withAddress(command.address(), postcode);
    }

    /**
     * The arguments of POST Service Request ({@code application/x-www-form-urlencoded}, already decoded) as a report
     * to file, or a quality score to record on a campaign. An empty argument counts as absent. {@code attribute[kind]}
     * makes it a problem (the default), an idea, or a quality score ({@link PostedScore}) with
     * {@code attribute[quality_level]}; any other attribute is refused. A place without
     * {@code lat}/{@code long} is looked up with the {@link Geocoder}. {@code jurisdiction_id} and {@code api_key} are
     * the vendor's to check.
     *
     * @param reporter the reporter, or {@code null} for anonymous
     * @throws Open311Exception with every problem at once: 404 when the service code is unknown, else 400;
     *                          {@link Open311Text#ERROR_NO_GEOCODER} for an address-only POST without a geocoder
     */
    public Posted fromPost(Map<String, List<String>> form, PersonId reporter) {
        Open311Exception.Problems problems = new Open311Exception.Problems(locale);
        String code = first(form, "service_code");
        CategoryTree.SubCategory sub = null;
        if (code == null) {
            problems.add(400, Open311Text.ERROR_MISSING, "service_code");
        } else {
            sub = categories.findBySlug(code).orElse(null);
            if (sub == null) {
                problems.add(404, Open311Text.ERROR_NOT_FOUND, "service_code");
            }
        }
        Attributes attributes = attributes(form, problems);
        String description = first(form, "description");
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(400, Open311Text.ERROR_TOO_LONG, "description", Integer.toString(MAX_DESCRIPTION));
        }
        List<URI> photos = new ArrayList<>();
        String media = first(form, "media_url");
        if (media != null) {
            URI uri = httpAddress(media);
            if (uri == null) {
                problems.add(400, Open311Text.ERROR_MEDIA_URL);
            } else {
                photos.add(uri);
            }
        }
        String addressString = first(form, "address_string");
        NummeraanduidingId addressId = null;
        String givenId = first(form, "address_id");
        if (givenId != null) {
            try {
                addressId = NummeraanduidingId.parse(givenId);
            } catch (InvalidValueException e) {
                problems.add(400, Open311Text.ERROR_ADDRESS_ID);
            }
        }
        GeoPoint location = null;
        String lat = first(form, "lat");
        String lon = first(form, "long");
        if (lat != null || lon != null) {
            location = coordinates(lat, lon);
            if (location == null) {
                problems.add(400, Open311Text.ERROR_COORDINATES);
            }
        } else if (addressString == null && givenId == null) {
            problems.add(400, Open311Text.ERROR_LOCATION_MISSING);
        } else if (geocoder == null) {
            problems.add(400, Open311Text.ERROR_NO_GEOCODER);
        }
        problems.throwIfAny();
        Postcode postcode = null;
        if (location == null) {
            Geocoder.Geocoded found = locate(addressString, addressId);
            location = found.location();
            addressString = addressString != null ? addressString : found.address();
            postcode = found.postcode();
            addressId = found.addressId() != null ? found.addressId() : addressId;
        }
        Map<String, String> contact = new LinkedHashMap<>();
        for (String field : CONTACT_FIELDS) {
            String value = first(form, field);
            if (value != null) {
                contact.put(field, value);
            }
        }
        if (attributes.observed() != null) {
            return new Posted(null, new PostedScore(sub.code(), attributes.observed(), description, location), contact, addressId);
        }
        FileReport command = new FileReport(attributes.kind(), sub.code(), description == null ? "" : description, location, null,
                addressString, postcode, null, null, photos, reporter, null);
        return new Posted(command, null, contact, addressId);
    }

    /** What the attributes of a POST say: a report of a kind, or a quality score with the level seen. */
    private record Attributes(ReportKind kind, QualityLevel observed) {
    }

    private Attributes attributes(Map<String, List<String>> form, Open311Exception.Problems problems) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        boolean unknown = false;
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            String key = field.getKey();
            if (key == null || !key.startsWith(ATTRIBUTE_PREFIX)) {
                continue;
            }
            String name = key.endsWith("][]") ? key.substring(ATTRIBUTE_PREFIX.length(), key.length() - 3)
                    : key.endsWith("]") ? key.substring(ATTRIBUTE_PREFIX.length(), key.length() - 1) : null;
            List<String> values = field.getValue() == null ? List.of()
                    : field.getValue().stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (!KIND.equals(name) && !QUALITY_LEVEL.equals(name)) {
                unknown = true;
            } else if (!values.isEmpty()) {
                given.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
            }
        }
        if (unknown) {
            problems.add(400, Open311Text.ERROR_ATTRIBUTE_UNKNOWN);
        }
        ReportKind kind = ReportKind.PROBLEM;
        boolean score = false;
        List<String> kinds = given.getOrDefault(KIND, List.of());
        if (kinds.size() > 1 || kinds.size() == 1 && !KINDS.containsKey(kinds.get(0)) && !QUALITY_ASSESSMENT.equals(kinds.get(0))) {
            problems.add(400, Open311Text.ERROR_ATTRIBUTE_VALUE, KIND);
        } else if (kinds.size() == 1) {
            score = QUALITY_ASSESSMENT.equals(kinds.get(0));
            kind = KINDS.get(kinds.get(0));
        }
        QualityLevel observed = null;
        List<String> levels = given.getOrDefault(QUALITY_LEVEL, List.of());
        if (levels.isEmpty() && score) {
            problems.add(400, Open311Text.ERROR_ATTRIBUTE_REQUIRED, QUALITY_LEVEL);
        } else if (!levels.isEmpty()) {
            observed = levels.size() == 1 && score ? level(levels.get(0)) : null;
            if (observed == null) {
                problems.add(400, Open311Text.ERROR_ATTRIBUTE_VALUE, QUALITY_LEVEL);
            }
        }
        return new Attributes(kind, observed);
    }

    private static QualityLevel level(String code) {
        for (QualityLevel level : QualityLevel.values()) {
            if (level.code().equals(code)) {
                return level;
            }
        }
        return null;
    }

    private Geocoder.Geocoded locate(String addressString, NummeraanduidingId addressId) {
        Optional<Geocoder.Geocoded> found;
        try {
            found = geocoder.locate(addressString, addressId);
        } catch (RuntimeException failure) {
            Open311Exception e = Open311Exception.of(400, locale, Open311Text.ERROR_GEOCODER_FAILED);
            e.initCause(failure);
            throw e;
        }
        if (found == null || found.isEmpty()) {
            throw Open311Exception.of(400, locale, Open311Text.ERROR_NOT_LOCATED);
        }
        return found.get();
    }

    /** A foreign {@code address_id} when it is a BAG id; another system's own address ids mean nothing here. */
    private static String bagId(String addressId) {
        try {
            return addressId == null ? null : NummeraanduidingId.parse(addressId).value();
        } catch (InvalidValueException notBag) {
            return null;
        }
    }

    private static GeoPoint coordinates(String lat, String lon) {
        if (lat == null || lon == null) {
            return null;
        }
        try {
            return GeoPoint.of(Double.parseDouble(lat), Double.parseDouble(lon));
        } catch (NumberFormatException | InvalidValueException e) {
            return null;
        }
    }

    private static URI httpAddress(String text) {
        try {
            URI uri = new URI(text);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return uri.isAbsolute() && uri.getHost() != null && http ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The filters of GET Service Requests from its query string (already decoded; a field may repeat and hold a
     * comma-separated list). Without {@code start_date} and {@code end_date} the last
     * {@value ServiceRequestQuery#MAX_SPAN_DAYS} days up to {@code now}; with one of them, the
     * {@value ServiceRequestQuery#MAX_SPAN_DAYS} days after the start or before the end. A date is W3C: a date and
     * time with offset, or a date (its start in this mapping's zone).
     *
     * @throws Open311Exception with every problem at once: 404 for a service code not in the tree, else 400 for an
     *                          unreadable date, an end before the start, a span over 90 days, a status other than
     *                          {@code open}/{@code closed} or more than 1,000 ids
     */
    public ServiceRequestQuery query(Map<String, List<String>> parameters, Instant now) {
        Objects.requireNonNull(now, "now");
        Open311Exception.Problems problems = new Open311Exception.Problems(locale);
        List<String> ids = List.copyOf(list(parameters, "service_request_id"));
        if (ids.size() > ServiceRequestQuery.MAX_RESULTS) {
            problems.add(400, Open311Text.ERROR_TOO_MANY, "service_request_id", Integer.toString(ServiceRequestQuery.MAX_RESULTS));
        }
        Set<String> codes = list(parameters, "service_code");
        if (codes.stream().anyMatch(c -> categories.findBySlug(c).isEmpty())) {
            problems.add(404, Open311Text.ERROR_NOT_FOUND, "service_code");
        }
        Set<String> statuses = list(parameters, "status");
        if (!Set.of(ServiceRequest.OPEN, ServiceRequest.CLOSED).containsAll(statuses)) {
            problems.add(400, Open311Text.ERROR_STATUS);
        }
        Instant start = date(parameters, "start_date", problems);
        Instant end = date(parameters, "end_date", problems);
        Duration span = Duration.ofDays(ServiceRequestQuery.MAX_SPAN_DAYS);
        if (start == null && end == null) {
            end = now;
            start = now.minus(span);
        } else if (start == null) {
            start = end.minus(span);
        } else if (end == null) {
            end = start.plus(span);
        } else if (start.isAfter(end)) {
            problems.add(400, Open311Text.ERROR_DATE_ORDER);
        } else if (Duration.between(start, end).compareTo(span) > 0) {
            problems.add(400, Open311Text.ERROR_DATE_SPAN, Integer.toString(ServiceRequestQuery.MAX_SPAN_DAYS));
        }
        problems.throwIfAny();
        return new ServiceRequestQuery(ids, codes, start, end, statuses);
    }

    /**
     * The service requests of the filed reports that pass the query, newest first, at most
     * {@value ServiceRequestQuery#MAX_RESULTS}.
     */
    public List<ServiceRequest> select(ServiceRequestQuery query, Map<StreamId, Report> reports) {
        return reports.entrySet().stream().filter(e -> e.getValue().isFiled())
                .filter(e -> query.matches(e.getKey().id(), e.getValue().category().sub(), e.getValue().filedAt(),
                        PublicStatus.of(e.getValue().step()).open311Status()))
                .sorted(Comparator.comparing((Map.Entry<StreamId, Report> e) -> e.getValue().filedAt()).reversed()
                        .thenComparing(e -> e.getKey().id()))
                .limit(ServiceRequestQuery.MAX_RESULTS)
                .map(e -> toServiceRequest(e.getKey(), e.getValue()))
                .toList();
    }

    private static Set<String> list(Map<String, List<String>> parameters, String key) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : parameters.getOrDefault(key, List.of())) {
            if (value != null) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    private Instant date(Map<String, List<String>> parameters, String key, Open311Exception.Problems problems) {
        String text = first(parameters, key);
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant() : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(400, Open311Text.ERROR_DATE, key);
            return null;
        }
    }

    /**
     * A rejection as Open311 errors: code 400, the field and the rule in this mapping's language. The rule's text is
     * rendered again with every argument shown as {@code …}, as an argument may be what the caller sent.
     */
    public List<Open311Error> errors(List<Violation> violations) {
        List<Open311Error> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            out.add(Open311Error.of(400, (v.path().isEmpty() ? "" : v.path() + ": ") + rule(v)));
        }
        return out;
    }

    private String rule(Violation v) {
        if (Catalogue.hasBoth(v.code())) {
            try {
                return Catalogue.text(v.code(), HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN).in(locale);
            } catch (IllegalArgumentException numberOrChoice) {
                // a pattern that formats a number or a choice: the code alone says which rule
            }
        }
        return v.code();
    }

    private OffsetDateTime time(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime();
    }

    private static Postcode parsePostcode(String zipcode) {
        if (zipcode == null) {
            return null;
        }
        try {
            return Postcode.parse(zipcode);
        } catch (InvalidValueException notDutch) {
            return null;
        }
    }

    private static void put(Map<String, List<String>> form, String key, String value) {
        if (value != null) {
            form.put(key, List.of(value));
        }
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        if (values == null) {
            return null;
        }
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
