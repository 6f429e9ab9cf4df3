package nl.participatie.buurtschouw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.InvalidValueException;

/** The report lifecycle is Signalen's: every state is mapped, and the allowed changes are exactly REFERENCE.md §6. */
class SignalenMappingTest {

    /** REFERENCE.md §6, ALLOWED_STATUS_CHANGES, copied literally: from | targets. */
    private static final String[][] REFERENCE = {
        {"", "m"},
        {"m", "m, i, b, ready to send, o, a, ingepland, reaction requested, forward to external"},
        {"i", "m, i, ingepland, closure requested, o, ready to send, b, a, reaction requested, forward to external"},
        {"b", "m, ingepland, b, o, a, ready to send, closure requested, reaction requested, forward to external"},
        {"ingepland", "m, ingepland, b, o, a, closure requested, reaction requested, forward to external"},
        {"h", "ingepland, a"},
        {"ready to send", "sent, send failed, a"},
        {"sent", "done external, a"},
        {"send failed", "m, ready to send, a"},
        {"done external", "o, a, b"},
        {"o", "reopened, reopen requested"},
        {"a", "a, reopened, b"},
        {"reopened", "reopened, b, o, a, ready to send, m, reaction requested, forward to external"},
        {"s", ""},
        {"closure requested", "m, closure requested, i, o, a, b, forward to external"},
        {"reopen requested", "o, reopened, a"},
        {"reaction requested", "m, i, b, ingepland, o, a, reaction requested, reaction received, ready to send, forward to external"},
        {"reaction received", "m, i, b, o, a, ingepland, reaction requested, ready to send, forward to external"},
        {"forward to external", "closure requested, m, i, b, forward to external, ingepland, o, a, reaction requested, "
                + "reaction received, ready to send"},
    };

    @Test
    void theAllowedChangesAreExactlyThoseOfTheReference() {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (String[] row : REFERENCE) {
            Set<String> targets = new LinkedHashSet<>();
            for (String t : row[1].split(", ")) {
                if (!t.isEmpty()) {
                    targets.add(t);
                }
            }
            expected.put(row[0], targets);
        }
        assertThat(expected).hasSize(SignalenStatus.values().length);
        for (SignalenStatus status : SignalenStatus.values()) {
            Set<String> actual = new LinkedHashSet<>();
            status.allowedTargets().forEach(t -> actual.add(t.code()));
            assertThat(actual).as("targets of '%s'", status.code()).containsExactlyInAnyOrderElementsOf(expected.get(status.code()));
        }
    }

    @Test
    void everySignalenStateIsMappedOrDocumentedAsUnreachable() {
        for (SignalenStatus status : SignalenStatus.values()) {
            if (status == SignalenStatus.GESPLITST || status == SignalenStatus.ON_HOLD) {
                assertThat(status.step()).as("%s", status).isEmpty();
                assertThat(status.isReachable()).isFalse();
            } else {
                assertThat(status.step()).as("%s", status).isPresent();
                assertThat(SignalenStatus.of(status.step().orElseThrow())).isEqualTo(status);
            }
            assertThat(SignalenStatus.parse(status.code())).isEqualTo(status);
            assertThat(status.label().nl()).as("label of %s", status).isNotNull();
        }
    }

    @Test
    void noAllowedChangeLeadsToTheUnreachableStates() {
        for (SignalenStatus status : SignalenStatus.values()) {
            assertThat(status.allowedTargets()).doesNotContain(SignalenStatus.GESPLITST, SignalenStatus.ON_HOLD);
        }
    }

    @Test
    void everyStepHasItsOwnSignalenState() {
        Set<SignalenStatus> seen = EnumSet.noneOf(SignalenStatus.class);
        for (ReportStep step : ReportStep.values()) {
            SignalenStatus status = SignalenStatus.of(step);
            assertThat(seen.add(status)).as("%s maps to %s, which another step has too", step, status).isTrue();
            assertThat(status.step()).contains(step);
        }
    }

    @Test
    void theReportWorkflowDeclaresExactlyTheAllowedChangesBetweenReachableStates() {
        Map<ReportStep, Set<ReportStep>> expected = new EnumMap<>(ReportStep.class);
        for (ReportStep step : ReportStep.values()) {
            Set<ReportStep> targets = EnumSet.noneOf(ReportStep.class);
            for (SignalenStatus t : SignalenStatus.of(step).allowedTargets()) {
                t.step().ifPresent(targets::add);
            }
            expected.put(step, targets);
        }
        // One deliberate difference: Signalen lets staff set "reaction received" after a forward to an external
        // party, but a forward ends in "closure requested", answered or not (its questionnaire service does so).
        expected.get(ReportStep.FORWARDED_TO_EXTERNAL).remove(ReportStep.REACTION_RECEIVED);
        assertThat(BuurtschouwWorkflow.statusChanges()).isEqualTo(expected);
    }

    @Test
    void unknownCodesAreRefused() {
        assertThatThrownBy(() -> SignalenStatus.parse("x")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("buurtschouw.signalenStatus.invalid");
    }

    @Test
    void openAndClosedFollowOpen311() {
        for (ReportStep step : ReportStep.values()) {
            boolean closed = step == ReportStep.HANDLED || step == ReportStep.CANCELLED;
            assertThat(step.isClosed()).as("%s", step).isEqualTo(closed);
        }
    }
}
