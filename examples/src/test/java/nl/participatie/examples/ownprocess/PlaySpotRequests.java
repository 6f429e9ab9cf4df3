package nl.participatie.examples.ownprocess;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.participatie.core.Code;
import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.Notification;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Recipient;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;

/**
 * A process a vendor declares on the engine itself, not one of the five methods: a resident asks for a play spot
 * (<i>speelplekaanvraag</i>), a civil servant assesses it and the municipality grants or refuses it with a reason.
 * It is here to show, and test, how a vendor's own process is specified with the test kit.
 */
public final class PlaySpotRequests implements Decider<PlaySpotRequests.Command, PlaySpotRequests.Event, PlaySpotRequests.Request> {

    public static final Role RESIDENT = Role.of("RESIDENT");
    public static final Role CIVIL_SERVANT = Role.of("CIVIL_SERVANT");

    /** Where a request is. */
    public enum Step { ASKED, ASSESSING, DECIDED }

    /** What people do. */
    public sealed interface Command {
    }

    /** A resident asks for a play spot at a place. */
    public record Ask(@NotBlank @Size(max = 200) String place) implements Command {
    }

    /** A civil servant starts the assessment. */
    public record Assess() implements Command {
    }

    /** The municipality grants or refuses, always with a reason the resident reads. */
    public record Decide(boolean granted, @NotBlank @Size(max = 2000) String reason) implements Command {
    }

    /** What happened. */
    public sealed interface Event {
    }

    /** A resident asked. */
    public record Asked(PersonId resident, String place) implements Event {
    }

    /** The assessment started. */
    public record AssessmentStarted() implements Event {
    }

    /** The municipality decided. */
    public record Decided(boolean granted, String reason) implements Event {
    }

    /** Why a request refuses a command; the texts are in this module's {@code ParticipatieMessages*.properties}. */
    public enum PlaySpotRejection implements Code {
        ALREADY_ASKED("gemeente.play-spot.already-asked");

        private final String code;

        PlaySpotRejection(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** A request as it stands. */
    public record Request(Step step, PersonId resident, String place, Boolean granted) {
        static final Request NEW = new Request(Step.ASKED, null, null, null);
    }

    public static final Workflow<Step> WORKFLOW = Workflow.builder("Speelplekaanvraag", Step.class, Step.ASKED)
            .terminal(Step.DECIDED)
            .within(Ask.class, Step.ASKED, RESIDENT)
            .transition(Assess.class, Step.ASKED, Step.ASSESSING, CIVIL_SERVANT)
            .transition(Decide.class, Step.ASSESSING, Step.DECIDED, CIVIL_SERVANT)
            .build();

    public static final ProcessDefinition<Command, Event, Request, Step> DEFINITION = ProcessDefinition.of(
            "gemeente.play-spot-request", Command.class, Event.class, new PlaySpotRequests(), WORKFLOW, Request::step);

    @Override
    public Request initialState() {
        return Request.NEW;
    }

    @Override
    public Decision<Event> decide(Command command, Request state, DecisionContext context) {
        if (command instanceof Ask ask) {
            if (state.resident() != null) {
                return Decision.reject(PlaySpotRejection.ALREADY_ASKED, "place", state.place());
            }
            return Decision.accept(new Asked(context.actor().person(), ask.place().strip()));
        }
        if (command instanceof Assess) {
            return Decision.accept(new AssessmentStarted());
        }
        Decide decide = (Decide) command;
        Decision<Event> decided = Decision.accept(new Decided(decide.granted(), decide.reason()));
        if (state.resident() == null) {
            return decided;
        }
        Notification toResident = Notification.of(Recipient.person(state.resident()), "play-spot.decided",
                LocalizedText.of(decide.granted() ? "Uw speelplek komt er." : "Uw speelplek komt er niet: " + decide.reason(),
                        decide.granted() ? "Your play spot will be made." : "Your play spot will not be made: " + decide.reason()));
        return decided.notify(List.of(toResident));
    }

    @Override
    public Request evolve(Request state, Event event) {
        if (event instanceof Asked asked) {
            return new Request(Step.ASKED, asked.resident(), asked.place(), null);
        }
        if (event instanceof AssessmentStarted) {
            return new Request(Step.ASSESSING, state.resident(), state.place(), null);
        }
        Decided decided = (Decided) event;
        return new Request(Step.DECIDED, state.resident(), state.place(), decided.granted());
    }
}
