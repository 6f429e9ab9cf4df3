package nl.participatie.buurtschouw.open311;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.participatie.core.value.DutchTime;
import nl.participatie.buurtschouw.CategoryTree;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.buurtschouw.SignalenStatus;
import nl.participatie.core.API;
import nl.participatie.core.Violation;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.StreamId;

/**
 * Reports to and from Open311 GeoReport v2 (<i>koppeling met Open311</i>): a report as a service request, the
 * category tree as the service list, a POSTed form or a service request as a {@link FileReport} command, and
 * rejections as Open311 errors.
 *
 * <p>Open311's {@code status} is only {@code open} or {@code closed}: closed is handled or cancelled, open everything
 * else. The finer state goes in {@code status_notes} as Signalen's label, followed by what the reporter was last told
 * ({@code "In behandeling: we gaan ermee aan de slag."}), and is read back from there. Nothing personal is written:
 * no reporter, no supporters; a POST's contact fields come back apart, for the vendor's personal-data store, and never
 * enter the command.
 *
 * <p>A service request is public, so by default it shows where a report is only to a grid of
 * {@value #DEFAULT_GRID_METRES} metres ({@link GeoPoint#coarsened}), and none of what the resident wrote or pointed at:
 * no description, address, postcode or photo. A municipality opts in to those with {@link #withResidentContent}
 * (for example for its own back office), and chooses another grid with {@link #withCoordinateGrid}. An erased value
 * is written as {@code [gewist]} ({@code [erased]}) for a description and left out otherwise. Immutable and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Open311Mapping {

    private static final int MAX_DESCRIPTION = 4000;
    private static final List<String> CONTACT_FIELDS = List.of("email", "first_name", "last_name", "phone", "device_id", "account_id");

    /** The grid of public coordinates, in metres, unless another is chosen. */
    public static final int DEFAULT_GRID_METRES = 100;

    private final CategoryTree categories;
    private final ZoneId zone;
    private final Locale locale;
    private final int gridMetres;
    private final boolean residentContent;

    /**
     * A POSTed service request: the command to file, and the contact fields for the personal-data store.
     *
     * @param command the report to file; it holds no contact details
     * @param contact {@code email}, {@code first_name}, {@code last_name}, {@code phone}, {@code device_id},
     *                {@code account_id} as given; never stored in an event
     */
    public record Posted(FileReport command, Map<String, String> contact) {
        public Posted {
            Objects.requireNonNull(command, "command");
            contact = Map.copyOf(contact);
        }
    }

    private Open311Mapping(CategoryTree categories, ZoneId zone, Locale locale, int gridMetres, boolean residentContent) {
        this.categories = Objects.requireNonNull(categories, "categories");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.locale = Objects.requireNonNull(locale, "locale");
        new GeoPoint(52, 5).coarsened(gridMetres); // refuses a grid out of range, with its code
        this.gridMetres = gridMetres;
        this.residentContent = residentContent;
    }

    /**
     * This mapping with coordinates on a grid of {@code metres} (1 to 100,000; 1 is as good as exact, and only for a
     * closed back office).
     */
    public Open311Mapping withCoordinateGrid(int metres) {
        return new Open311Mapping(categories, zone, locale, metres, residentContent);
    }

    /** This mapping writing, or not, the description, address, postcode and first photo of each report. */
    public Open311Mapping withResidentContent(boolean include) {
        return new Open311Mapping(categories, zone, locale, gridMetres, include);
    }

    /** The default category tree, times in Europe/Amsterdam, texts in Dutch. */
    public static Open311Mapping defaults() {
        return of(CategoryTree.defaults(), DutchTime.ZONE, Locale.forLanguageTag("nl"));
    }

    /** A municipality's tree, time zone and language ({@code nl} or {@code en}). */
    public static Open311Mapping of(CategoryTree categories, ZoneId zone, Locale locale) {
        return new Open311Mapping(categories, zone, locale, DEFAULT_GRID_METRES, false);
    }

    /** The category tree as the Open311 service list: one realtime service per subcategory, grouped by main category. */
    public List<Service> services() {
        List<Service> out = new ArrayList<>();
        for (CategoryTree.MainCategory main : categories.mains()) {
            for (CategoryTree.SubCategory sub : main.subs()) {
                out.add(new Service(sub.code().sub(), sub.name().in(locale), sub.handlingMessage().in(locale), false, "realtime",
                        String.join(", ", sub.theme().label().in(locale), sub.serviceLevel().label().in(locale)),
                        main.name().in(locale)));
            }
        }
        return out;
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
        String notes = SignalenStatus.of(report.step()).label().in(locale);
        if (report.lastMessage() != null) {
            notes = notes + ": " + report.lastMessage().in(locale);
        }
        Instant updated = report.step().isClosed() && report.closedAt() != null ? report.closedAt() : report.updatedAt();
        String agency = report.externalParty() != null ? report.externalParty() : sub.map(CategoryTree.SubCategory::department).orElse(null);
        Optional<GeoPoint> where = report.location().value().map(p -> p.coarsened(gridMetres));
        return new ServiceRequest(id.id(), report.step().isClosed() ? ServiceRequest.CLOSED : ServiceRequest.OPEN, notes,
                sub.map(s -> s.name().in(locale)).orElse(report.category().toString()), report.category().sub(),
                residentContent ? report.description().orElse(Erasable.erasedText().in(locale)) : null, agency,
                sub.map(s -> s.handlingMessage().in(locale)).orElse(null),
                time(report.filedAt()), time(updated), time(report.expectedBy()), content(report.address()), null,
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
     * The report step a service request stands for: Signalen's label at the start of {@code status_notes} when it
     * has one, else handled for {@code closed} and reported for {@code open}.
     */
    public ReportStep stepOf(ServiceRequest request) {
        String notes = request.statusNotes();
        ReportStep best = null;
        int longest = -1;
        if (notes != null) {
            for (SignalenStatus status : SignalenStatus.values()) {
                if (!status.isReachable() || status == SignalenStatus.LEEG) {
                    continue;
                }
                for (String label : List.of(status.label().nl(), status.label().en())) {
                    boolean matches = notes.equalsIgnoreCase(label) || notes.regionMatches(true, 0, label + ":", 0, label.length() + 1);
                    if (matches && label.length() > longest) {
                        longest = label.length();
                        best = status.step().orElseThrow();
                    }
                }
            }
        }
        if (best != null) {
            return best;
        }
        return ServiceRequest.CLOSED.equalsIgnoreCase(request.status()) ? ReportStep.HANDLED : ReportStep.REPORTED;
    }

    /**
     * A service request of another system as a report to file: its service code must be in the tree, and it must
     * have {@code lat} and {@code long} (addresses are not geocoded).
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
        put(form, "description", request.description());
        put(form, "media_url", request.mediaUrl());
        FileReport command = fromPost(form, reporter).command();
        Postcode postcode = parsePostcode(request.zipcode());
        return command.withAddress(request.address(), postcode);
    }

    /**
     * The arguments of POST Service Request ({@code application/x-www-form-urlencoded}, already decoded) as a report
     * to file. An empty argument counts as absent. {@code attribute[...]}, {@code jurisdiction_id} and {@code api_key}
     * are the vendor's to check.
     *
     * @param reporter the reporter, or {@code null} for anonymous
     * @throws Open311Exception with every problem at once: 404 when the service code is unknown, else 400
     */
    public Posted fromPost(Map<String, List<String>> form, PersonId reporter) {
        List<Open311Error> errors = new ArrayList<>();
        boolean notFound = false;
        String code = first(form, "service_code");
        CategoryTree.SubCategory sub = null;
        if (code == null) {
            errors.add(Open311Error.of(400, "service_code was not provided"));
        } else {
            sub = categories.findBySlug(code).orElse(null);
            if (sub == null) {
                notFound = true;
                errors.add(Open311Error.of(404, "service_code " + code + " was not found"));
            }
        }
        GeoPoint location = null;
        String lat = first(form, "lat");
        String lon = first(form, "long");
        if (lat != null && lon != null) {
            try {
                location = GeoPoint.of(Double.parseDouble(lat), Double.parseDouble(lon));
            } catch (NumberFormatException | InvalidValueException e) {
                errors.add(Open311Error.of(400, "lat and long must be WGS84 degrees, not " + lat + ", " + lon));
            }
        } else if (first(form, "address_string") != null || first(form, "address_id") != null) {
            errors.add(Open311Error.of(400, "lat and long are required: this endpoint does not geocode address_string or address_id"));
        } else {
            errors.add(Open311Error.of(400, "a location is required: lat and long"));
        }
        String description = first(form, "description");
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add(Open311Error.of(400, "description is longer than " + MAX_DESCRIPTION + " characters"));
        }
        List<URI> photos = new ArrayList<>();
        String media = first(form, "media_url");
        if (media != null) {
            try {
                URI uri = new URI(media);
                if (!uri.isAbsolute() || uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme())
                        || "https".equalsIgnoreCase(uri.getScheme()))) {
                    throw new URISyntaxException(media, "not an http or https address");
                }
                photos.add(uri);
            } catch (URISyntaxException e) {
                errors.add(Open311Error.of(400, "media_url is not an http or https address"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Open311Exception(notFound ? 404 : 400, errors);
        }
        Map<String, String> contact = new LinkedHashMap<>();
        for (String field : CONTACT_FIELDS) {
            String value = first(form, field);
            if (value != null) {
                contact.put(field, value);
            }
        }
        FileReport command = new FileReport(ReportKind.PROBLEM, sub.code(), description == null ? "" : description, location, null,
                first(form, "address_string"), null, null, null, photos, reporter, null, null, null);
        return new Posted(command, contact);
    }

    /** A rejection as Open311 errors: code 400, the field and the message in this mapping's language. */
    public List<Open311Error> errors(List<Violation> violations) {
        List<Open311Error> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            LocalizedText text = v.message();
            out.add(Open311Error.of(400, (v.path().isEmpty() ? "" : v.path() + ": ") + text.in(locale)));
        }
        return out;
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
