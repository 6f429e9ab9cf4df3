package nl.participatie.youthmanifesto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;

/**
 * The promise tracker (<i>beloftemeter</i>): "do politicians keep their promises?". Every action of the manifesto with
 * the council's instruments that answer it, its status and deadline and its follow-up; every response with its details
 * (the vote per party, the reason of a rejection, a toezegging's deadline and whether it was kept); and a summary per
 * party and per alderman of what they promised and whether they kept it.
 *
 * <p><b>Who promised what.</b> An alderman promises with a toezegging: kept when settled as kept by its deadline, late
 * when kept after it or still open past it, broken when settled as not kept ({@link PromiseStatus#ofCommitment}). A
 * party promises an action when most of its members vote for an <em>adopted</em> motie or amendement on it (once per
 * action, however many such votes): the promise
 * is kept when the action is done by its deadline (or done, without one), late when done after it or open past it,
 * broken when the action is concluded as not done ({@link PromiseStatus#ofAction}). How each party voted, also on
 * rejected moties, is counted beside it. Actions removed while drafting are not part of it.
 *
 * <pre>{@code
 * String nl = PromiseTracker.of(group, names, today).toMarkdown(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * @param group     the group's name
 * @param on        the day it stands on
 * @param actions   every action of the manifesto, in order of number
 * @param responses every response of the council or executive, in order of number, each with who it names
 * @param parties   the summary per party, by name
 * @param aldermen  the summary per alderman, by name
 */
