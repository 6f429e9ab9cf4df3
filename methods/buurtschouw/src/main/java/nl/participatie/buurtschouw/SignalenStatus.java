package nl.participatie.buurtschouw;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * The states of a report in Signalen (<i>meldingstatussen</i>, {@code Amsterdam/signals},
 * {@code app/signals/apps/signals/workflow.py}) with their exact codes and labels, Signalen's
 * {@code ALLOWED_STATUS_CHANGES} as data, and the mapping to and from this library's {@link ReportStep}.
 *
 * <table>
 * <caption>Mapping</caption>
 * <tr><th>Signalen code</th><th>constant</th><th>step</th></tr>
 * <tr><td>{@code ''}</td><td>LEEG</td><td>NEW</td></tr>
 * <tr><td>{@code m}</td><td>GEMELD</td><td>REPORTED</td></tr>
 * <tr><td>{@code i}</td><td>AFWACHTING</td><td>AWAITING_HANDLING</td></tr>
 * <tr><td>{@code b}</td><td>BEHANDELING</td><td>IN_PROGRESS</td></tr>
 * <tr><td>{@code h}</td><td>ON_HOLD</td><td>none: no allowed change leads to it; imported as AWAITING_HANDLING</td></tr>
 * <tr><td>{@code ingepland}</td><td>INGEPLAND</td><td>SCHEDULED</td></tr>
 * <tr><td>{@code ready to send}</td><td>TE_VERZENDEN</td><td>READY_TO_SEND</td></tr>
 * <tr><td>{@code o}</td><td>AFGEHANDELD</td><td>HANDLED</td></tr>
 * <tr><td>{@code a}</td><td>GEANNULEERD</td><td>CANCELLED</td></tr>
 * <tr><td>{@code reopened}</td><td>HEROPEND</td><td>REOPENED</td></tr>
 * <tr><td>{@code s}</td><td>GESPLITST</td><td>none: historical, not reachable; imported as CANCELLED</td></tr>
 * <tr><td>{@code closure requested}</td><td>VERZOEK_TOT_AFHANDELING</td><td>CLOSURE_REQUESTED</td></tr>
 * <tr><td>{@code reaction requested}</td><td>REACTIE_GEVRAAGD</td><td>REACTION_REQUESTED</td></tr>
 * <tr><td>{@code reaction received}</td><td>REACTIE_ONTVANGEN</td><td>REACTION_RECEIVED</td></tr>
 * <tr><td>{@code forward to external}</td><td>DOORGEZET_NAAR_EXTERN</td><td>FORWARDED_TO_EXTERNAL</td></tr>
 * <tr><td>{@code sent}</td><td>VERZONDEN</td><td>SENT</td></tr>
 * <tr><td>{@code send failed}</td><td>VERZENDEN_MISLUKT</td><td>SEND_FAILED</td></tr>
 * <tr><td>{@code done external}</td><td>AFGEHANDELD_EXTERN</td><td>DONE_EXTERNAL</td></tr>
 * <tr><td>{@code reopen requested}</td><td>VERZOEK_TOT_HEROPENEN</td><td>REOPEN_REQUESTED</td></tr>
 * </table>
 *
 * <p>Signalen's data still holds the legacy {@code h} (<i>on hold</i>) and the historical {@code s} (<i>gesplitst</i>,
 * a report split into new ones). An import ({@link #importStep()}) records them with their own code and maps them to
 * the nearest step: on hold waits like {@code i}, from which Signalen allows the same changes ({@code ingepland},
 * {@code a}) and more; a split report is closed without being handled, like a cancelled one.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum SignalenStatus {
    /** The initial state, only to {@code m}. */
    LEEG("", LabelText.SIGNALEN_STATUS_LEEG, false),
    /** Gemeld. */
    GEMELD("m", LabelText.SIGNALEN_STATUS_GEMELD, false),
    /** In afwachting van behandeling. */
    AFWACHTING("i", LabelText.SIGNALEN_STATUS_AFWACHTING, false),
    /** In behandeling. */
    BEHANDELING("b", LabelText.SIGNALEN_STATUS_BEHANDELING, false),
    /** On hold; no allowed change leads to it. */
    ON_HOLD("h", LabelText.SIGNALEN_STATUS_ON_HOLD, false),
    /** Ingepland. */
    INGEPLAND("ingepland", LabelText.SIGNALEN_STATUS_INGEPLAND, false),
    /** Extern: te verzenden. */
    TE_VERZENDEN("ready to send", LabelText.SIGNALEN_STATUS_TE_VERZENDEN, false),
    /** Afgehandeld. */
    AFGEHANDELD("o", LabelText.SIGNALEN_STATUS_AFGEHANDELD, false),
    /** Geannuleerd. */
    GEANNULEERD("a", LabelText.SIGNALEN_STATUS_GEANNULEERD, false),
    /** Heropend. */
    HEROPEND("reopened", LabelText.SIGNALEN_STATUS_HEROPEND, false),
    /** Gesplitst: historical, new reports never get it. */
    GESPLITST("s", LabelText.SIGNALEN_STATUS_GESPLITST, false),
    /** Extern: verzoek tot afhandeling. */
    VERZOEK_TOT_AFHANDELING("closure requested", LabelText.SIGNALEN_STATUS_VERZOEK_TOT_AFHANDELING, false),
    /** Reactie gevraagd. */
    REACTIE_GEVRAAGD("reaction requested", LabelText.SIGNALEN_STATUS_REACTIE_GEVRAAGD, false),
    /** Reactie ontvangen. */
    REACTIE_ONTVANGEN("reaction received", LabelText.SIGNALEN_STATUS_REACTIE_ONTVANGEN, false),
    /** Doorgezet naar extern. */
    DOORGEZET_NAAR_EXTERN("forward to external", LabelText.SIGNALEN_STATUS_DOORGEZET_NAAR_EXTERN, false),
    /** Extern: verzonden (set by the application only). */
    VERZONDEN("sent", LabelText.SIGNALEN_STATUS_VERZONDEN, true),
    /** Extern: mislukt (set by the application only). */
    VERZENDEN_MISLUKT("send failed", LabelText.SIGNALEN_STATUS_VERZENDEN_MISLUKT, true),
    /** Extern: afgehandeld (set by the application only). */
    AFGEHANDELD_EXTERN("done external", LabelText.SIGNALEN_STATUS_AFGEHANDELD_EXTERN, true),
    /** Verzoek tot heropenen (set by the application only). */
    VERZOEK_TOT_HEROPENEN("reopen requested", LabelText.SIGNALEN_STATUS_VERZOEK_TOT_HEROPENEN, true);

    private static final Map<SignalenStatus, Set<SignalenStatus>> ALLOWED = new EnumMap<>(SignalenStatus.class);
    private static final Map<ReportStep, SignalenStatus> BY_STEP = new EnumMap<>(ReportStep.class);
    private static final Map<SignalenStatus, ReportStep> TO_STEP = new EnumMap<>(SignalenStatus.class);

    static {
        allow(LEEG, "m");
        allow(GEMELD, "m", "i", "b", "ready to send", "o", "a", "ingepland", "reaction requested", "forward to external");
        allow(AFWACHTING, "m", "i", "ingepland", "closure requested", "o", "ready to send", "b", "a", "reaction requested",
                "forward to external");
        allow(BEHANDELING, "m", "ingepland", "b", "o", "a", "ready to send", "closure requested", "reaction requested",
                "forward to external");
        allow(INGEPLAND, "m", "ingepland", "b", "o", "a", "closure requested", "reaction requested", "forward to external");
        allow(ON_HOLD, "ingepland", "a");
        allow(TE_VERZENDEN, "sent", "send failed", "a");
        allow(VERZONDEN, "done external", "a");
        allow(VERZENDEN_MISLUKT, "m", "ready to send", "a");
        allow(AFGEHANDELD_EXTERN, "o", "a", "b");
        allow(AFGEHANDELD, "reopened", "reopen requested");
        allow(GEANNULEERD, "a", "reopened", "b");
        allow(HEROPEND, "reopened", "b", "o", "a", "ready to send", "m", "reaction requested", "forward to external");
        allow(GESPLITST);
        allow(VERZOEK_TOT_AFHANDELING, "m", "closure requested", "i", "o", "a", "b", "forward to external");
        allow(VERZOEK_TOT_HEROPENEN, "o", "reopened", "a");
        allow(REACTIE_GEVRAAGD, "m", "i", "b", "ingepland", "o", "a", "reaction requested", "reaction received",
                "ready to send", "forward to external");
        allow(REACTIE_ONTVANGEN, "m", "i", "b", "o", "a", "ingepland", "reaction requested", "ready to send",
                "forward to external");
        allow(DOORGEZET_NAAR_EXTERN, "closure requested", "m", "i", "b", "forward to external", "ingepland", "o", "a",
                "reaction requested", "reaction received", "ready to send");

        map(LEEG, ReportStep.NEW);
        map(GEMELD, ReportStep.REPORTED);
        map(AFWACHTING, ReportStep.AWAITING_HANDLING);
        map(BEHANDELING, ReportStep.IN_PROGRESS);
        map(INGEPLAND, ReportStep.SCHEDULED);
        map(TE_VERZENDEN, ReportStep.READY_TO_SEND);
        map(VERZONDEN, ReportStep.SENT);
        map(VERZENDEN_MISLUKT, ReportStep.SEND_FAILED);
        map(AFGEHANDELD_EXTERN, ReportStep.DONE_EXTERNAL);
        map(DOORGEZET_NAAR_EXTERN, ReportStep.FORWARDED_TO_EXTERNAL);
        map(VERZOEK_TOT_AFHANDELING, ReportStep.CLOSURE_REQUESTED);
        map(REACTIE_GEVRAAGD, ReportStep.REACTION_REQUESTED);
        map(REACTIE_ONTVANGEN, ReportStep.REACTION_RECEIVED);
        map(AFGEHANDELD, ReportStep.HANDLED);
        map(GEANNULEERD, ReportStep.CANCELLED);
        map(VERZOEK_TOT_HEROPENEN, ReportStep.REOPEN_REQUESTED);
        map(HEROPEND, ReportStep.REOPENED);
    }

    private final String code;
    private final LabelText label;
    private final boolean appOnly;

    SignalenStatus(String code, LabelText label, boolean appOnly) {
        this.code = code;
        this.label = label;
        this.appOnly = appOnly;
    }

    private static void allow(SignalenStatus from, String... targets) {
        Set<SignalenStatus> to = EnumSet.noneOf(SignalenStatus.class);
        for (String t : targets) {
            to.add(parse(t));
        }
        ALLOWED.put(from, Collections.unmodifiableSet(to));
    }

    private static void map(SignalenStatus status, ReportStep step) {
        BY_STEP.put(step, status);
        TO_STEP.put(status, step);
    }

    /** The state code in Signalen, e.g. {@code m} or {@code reaction requested}; {@code ""} for LEEG. */
    public String code() {
        return code;
    }

    /** Signalen's Dutch label and an English translation. */
    public LocalizedText label() {
        return Catalogue.text(label);
    }

    /** Whether only the application sets this state in Signalen, not a user through the API. */
    public boolean isAppOnly() {
        return appOnly;
    }

    /** The states Signalen allows a change to from this one ({@code ALLOWED_STATUS_CHANGES}). */
    public Set<SignalenStatus> allowedTargets() {
        return ALLOWED.get(this);
    }

    /** Whether Signalen allows the change from this state to the other. */
    public boolean allows(SignalenStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    /**
     * The report step of this state; empty for {@link #GESPLITST} (historical) and {@link #ON_HOLD}, which no
     * allowed change leads to.
     */
    public Optional<ReportStep> step() {
        return Optional.ofNullable(TO_STEP.get(this));
    }

    /**
     * The step a Signalen status history in this state is imported as: {@link #step()}, and for the legacy
     * {@link #ON_HOLD} awaiting handling, for the historical {@link #GESPLITST} cancelled; empty for {@link #LEEG},
     * which no history moves to.
     */
    public Optional<ReportStep> importStep() {
        if (this == ON_HOLD) {
            return Optional.of(ReportStep.AWAITING_HANDLING);
        }
        if (this == GESPLITST) {
            return Optional.of(ReportStep.CANCELLED);
        }
        return this == LEEG ? Optional.empty() : step();
    }

    /** Whether a new report can reach this state. */
    public boolean isReachable() {
        return TO_STEP.containsKey(this);
    }

    /** The Signalen state of a report step; every step has one. */
    public static SignalenStatus of(ReportStep step) {
        InvalidValueException.requireNonNull(step, "step");
        return BY_STEP.get(step);
    }

    /** The state with the given Signalen code, e.g. {@code m} or {@code forward to external}. */
    public static SignalenStatus parse(String code) {
        InvalidValueException.requireNonNull(code, "code");
        for (SignalenStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new InvalidValueException(ValueRejection.SIGNALEN_STATUS_INVALID.code(), code);
    }
}
