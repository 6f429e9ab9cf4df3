package nl.participatie.core.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.Notification;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Recipient;
import nl.participatie.core.Workflow;
import nl.participatie.core.sample.PetitionCommand.Close;
import nl.participatie.core.sample.PetitionCommand.Decide;
import nl.participatie.core.sample.PetitionCommand.Draft;
import nl.participatie.core.sample.PetitionCommand.Expire;
import nl.participatie.core.sample.PetitionCommand.Open;
import nl.participatie.core.sample.PetitionCommand.Support;
import nl.participatie.core.sample.PetitionEvent.Closed;
import nl.participatie.core.sample.PetitionEvent.Decided;
import nl.participatie.core.sample.PetitionEvent.Drafted;
import nl.participatie.core.sample.PetitionEvent.Expired;
import nl.participatie.core.sample.PetitionEvent.Opened;
import nl.participatie.core.sample.PetitionEvent.Supported;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;

/**
 * The sample petition process (<i>verzoekschrift</i>): a small but complete decider that exercises every part of the
 * engine in the library's own tests. Not a method and not for vendors: it may change with any test that needs it.
 */
@API(status = API.Status.INTERNAL)
public final class Petitions implements Decider<PetitionCommand, PetitionEvent, Petition> {

    public static final Role RESIDENT = Role.of("RESIDENT");
    public static final Role OFFICER = Role.of("OFFICER");

    public static final Workflow<PetitionStep> WORKFLOW = Workflow.builder("Verzoekschrift", PetitionStep.class, PetitionStep.DRAFT)
            .terminal(PetitionStep.CLOSED)
            .within(Draft.class, PetitionStep.DRAFT, RESIDENT)
            .transition(Open.class, PetitionStep.DRAFT, PetitionStep.OPEN, RESIDENT)
            .within(Support.class, PetitionStep.OPEN, RESIDENT)
            .transition(Decide.class, PetitionStep.OPEN, PetitionStep.DECIDED, OFFICER)
            .transition(Expire.class, PetitionStep.OPEN, PetitionStep.CLOSED, Role.SYSTEM)
            .fromAnyActive(Close.class, PetitionStep.CLOSED, OFFICER)
            .build();

    public static final ProcessDefinition<PetitionCommand, PetitionEvent, Petition, PetitionStep> DEFINITION =
            ProcessDefinition.of("sample.petition", PetitionCommand.class, PetitionEvent.class, new Petitions(), WORKFLOW,
                    Petition::step);

    @Override
    public Petition initialState() {
        return Petition.INITIAL;
    }

    @Override
    public Decision<PetitionEvent> decide(PetitionCommand command, Petition state, DecisionContext context) {
        if (command instanceof Draft d) {
            return Decision.accept(new Drafted(d.title().strip()));
        }
        if (command instanceof Open o) {
            if (state.title().isEmpty()) {
                return Decision.reject(PetitionRejection.TITLE_MISSING, "title");
            }
            if (!o.closesAt().isAfter(context.now())) {
                return Decision.reject(PetitionRejection.DEADLINE_IN_PAST, "closesAt", o.closesAt());
            }
            return Decision.accept(new Opened(o.closesAt()));
        }
        if (command instanceof Support s) {
            if (state.supporters().contains(s.supporter())) {
                return Decision.reject(PetitionRejection.ALREADY_SUPPORTED, "supporter", s.supporter());
            }
            return Decision.<PetitionEvent>accept(new Supported(s.supporter(), state.supporters().size() + 1));
        }
        if (command instanceof Decide d) {
            List<Notification> told = new ArrayList<>();
            for (PersonId p : state.supporters()) {
                told.add(Notification.of(Recipient.person(p), "sample.decided",
                        LocalizedText.of(d.granted() ? "Uw verzoek is toegekend." : "Uw verzoek is afgewezen.",
                                d.granted() ? "Your petition was granted." : "Your petition was refused.")));
            }
            return Decision.<PetitionEvent>accept(new Decided(d.granted(), d.reason())).notify(told);
        }
        if (command instanceof Close c) {
            return Decision.accept(new Closed(c.reason()));
        }
        if (command instanceof Expire) {
            return Decision.accept(new Expired(context.now()));
        }
        throw new IllegalArgumentException("Unhandled command " + command.getClass().getName());
    }

    @Override
    public Petition evolve(Petition state, PetitionEvent event) {
        if (event instanceof Drafted d) {
            return new Petition(state.step(), d.title(), state.closesAt(), state.supporters(), state.granted());
        }
        if (event instanceof Opened o) {
            return new Petition(PetitionStep.OPEN, state.title(), o.closesAt(), state.supporters(), state.granted());
        }
        if (event instanceof Supported s) {
            List<PersonId> more = new ArrayList<>(state.supporters());
            more.add(s.supporter());
            return new Petition(state.step(), state.title(), state.closesAt(), more, state.granted());
        }
        if (event instanceof Decided d) {
            return new Petition(PetitionStep.DECIDED, state.title(), state.closesAt(), state.supporters(), d.granted());
        }
        if (event instanceof Closed || event instanceof Expired) {
            return state.with(PetitionStep.CLOSED);
        }
        throw new IllegalArgumentException("Unhandled event " + event.getClass().getName());
    }

    @Override
    public List<PetitionCommand> due(Petition state, Instant now) {
        if (state.step() == PetitionStep.OPEN && !now.isBefore(state.closesAt())) {
            return List.of(new Expire());
        }
        return List.of();
    }
}
