package nl.participatie.buurtschouw.open311;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.core.value.LocalizedText;

/** For the Open311 tests: reports in any step at any moment, made from one filed report; a call that must be refused. */
final class Open311Reports {

    private Open311Reports() {
    }

    /** {@code filed} moved to {@code step}, filed at {@code at}, with {@code message} as the last text to the reporter. */
    static Report in(Report filed, ReportStep step, Instant at, LocalizedText message) {
        return new Report(step, filed.kind(), filed.category(), filed.theme(), filed.description(), filed.location(),
                filed.address(), filed.postcode(), filed.neighbourhood(), filed.photos(), filed.reporter(), filed.campaign(),
                filed.quality(), at, filed.expectedBy(), filed.firstResponseAt(), at, step.isClosed() ? at : null, message,
                null, null, null, null, null, List.of(), 0, null, null);
    }

    /** The Open311 exception {@code call} throws; fails when it throws none. */
    static Open311Exception refused(Supplier<?> call) {
        try {
            call.get();
        } catch (Open311Exception e) {
            return e;
        }
        throw new AssertionError("accepted, but should have been refused");
    }
}
