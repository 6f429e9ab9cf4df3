package nl.participatie.buurtschouw;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;

/**
 * The state of a neighbourhood walk campaign (<i>buurtschouw</i>, <i>schouwronde</i>): its core group, area, route,
 * themes, dates, participants, the published results and the evaluation. Only ever the fold of its
 * {@link CampaignEvent}s. The observations themselves are {@link Report}s in their own streams, linked to this one.
 *
 * @param step          where the campaign is
 * @param title         its title; empty before it is started
 * @param municipality  the municipality; {@code null} before it is started
 * @param coreGroup     the core group members (<i>kerngroep</i>)
 * @param area          the neighbourhoods walked (CBS codes)
 * @param route         the route, as ordered points
 * @param themes        the themes looked at
 * @param walkDates     the dates of the walk
 * @param entryClosesAt until when observations can be entered; {@code null} before scheduling
 * @param invited       who was invited, as what
 * @param walkStartedAt when the walk started; {@code null} before
 * @param entryClosedAt when entry closed; {@code null} before
 * @param results       the published feedback; {@code null} before
 * @param ratings       the participants' ratings
 * @param lessons       the lessons recorded for the next campaign; each erasable
 * @param closedAt      when the campaign closed or was cancelled; {@code null} before
 * @param cancelReason  why it was cancelled; {@code null} unless cancelled
 * @param attended      who walked along, per group (<i>opkomst</i>)
 * @param agreements    the follow-up agreements of the walk, in the order they were made
 * @param thresholds    when a quality score becomes a report; empty when it never does
 * @param assessments   the quality scores of the walk (<i>burgerschouw</i>), in the order they were recorded
 * @param inspections   the scores of the municipality's own CROW inspections, in the order they were recorded
 */
@API(status = API.Status.EXPERIMENTAL)
public record Campaign(CampaignStep step, String title, MunicipalityCode municipality, List<PersonId> coreGroup,
                       List<NeighbourhoodCode> area, List<GeoPoint> route, List<Theme> themes, List<LocalDate> walkDates,
                       Instant entryClosesAt, List<Invitation> invited, Instant walkStartedAt, Instant entryClosedAt,
                       LocalizedText results, List<Rating> ratings, List<Erasable<String>> lessons, Instant closedAt,
                       String cancelReason, List<Attendance> attended, List<Agreement> agreements,
                       List<ReportThreshold> thresholds, List<Assessment> assessments, List<Inspection> inspections) {

    /** The state of a campaign that has no events yet. */
    public static final Campaign INITIAL = new Campaign(CampaignStep.PREPARATION, "", null, List.of(), List.of(), List.of(),
            List.of(), List.of(), null, List.of(), null, null, null, List.of(), List.of(), null, null, List.of(), List.of(), List.of(),
            List.of(), List.of());

    // One with… method per component, for the decider's evolve: a new state, this one untouched.

    Campaign withStep(CampaignStep value) {
        return new Campaign(value, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withTitle(String value) {
        return new Campaign(step, value, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withMunicipality(MunicipalityCode value) {
        return new Campaign(step, title, value, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withCoreGroup(List<PersonId> value) {
        return new Campaign(step, title, municipality, value, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withArea(List<NeighbourhoodCode> value) {
        return new Campaign(step, title, municipality, coreGroup, value, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withRoute(List<GeoPoint> value) {
        return new Campaign(step, title, municipality, coreGroup, area, value, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withThemes(List<Theme> value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, value, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withWalkDates(List<LocalDate> value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, value, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withEntryClosesAt(Instant value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, value, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withInvited(List<Invitation> value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, value, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withWalkStartedAt(Instant value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, value, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withEntryClosedAt(Instant value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, value, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withResults(LocalizedText value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, value, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withRatings(List<Rating> value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, value, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withLessons(List<Erasable<String>> value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, value, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withClosedAt(Instant value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, value, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withCancelReason(String value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, value, attended, agreements, thresholds, assessments, inspections);
    }

    Campaign withAttended(List<Attendance> value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, value, agreements, thresholds, assessments, inspections);
    }

    Campaign withAgreements(List<Agreement> value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, value, thresholds, assessments, inspections);
    }

    Campaign withThresholds(List<ReportThreshold> value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, value, assessments, inspections);
    }

    Campaign withAssessments(List<Assessment> value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, value, inspections);
    }

    Campaign withInspections(List<Inspection> value) {
        return new Campaign(step, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited, walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, value);
    }

    /** How many walked along in a group. */
    public long attendedAs(Invitation.Kind group) {
        return attended.stream().filter(a -> a.group() == group).count();
    }

    /**
     * A participant's rating of the campaign (<i>waardering</i>).
     *
     * @param rater  who rated
     * @param score  1 (poor) to 5 (excellent)
     * @param remark what they add, erasable under the rater's key; {@code null} when nothing
     */
    public record Rating(PersonId rater, int score, Erasable<String> remark) {
        public Rating {
            InvalidValueException.requireNonNull(rater, "rater");
        }
    }

    public Campaign {
        InvalidValueException.requireNonNull(step, "step");
        InvalidValueException.requireNonNull(title, "title");
        coreGroup = List.copyOf(coreGroup);
        area = List.copyOf(area);
        route = List.copyOf(route);
        themes = List.copyOf(themes);
        walkDates = List.copyOf(walkDates);
        invited = List.copyOf(invited);
        ratings = List.copyOf(ratings);
        lessons = List.copyOf(lessons);
        attended = List.copyOf(attended);
        agreements = List.copyOf(agreements);
        thresholds = List.copyOf(thresholds);
        assessments = List.copyOf(assessments);
        inspections = List.copyOf(inspections);
    }

    /** Whether the campaign was started. */
    public boolean isStarted() {
        return municipality != null;
    }

    /** Whether observations can be entered for this campaign at {@code now}: in the walk, before entry closes. */
    public boolean acceptsObservations(Instant now) {
        return step == CampaignStep.WALK && (entryClosesAt == null || now.isBefore(entryClosesAt));
    }

    /** When entry closes by itself, while the walk is on; empty otherwise. For the vendor's scheduler. */
    public Optional<Instant> nextDeadline() {
        return step == CampaignStep.WALK ? Optional.ofNullable(entryClosesAt) : Optional.empty();
    }

    /** Whether the person is in the core group. */
    public boolean isCoreGroupMember(PersonId person) {
        return coreGroup.contains(person);
    }

    /**
     * The level below which a score on the theme becomes a report: the theme's own threshold, else the one for every
     * theme; empty when the campaign reports no scores on it.
     */
    public Optional<QualityLevel> reportThresholdFor(Theme theme) {
        QualityLevel every = null;
        for (ReportThreshold t : thresholds) {
            if (theme.equals(t.theme())) {
                return Optional.of(t.level());
            }
            if (t.theme() == null) {
                every = t.level();
            }
        }
        return Optional.ofNullable(every);
    }

    /** The scores below the threshold whose report is not filed yet, in the order they were recorded. */
    public List<Assessment> awaitingReport() {
        return assessments.stream().filter(Assessment::awaitsReport).toList();
    }

    /** The average rating, if anyone rated. */
    public OptionalDouble averageRating() {
        return ratings.stream().mapToInt(Rating::score).average();
    }

    Campaign with(CampaignStep s) {
        return new Campaign(s, title, municipality, coreGroup, area, route, themes, walkDates, entryClosesAt, invited,
                walkStartedAt, entryClosedAt, results, ratings, lessons, closedAt, cancelReason, attended, agreements, thresholds, assessments, inspections);
    }
}
