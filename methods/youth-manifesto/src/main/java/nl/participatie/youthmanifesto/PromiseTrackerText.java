package nl.participatie.youthmanifesto;

import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The words of the promise tracker (<i>beloftemeter</i>) as codes of the message catalogue, so it is written in Dutch
 * or English from {@code ParticipatieMessages*.properties} and never from code. {@link PromiseTracker} is their only user.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum PromiseTrackerText implements Code {
    /** {@code youthmanifesto.tracker.title} */
    TITLE("youthmanifesto.tracker.title"),
    /** {@code youthmanifesto.tracker.as-of} */
    AS_OF("youthmanifesto.tracker.as-of"),
    /** {@code youthmanifesto.tracker.actions} */
    ACTIONS("youthmanifesto.tracker.actions"),
    /** {@code youthmanifesto.tracker.action-columns} */
    ACTION_COLUMNS("youthmanifesto.tracker.action-columns"),
    /** {@code youthmanifesto.tracker.no-actions} */
    NO_ACTIONS("youthmanifesto.tracker.no-actions"),
    /** {@code youthmanifesto.tracker.addressee} */
    ADDRESSEE("youthmanifesto.tracker.addressee"),
    /** {@code youthmanifesto.tracker.action-heading} */
    ACTION_HEADING("youthmanifesto.tracker.action-heading"),
    /** {@code youthmanifesto.tracker.no-date} */
    NO_DATE("youthmanifesto.tracker.no-date"),
    /** {@code youthmanifesto.tracker.responses} */
    RESPONSES("youthmanifesto.tracker.responses"),
    /** {@code youthmanifesto.tracker.no-responses} */
    NO_RESPONSES("youthmanifesto.tracker.no-responses"),
    /** {@code youthmanifesto.tracker.vote} */
    VOTE("youthmanifesto.tracker.vote"),
    /** {@code youthmanifesto.tracker.vote-reason} */
    VOTE_REASON("youthmanifesto.tracker.vote-reason"),
    /** {@code youthmanifesto.tracker.commitment} */
    COMMITMENT("youthmanifesto.tracker.commitment"),
    /** {@code youthmanifesto.tracker.commitment-settled} */
    COMMITMENT_SETTLED("youthmanifesto.tracker.commitment-settled"),
    /** {@code youthmanifesto.tracker.commitment-open} */
    COMMITMENT_OPEN("youthmanifesto.tracker.commitment-open"),
    /** {@code youthmanifesto.tracker.written-answer} */
    WRITTEN_ANSWER("youthmanifesto.tracker.written-answer"),
    /** {@code youthmanifesto.tracker.referral} */
    REFERRAL("youthmanifesto.tracker.referral"),
    /** {@code youthmanifesto.tracker.raadsadres-answer} */
    RAADSADRES_ANSWER("youthmanifesto.tracker.raadsadres-answer"),
    /** {@code youthmanifesto.tracker.document} */
    DOCUMENT("youthmanifesto.tracker.document"),
    /** {@code youthmanifesto.tracker.about-actions} */
    ABOUT_ACTIONS("youthmanifesto.tracker.about-actions"),
    /** {@code youthmanifesto.tracker.follow-up} */
    FOLLOW_UP("youthmanifesto.tracker.follow-up"),
    /** {@code youthmanifesto.tracker.update} */
    UPDATE("youthmanifesto.tracker.update"),
    /** {@code youthmanifesto.tracker.concluded} */
    CONCLUDED("youthmanifesto.tracker.concluded"),
    /** {@code youthmanifesto.tracker.parties} */
    PARTIES("youthmanifesto.tracker.parties"),
    /** {@code youthmanifesto.tracker.party-columns} */
    PARTY_COLUMNS("youthmanifesto.tracker.party-columns"),
    /** {@code youthmanifesto.tracker.no-parties} */
    NO_PARTIES("youthmanifesto.tracker.no-parties"),
    /** {@code youthmanifesto.tracker.aldermen} */
    ALDERMEN("youthmanifesto.tracker.aldermen"),
    /** {@code youthmanifesto.tracker.alderman-columns} */
    ALDERMAN_COLUMNS("youthmanifesto.tracker.alderman-columns"),
    /** {@code youthmanifesto.tracker.no-aldermen} */
    NO_ALDERMEN("youthmanifesto.tracker.no-aldermen");

    private final String code;

    PromiseTrackerText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The text in one language, each argument in both languages given in that one. */
    String in(Locale locale, Object... args) {
        return Phrases.in(locale, this, args);
    }
}
