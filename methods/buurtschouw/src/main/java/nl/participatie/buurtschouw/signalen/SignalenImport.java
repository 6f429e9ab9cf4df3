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

    private static final ObjectMapper JSON = new ObjectMapper();

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
     * Reads an export as described above.
     *
     * @throws IOException           when it is no JSON
     * @throws InvalidValueException when a melding or status misses a field or names an unknown state or category
     */
    public static List<Melding> read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<Melding> out = new ArrayList<>();
        for (JsonNode m : root) {
            List<Status> statuses = new ArrayList<>();
            for (JsonNode s : m.path("statuses")) {
                statuses.add(new Status(SignalenStatus.parse(required(s, "state")), optional(s, "text"), optional(s, "target_api"),
                        optional(s, "email"), Instant.parse(required(s, "created_at"))));
            }
            JsonNode where = m.path("location");
            if (!where.path("lat").isNumber() || !where.path("lon").isNumber()) {
                throw new InvalidValueException(ValueRejection.SIGNALEN_FIELD_REQUIRED.code(), "location");
            }
            out.add(new Melding(required(m, "id"), CategoryCode.parse(required(m, "category")), optional(m, "text"),
                    new GeoPoint(where.path("lat").asDouble(), where.path("lon").asDouble()), optional(m, "address"),
                    Instant.parse(required(m, "created_at")), statuses));
        }
        return out;
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

    private static String required(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null) {
            throw new InvalidValueException(ValueRejection.SIGNALEN_FIELD_REQUIRED.code(), field);
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
