package nl.participatie.buurtschouw;

import java.time.Instant;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * A resident's quality score on the walk (<i>beoordeling beeldkwaliteit</i>, <i>burgerschouw</i>): what someone walking
 * along saw of one element of public space in one neighbourhood, on the CROW scale. A score is no report: it has no
 * handling deadline, no handling and no satisfaction survey. Only when the campaign's {@link ReportThreshold} says so
 * does a poor score also become a report, which is then linked here.
 *
 * @param number        its number in the campaign, from 1
 * @param assessor      who scored
 * @param neighbourhood where: a neighbourhood of the campaign's area
 * @param theme         the theme scored
 * @param element       what was scored: a subcategory of the municipality's category tree, e.g. mowing and pruning
 * @param score         the CROW level seen
 * @param remark        what the assessor added, erasable under their key; {@code null} when nothing
 * @param location      where exactly, erasable under their key; {@code null} when not given
 * @param reportBelow   the threshold the score fell below, so it is reported; {@code null} when it is not
 * @param report        the report filed for it; {@code null} when none is due or it is not filed yet
 * @param at            when it was recorded
 */
@API(status = API.Status.EXPERIMENTAL)
public record Assessment(int number, PersonId assessor, NeighbourhoodCode neighbourhood, Theme theme, CategoryCode element,
                         QualityLevel score, Erasable<String> remark, Erasable<GeoPoint> location, QualityLevel reportBelow,
                         StreamId report, Instant at) {

    public Assessment {
        if (number < 1) {
            throw new IllegalArgumentException("An assessment's number starts at 1, not " + number);
        }
        InvalidValueException.requireNonNull(assessor, "assessor");
        InvalidValueException.requireNonNull(neighbourhood, "neighbourhood");
        InvalidValueException.requireNonNull(theme, "theme");
        InvalidValueException.requireNonNull(element, "element");
        InvalidValueException.requireNonNull(score, "score");
        InvalidValueException.requireNonNull(at, "at");
    }

    /** Whether the campaign's thresholds make this score a report. */
    public boolean isReportDue() {
        return reportBelow != null;
    }

    /** Whether a report is due and not filed yet. */
    public boolean awaitsReport() {
        return reportBelow != null && report == null;
    }

    Assessment reportedAs(StreamId value) {
        return new Assessment(number, assessor, neighbourhood, theme, element, score, remark, location, reportBelow, value, at);
    }
}
