package nl.participatie.examples.burgersaanhetstuur;

import java.io.PrintStream;
import java.util.Locale;

import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.core.Notification;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.Recipient;
import nl.participatie.core.Violation;
import nl.participatie.core.store.PersonalData;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MutableClock;

/**
 * Tells the walkthrough (<i>verteller</i>): hands each command to the engine, prints what happened and whom the
 * municipality's system should now tell, with names from the personal-data store (the events only hold ids).
 */
public final class Narrator {

    private final PrintStream out;
    private final ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> engine;
    private final StreamId initiative;
    private final PersonalDataStore people;
    private final MutableClock clock;

    /** A narrator of one initiative. */
    public Narrator(PrintStream out, ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> engine, StreamId initiative,
                    PersonalDataStore people, MutableClock clock) {
        this.out = out;
        this.engine = engine;
        this.initiative = initiative;
        this.people = people;
        this.clock = clock;
    }

    /** A chapter heading with the date. */
    public void chapter(String title) {
        out.println();
        out.println("== " + title + " (" + clock.today() + ")");
    }

    /** A line of the story. */
    public void say(String text) {
        out.println("   " + text);
    }

    /** Prints a block of text as it is (a report, a diagram), indented. */
    public void block(String text) {
        out.println();
        for (String line : text.split("\n", -1)) {
            out.println(line.isEmpty() ? "" : "    " + line);
        }
    }

    /**
     * Lets the actor fire the command and prints the outcome: what was recorded, or why it was refused, and the
     * notifications. Returns the outcome.
     */
    public Outcome<InitiativeEvent, Initiative> does(Actor actor, String what, InitiativeCommand command) {
        Outcome<InitiativeEvent, Initiative> outcome = engine.handle(initiative, actor, command);
        if (outcome instanceof Outcome.Accepted<InitiativeEvent, Initiative> accepted) {
            out.println("   " + name(actor.person()) + " " + what + ".");
            for (Notification n : accepted.notifications()) {
                tell(n);
            }
        } else {
            out.println("   " + name(actor.person()) + " tries: " + what + " — refused:");
            for (Violation v : outcome.violations()) {
                out.println("     ! " + v);
            }
        }
        return outcome;
    }

    /** Prints a notification the vendor's system would deliver. */
    public void tell(Notification n) {
        out.println("     -> " + recipient(n.recipient()) + ": " + n.message().in(Locale.ENGLISH));
    }

    /** The display name of a person, from the personal-data store. */
    public String name(PersonId person) {
        return people.get(person).map(d -> d.get(PersonalData.DISPLAY_NAME)).orElse(person.value());
    }

    private String recipient(Recipient recipient) {
        if (recipient instanceof Recipient.Person p) {
            return "to " + name(p.person());
        }
        Role role = ((Recipient.RoleHolders) recipient).role();
        if (role.equals(BurgersAanHetStuurWorkflow.INITIATOR)) {
            return "to all initiators";
        }
        if (role.equals(BurgersAanHetStuurWorkflow.PARTICIPANT)) {
            return "to all participants";
        }
        if (role.equals(BurgersAanHetStuurWorkflow.CIVIL_SERVANT)) {
            return "to the municipality";
        }
        return "to every " + role.code().toLowerCase(Locale.ROOT);
    }
}
