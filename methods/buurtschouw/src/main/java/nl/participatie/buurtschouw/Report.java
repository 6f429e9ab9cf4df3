package nl.participatie.buurtschouw;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.StreamId;

/**
 * The state of one report (<i>melding</i>): an observation of a walk or a report between walks: a problem or an idea
 * (or, filed before scores had their own path, a quality score), with its category, location, status and what the reporter was last told. Only ever the fold
 * of its {@link ReportEvent}s; the history of statuses is the stream itself. Kept small on purpose: analysis over
 * many reports works on {@link nl.participatie.buurtschouw.analysis.ReportSummary}.
 *
 * @param step             the status
 * @param kind             problem or idea (quality assessment in old reports); {@code null} before filing
 * @param category         the subcategory; {@code null} before filing
 * @param theme            the theme; {@code null} before filing
 * @param description      what the reporter wrote (untrusted text; escape it when rendering); erasable;
 *                         {@code null} before filing
 * @param location         where, exactly; erasable; {@code null} before filing
 * @param address          a human-readable address or place description; erasable; may be {@code null}
 * @param postcode         the postcode; erasable; may be {@code null}
 * @param neighbourhood    the CBS neighbourhood, given or derived from the boundaries; may be {@code null}
 * @param photos           references to photos (the library stores no binaries); erasable
 * @param reporter         who reported; {@code null} when anonymous
 * @param campaign         the campaign it was observed in; {@code null} for a report between walks
 * @param quality          the quality score of an assessment filed as a report before scores were recorded on the
 *                         campaign; {@code null} otherwise
 * @param filedAt          when it was filed
 * @param expectedBy       when it should be handled, from the category's service-level objective
 * @param firstResponseAt  the first status change after filing; {@code null} before
 * @param updatedAt        the last change
 * @param closedAt         when it was last handled or cancelled; {@code null} while open
 * @param lastMessage      what the reporter was told at the last status change; {@code null} when nothing
 * @param externalParty    the party it was sent or forwarded to; {@code null} when none
 * @param reactionDeadline until when the reporter may react, or the external party a report was forwarded to may
 *                         answer; {@code null} unless a reaction or an answer is awaited
 * @param surveyClosesAt   until when the satisfaction survey is open; {@code null} when it is not
 * @param satisfied        the answer to the last satisfaction survey; {@code null} when not answered
 * @param duplicateOf      the original, when cancelled as a duplicate
 * @param supporters       the supporters of an idea
 * @param reopenCount      how often it was reopened
 * @param duplicateIdeaOf  for an idea: the idea it duplicates, marked by a civil servant or facilitator, so initiative
 *                         power counts the two as one; {@code null} when it stands on its own
 * @param readyToLead      for an idea: whether the reporter said they will take the lead (<i>trekker</i>); {@code null}
 *                         when they did not say
 */
