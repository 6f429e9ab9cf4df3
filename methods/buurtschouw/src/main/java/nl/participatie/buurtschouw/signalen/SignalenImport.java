package nl.participatie.buurtschouw.signalen;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.buurtschouw.ReportCommand.ImportSignalenMelding;
import nl.participatie.buurtschouw.ReportCommand.ImportSignalenStatus;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.buurtschouw.SignalenStatus;
import nl.participatie.buurtschouw.ValueRejection;
import nl.participatie.core.API;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.Violation;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.StreamId;

/**
 * Reads Signalen's meldingen with their status histories (<i>statusgeschiedenis</i>) and records them, each in a new
 * report stream, as the system. The export is a JSON array, one object per melding:
 *
 * <pre>{@code
 * [{"id": "SIG-1001", "category": "afval/container-is-vol", "text": "De container is vol",
 *   "location": {"lat": 52.3626, "lon": 4.9378}, "address": "Javastraat 12", "created_at": "2025-03-03T08:00:00Z",
 *   "statuses": [{"state": "m", "created_at": "2025-03-03T08:00:00Z"},
 *                {"state": "forward to external", "text": "Kunt u het hek repareren?", "email": "beheer@corporatie.example",
 *                 "created_at": "2025-03-04T09:00:00Z"},
 *                {"state": "closure requested", "text": "Hek is gerepareerd", "created_at": "2025-03-06T12:00:00Z"}]}]
 * }</pre>
 *
 * Per status: {@code state} (Signalen's code, e.g. {@code m}, {@code a}, {@code h}, {@code ready to send}), optional
 * {@code text}, {@code target_api} (for {@code ready to send}), {@code email} (Signalen's {@code email_override}, for
 * {@code forward to external}) and {@code created_at}. The history is in order of time; its first status, {@code m},
 * is the filing itself. Contacts of reporters are not read: they stay out of the events.
 *
 * <pre>{@code
 * SignalenImport.Result result = schouw.importSignalen(SignalenImport.read(in));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SignalenImport {

    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private SignalenImport() {
    }

    /**
     * One status of a Signalen history.
     *
     * @param status    the state
     * @param text      its text; may be {@code null}
     * @param targetApi for {@code ready to send}; else {@code null}
     * @param email     for {@code forward to external}; else {@code null}
     * @param createdAt when Signalen recorded it
     */
    public record Status(SignalenStatus status, String text, String targetApi, String email, Instant createdAt) {
        public Status {
            InvalidValueException.requireNonNull(status, "state");
            InvalidValueException.requireNonNull(createdAt, "created_at");
        }
    }

    /**
     * One melding of Signalen with its status history.
     *
     * @param id        Signalen's id
     * @param category  its subcategory, as this municipality's category code
     * @param text      what the reporter wrote
     * @param location  where
     * @param address   the address; may be {@code null}
     * @param createdAt when it was filed
     * @param statuses  its status history, in order of time
     */
    public record Melding(String id, CategoryCode category, String text, GeoPoint location, String address, Instant createdAt,
                          List<Status> statuses) {
        public Melding {
            InvalidValueException.requireNonNull(id, "id");
            InvalidValueException.requireNonNull(category, "category");
            InvalidValueException.requireNonNull(location, "location");
            InvalidValueException.requireNonNull(createdAt, "created_at");
            statuses = List.copyOf(statuses);
        }
    }

    /**
     * A melding recorded in full.
     *
     * @param signalenId Signalen's id
     * @param stream     its report stream
     * @param step       the step it ended in
     */
    public record Imported(String signalenId, StreamId stream, ReportStep step) {
    }

    /**
     * A melding the import refused, and where: its filing ({@code status} -1) or a status of its history; what came
     * before that status is recorded.
     *
     * @param signalenId Signalen's id
     * @param stream     its report stream
     * @param status     the index of the refused status in the history; -1 for the filing
     * @param violations why
     */
    public record Refused(String signalenId, StreamId stream, int status, List<Violation> violations) {
        public Refused {
            violations = List.copyOf(violations);
        }
    }

    /**
     * What an import came to.
     *
     * @param imported the meldingen recorded in full
     * @param refused  the meldingen refused, each with where and why
     */
    public record Result(List<Imported> imported, List<Refused> refused) {
        public Result {
            imported = List.copyOf(imported);
            refused = List.copyOf(refused);
        }
    }

    /**
     * Reads an export as described above. Every refusal says where, as a JSON path into the export (e.g.
     * {@code $[3].statuses[1].created_at}): a missing field is {@code buurtschouw.signalenExport.fieldRequired}, a field
     * of the wrong JSON type or with an unreadable value (a time, a coordinate, a category, a state) is
     * {@code buurtschouw.signalenExport.fieldInvalid}, naming the value type's own code; the export must be one JSON
     * array with nothing after it.
     *
     * @throws IOException           when it is no JSON: a {@code JsonProcessingException} with its location, or a
     *                               {@code CharConversionException} for bytes in no Unicode encoding (UTF-8, -16 and -32
     *                               are recognised by their first bytes)
     * @throws InvalidValueException when a melding or status misses a field or has one that cannot be read; its
     *                               {@link InvalidValueException#rejectedValue()} is the field's path
     */
    public static List<Melding> read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isArray()) {
            throw new InvalidValueException(ValueRejection.SIGNALEN_FIELD_INVALID.code(), "$", "array");
        }
        List<Melding> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode m = root.get(i);
            String at = "$[" + i + "]";
            List<Status> statuses = new ArrayList<>();
            JsonNode history = m.path("statuses");
            if (!history.isMissingNode() && !history.isArray()) {
                throw new InvalidValueException(ValueRejection.SIGNALEN_FIELD_INVALID.code(), at + ".statuses", "array");
            }
            for (int k = 0; k < history.size(); k++) {
                JsonNode s = history.get(k);
                String sat = at + ".statuses[" + k + "]";
                statuses.add(new Status(parsed(SignalenStatus::parse, s, sat, "state"), optional(s, sat, "text"),
                        optional(s, sat, "target_api"), optional(s, sat, "email"), parsed(Instant::parse, s, sat, "created_at")));
            }
            out.add(new Melding(required(m, at, "id"), parsed(CategoryCode::parse, m, at, "category"), optional(m, at, "text"),
                    location(m.path("location"), at + ".location"), optional(m, at, "address"),
                    parsed(Instant::parse, m, at, "created_at"), statuses));
        }
        return out;
    }

    private static GeoPoint location(JsonNode where, String at) {
        if (where.isMissingNode() || where.isNull()) {
            throw new InvalidValueException(ValueRejection.SIGNALEN_FIELD_REQUIRED.code(), at);
        }
        if (!where.path("lat").isNumber() || !where.path("lon").isNumber()) {
            throw new InvalidValueException(ValueRejection.SIGNALEN_FIELD_INVALID.code(), at, "lat, lon");
        }
        try {
            return new GeoPoint(where.path("lat").asDouble(), where.path("lon").asDouble());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(ValueRejection.SIGNALEN_FIELD_INVALID.code(), at, e.code());
        }
    }

    /** A required text field read into a value; a value it cannot be is refused with the field's path. */
    private static <T> T parsed(java.util.function.Function<String, T> parse, JsonNode node, String at, String field) {
        String text = required(node, at, field);
        try {
            return parse.apply(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(ValueRejection.SIGNALEN_FIELD_INVALID.code(), at + "." + field, e.code());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidValueException(ValueRejection.SIGNALEN_FIELD_INVALID.code(), at + "." + field, "ISO-8601");
        }
    }

    /**
     * Records the meldingen through an engine that runs the import's workflow (the facade's
     * {@code Buurtschouw.importSignalen}), as the system: each in a new stream, its filing and then its history.
     * A refused status ends that melding's import; the others go on.
     */
    public static Result load(ProcessEngine<ReportCommand, ReportEvent, Report> engine, List<Melding> meldingen) {
        Objects.requireNonNull(engine, "engine");
        List<Imported> imported = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (Melding m : meldingen) {
            StreamId stream = engine.newStream();
            Outcome<ReportEvent, Report> outcome = engine.handleAsSystem(stream, new ImportSignalenMelding(m.id(), m.category(),
                    m.text(), m.location(), m.address(), m.createdAt()));
            int index = -1;
            for (int i = 0; outcome.isAccepted() && i < m.statuses().size(); i++) {
                Status s = m.statuses().get(i);
                if (i == 0 && s.status() == SignalenStatus.GEMELD) {
                    continue;
                }
                index = i;
                outcome = engine.handleAsSystem(stream, new ImportSignalenStatus(s.status(), s.text(), s.targetApi(), s.email(),
                        s.createdAt()));
            }
            if (outcome.isAccepted()) {
                imported.add(new Imported(m.id(), stream, engine.load(stream).step()));
            } else {
                refused.add(new Refused(m.id(), stream, index, outcome.violations()));
            }
        }
        return new Result(imported, refused);
    }

    private static String required(JsonNode node, String at, String field) {
        String value = optional(node, at, field);
        if (value == null) {
            throw new InvalidValueException(ValueRejection.SIGNALEN_FIELD_REQUIRED.code(), at + "." + field);
        }
        return value;
    }

    /** A text field, {@code null} when absent or null; any other JSON type than a string is refused. */
    private static String optional(JsonNode node, String at, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidValueException(ValueRejection.SIGNALEN_FIELD_INVALID.code(), at + "." + field, "string");
        }
        return value.asText();
    }
}
