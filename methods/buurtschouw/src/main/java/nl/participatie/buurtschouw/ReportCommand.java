package nl.participatie.buurtschouw;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.RdPoint;
import nl.participatie.core.value.StreamId;

/**
 * What people ask of a report (<i>opdrachten voor een melding</i>): filing it, the status changes of its handling
 * (one command per Signalen target state), the reporter's reaction and satisfaction answer, support for an idea,
 * and the time-driven ends of the reaction window and the satisfaction survey. Which role may fire which command
 * from which status is declared in {@code BuurtschouwWorkflow.REPORTS.workflow()}.
 *
 * <p>Texts for the reporter ({@code message}) are in Dutch and English; a blank language is filled from the other.
 * A {@code note} is internal and never shown to the reporter.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface ReportCommand {

    /**
     * Files a report: a problem or an idea. A quality score is no report: it is recorded on the campaign
     * ({@link CampaignCommand.RecordAssessment}) and becomes a report only below the campaign's threshold; filing one
     * as a report is refused ({@code buurtschouw.report.assessment-is-no-report}).
     *
     * @param kind          problem or idea
     * @param category      the subcategory, from the municipality's {@link CategoryTree}
     * @param description   what was seen; required; at most 4,000 characters (as Open311)
     * @param location      where, in WGS84; or give {@code rdLocation}
     * @param rdLocation    where, in RD New, when {@code location} is not given
     * @param address       a human-readable address or place description; optional
     * @param postcode      optional
     * @param neighbourhood optional; derived from the municipality's boundaries when not given
     * @param theme         optional; the category's theme when not given
     * @param photos        references to photos, http or https; at most 10
     * @param reporter      the reporter; {@code null} for an anonymous report; only a civil servant files in another's name
     * @param campaign      the campaign it was observed in; {@code null} for a report between walks
     */
    record FileReport(@NotNull ReportKind kind, @NotNull CategoryCode category, @Size(max = 4000) String description,
                      GeoPoint location, RdPoint rdLocation, @Size(max = 200) String address, Postcode postcode,
                      NeighbourhoodCode neighbourhood, Theme theme, @Size(max = 10) List<@NotNull URI> photos,
                      PersonId reporter, StreamId campaign)
            implements ReportCommand {

        /** A problem at a place, by a reporter (or {@code null}), for a campaign (or {@code null}). */
        public static FileReport problem(CategoryCode category, String description, GeoPoint location, PersonId reporter,
                                         StreamId campaign) {
            return new FileReport(ReportKind.PROBLEM, category, description, location, null, null, null, null, null,
                    List.of(), reporter, campaign);
        }

        /** An idea at a place, by a reporter (or {@code null}), for a campaign (or {@code null}). */
        public static FileReport idea(CategoryCode category, String description, GeoPoint location, PersonId reporter,
                                      StreamId campaign) {
            return new FileReport(ReportKind.IDEA, category, description, location, null, null, null, null, null,
                    List.of(), reporter, campaign);
        }

        /** This command with an address and postcode. */
        public FileReport withAddress(String text, Postcode code) {
            return new FileReport(kind, category, description, location, rdLocation, text, code, neighbourhood, theme, photos,
                    reporter, campaign);
        }

        /** This command with photo references. */
        public FileReport withPhotos(List<URI> references) {
            return new FileReport(kind, category, description, location, rdLocation, address, postcode, neighbourhood, theme,
                    references, reporter, campaign);
        }

        /** This command with a neighbourhood. */
        public FileReport withNeighbourhood(NeighbourhoodCode code) {
            return new FileReport(kind, category, description, location, rdLocation, address, postcode, code, theme, photos,
                    reporter, campaign);
        }

        /** This command with a theme. */
        public FileReport withTheme(Theme value) {
            return new FileReport(kind, category, description, location, rdLocation, address, postcode, neighbourhood, value, photos,
                    reporter, campaign);
        }

        /**
         * This command for a campaign: a report that reached the municipality another way (an Open311 client, a phone
         * call) during a campaign's walk, counted with the campaign's reports.
         */
        public FileReport withCampaign(StreamId value) {
            return new FileReport(kind, category, description, location, rdLocation, address, postcode, neighbourhood, theme, photos,
                    reporter, value);
        }
    }

    /**
     * Back to reported (Signalen {@code m}).
     *
     * @param message optional text for the reporter
     * @param note    optional internal note
     */
    record SetBackToReported(LocalizedText message, @Size(max = 2000) String note) implements ReportCommand {
    }

    /**
     * Awaiting handling (Signalen {@code i}).
     *
     * @param message optional text for the reporter
     * @param note    optional internal note
     */
    record AwaitHandling(LocalizedText message, @Size(max = 2000) String note) implements ReportCommand {
    }

    /**
     * In progress (Signalen {@code b}).
     *
     * @param message optional text for the reporter
     * @param note    optional internal note
     */
    record StartHandling(LocalizedText message, @Size(max = 2000) String note) implements ReportCommand {
    }

    /**
     * Scheduled for a date (Signalen {@code ingepland}); the reporter is always told.
     *
     * @param plannedFor the date, not in the past
     * @param message    optional text for the reporter; a standard text with the date when absent
     */
    record Schedule(@NotNull LocalDate plannedFor, LocalizedText message) implements ReportCommand {
    }

    /**
     * To be sent to an external system (Signalen {@code ready to send}, <i>extern: te verzenden</i>).
     *
     * @param target  the system it goes to: one of Signalen's ({@code sigmax}, {@code gisib}, {@code straatnotes}) or
     *                one the municipality registered in {@link ReportRules#externalSystems()}; not free text
     * @param message optional text for the reporter
     */
    record MarkReadyToSend(@NotBlank @Size(max = 250) String target, LocalizedText message) implements ReportCommand {
    }

    /**
     * The external system received it (Signalen {@code sent}).
     *
     * @param note optional internal note
     */
    record ConfirmSent(@Size(max = 2000) String note) implements ReportCommand {
    }

    /**
     * Sending to the external system failed (Signalen {@code send failed}).
     *
     * @param reason what went wrong (internal)
     */
    record ReportSendFailure(@NotBlank @Size(max = 2000) String reason) implements ReportCommand {
    }

    /**
     * The external system finished it (Signalen {@code done external}).
     *
     * @param message optional text for the reporter
     * @param note    optional internal note
     */
    record ReportDoneExternally(LocalizedText message, @Size(max = 2000) String note) implements ReportCommand {
    }

    /**
     * Forwarded to an external party (Signalen {@code forward to external}, <i>doorgezet naar extern</i>): a question
     * to an organisation outside the municipality that is no user of it, e.g. a housing corporation. The party has the
     * external window ({@link ReportRules#externalWindow()}, 14 days) to answer; answered or not, the report then
     * moves to closure requested. Nothing is said to the reporter.
     *
     * @param externalParty who it goes to
     * @param email         where the question goes (Signalen's {@code email_override}); kept erasable
     * @param question      the question to the external party
     */
    record ForwardToExternal(@NotBlank @Size(max = 200) String externalParty, @NotBlank @Email @Size(max = 254) String email,
                             @NotBlank @Size(max = 3000) String question) implements ReportCommand {
    }

    /**
     * The external party's answer to a forwarded report (<i>antwoord externe partij</i>); the report moves to closure
     * requested.
     *
     * @param text   the answer
     * @param photos references to photos
     */
    record AnswerForward(@NotBlank @Size(max = 4000) String text, @Size(max = 10) List<@NotNull URI> photos) implements ReportCommand {
    }

    /** Time-driven: the external party did not answer within the external window; the report moves to closure requested. */
    record ExpireForward() implements ReportCommand {
    }

    /**
     * The external party asks to close it (Signalen {@code closure requested}).
     *
     * @param message optional text for the reporter
     * @param note    optional internal note
     */
    record RequestClosure(LocalizedText message, @Size(max = 2000) String note) implements ReportCommand {
    }

    /**
     * Asks the reporter a question (Signalen {@code reaction requested}); the reporter has the reaction window to
     * answer, after which the report moves on by itself. The reporter must be reachable (an e-mail address in the
     * personal-data store) and the question at most 1,000 characters in each language, as in Signalen.
     *
     * @param question the question, in Dutch and English
     */
    record RequestReaction(@NotNull LocalizedText question) implements ReportCommand {
    }

    /**
     * The reporter's reaction to a question (Signalen {@code reaction received}).
     *
     * @param text   the reaction
     * @param photos references to photos
     */
    record React(@NotBlank @Size(max = 4000) String text, @Size(max = 10) List<@NotNull URI> photos) implements ReportCommand {
    }

    /** Time-driven: the reaction window passed without a reaction (Signalen moves on to {@code reaction received}). */
    record ExpireReactionRequest() implements ReportCommand {
    }

    /**
     * Handled (Signalen {@code o}); a text for the reporter is required, and the satisfaction survey opens.
     *
     * @param message what was done, in Dutch and English
     */
    record Handle(@NotNull LocalizedText message) implements ReportCommand {
    }

    /**
     * The idea became a residents' initiative (Burgers aan het stuur): handled, with feedback to the reporter and the
     * supporters, and an invitation to everyone who offered help. Fired by the system only, by the reaction to the
     * initiative's start ({@code became} link); no satisfaction survey follows.
     *
     * @param initiative the initiative the idea became
     */
    record CloseAsInitiative(@NotNull StreamId initiative) implements ReportCommand {
    }

    /**
     * News from further down the chain (an action of the initiative finished, the budget that funds it realised): the
     * reporter and the supporters are told, in any step after filing. Fired by the system only, by a reaction up the
     * chain.
     *
     * @param news what happened, in Dutch and English
     */
    record TellChainNews(@NotNull LocalizedText news) implements ReportCommand {
    }

    /**
     * Cancelled (Signalen {@code a}), e.g. as a duplicate of another report; a text for the reporter is required.
     *
     * @param message     why, in Dutch and English
     * @param duplicateOf the original report, when it is a duplicate
     */
    record Cancel(@NotNull LocalizedText message, StreamId duplicateOf) implements ReportCommand {
    }

    /**
     * Reopened (Signalen {@code reopened}); a text for the reporter is required.
     *
     * @param message why and what happens now, in Dutch and English
     */
    record Reopen(@NotNull LocalizedText message) implements ReportCommand {
    }

    /**
     * The reporter answers the satisfaction survey (<i>klanttevredenheidsonderzoek</i>, KTO). Not satisfied moves the
     * report to reopen requested (Signalen {@code reopen requested}) only when the reporter wrote their own answer
     * or chose a standard answer marked to reopen ({@link ReportRules#unhappyAnswers()}), as in Signalen.
     *
     * @param satisfied whether the reporter is satisfied with the handling
     * @param answer    the standard answer chosen when not satisfied; {@code null} when they wrote their own
     * @param remark    their own answer or an extra remark; optional
     */
    record AnswerSatisfactionSurvey(boolean satisfied, @Size(max = 100) String answer, @Size(max = 2000) String remark)
            implements ReportCommand {

        /** An answer in the reporter's own words (or none). */
        public AnswerSatisfactionSurvey(boolean satisfied, String remark) {
            this(satisfied, null, remark);
        }
    }

    /** Time-driven: the satisfaction survey window passed. */
    record CloseSatisfactionSurvey() implements ReportCommand {
    }

    /**
     * Imports a report (<i>melding</i>) from Signalen: its filing, anonymous (contacts stay in Signalen or the
     * personal-data store), at its original moment. Only the system fires it, through {@code SignalenImport}.
     *
     * @param signalenId  Signalen's id of the melding, e.g. {@code SIG-1001}
     * @param category    the subcategory, from the municipality's {@link CategoryTree}
     * @param description what the reporter wrote
     * @param location    where
     * @param address     the address, optional
     * @param createdAt   when it was filed in Signalen
     */
    record ImportSignalenMelding(@NotBlank @Size(max = 50) String signalenId, @NotNull CategoryCode category,
                                 @NotBlank @Size(max = 4000) String description, @NotNull GeoPoint location,
                                 @Size(max = 200) String address, @NotNull Instant createdAt) implements ReportCommand {
    }

    /**
     * Imports one status of a Signalen status history, as Signalen recorded it: a text only where Signalen requires one
     * ({@code o}, {@code reopened}), so cancellations without a text load; legacy {@code h} and historical {@code s}
     * load too. Only the system fires it, through {@code SignalenImport}.
     *
     * @param status    the state
     * @param text      the status text; for {@code closure requested} after a forward, the external party's answer
     * @param targetApi for {@code ready to send}: the external system
     * @param email     for {@code forward to external}: where the question went; kept erasable
     * @param at        when Signalen recorded it
     */
    record ImportSignalenStatus(@NotNull SignalenStatus status, @Size(max = 10000) String text, @Size(max = 250) String targetApi,
                                @Size(max = 254) String email, @NotNull Instant at) implements ReportCommand {
    }

    /**
     * A resident supports an idea, optionally willing to help.
     *
     * @param offers    what they offer to bring; empty to only support
     * @param household their household, to count distinct households; optional
     */
    record SupportIdea(@Size(max = 3) List<@NotNull HelpOffer> offers, HouseholdRef household) implements ReportCommand {
    }

    /**
     * The reporter of an idea says whether they will take the lead themselves (<i>zelf trekker zijn</i>); they may say
     * so when filing or later, and change their mind. Readiness to lead counts in the idea's initiative power.
     *
     * @param ready whether they will take the lead
     */
    record StateReadinessToLead(boolean ready) implements ReportCommand {
    }

    /**
     * A civil servant or facilitator marks this idea as a duplicate of another (<i>dubbel idee</i>): it stays open, and
     * initiative power counts the two as one idea, each supporter once. Marking it again moves it to another original.
     *
     * @param original the idea it duplicates
     */
    record MarkDuplicateIdea(@NotNull StreamId original) implements ReportCommand {
    }

    /** Undoes {@link MarkDuplicateIdea}: the idea counts on its own again. */
    record SeparateIdea() implements ReportCommand {
    }
}
