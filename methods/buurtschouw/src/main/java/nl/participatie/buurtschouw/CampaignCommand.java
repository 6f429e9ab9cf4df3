package nl.participatie.buurtschouw;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * What people ask of a neighbourhood walk campaign (<i>opdrachten voor de schouw</i>). Which role may fire which
 * command in which step is declared in {@code BuurtschouwWorkflow.CAMPAIGNS.workflow()}; the rules that need the state
 * are in {@link CampaignDecider}.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface CampaignCommand {

    /**
     * Starts a campaign. A core group member who starts it joins the core group.
     *
     * @param title        e.g. "Schouw Indische Buurt, voorjaar 2026"
     * @param municipality the municipality the area lies in
     */
    record StartCampaign(@NotBlank @Size(max = 200) String title, @NotNull MunicipalityCode municipality)
            implements CampaignCommand {
    }

    /**
     * Someone joins the core group (<i>kerngroep</i>).
     *
     * @param member who joins
     */
    record JoinCoreGroup(@NotNull PersonId member) implements CampaignCommand {
    }

    /**
     * Someone leaves the core group; during the walk it may not shrink below the minimum.
     *
     * @param member who leaves
     */
    record LeaveCoreGroup(@NotNull PersonId member) implements CampaignCommand {
    }

    /**
     * Chooses the neighbourhoods to walk; all in the campaign's municipality.
     *
     * @param neighbourhoods CBS neighbourhood codes
     */
    record ChooseArea(@NotEmpty @Size(max = 50) List<@NotNull NeighbourhoodCode> neighbourhoods) implements CampaignCommand {
    }

    /**
     * Plans the route: at least two points, in walking order.
     *
     * @param route the points
     */
    record PlanRoute(@NotEmpty @Size(max = 500) List<@NotNull GeoPoint> route) implements CampaignCommand {
    }

    /**
     * Chooses the themes to look at.
     *
     * @param themes e.g. green, litter, lighting
     */
    record ChooseThemes(@NotEmpty @Size(max = 20) List<@NotNull Theme> themes) implements CampaignCommand {
    }

    /**
     * Schedules the walk and the moment observations can no longer be entered.
     *
     * @param dates         the walk dates, not in the past
     * @param entryClosesAt after the last walk date
     */
    record ScheduleWalk(@NotEmpty @Size(max = 10) List<@NotNull LocalDate> dates, @NotNull Instant entryClosesAt)
            implements CampaignCommand {
    }

    /**
     * Invites participants: residents, entrepreneurs, professionals, the municipality.
     *
     * @param invitations who, as what
     */
    record InviteParticipants(@NotEmpty @Size(max = 1000) List<@NotNull @Valid Invitation> invitations)
            implements CampaignCommand {
    }

    /** The walk begins: needs the minimum core group, an area, a route, themes and a schedule. */
    record StartWalk() implements CampaignCommand {
    }

    /** Entry of observations closes; fired by the system when {@code entryClosesAt} passes, or earlier by the core group. */
    record CloseEntry() implements CampaignCommand {
    }

    /**
     * The results are fed back to everyone who took part.
     *
     * @param message what was found and what happens with it, in Dutch and English
     */
    record PublishResults(@NotNull LocalizedText message) implements CampaignCommand {
    }

    /**
     * A participant rates the campaign, once.
     *
     * @param score  1 (poor) to 5 (excellent)
     * @param remark optional remark
     */
    record RateCampaign(@Min(1) @Max(5) int score, @Size(max = 2000) String remark) implements CampaignCommand {
    }

    /**
     * Records a lesson for the next campaign.
     *
     * @param lesson what to keep or change
     */
    record RecordLesson(@NotBlank @Size(max = 2000) String lesson) implements CampaignCommand {
    }

    /** Closes the campaign after the evaluation. */
    record CloseCampaign() implements CampaignCommand {
    }

    /**
     * Records who walked along, per group (<i>opkomst</i>): residents, entrepreneurs, professionals, the municipality.
     * During or after the walk; each person once.
     *
     * @param attendees who walked, and as what
     */
    record RecordAttendance(@NotEmpty @Size(max = 1000) List<@NotNull @Valid Attendance> attendees) implements CampaignCommand {
    }

    /**
     * Writes down a follow-up agreement of the walk (<i>afspraak</i>): who does what by when.
     *
     * @param party who does it
     * @param what  what they do
     * @param dueBy by when; not in the past
     */
    record MakeAgreement(@NotNull Agreement.Party party, @NotBlank @Size(max = 1000) String what, @NotNull LocalDate dueBy)
            implements CampaignCommand {
    }

    /**
     * Marks an agreement as done.
     *
     * @param number the agreement's number
     */
    record CompleteAgreement(@Min(1) int number) implements CampaignCommand {
    }

    /**
     * Sets when a quality score becomes a report (<i>meldingsdrempel</i>): a score below the threshold of its theme, or
     * below the one for every theme, is also filed as a report. Replaces the thresholds set before; an empty list turns
     * it off, as it is until set.
     *
     * @param thresholds at most one per theme and one for every theme ({@link ReportThreshold#everyTheme})
     */
    record SetReportThresholds(@NotNull @Size(max = 50) List<@NotNull @Valid ReportThreshold> thresholds) implements CampaignCommand {
    }

    /**
     * Someone walking along scores the quality of public space (<i>burgerschouw</i>): one element in one neighbourhood
     * of the area, on the CROW scale. A score is recorded on the campaign and is no report; when it falls below the
     * campaign's threshold, {@code Buurtschouw.recordAssessment} also files it as one.
     *
     * @param neighbourhood where: a neighbourhood of the campaign's area
     * @param theme         the theme, one of the campaign's; the element's theme when not given
     * @param element       what was scored: a subcategory of the municipality's category tree
     * @param score         the CROW level seen
     * @param remark        what they add; optional
     * @param location      where exactly; optional, but needed when the score becomes a report
     */
    record RecordAssessment(@NotNull NeighbourhoodCode neighbourhood, Theme theme, @NotNull CategoryCode element,
                            @NotNull QualityLevel score, @Size(max = 2000) String remark, GeoPoint location) implements CampaignCommand {
    }

    /**
     * Links a score below the threshold to the report filed for it; the system does this right after filing.
     *
     * @param number the assessment's number
     * @param report the report's stream
     */
    record LinkAssessmentReport(@Min(1) int number, @NotNull StreamId report) implements CampaignCommand {
    }

    /**
     * Records a score of the municipality's own CROW inspection (<i>kwaliteitsschouw</i>) for a neighbourhood of the
     * area, to compare the residents' scores with.
     *
     * @param neighbourhood where
     * @param theme         the theme inspected
     * @param element       what was inspected; optional, for the theme as a whole when not given
     * @param score         the CROW level measured
     * @param inspectedOn   the day of the inspection; not in the future
     */
    record RecordInspection(@NotNull NeighbourhoodCode neighbourhood, @NotNull Theme theme, CategoryCode element,
                            @NotNull QualityLevel score, @NotNull LocalDate inspectedOn) implements CampaignCommand {
    }

    /**
     * Cancels the campaign in any step.
     *
     * @param reason why
     */
    record CancelCampaign(@NotBlank @Size(max = 2000) String reason) implements CampaignCommand {
    }
}