@API(status = API.Status.EXPERIMENTAL)
public record PromiseTracker(String group, LocalDate on, List<ActionLine> actions, List<ResponseLine> responses,
                             List<PartySummary> parties, List<AldermanSummary> aldermen) {

    public PromiseTracker {
        InvalidValueException.requireNonNull(group, "group");
        InvalidValueException.requireNonNull(on, "on");
        actions = List.copyOf(InvalidValueException.requireNonNull(actions, "actions"));
        responses = List.copyOf(InvalidValueException.requireNonNull(responses, "responses"));
        parties = List.copyOf(InvalidValueException.requireNonNull(parties, "parties"));
        aldermen = List.copyOf(InvalidValueException.requireNonNull(aldermen, "aldermen"));
    }

    /** The tracker of the group as it stands on {@code today}, with names of aldermen from {@code names}. */
    public static PromiseTracker of(ManifestoGroup group, Names names, LocalDate today) {
        InvalidValueException.requireNonNull(group, "group");
        InvalidValueException.requireNonNull(names, "names");
        InvalidValueException.requireNonNull(today, "today");
        Map<Integer, List<Integer>> answeredBy = new TreeMap<>();
        Map<Party, int[]> parties = new TreeMap<>(Comparator.comparing(Party::name));
        Map<Party, Set<Integer>> promisedBy = new HashMap<>();
        Map<PersonId, int[]> aldermen = new LinkedHashMap<>();
        List<ResponseLine> responses = new ArrayList<>();
        for (CouncilResponse r : group.responses()) {
            for (int a : r.actions()) {
                answeredBy.computeIfAbsent(a, k -> new ArrayList<>()).add(r.number());
            }
            String alderman = null;
            PromiseStatus commitment = null;
            if (r.instrument() instanceof CouncilInstrument.Toezegging t) {
                alderman = names.nameOrId(t.alderman());
                commitment = PromiseStatus.ofCommitment(r, today);
                count(aldermen.computeIfAbsent(t.alderman(), k -> new int[5]), commitment);
            }
            if (r.instrument() instanceof CouncilInstrument.CouncilVote v) {
                for (PartyVote pv : v.votes()) {
                    int[] tally = parties.computeIfAbsent(pv.party(), k -> new int[6]);
                    if (pv.supports()) {
                        tally[4]++;
                    } else if (pv.opposes()) {
                        tally[5]++;
                    }
                    if (pv.supports() && v.result() == CouncilInstrument.Result.ADOPTED) {
                        for (int a : r.actions()) {
                            Action action = group.action(a);
                            // One promise per party and action, however many adopted votes it supported on it.
                            if (action != null && action.isInManifesto()
                                    && promisedBy.computeIfAbsent(pv.party(), k -> new HashSet<>()).add(a)) {
                                count(tally, PromiseStatus.ofAction(action, today));
                            }
                        }
                    }
                }
            }
            responses.add(new ResponseLine(r, alderman, commitment));
        }
        List<ActionLine> actions = new ArrayList<>();
        for (Action a : group.manifestoActions()) {
            Topic topic = group.topic(a.topic());
            actions.add(new ActionLine(a, topic == null ? null : topic.title(), answeredBy.getOrDefault(a.number(), List.of()),
                    PromiseStatus.ofAction(a, today)));
        }
        List<PartySummary> partyLines = new ArrayList<>();
        parties.forEach((party, t) -> partyLines.add(new PartySummary(party, t[4], t[5], t[0], t[1], t[2], t[3])));
        List<AldermanSummary> aldermanLines = new ArrayList<>();
        aldermen.forEach((person, t) -> aldermanLines.add(new AldermanSummary(person, names.nameOrId(person), t[0], t[1], t[2], t[3])));
        aldermanLines.sort(Comparator.comparing(AldermanSummary::name).thenComparing(s -> s.alderman().value()));
        return new PromiseTracker(group.name(), today, actions, responses, partyLines, aldermanLines);
    }

    /** Counts a promise: promised, kept, late, broken (indices 0 to 3). */
    private static void count(int[] tally, PromiseStatus status) {
        tally[0]++;
        if (status == PromiseStatus.KEPT) {
            tally[1]++;
        } else if (status == PromiseStatus.LATE) {
            tally[2]++;
        } else if (status == PromiseStatus.BROKEN) {
            tally[3]++;
        }
    }

    /** The tracker as Markdown, in Dutch or English ({@code en}); text typed by people is escaped. */
    public String toMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(locale);
        md.heading(1, PromiseTrackerText.TITLE.in(locale, md.escape(group)));
        md.line(PromiseTrackerText.AS_OF.in(locale, md.date(on))).blank();

        md.heading(2, PromiseTrackerText.ACTIONS.in(locale));
        if (actions.isEmpty()) {
            md.line(PromiseTrackerText.NO_ACTIONS.in(locale)).blank();
        } else {
            md.alignedTableHeader("rllllll", PromiseTrackerText.ACTION_COLUMNS.in(locale).split("\\|"));
            for (ActionLine line : actions) {
                Action a = line.action();
                md.row(String.valueOf(a.number()), md.escape(a.request()),
                        PromiseTrackerText.ADDRESSEE.in(locale, a.addressee().kind().label(), md.escape(a.addressee().name())),
                        a.dueBy() == null ? PromiseTrackerText.NO_DATE.in(locale) : md.date(a.dueBy()),
                        numbers(line.responses()), a.status().label().in(locale), line.promise().label().in(locale));
            }
            md.blank();
        }

        md.heading(2, PromiseTrackerText.RESPONSES.in(locale));
        if (responses.isEmpty()) {
            md.line(PromiseTrackerText.NO_RESPONSES.in(locale)).blank();
        }
        for (ResponseLine line : responses) {
            md.line(line.response().number() + ". " + describe(md, line) + " "
                    + PromiseTrackerText.ABOUT_ACTIONS.in(locale, numbers(line.response().actions())));
        }
        if (!responses.isEmpty()) {
            md.blank();
        }

        boolean followedUp = false;
        for (ActionLine line : actions) {
            Action a = line.action();
            if (a.updates().isEmpty() && !a.isFinal()) {
                continue;
            }
            if (!followedUp) {
                md.heading(2, PromiseTrackerText.FOLLOW_UP.in(locale));
                followedUp = true;
            }
            md.heading(3, PromiseTrackerText.ACTION_HEADING.in(locale, a.number(), md.escape(a.request())));
            for (Action.Update u : a.updates()) {
                md.line("- " + PromiseTrackerText.UPDATE.in(locale, md.date(DutchTime.dayOf(u.at())), md.escape(u.note())));
            }
            if (a.isFinal()) {
                md.line("- " + PromiseTrackerText.CONCLUDED.in(locale, md.date(a.concludedOn()), a.status().label(),
                        md.escape(a.conclusion())));
            }
            md.blank();
        }

        md.heading(2, PromiseTrackerText.PARTIES.in(locale));
        if (parties.isEmpty()) {
            md.line(PromiseTrackerText.NO_PARTIES.in(locale)).blank();
        } else {
            md.alignedTableHeader("lrrrrrr", PromiseTrackerText.PARTY_COLUMNS.in(locale).split("\\|"));
            for (PartySummary p : parties) {
                md.row(md.escape(p.party().name()), String.valueOf(p.votedFor()), String.valueOf(p.votedAgainst()),
                        String.valueOf(p.promised()), String.valueOf(p.kept()), String.valueOf(p.late()), String.valueOf(p.broken()));
            }
            md.blank();
        }

        md.heading(2, PromiseTrackerText.ALDERMEN.in(locale));
        if (aldermen.isEmpty()) {
            md.line(PromiseTrackerText.NO_ALDERMEN.in(locale));
        } else {
            md.alignedTableHeader("lrrrr", PromiseTrackerText.ALDERMAN_COLUMNS.in(locale).split("\\|"));
            for (AldermanSummary s : aldermen) {
                md.row(md.escape(s.name()), String.valueOf(s.promised()), String.valueOf(s.kept()), String.valueOf(s.late()),
                        String.valueOf(s.broken()));
            }
        }
        return md.toString();
    }

    private static String describe(MarkdownWriter md, ResponseLine line) {
        Locale locale = md.locale();
        CouncilInstrument instrument = line.response().instrument();
        String kind = "**" + instrument.kind().label().in(locale) + "**";
        String text;
        if (instrument instanceof CouncilInstrument.CouncilVote v) {
            text = PromiseTrackerText.VOTE.in(locale, kind, md.escape(v.title()), v.result().label(), md.date(v.votedOn()),
                    v.seatsFor(), v.seatsAgainst(), parties(md, v, true), parties(md, v, false));
            if (!v.reason().isBlank()) {
                text += " " + PromiseTrackerText.VOTE_REASON.in(locale, md.escape(v.reason()));
            }
            text += document(md, v.document());
        } else if (instrument instanceof CouncilInstrument.Toezegging t) {
            text = PromiseTrackerText.COMMITMENT.in(locale, kind, md.escape(line.alderman()), md.date(t.madeOn()),
                    md.escape(t.commitment()), md.date(t.deadline()));
            CouncilResponse.Settlement s = line.response().settlement();
            text += " " + (s == null ? PromiseTrackerText.COMMITMENT_OPEN.in(locale, line.commitment().label())
                    : PromiseTrackerText.COMMITMENT_SETTLED.in(locale, line.commitment().label(), md.date(s.on()), md.escape(s.note())));
        } else if (instrument instanceof CouncilInstrument.WrittenAnswer w) {
            text = PromiseTrackerText.WRITTEN_ANSWER.in(locale, kind, md.date(w.answeredOn()), md.escape(w.summary()))
                    + document(md, w.document());
        } else if (instrument instanceof CouncilInstrument.Referral r) {
            text = PromiseTrackerText.REFERRAL.in(locale, kind, md.escape(r.committee()), md.date(r.referredOn()));
        } else {
            CouncilInstrument.RaadsadresAnswer a = (CouncilInstrument.RaadsadresAnswer) instrument;
            text = PromiseTrackerText.RAADSADRES_ANSWER.in(locale, kind, md.date(a.answeredOn()), md.escape(a.summary()))
                    + document(md, a.document());
        }
        return text;
    }

    private static String parties(MarkdownWriter md, CouncilInstrument.CouncilVote v, boolean inFavour) {
        StringJoiner out = new StringJoiner(", ");
        for (PartyVote pv : v.votes()) {
            int seats = inFavour ? pv.seatsFor() : pv.seatsAgainst();
            if (seats > 0) {
                out.add(md.escape(pv.party().name()) + " (" + seats + ")");
            }
        }
        return out.length() == 0 ? "-" : out.toString();
    }

    private static String document(MarkdownWriter md, RisId document) {
        return document == null ? "" : " " + PromiseTrackerText.DOCUMENT.in(md.locale(), md.escape(document.value()));
    }

    private static String numbers(List<Integer> numbers) {
        StringJoiner out = new StringJoiner(", ");
        numbers.forEach(n -> out.add(String.valueOf(n)));
        return out.length() == 0 ? "-" : out.toString();
    }

    /**
     * One action in the tracker.
     *
     * @param action    the action, with its status, deadline and follow-up
     * @param topic     the title of its topic (erasable); {@code null} when the topic is unknown
     * @param responses the numbers of the responses that answer it
     * @param promise   whether the promise it stands for is kept, against its own deadline
     */
    public record ActionLine(Action action, Erasable<String> topic, List<Integer> responses, PromiseStatus promise) {
        public ActionLine {
            InvalidValueException.requireNonNull(action, "action");
            responses = List.copyOf(InvalidValueException.requireNonNull(responses, "responses"));
            InvalidValueException.requireNonNull(promise, "promise");
        }
    }

    /**
     * One response in the tracker.
     *
     * @param response   the response
     * @param alderman   the name (or id) of the alderman of a toezegging; {@code null} for other instruments
     * @param commitment whether a toezegging is kept; {@code null} for other instruments
     */
    public record ResponseLine(CouncilResponse response, String alderman, PromiseStatus commitment) {
        public ResponseLine {
            InvalidValueException.requireNonNull(response, "response");
        }
    }

    /**
     * What one party did (<i>per fractie</i>).
     *
     * @param party        the party
     * @param votedFor     moties and amendementen most of its members voted for
     * @param votedAgainst moties and amendementen most of its members voted against
     * @param promised     actions it promised: voted for an adopted motie or amendement on them
     * @param kept         of those, kept
     * @param late         of those, late
     * @param broken       of those, broken
     */
    public record PartySummary(Party party, int votedFor, int votedAgainst, int promised, int kept, int late, int broken) {
        public PartySummary {
            InvalidValueException.requireNonNull(party, "party");
        }
    }

    /**
     * What one alderman promised (<i>per wethouder</i>).
     *
     * @param alderman the alderman's id
     * @param name     the name shown (the id when no name is held)
     * @param promised toezeggingen made
     * @param kept     of those, kept on time
     * @param late     of those, kept late or open past their deadline
     * @param broken   of those, not kept
     */
    public record AldermanSummary(PersonId alderman, String name, int promised, int kept, int late, int broken) {
        public AldermanSummary {
            InvalidValueException.requireNonNull(alderman, "alderman");
            InvalidValueException.requireNonNull(name, "name");
        }
    }
}
