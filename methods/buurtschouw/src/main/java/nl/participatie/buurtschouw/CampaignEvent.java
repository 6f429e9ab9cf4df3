package nl.participatie.buurtschouw;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamLink;

/**
 * What happened in a neighbourhood walk campaign (<i>gebeurtenissen van de schouw</i>): the facts its state is folded
 * from and its audit trail is made of. Persons appear only as opaque {@link PersonId}s.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface CampaignEvent {

    /**
     * The campaign was started.
     *
     * @param title        its title
     * @param municipality its municipality
     */
    record CampaignStarted(String title, MunicipalityCode municipality) implements CampaignEvent {
        public CampaignStarted {
            InvalidValueException.requireNonNull(title, "title");
            InvalidValueException.requireNonNull(municipality, "municipality");
        }
    }

    /**
     * Someone joined the core group.
     *
     * @param member who
     */
    record CoreGroupMemberJoined(PersonId member) implements CampaignEvent {
        public CoreGroupMemberJoined {
            InvalidValueException.requireNonNull(member, "member");
        }
    }

    /**
     * Someone left the core group.
     *
     * @param member who
     */
    record CoreGroupMemberLeft(PersonId member) implements CampaignEvent {
        public CoreGroupMemberLeft {
            InvalidValueException.requireNonNull(member, "member");
        }
    }

    /**
     * The area was chosen.
     *
     * @param neighbourhoods the neighbourhoods
     */
    record AreaChosen(List<NeighbourhoodCode> neighbourhoods) implements CampaignEvent {
        public AreaChosen {
            neighbourhoods = List.copyOf(neighbourhoods);
        }
    }

    /**
     * The route was planned.
     *
     * @param route the points in walking order
     */
    record RoutePlanned(List<GeoPoint> route) implements CampaignEvent {
        public RoutePlanned {
            route = List.copyOf(route);
        }
    }

    /**
     * The themes were chosen.
     *
     * @param themes the themes
     */
    record ThemesChosen(List<Theme> themes) implements CampaignEvent {
        public ThemesChosen {
            themes = List.copyOf(themes);
        }
    }

    /**
     * The walk was scheduled.
     *
     * @param dates         the walk dates
     * @param entryClosesAt until when observations can be entered
     */
    record WalkScheduled(List<LocalDate> dates, Instant entryClosesAt) implements CampaignEvent {
        public WalkScheduled {
            dates = List.copyOf(dates);
            InvalidValueException.requireNonNull(entryClosesAt, "entryClosesAt");
        }
    }

    /**
     * Participants were invited.
     *
     * @param invitations who, as what
     */
    record ParticipantsInvited(List<Invitation> invitations) implements CampaignEvent {
        public ParticipantsInvited {
            invitations = List.copyOf(invitations);
        }
    }

    /**
     * The walk started.
     *
     * @param at when
     */
    record WalkStarted(Instant at) implements CampaignEvent {
        public WalkStarted {
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Entry of observations closed.
     *
     * @param at       when
     * @param deadline whether it closed because {@code entryClosesAt} passed (not earlier by the core group)
     */
    record EntryClosed(Instant at, boolean deadline) implements CampaignEvent {
        public EntryClosed {
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The results were fed back.
     *
     * @param message what was told
     * @param at      when
     */
    record ResultsPublished(LocalizedText message, Instant at) implements CampaignEvent {
        public ResultsPublished {
            InvalidValueException.requireNonNull(message, "message");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Who walked along was recorded.
     *
     * @param attendees who walked, and as what
     * @param at        when it was recorded
     */
    record AttendanceRecorded(List<Attendance> attendees, Instant at) implements CampaignEvent {
        public AttendanceRecorded {
            attendees = List.copyOf(attendees);
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * A follow-up agreement was written down.
     *
     * @param number its number in the campaign
     * @param party  who does it
     * @param what   what they do; erasable under the key of who wrote it down
     * @param dueBy  by when
     * @param madeBy who wrote it down
     * @param at     when
     */
    record AgreementMade(int number, Agreement.Party party, Erasable<String> what, LocalDate dueBy, PersonId madeBy, Instant at)
            implements CampaignEvent {
        public AgreementMade {
            InvalidValueException.requireNonNull(party, "party");
            InvalidValueException.requireNonNull(what, "what");
            InvalidValueException.requireNonNull(dueBy, "dueBy");
            InvalidValueException.requireNonNull(madeBy, "madeBy");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * An agreement was done.
     *
     * @param number its number
     * @param by     who marked it done
     * @param at     when
     */
    record AgreementCompleted(int number, PersonId by, Instant at) implements CampaignEvent {
        public AgreementCompleted {
            InvalidValueException.requireNonNull(by, "by");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The campaign set when a quality score becomes a report; an empty list turns it off.
     *
     * @param thresholds at most one per theme and one for every other theme
     */
    record ReportThresholdsSet(List<ReportThreshold> thresholds) implements CampaignEvent {
        public ReportThresholdsSet {
            thresholds = List.copyOf(thresholds);
        }
    }

    /**
     * Someone walking along scored the quality of public space (<i>burgerschouw</i>).
     *
     * @param number        its number in the campaign
     * @param assessor      who scored
     * @param neighbourhood where
     * @param theme         the theme
     * @param element       what was scored, a subcategory of the category tree
     * @param score         the CROW level seen
     * @param remark        what they added, erasable under their key; {@code null} when nothing
     * @param location      where exactly, erasable under their key; {@code null} when not given
     * @param reportBelow   the campaign's threshold the score fell below, so a report is to be filed; {@code null} when
     *                      none
     * @param at            when
     */
    record QualityAssessed(int number, PersonId assessor, NeighbourhoodCode neighbourhood, Theme theme, CategoryCode element,
                           QualityLevel score, Erasable<String> remark, Erasable<GeoPoint> location, QualityLevel reportBelow,
                           Instant at) implements CampaignEvent {
        public QualityAssessed {
            InvalidValueException.requireNonNull(assessor, "assessor");
            InvalidValueException.requireNonNull(neighbourhood, "neighbourhood");
            InvalidValueException.requireNonNull(theme, "theme");
            InvalidValueException.requireNonNull(element, "element");
            InvalidValueException.requireNonNull(score, "score");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The report a score below the threshold became was filed.
     *
     * @param number the assessment's number
     * @param report the link to the report ({@code reported-as})
     * @param at     when
     */
    record AssessmentReported(int number, StreamLink report, Instant at) implements CampaignEvent {
        public AssessmentReported {
            InvalidValueException.requireNonNull(report, "report");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * A score of the municipality's own CROW inspection was recorded.
     *
     * @param inspection what was inspected where, the level measured, the day, and who recorded it when
     */
    record InspectionRecorded(Inspection inspection) implements CampaignEvent {
        public InspectionRecorded {
            InvalidValueException.requireNonNull(inspection, "inspection");
        }
    }

    /**
     * A participant rated the campaign.
     *
     * @param rater  who
     * @param score  1 to 5
     * @param remark the remark, erasable under the rater's key; {@code null} when none
     */
    record CampaignRated(PersonId rater, int score, Erasable<String> remark) implements CampaignEvent {
        public CampaignRated {
            InvalidValueException.requireNonNull(rater, "rater");
        }
    }

    /**
     * A lesson was recorded.
     *
     * @param lesson the lesson, erasable under the key of the core-group member who wrote it
     */
    record LessonRecorded(Erasable<String> lesson) implements CampaignEvent {
        public LessonRecorded {
            InvalidValueException.requireNonNull(lesson, "lesson");
        }
    }

    /**
     * The campaign was closed after its evaluation.
     *
     * @param at when
     */
    record CampaignClosed(Instant at) implements CampaignEvent {
        public CampaignClosed {
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The campaign was cancelled.
     *
     * @param reason why
     * @param at     when
     */
    record CampaignCancelled(String reason, Instant at) implements CampaignEvent {
        public CampaignCancelled {
            InvalidValueException.requireNonNull(reason, "reason");
            InvalidValueException.requireNonNull(at, "at");
        }
    }
}
