package nl.participatie.buurtschouw;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.link.Linking;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.StreamLink;

/**
 * What happened to a report (<i>gebeurtenissen van een melding</i>): the facts its state is folded from and its audit
 * trail is made of. Persons appear only as opaque {@link PersonId}s; everything a replay needs (the neighbourhood, the
 * expected handling moment, the quality target) is in the events, so replaying never depends on configuration.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface ReportEvent {

    /**
     * The report was filed.
     *
     * @param kind          its kind
     * @param category      its subcategory
     * @param theme         its theme
     * @param description   what the reporter wrote; erasable, under the reporter's key
     * @param location      where, exactly; erasable
     * @param address       address or place description; erasable; may be {@code null}
     * @param postcode      erasable; may be {@code null}
     * @param neighbourhood given or derived; may be {@code null}
     * @param photos        photo references; erasable
     * @param reporter      who; {@code null} when anonymous (then its erasable values are under the stream's key only)
     * @param campaign      the link to its campaign ({@code part-of}); {@code null} between walks
     * @param quality       the score of a quality assessment; {@code null} for other kinds
     * @param filedAt       when
     * @param expectedBy    when it should be handled
     */
    record ReportFiled(ReportKind kind, CategoryCode category, Theme theme, Erasable<String> description,
                       Erasable<GeoPoint> location, Erasable<String> address, Erasable<Postcode> postcode,
                       NeighbourhoodCode neighbourhood, List<Erasable<URI>> photos,
                       PersonId reporter, StreamLink campaign, QualityScore quality, Instant filedAt, Instant expectedBy)
            implements ReportEvent, Linking {
        public ReportFiled {
            InvalidValueException.requireNonNull(kind, "kind");
            InvalidValueException.requireNonNull(category, "category");
            InvalidValueException.requireNonNull(theme, "theme");
            InvalidValueException.requireNonNull(description, "description");
            InvalidValueException.requireNonNull(location, "location");
            photos = List.copyOf(photos);
            InvalidValueException.requireNonNull(filedAt, "filedAt");
            InvalidValueException.requireNonNull(expectedBy, "expectedBy");
        }

        /** Its campaign ({@code part-of}), checked and indexed since links were; none between walks. */
        @Override
        public Optional<StreamLink> link() {
            return Optional.ofNullable(campaign);
        }
    }

    /**
     * A plain status change: to reported, awaiting handling, in progress, sent, send failed, done external or closure
     * requested.
     *
     * @param status  the new status
     * @param message what the reporter was told; {@code null} when nothing
     * @param note    internal note; {@code null} when none
     * @param at      when
     */
    record StatusChanged(ReportStep status, LocalizedText message, String note, Instant at) implements ReportEvent {
        public StatusChanged {
            InvalidValueException.requireNonNull(status, "status");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Scheduled for a date.
     *
     * @param plannedFor the date
     * @param message    what the reporter was told
     * @param at         when
     */
    record ReportScheduled(LocalDate plannedFor, LocalizedText message, Instant at) implements ReportEvent {
        public ReportScheduled {
            InvalidValueException.requireNonNull(plannedFor, "plannedFor");
            InvalidValueException.requireNonNull(message, "message");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Marked to be sent to an external system; in events recorded before forwarding had its own event, also forwarded
     * to an external party.
     *
     * @param status        {@link ReportStep#READY_TO_SEND}; {@link ReportStep#FORWARDED_TO_EXTERNAL} only in older events
     * @param externalParty the external system (lower case), or in older events who
     * @param message       what the reporter was told; {@code null} when nothing
     * @param at            when
     */
    record ReportForwarded(ReportStep status, String externalParty, LocalizedText message, Instant at) implements ReportEvent {
        public ReportForwarded {
            InvalidValueException.requireNonNull(status, "status");
            InvalidValueException.requireNonNull(externalParty, "externalParty");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The reporter was asked a question.
     *
     * @param question the question
     * @param deadline until when they may react
     * @param at       when
     */
    record ReactionRequested(LocalizedText question, Instant deadline, Instant at) implements ReportEvent {
        public ReactionRequested {
            InvalidValueException.requireNonNull(question, "question");
            InvalidValueException.requireNonNull(deadline, "deadline");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * A reaction came in.
     *
     * @param text           the reaction; erasable (the reporter's, or nobody's in particular from an external party)
     * @param photos         photo references; erasable
     * @param externalParty  whether it came from the external party rather than the reporter; only in events recorded
     *                       before an external party's answer had its own event ({@link ForwardAnswered})
     * @param at             when
     */
    record ReactionReceived(Erasable<String> text, List<Erasable<URI>> photos, boolean externalParty, Instant at) implements ReportEvent {
        public ReactionReceived {
            InvalidValueException.requireNonNull(text, "text");
            photos = List.copyOf(photos);
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The reaction window passed without a reaction; the report moved on to reaction received.
     *
     * @param at when
     */
    record ReactionRequestExpired(Instant at) implements ReportEvent {
        public ReactionRequestExpired {
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Handled.
     *
     * @param message        what the reporter was told
     * @param at             when
     * @param surveyClosesAt until when the satisfaction survey is open; {@code null} for an anonymous report
     */
    record ReportHandled(LocalizedText message, Instant at, Instant surveyClosesAt) implements ReportEvent {
        public ReportHandled {
            InvalidValueException.requireNonNull(message, "message");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Cancelled.
     *
     * @param message     what the reporter was told
     * @param duplicateOf the link to the original ({@code duplicate-of}); {@code null} when not a duplicate
     * @param at          when
     */
    record ReportCancelled(LocalizedText message, StreamLink duplicateOf, Instant at) implements ReportEvent, Linking {
        public ReportCancelled {
            InvalidValueException.requireNonNull(message, "message");
            InvalidValueException.requireNonNull(at, "at");
        }

        /** The original it duplicates ({@code duplicate-of}), checked and indexed since links were; none otherwise. */
        @Override
        public Optional<StreamLink> link() {
            return Optional.ofNullable(duplicateOf);
        }
    }

    /**
     * Reopened.
     *
     * @param message what the reporter was told
     * @param at      when
     */
    record ReportReopened(LocalizedText message, Instant at) implements ReportEvent {
        public ReportReopened {
            InvalidValueException.requireNonNull(message, "message");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The reporter answered the satisfaction survey.
     *
     * @param satisfied whether satisfied
     * @param answer    the standard answer chosen; {@code null} when none
     * @param remark    the reporter's own answer or remark, erasable under the reporter's key; {@code null} when none
     * @param reopens   whether it moved the report to reopen requested: unhappy with an own answer or with a standard
     *                  answer marked to reopen
     * @param at        when
     */
    record SatisfactionAnswered(boolean satisfied, String answer, Erasable<String> remark, boolean reopens, Instant at)
            implements ReportEvent {
        public SatisfactionAnswered {
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The satisfaction survey window passed without an answer.
     *
     * @param at when
     */
    record SatisfactionSurveyClosed(Instant at) implements ReportEvent {
        public SatisfactionSurveyClosed {
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Forwarded to an external party with a question; it has until the deadline to answer.
     *
     * @param externalParty who
     * @param email         where the question went; erasable (it may be a person's address)
     * @param question      the question to the external party
     * @param deadline      until when it may answer
     * @param at            when
     */
    record ForwardedToExternal(String externalParty, Erasable<String> email, String question, Instant deadline, Instant at)
            implements ReportEvent {
        public ForwardedToExternal {
            InvalidValueException.requireNonNull(externalParty, "externalParty");
            InvalidValueException.requireNonNull(email, "email");
            InvalidValueException.requireNonNull(question, "question");
            InvalidValueException.requireNonNull(deadline, "deadline");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The external party answered; the report moved to closure requested.
     *
     * @param text   the answer; erasable under the stream's key
     * @param photos photo references; erasable
     * @param at     when
     */
    record ForwardAnswered(Erasable<String> text, List<Erasable<URI>> photos, Instant at) implements ReportEvent {
        public ForwardAnswered {
            InvalidValueException.requireNonNull(text, "text");
            photos = List.copyOf(photos);
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The external party did not answer in time; the report moved to closure requested.
     *
     * @param at when
     */
    record ForwardExpired(Instant at) implements ReportEvent {
        public ForwardExpired {
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The report came from Signalen (recorded with its {@link ReportFiled}).
     *
     * @param signalenId Signalen's id of the melding
     * @param importedAt when it was imported
     */
    record ImportedFromSignalen(String signalenId, Instant importedAt) implements ReportEvent {
        public ImportedFromSignalen {
            InvalidValueException.requireNonNull(signalenId, "signalenId");
            InvalidValueException.requireNonNull(importedAt, "importedAt");
        }
    }

    /**
     * A status of the report's Signalen history, as Signalen recorded it.
     *
     * @param status     the Signalen state
     * @param step       the step it maps to (legacy {@code h} to awaiting handling, historical {@code s} to cancelled)
     * @param text       the status text; erasable under the stream's key; {@code null} when none
     * @param targetApi  for {@code ready to send}: the external system; else {@code null}
     * @param email      for {@code forward to external}: where the question went; erasable; else {@code null}
     * @param deadline   for {@code forward to external} and {@code reaction requested}: until when an answer is
     *                   awaited (the status's moment plus the window of the rules); else {@code null}
     * @param at         when Signalen recorded it
     * @param importedAt when it was imported
     */
    record SignalenStatusImported(SignalenStatus status, ReportStep step, Erasable<String> text, String targetApi,
                                  Erasable<String> email, Instant deadline, Instant at, Instant importedAt) implements ReportEvent {
        public SignalenStatusImported {
            InvalidValueException.requireNonNull(status, "status");
            InvalidValueException.requireNonNull(step, "step");
            InvalidValueException.requireNonNull(at, "at");
            InvalidValueException.requireNonNull(importedAt, "importedAt");
        }
    }

    /**
     * News from further down the chain was told to the reporter and the supporters.
     *
     * @param news what happened
     * @param at   when
     */
    record ChainNewsTold(LocalizedText news, Instant at) implements ReportEvent {
        public ChainNewsTold {
            InvalidValueException.requireNonNull(news, "news");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * A resident supported the idea.
     *
     * @param supporter who
     * @param offers    what they offer to bring
     * @param household their household; may be {@code null}
     * @param at        when
     */
    record IdeaSupported(PersonId supporter, List<HelpOffer> offers, HouseholdRef household, Instant at) implements ReportEvent {
        public IdeaSupported {
            InvalidValueException.requireNonNull(supporter, "supporter");
            offers = IdeaSupport.canonical(offers);
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The reporter of an idea said whether they will take the lead themselves.
     *
     * @param ready whether they will
     * @param at    when
     */
    record ReadinessToLeadStated(boolean ready, Instant at) implements ReportEvent {
        public ReadinessToLeadStated {
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The idea was marked as a duplicate of another; initiative power counts the two as one.
     *
     * @param duplicateOf the link to the original idea ({@code duplicate-of})
     * @param by          the civil servant or facilitator who marked it
     * @param at          when
     */
    record IdeaMarkedDuplicate(StreamLink duplicateOf, PersonId by, Instant at) implements ReportEvent, Linking {
        public IdeaMarkedDuplicate {
            InvalidValueException.requireNonNull(duplicateOf, "duplicateOf");
            InvalidValueException.requireNonNull(by, "by");
            InvalidValueException.requireNonNull(at, "at");
        }

        /** The original idea ({@code duplicate-of}), checked and indexed since links were. */
        @Override
        public Optional<StreamLink> link() {
            return Optional.of(duplicateOf);
        }
    }

    /**
     * The idea counts on its own again: it is no longer marked as a duplicate.
     *
     * @param by who undid the mark
     * @param at when
     */
    record IdeaSeparated(PersonId by, Instant at) implements ReportEvent {
        public IdeaSeparated {
            InvalidValueException.requireNonNull(by, "by");
            InvalidValueException.requireNonNull(at, "at");
        }
    }
}
