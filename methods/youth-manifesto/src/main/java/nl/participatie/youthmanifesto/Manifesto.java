package nl.participatie.youthmanifesto;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.InvalidValueException;

/**
 * The Youth Manifesto itself (<i>jongerenmanifest</i>), built from the group's state: per chosen topic, best first, the
 * problem as the young people see it and their action list (what they ask, of whom, by when); the hand-over; and the
 * signature: how the group approved it and, only for participants who chose so, their names. Renders as Markdown in
 * Dutch or English, with everything the young people typed escaped. The text stays as it was approved when someone
 * leaves or withdraws consent; they are no longer named.
 *
 * <pre>{@code
 * String nl = Manifesto.of(group, register).toMarkdown(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * @param group       the group's name
 * @param sections    the chosen topics with their actions, best first
 * @param approval    how the group approved it; {@code null} while it is a draft
 * @param handover    the hand-over to the council; {@code null} until then
 * @param signatories the names of the participants who chose to be named, alphabetically
 */
@API(status = API.Status.EXPERIMENTAL)
public record Manifesto(String group, List<Section> sections, Approval approval, Handover handover, List<String> signatories) {

    public Manifesto {
        InvalidValueException.requireNonNull(group, "group");
        sections = List.copyOf(InvalidValueException.requireNonNull(sections, "sections"));
        signatories = List.copyOf(InvalidValueException.requireNonNull(signatories, "signatories"));
    }

    /** The manifesto without names. */
    public static Manifesto of(ManifestoGroup group) {
        return of(group, ParticipantRecords.NONE);
    }

    /** The manifesto, signed with the names of the current participants who chose to be named. */
    public static Manifesto of(ManifestoGroup group, ParticipantRecords records) {
        InvalidValueException.requireNonNull(group, "group");
        InvalidValueException.requireNonNull(records, "records");
        List<Section> sections = new ArrayList<>();
        for (Topic t : group.chosenTopics()) {
            List<Action> actions = new ArrayList<>();
            for (Action a : group.manifestoActions()) {
                if (a.topic() == t.number()) {
                    actions.add(a);
                }
            }
            sections.add(new Section(t, actions));
        }
        List<String> names = new ArrayList<>();
        for (Participant p : group.participants()) {
            Optional<ParticipantRecord> record = records.find(p.person());
            if (record.isPresent() && record.get().nameOnManifesto() && !record.get().displayName().isBlank()) {
                names.add(record.get().displayName());
            }
        }
        names.sort(null);
        return new Manifesto(group.name(), sections, group.approval(), group.handover(), names);
    }

    /** The manifesto as Markdown, in Dutch or English ({@code en}); the young people's text is escaped. */
    public String toMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(locale);
        md.heading(1, ManifestoText.TITLE.in(locale, md.escape(group)));
        if (handover == null) {
            md.line(ManifestoText.NOT_HANDED_OVER.in(locale));
        } else {
            md.line(ManifestoText.HANDED_OVER.in(locale, md.escape(handover.receivedBy()), md.date(handover.on()),
                    md.escape(handover.meeting())));
            if (handover.agendaItem() != null) {
                md.blank().line(ManifestoText.AGENDA_ITEM.in(locale, md.escape(handover.agendaItem().value())));
            }
        }
        for (int i = 0; i < sections.size(); i++) {
            Topic t = sections.get(i).topic();
            md.blank().heading(2, ManifestoText.TOPIC.in(locale, i + 1, md.escape(t.title())));
            md.line(t.neighbourhood() == null ? ManifestoText.AREA.in(locale, t.area().label())
                    : ManifestoText.AREA_IN_NEIGHBOURHOOD.in(locale, t.area().label(), t.neighbourhood().value())).blank();
            md.heading(3, ManifestoText.PROBLEM.in(locale));
            md.line(md.escape(t.problem())).blank();
            md.heading(3, ManifestoText.ACTIONS.in(locale));
            md.tableHeader(ManifestoText.ACTION_COLUMNS.in(locale).split("\\|"));
            for (Action a : sections.get(i).actions()) {
                md.row(String.valueOf(a.number()), md.escape(a.request()),
                        ManifestoText.ADDRESSEE.in(locale, a.addressee().kind().label(), md.escape(a.addressee().name())),
                        a.dueBy() == null ? ManifestoText.NO_DATE.in(locale) : md.date(a.dueBy()));
            }
        }
        md.blank().heading(2, ManifestoText.SIGNED.in(locale));
        if (approval == null) {
            md.line(ManifestoText.DRAFT.in(locale));
        } else {
            md.line(ManifestoText.APPROVED.in(locale, md.date(DutchTime.dayOf(approval.at())), approval.inFavour(),
                    approval.participants(), approval.against()));
        }
        md.blank().line(signatories.isEmpty() ? ManifestoText.NO_SIGNATORIES.in(locale)
                : ManifestoText.SIGNATORIES.in(locale, md.escape(String.join(", ", signatories))));
        return md.toString();
    }

    /**
     * One topic of the manifesto with its actions.
     *
     * @param topic   the topic, with the problem as the young people see it
     * @param actions its actions, in order of number
     */
    public record Section(Topic topic, List<Action> actions) {
        public Section {
            InvalidValueException.requireNonNull(topic, "topic");
            actions = List.copyOf(InvalidValueException.requireNonNull(actions, "actions"));
        }
    }
}