@API(status = API.Status.EXPERIMENTAL)
public record Report(ReportStep step, ReportKind kind, CategoryCode category, Theme theme, Erasable<String> description,
                     Erasable<GeoPoint> location, Erasable<String> address, Erasable<Postcode> postcode,
                     NeighbourhoodCode neighbourhood, List<Erasable<URI>> photos,
                     PersonId reporter, StreamId campaign, QualityScore quality, Instant filedAt, Instant expectedBy,
                     Instant firstResponseAt, Instant updatedAt, Instant closedAt, LocalizedText lastMessage,
                     String externalParty, Instant reactionDeadline, Instant surveyClosesAt, Boolean satisfied,
                     StreamId duplicateOf, List<IdeaSupport> supporters, int reopenCount, StreamId duplicateIdeaOf,
                     Boolean readyToLead) {

    /** The state of a report that was not filed yet. */
    public static final Report INITIAL = new Report(ReportStep.NEW, null, null, null, null, null, null, null, null, List.of(),
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), 0, null, null);

    public Report {
        InvalidValueException.requireNonNull(step, "step");
        photos = List.copyOf(photos);
        supporters = List.copyOf(supporters);
    }

    /** Whether it was filed. */
    public boolean isFiled() {
        return step != ReportStep.NEW;
    }

    /** Whether the reporter is anonymous. */
    public boolean isAnonymous() {
        return reporter == null;
    }

    /**
     * Whether it is open and past its expected handling moment at {@code now}; a quality score filed as a report before
     * scores had their own path never is: a score has no handling deadline.
     */
    public boolean isOverdue(Instant now) {
        return kind != ReportKind.QUALITY_ASSESSMENT && step.isOpen() && expectedBy != null && now.isAfter(expectedBy);
    }

    /** Whether the person already supports this idea. */
    public boolean isSupportedBy(PersonId person) {
        for (IdeaSupport s : supporters) {
            if (s.supporter().equals(person)) {
                return true;
            }
        }
        return false;
    }

    /**
     * When something becomes due on this report by itself: the end of the reaction window, of the external party's
     * window or of the satisfaction survey. The vendor's scheduler calls {@code fireDue} then; empty when nothing is
     * pending.
     */
    public Optional<Instant> nextDeadline() {
        if ((step == ReportStep.REACTION_REQUESTED || step == ReportStep.FORWARDED_TO_EXTERNAL) && reactionDeadline != null) {
            return Optional.of(reactionDeadline);
        }
        if (step == ReportStep.HANDLED && surveyClosesAt != null) {
            return Optional.of(surveyClosesAt);
        }
        return Optional.empty();
    }

    /** The Signalen state of this report. */
    public SignalenStatus signalenStatus() {
        return SignalenStatus.of(step);
    }

    // One with… method per component, for the decider's evolve: a new state, this one untouched.

    Report withStep(ReportStep value) {
        return new Report(value, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withKind(ReportKind value) {
        return new Report(step, value, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withCategory(CategoryCode value) {
        return new Report(step, kind, value, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withTheme(Theme value) {
        return new Report(step, kind, category, value, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withDescription(Erasable<String> value) {
        return new Report(step, kind, category, theme, value, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withLocation(Erasable<GeoPoint> value) {
        return new Report(step, kind, category, theme, description, value, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withAddress(Erasable<String> value) {
        return new Report(step, kind, category, theme, description, location, value, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withPostcode(Erasable<Postcode> value) {
        return new Report(step, kind, category, theme, description, location, address, value, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withNeighbourhood(NeighbourhoodCode value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, value, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withPhotos(List<Erasable<URI>> value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, value, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withReporter(PersonId value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, value, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withCampaign(StreamId value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, value, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withQuality(QualityScore value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, value, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withFiledAt(Instant value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, value, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withExpectedBy(Instant value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, value, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withFirstResponseAt(Instant value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, value, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withUpdatedAt(Instant value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, value, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withClosedAt(Instant value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, value, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withLastMessage(LocalizedText value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, value, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withExternalParty(String value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, value, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withReactionDeadline(Instant value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, value, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withSurveyClosesAt(Instant value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, value, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withSatisfied(Boolean value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, value, duplicateOf, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withDuplicateOf(StreamId value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, value, supporters, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withSupporters(List<IdeaSupport> value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, value, reopenCount, duplicateIdeaOf, readyToLead);
    }

    Report withReopenCount(int value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, value, duplicateIdeaOf, readyToLead);
    }

    Report withDuplicateIdeaOf(StreamId value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, value, readyToLead);
    }

    Report withReadyToLead(Boolean value) {
        return new Report(step, kind, category, theme, description, location, address, postcode, neighbourhood, photos, reporter, campaign, quality, filedAt, expectedBy, firstResponseAt, updatedAt, closedAt, lastMessage, externalParty, reactionDeadline, surveyClosesAt, satisfied, duplicateOf, supporters, reopenCount, duplicateIdeaOf, value);
    }
}
