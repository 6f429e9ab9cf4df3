package nl.participatie.demo.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.participatie.core.AuditTrail;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.link.ChainView;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;
import nl.participatie.demo.Persona;
import nl.participatie.demo.StreamIndex;

/**
 * The JSON API (<i>JSON-koppeling</i>) of every method's processes, as a vendor's back office or app would call the
 * library: commands in the library's JSON with their type id ({@code "@type": "buurtschouw.start-handling.v1"}), read
 * with {@link ParticipatieJson} (its limits, its refusal of unknown properties), fired by the persona named in the
 * {@value #PERSONA} header in the role it has in the method; states, audit trails, their verification and chains
 * written by the application's mapper with the starter's Jackson module. A rejected command is the starter's problem
 * details (422, the library's codes and messages), unreadable JSON 400, a lasting conflict 409.
 *
 * <p>The role is never the caller's to choose: it follows from the persona, as it would from a vendor's login. A
 * {@value #ROLE} header, when sent, must name that role; any other is refused as forged (403) before the library is
 * asked.
 */
@RestController
@RequestMapping(value = "/api", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
public class ApiController {

    /** Who acts: a {@link Persona} name, e.g. {@code CIVIL_SERVANT}. */
    public static final String PERSONA = "X-Persona";
    /** The role the caller believes it acts in; checked against the persona's, never trusted. */
    public static final String ROLE = "X-Role";

    private final Processes processes;
    private final StreamIndex index;

    public ApiController(Processes processes, StreamIndex index) {
        this.processes = processes;
        this.index = index;
    }

    /** A process as listed by {@code GET /api}. */
    public record ProcessInfo(String method, String kind, String streamType, String path, List<String> commands) {
    }

    /** What an accepted command did: the instance, the events recorded and the state after them. */
    public record Accepted(String stream, String id, List<? extends RecordedEvent<?>> events, Object state) {
    }

    /** The verification of an audit trail. */
    public record Verification(String stream, boolean valid, long firstBroken, String reason) {
    }

    /** Every process with its commands' type ids. */
    @GetMapping
    public List<ProcessInfo> processes() {
        List<ProcessInfo> out = new ArrayList<>();
        for (Processes.Process p : processes.all()) {
            out.add(new ProcessInfo(p.method(), p.kind(), p.streamType(), "/api/" + p.method() + "/" + p.kind(), p.commands()));
        }
        return out;
    }

    /** The instances of a process, oldest first. */
    @GetMapping("/{method}/{kind}")
    public List<String> instances(@PathVariable String method, @PathVariable String kind) {
        Processes.Process p = process(method, kind);
        return index.of(p.streamType()).stream().map(StreamId::id).toList();
    }

    /** Starts an instance: the command in a new stream. */
    @PostMapping(value = "/{method}/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Accepted> start(@PathVariable String method, @PathVariable String kind, @RequestBody String command,
                                          @RequestHeader(value = PERSONA, required = false) String persona,
                                          @RequestHeader(value = ROLE, required = false) String role) {
        Processes.Process p = process(method, kind);
        Actor actor = actor(p, persona, role);
        Object c = ParticipatieJson.defaults().read(command, p.engine().definition().commandType());
        return ResponseEntity.status(HttpStatus.CREATED).body(accepted(handle(p.engine(), p.engine().newStream(), actor, c)));
    }

    /** Fires a command on an instance. */
    @PostMapping(value = "/{method}/{kind}/{id}/commands", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Accepted command(@PathVariable String method, @PathVariable String kind, @PathVariable String id,
                            @RequestBody String command, @RequestHeader(value = PERSONA, required = false) String persona,
                            @RequestHeader(value = ROLE, required = false) String role) {
        Processes.Process p = process(method, kind);
        StreamId stream = existing(p, id);
        Actor actor = actor(p, persona, role);
        Object c = ParticipatieJson.defaults().read(command, p.engine().definition().commandType());
        return accepted(handle(p.engine(), stream, actor, c));
    }

    /** The state of an instance. */
    @GetMapping("/{method}/{kind}/{id}")
    public Object state(@PathVariable String method, @PathVariable String kind, @PathVariable String id) {
        Processes.Process p = process(method, kind);
        return p.engine().load(existing(p, id));
    }

    /** The audit trail of an instance: its recorded events, in order, with their hashes. */
    @GetMapping("/{method}/{kind}/{id}/events")
    public List<? extends RecordedEvent<?>> events(@PathVariable String method, @PathVariable String kind, @PathVariable String id) {
        Processes.Process p = process(method, kind);
        return p.engine().history(existing(p, id));
    }

    /** Whether the audit trail, as stored, verifies. */
    @GetMapping("/{method}/{kind}/{id}/verify")
    public Verification verify(@PathVariable String method, @PathVariable String kind, @PathVariable String id) {
        Processes.Process p = process(method, kind);
        StreamId stream = existing(p, id);
        AuditTrail.Verification v = p.engine().verify(stream);
        return new Verification(stream.toString(), v.valid(), v.firstBroken(), v.reason());
    }

    /** The chain the instance is in: upstream and downstream, with each step's status. */
    @GetMapping("/{method}/{kind}/{id}/chain")
    public ChainView chain(@PathVariable String method, @PathVariable String kind, @PathVariable String id) {
        Processes.Process p = process(method, kind);
        StreamId stream = existing(p, id);
        ProcessEngine<?, ?, ?>[] engines = processes.all().stream().map(Processes.Process::engine).toArray(ProcessEngine<?, ?, ?>[]::new);
        return ChainView.of(p.engine().store(), stream, ChainView.statusFrom(engines));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Outcome<?, ?> handle(ProcessEngine engine, StreamId stream, Actor actor, Object command) {
        return engine.handle(stream, actor, command);
    }

    private static Accepted accepted(Outcome<?, ?> outcome) {
        // A rejection becomes the starter's problem details (422) with the library's codes and messages.
        Outcome.Accepted<?, ?> done = outcome.orElseThrow();
        return new Accepted(done.stream().toString(), done.stream().id(), done.events(), done.state());
    }

    private Processes.Process process(String method, String kind) {
        return processes.find(method, kind).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "unknown-process",
                "Geen proces " + method + "/" + kind, "No process " + method + "/" + kind));
    }

    private static StreamId existing(Processes.Process p, String id) {
        StreamId stream;
        try {
            stream = StreamId.of(p.streamType(), id);
        } catch (IllegalArgumentException notAnId) {
            throw unknownInstance();
        }
        if (p.engine().store().version(stream) == 0) {
            throw unknownInstance();
        }
        return stream;
    }

    private static ApiException unknownInstance() {
        return new ApiException(HttpStatus.NOT_FOUND, "unknown-instance", "Dit exemplaar bestaat niet", "No such instance");
    }

    /** The persona's actor in the process's method; a claimed role must be that role. */
    private static Actor actor(Processes.Process p, String personaName, String claimedRole) {
        if (personaName == null || personaName.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "persona-missing", "Kies een persona in de kop " + PERSONA,
                    "Name a persona in the " + PERSONA + " header");
        }
        Persona persona = null;
        for (Persona candidate : Persona.values()) {
            if (candidate.name().equalsIgnoreCase(personaName.strip())) {
                persona = candidate;
            }
        }
        if (persona == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "persona-unknown", "Onbekende persona in de kop " + PERSONA,
                    "Unknown persona in the " + PERSONA + " header");
        }
        Actor actor = persona.actorIn(p.persona());
        if (actor == null) {
            throw new ApiException(HttpStatus.FORBIDDEN, "persona-without-role", "Deze persona heeft geen rol in deze methode",
                    "This persona has no role in this method");
        }
        if (claimedRole != null && !claimedRole.isBlank() && !actor.role().equals(role(claimedRole))) {
            throw new ApiException(HttpStatus.FORBIDDEN, "role-forged", "Deze persona heeft die rol niet; de rol volgt uit de persona",
                    "This persona does not have that role; the role follows from the persona");
        }
        return actor;
    }

    /** The role a header names; {@code null} when it cannot be a role, which then matches none. */
    private static Role role(String name) {
        try {
            return Role.of(name.strip());
        } catch (IllegalArgumentException notARole) {
            return null;
        }
    }

    /** A refusal of the demo's own, before the library is asked: a problem detail with a code. */
    static final class ApiException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final HttpStatus status;
        private final String code;
        private final String nl;

        ApiException(HttpStatus status, String code, String nl, String en) {
            super(en);
            this.status = status;
            this.code = code;
            this.nl = nl;
        }
    }

    @ExceptionHandler(ApiException.class)
    public ProblemDetail refused(ApiException refused) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refused.status,
                "nl".equals(locale.getLanguage()) ? refused.nl : refused.getMessage());
        problem.setTitle(refused.status.getReasonPhrase());
        Map<String, String> violation = new LinkedHashMap<>();
        violation.put("code", "demo.api." + refused.code);
        violation.put("path", "");
        violation.put("message", problem.getDetail());
        problem.setProperty("violations", List.of(violation));
        return problem;
    }
}
