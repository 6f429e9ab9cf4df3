package nl.participatie.demo.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.core.value.StreamId;
import nl.participatie.demo.StreamIndex;

/**
 * What the store holds after a load run (<i>controle achteraf</i>): no errors other than conflicts, every
 * acknowledged report stored exactly once (one report per id, filed once, no id acknowledged twice, and as many new
 * report streams as acknowledgements), no report marked handled twice by the civil servants racing for it, and every
 * report's audit chain verifying.
 *
 * @param acknowledged    POSTs answered 201
 * @param distinct        distinct ids among them
 * @param storedNew       report streams in the store that were not there before the run
 * @param missing         acknowledged ids without a filed report in the store
 * @param filedTwice      reports with more than one filing event
 * @param handledTwice    reports with more than one handling event (a race won twice)
 * @param brokenChains    reports whose audit chain does not verify
 * @param problems        what failed, in words; empty when the run passed
 */
public record LoadCheck(int acknowledged, int distinct, int storedNew, int missing, int filedTwice, int handledTwice, int brokenChains,
                        List<String> problems) {

    public LoadCheck {
        problems = List.copyOf(problems);
    }

    /** Whether every check held. */
    public boolean passed() {
        return problems.isEmpty();
    }

    /** Checks the store against what the clients were told. */
    public static LoadCheck of(LoadResult result, Buurtschouw buurtschouw, StreamIndex index, int reportsBefore) {
        List<String> problems = new ArrayList<>();
        if (result.errorCount() > 0) {
            problems.add(result.errorCount() + " errors other than conflicts, e.g. " + result.errors());
        }
        Set<String> distinct = new LinkedHashSet<>(result.accepted());
        if (distinct.size() != result.accepted().size()) {
            problems.add((result.accepted().size() - distinct.size()) + " ids acknowledged more than once");
        }
        int missing = 0;
        int filedTwice = 0;
        int handledTwice = 0;
        int broken = 0;
        for (String id : distinct) {
            StreamId stream = StreamId.of(BuurtschouwWorkflow.REPORTS.streamType(), id);
            if (buurtschouw.reports().store().version(stream) == 0) {
                missing++;
                continue;
            }
            var history = buurtschouw.reports().history(stream);
            if (history.stream().filter(r -> r.event() instanceof ReportEvent.ReportFiled).count() != 1) {
                filedTwice++;
            }
            if (history.stream().filter(r -> r.event() instanceof ReportEvent.ReportHandled).count() > 1) {
                handledTwice++;
            }
            if (!buurtschouw.reports().verify(stream).valid()) {
                broken++;
            }
        }
        int storedNew = index.of(BuurtschouwWorkflow.REPORTS.streamType()).size() - reportsBefore;
        if (missing > 0) {
            problems.add(missing + " acknowledged reports are not in the store");
        }
        if (filedTwice > 0) {
            problems.add(filedTwice + " reports were filed more than once");
        }
        if (handledTwice > 0) {
            problems.add(handledTwice + " reports were marked handled more than once");
        }
        if (broken > 0) {
            problems.add(broken + " reports' audit chains do not verify");
        }
        if (storedNew != distinct.size()) {
            problems.add(storedNew + " new report streams in the store, " + distinct.size() + " acknowledged");
        }
        return new LoadCheck(result.accepted().size(), distinct.size(), storedNew, missing, filedTwice, handledTwice, broken, problems);
    }

    /** The checks in one line. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "acknowledged %d (distinct %d), new in the store %d, missing %d, filed twice %d, "
                + "handled twice %d, chains not verifying %d: %s", acknowledged, distinct, storedNew, missing, filedTwice, handledTwice,
                brokenChains,
                passed() ? "passed" : "FAILED " + problems);
    }
}
