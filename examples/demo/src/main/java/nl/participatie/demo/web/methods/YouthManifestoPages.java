package nl.participatie.demo.web.methods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participatie.core.Outcome;
import nl.participatie.core.Violation;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.StreamId;
import nl.participatie.demo.Persona;
import nl.participatie.demo.web.InstanceDetails;
import nl.participatie.youthmanifesto.CouncilInstrument;
import nl.participatie.youthmanifesto.ManifestoGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordCouncilResponse;
import nl.participatie.youthmanifesto.Party;
import nl.participatie.youthmanifesto.PartyVote;
import nl.participatie.youthmanifesto.RisId;
import nl.participatie.youthmanifesto.YouthManifesto;
import nl.participatie.youthmanifesto.YouthManifestoWorkflow;

/**
 * Youth Manifesto's pages: the group, its topics with their scores, the manifesto, the promise tracker per party and
 * alderman, and registering a motie with its vote per party (a form of its own: a motie's votes are a list of
 * records).
 */
@Controller
public class YouthManifestoPages {

    private final YouthManifesto ym;

    public YouthManifestoPages(YouthManifesto ym) {
        this.ym = ym;
    }

    /** The group page's details. */
    @org.springframework.stereotype.Component
    public static class GroupDetails implements InstanceDetails {
        private final YouthManifesto ym;

        public GroupDetails(YouthManifesto ym) {
            this.ym = ym;
        }

        @Override
        public String streamType() {
            return YouthManifestoWorkflow.GROUPS.streamType();
        }

        @Override
        public String fragment() {
            return "youth :: group";
        }

        @Override
        public void addTo(Model model, StreamId stream, Object state, Locale locale) {
            ManifestoGroup group = (ManifestoGroup) state;
            model.addAttribute("group", group);
            java.util.Map<Integer, nl.participatie.youthmanifesto.TopicScore> scores = new java.util.HashMap<>();
            if (group.prioritisation() != null) {
                group.prioritisation().ranking().forEach(s -> scores.put(s.topic(), s));
            }
            model.addAttribute("scores", scores);
            model.addAttribute("manifesto", group.approval() == null ? null : ym.manifesto(stream).toMarkdown(locale));
            model.addAttribute("tracker", group.handover() == null ? null : ym.promiseTracker(stream).toMarkdown(locale));
            model.addAttribute("health", ym.healthCheck(stream).toMarkdown(locale));
            model.addAttribute("results", List.of(CouncilInstrument.Result.values()));
            // The motie form is offered only where the workflow lets the persona's role record a council response now.
            Actor actor = (Actor) model.getAttribute("actor");
            model.addAttribute("motieAllowed", actor != null && YouthManifestoWorkflow.GROUPS.workflow()
                    .check(group.step(), RecordCouncilResponse.class, actor.role()).isEmpty());
        }
    }

    /**
     * Registers a motie on the group's actions, as the persona (the griffie may): votes as {@code party:for:against}
     * separated by semicolons.
     */
    @PostMapping("/youth-manifesto/{group}/motie")
    public String motie(@PathVariable String group, @RequestParam String title, @RequestParam String votedOn,
                        @RequestParam String result, @RequestParam(defaultValue = "") String submittedBy,
                        @RequestParam String votes, @RequestParam(defaultValue = "") String reason,
                        @RequestParam String actions, @RequestParam(defaultValue = "") String document,
                        @ModelAttribute("persona") Persona persona, RedirectAttributes redirect, Locale locale) {
        StreamId stream = StreamId.of(YouthManifestoWorkflow.GROUPS.streamType(), group);
        List<String> refused;
        try {
            Actor actor = OwnForms.actor(persona, Persona.Method.YOUTH_MANIFESTO, locale);
            List<PartyVote> partyVotes = new ArrayList<>();
            for (String vote : votes.split(";")) {
                if (!vote.isBlank()) {
                    String[] p = vote.split(":");
                    if (p.length != 3) {
                        throw new IllegalArgumentException("votes: '" + vote.strip() + "' is not party:for:against");
                    }
                    partyVotes.add(new PartyVote(new Party(p[0].strip()), Integer.parseInt(p[1].strip()), Integer.parseInt(p[2].strip())));
                }
            }
            List<Party> by = new ArrayList<>();
            for (String p : submittedBy.split(",")) {
                if (!p.isBlank()) {
                    by.add(new Party(p.strip()));
                }
            }
            List<Integer> answered = new ArrayList<>();
            for (String a : actions.split(",")) {
                if (!a.isBlank()) {
                    answered.add(Integer.valueOf(a.strip()));
                }
            }
            CouncilInstrument.Motie motie = new CouncilInstrument.Motie(title, document.isBlank() ? null : RisId.of(document.strip()),
                    LocalDate.parse(votedOn), CouncilInstrument.Result.valueOf(result), by, partyVotes, reason);
            Outcome<?, ?> outcome = ym.groups().handle(stream, actor, new RecordCouncilResponse(motie, answered));
            refused = outcome.violations().stream().map(v -> v.message().in(locale) + " (" + v.code() + ")").toList();
        } catch (InvalidValueException e) {
            refused = List.of(Violation.of(e, "").message().in(locale));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            refused = List.of(String.valueOf(e.getMessage()));
        }
        return OwnForms.backTo(stream, refused, "RecordCouncilResponse", redirect);
    }
}
