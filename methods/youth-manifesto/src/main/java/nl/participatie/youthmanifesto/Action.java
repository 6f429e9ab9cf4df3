package nl.participatie.youthmanifesto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * One action of the manifesto's action list (<i>actiepunt</i>): what the young people ask, of whom, by when, and how
 * it is followed up until it is done or not done. Numbered per group from 1; an action removed while drafting keeps its
 * number with status {@link Status#REMOVED}.
 *
 * @param number      its number
 * @param topic       the topic it belongs to
 * @param request     what the young people ask; erasable
 * @param addressee   of whom
 * @param dueBy       by when; {@code null} when the young people set no date
 * @param status      where it stands
 * @param updates     the progress reported, in order
 * @param concludedOn the day it got its final status; {@code null} until then
 * @param conclusion  what was said when it got its final status (why not, for an action not done); empty until then
 */
@API(status = API.Status.EXPERIMENTAL)
public record Action(int number, int topic, Erasable<String> request, Addressee addressee, LocalDate dueBy, Status status,
                     List<Update> updates, LocalDate concludedOn, String conclusion) {

    public Action {
        Checks.positive(number, "number");
        Checks.positive(topic, "topic");
        InvalidValueException.requireNonNull(request, "request");
        InvalidValueException.requireNonNull(addressee, "addressee");
        InvalidValueException.requireNonNull(status, "status");
        updates = List.copyOf(InvalidValueException.requireNonNull(updates, "updates"));
        InvalidValueException.requireNonNull(conclusion, "conclusion");
    }

    /** Whether it is part of the manifesto (not removed while drafting). */
    public boolean isInManifesto() {
        return status != Status.REMOVED;
    }

    /** Whether it has its final status: done or not done. */
    public boolean isFinal() {
        return status == Status.DONE || status == Status.NOT_DONE;
    }

    /** Whether it is in the manifesto and has no final status yet. */
    public boolean isOpen() {
        return isInManifesto() && !isFinal();
    }

    Action withStatus(Status value) {
        return new Action(number, topic, request, addressee, dueBy, value, updates, concludedOn, conclusion);
    }

    Action withUpdate(Update update) {
        List<Update> more = new java.util.ArrayList<>(updates);
        more.add(update);
        return new Action(number, topic, request, addressee, dueBy, status == Status.OPEN ? Status.IN_PROGRESS : status, more,
                concludedOn, conclusion);
    }

    Action concluded(boolean done, LocalDate on, String note) {
        return new Action(number, topic, request, addressee, dueBy, done ? Status.DONE : Status.NOT_DONE, updates, on, note);
    }

    /**
     * Progress on an action (<i>voortgang</i>).
     *
     * @param at   when it was recorded
     * @param note what happened
     */
    public record Update(Instant at, String note) {
        public Update {
            InvalidValueException.requireNonNull(at, "at");
            InvalidValueException.requireNonNull(note, "note");
        }
    }

    /** Where an action stands (<i>status</i>). */
    public enum Status {
        /** In the manifesto, nothing reported yet. */
        OPEN,
        /** Progress was reported. */
        IN_PROGRESS,
        /** Done (<i>uitgevoerd</i>): final. */
        DONE,
        /** Not done, with the reason (<i>niet uitgevoerd</i>): final. */
        NOT_DONE,
        /** Removed while drafting; not part of the manifesto. */
        REMOVED;

        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.ACTION_OPEN),
            Catalogue.text(LabelText.ACTION_IN_PROGRESS),
            Catalogue.text(LabelText.ACTION_DONE),
            Catalogue.text(LabelText.ACTION_NOT_DONE),
            Catalogue.text(LabelText.ACTION_REMOVED)};

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }
    }
}
