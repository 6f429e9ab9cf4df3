package nl.participatie.buurtschouw.analysis;

import java.time.Instant;

import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.QualityScore;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.core.API;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.StreamId;

/**
 * A lean projection of a filed report for analysis over many (<i>meldingoverzicht</i>): what aggregation, response
 * times, quality scores and duplicate detection need, and nothing personal. A vendor keeps these in a read model
 * and updates one per report event.
 *
 * @param id              the report's id, e.g. its stream id
 * @param kind            problem or idea (quality assessment in reports filed before scores had their own path)
 * @param category        the subcategory
 * @param theme           the theme
 * @param step            the status
 * @param neighbourhood   the neighbourhood; {@code null} when unknown
 * @param latitude        WGS84 latitude; {@code null} when the location was erased
 * @param longitude       WGS84 longitude; {@code null} when the location was erased
 * @param filedAt         when it was filed
 * @param firstResponseAt the first status change; {@code null} before
 * @param closedAt        when it was handled or cancelled; {@code null} while open
 * @param expectedBy      when it should be handled
 * @param quality         the quality score of an assessment filed as a report before scores had their own path;
 *                        {@code null} otherwise
 * @param campaign        the campaign's id; {@code null} between walks
 * @param supporters      how many support it (ideas)
 */
@API(status = API.Status.EXPERIMENTAL)
public record ReportSummary(String id, ReportKind kind, CategoryCode category, Theme theme, ReportStep step,
                            NeighbourhoodCode neighbourhood, Double latitude, Double longitude, Instant filedAt,
                            Instant firstResponseAt, Instant closedAt, Instant expectedBy, QualityScore quality,
                            String campaign, int supporters) {

    public ReportSummary {
        InvalidValueException.requireNonNull(id, "id");
        InvalidValueException.requireNonNull(kind, "kind");
        InvalidValueException.requireNonNull(category, "category");
        InvalidValueException.requireNonNull(theme, "theme");
        InvalidValueException.requireNonNull(step, "step");
        InvalidValueException.requireNonNull(filedAt, "filedAt");
        InvalidValueException.requireNonNull(expectedBy, "expectedBy");
        if ((latitude == null) != (longitude == null) || latitude != null && (!Double.isFinite(latitude)
                || !Double.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
            throw new InvalidValueException("geoPoint.invalid", "(" + latitude + ", " + longitude + ")");
        }
    }

    /** Whether it has a location (it was not erased). */
    public boolean isLocated() {
        return latitude != null;
    }

    /**
     * The summary of a filed report.
     *
     * @throws IllegalArgumentException when the report was not filed
     */
    public static ReportSummary of(StreamId id, Report report) {
        if (!report.isFiled()) {
            throw new IllegalArgumentException("Report " + id + " was not filed");
        }
        return new ReportSummary(id.toString(), report.kind(), report.category(), report.theme(), report.step(),
                report.neighbourhood(), report.location().value().map(GeoPoint::latitude).orElse(null),
                report.location().value().map(GeoPoint::longitude).orElse(null), report.filedAt(),
                report.firstResponseAt(), report.closedAt(), report.expectedBy(), report.quality(),
                report.campaign() == null ? null : report.campaign().toString(), report.supporters().size());
    }

    /** Whether it was handled (not cancelled) and is closed. */
    public boolean isHandled() {
        return step == ReportStep.HANDLED && closedAt != null;
    }

    /** Whether it is open and past its expected handling moment at {@code now}; never for an old quality score. */
    public boolean isOverdue(Instant now) {
        return kind != ReportKind.QUALITY_ASSESSMENT && step.isOpen() && now.isAfter(expectedBy);
    }
}
