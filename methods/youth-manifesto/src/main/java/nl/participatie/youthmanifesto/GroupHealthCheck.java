package nl.participatie.youthmanifesto;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * The health check of a Youth Manifesto group (<i>gezondheidscheck</i>), like the stall diagnosis of Burgers aan het
 * stuur: what needs the facilitator's attention at a moment. It looks for every {@link HealthIssue}: a group that shrank
 * below its minimum after recruitment, participants who lack a permission or consent they need today (a participant on
 * consent who turned 16 and did not re-confirm it; a record that is gone), no response of the council
 * {@link ManifestoGroupRules#councilResponseWithin()} after the hand-over, and toezeggingen past their deadline. It also
 * gives the group's composition. Pure and thread-safe; the limits are the municipality's {@link ManifestoGroupRules}.
 *
 * <pre>{@code
 * HealthReport report = GroupHealthCheck.of(rules).check(group, register, clock.instant());
 * report.findings().forEach(f -> System.out.println(f.code() + ": " + f.message().nl()));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class GroupHealthCheck {

    private static final GroupHealthCheck DEFAULT = new GroupHealthCheck(ManifestoGroupRules.defaults());

    private final ManifestoGroupRules rules;

    private GroupHealthCheck(ManifestoGroupRules rules) {
        this.rules = InvalidValueException.requireNonNull(rules, "rules");
    }

    /** The health check with the library's default rules. */
    public static GroupHealthCheck defaults() {
        return DEFAULT;
    }

    /** The health check with the municipality's rules. */
    public static GroupHealthCheck of(ManifestoGroupRules rules) {
        return new GroupHealthCheck(rules);
    }

    /**
     * What needs attention in the group at {@code now}, with the participants' permissions read from {@code records};
     * nothing for a group that is not started or closed.
     */
    public HealthReport check(ManifestoGroup group, ParticipantRecords records, Instant now) {
        InvalidValueException.requireNonNull(group, "group");
        InvalidValueException.requireNonNull(records, "records");
        InvalidValueException.requireNonNull(now, "now");
        LocalizedText stage = group.currentStage() == null ? group.step().label() : group.currentStage().label();
        if (group.step() == ManifestoGroupStep.CLOSED) {
            stage = ManifestoGroupStep.CLOSED.label();
        }
        List<HealthFinding> found = new ArrayList<>();
        if (group.isRunning()) {
            LocalDate today = DutchTime.dayOf(now);
            if (group.step() != ManifestoGroupStep.RECRUITMENT && group.participants().size() < rules.minimumParticipants()) {
                found.add(new HealthFinding(HealthIssue.GROUP_BELOW_MINIMUM, group.name(),
                        text(HealthCheckText.GROUP_BELOW_MINIMUM, group.participants().size(), rules.minimumParticipants())));
            }
            for (Participant p : group.participants()) {
                Optional<ParticipantRecord> record = records.find(p.person());
                if (record.isEmpty()) {
                    found.add(new HealthFinding(HealthIssue.PERMISSION_MISSING, p.person().value(),
                            text(HealthCheckText.RECORD_MISSING, p.person().value())));
                    continue;
                }
                for (Permission missing : record.get().missing(group.basis(), rules, today)) {
                    found.add(new HealthFinding(HealthIssue.PERMISSION_MISSING, p.person().value(),
                            text(HealthCheckText.PERMISSION_MISSING, p.person().value(), missing.label())));
                }
            }
            Handover handover = group.handover();
            if (handover != null && group.responses().isEmpty()
                    && today.isAfter(handover.on().plus(rules.councilResponseWithin()))) {
                found.add(new HealthFinding(HealthIssue.NO_COUNCIL_RESPONSE, group.name(), text(HealthCheckText.NO_COUNCIL_RESPONSE,
                        ChronoUnit.DAYS.between(handover.on(), today), handover.on())));
            }
            for (CouncilResponse r : group.responses()) {
                if (r.isOpenCommitment() && r.deadline().isBefore(today)) {
                    CouncilInstrument.Toezegging t = (CouncilInstrument.Toezegging) r.instrument();
                    found.add(new HealthFinding(HealthIssue.COMMITMENT_OVERDUE, String.valueOf(r.number()),
                            text(HealthCheckText.COMMITMENT_OVERDUE, r.number(), t.commitment(), t.deadline(),
                                    ChronoUnit.DAYS.between(t.deadline(), today))));
                }
            }
        }
        return new HealthReport(group.name(), group.step(), stage, now, found, GroupComposition.of(group));
    }

    private static LocalizedText text(HealthCheckText code, Object... args) {
        return Phrases.both(code, args);
    }
}
