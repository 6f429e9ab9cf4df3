package nl.participatie.burgersaanhetstuur;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.PersonId;

/**
 * An action of the action plan (<i>actie</i>), step 3 of the method: who does what for which goal, by when, with which
 * resources; then, in step 5, how it goes. Actions are numbered per initiative from 1 and never removed.
 *
 * @param id             its number within the initiative, from 1
 * @param cycle          the cycle it belongs to
 * @param goal           the goal of the same cycle it serves
 * @param title          what is done, e.g. "Opschoonochtend met de basisschool"
 * @param owner          the participant who owns it (<i>trekker</i>); {@code null} while nobody does
 * @param partner        the organisation it was handed to and that the initiative now waits on; {@code null} for none
 * @param partnerSince   when it was handed to the partner; {@code null} for none
 * @param deadline       when it should be done
 * @param resources      what it needs; their costs are its planned budget
 * @param status         planned, started, blocked, done or dropped
 * @param progress       how far along, 0 to 100 per cent
 * @param spent          what was spent on it in this cycle
 * @param note           why it is blocked or dropped, or what was said when it progressed or finished; erasable; {@code null} when none
 * @param lastUpdate     when it was planned or last started, progressed, blocked, finished or dropped
 * @param overdueNoticed whether the owner was told that the deadline passed (reset when it is rescheduled)
 * @param carriedFrom    the unfinished action of the previous cycle it continues; 0 for a new action
 */
@API(status = API.Status.EXPERIMENTAL)
public record Action(int id, int cycle, int goal, Erasable<String> title, PersonId owner, Partner partner, Instant partnerSince,
                     LocalDate deadline, List<Resource> resources,
                     Status status, int progress, Money spent, Erasable<String> note, Instant lastUpdate, boolean overdueNoticed,
                     int carriedFrom) {

    /**
     * Nothing spent yet: zero euros whose amount holds no {@link java.math.BigInteger} (unlike the zero of
     * {@code BigDecimal.ZERO}), which keeps a new action small.
     */
    static final Money NOTHING_SPENT = Money.of(new BigDecimal("0.00"));

    public Action {
        Checks.positive(id, "id");
        Checks.positive(cycle, "cycle");
        Checks.positive(goal, "goal");
        InvalidValueException.requireNonNull(title, "title");
        InvalidValueException.requireNonNull(deadline, "deadline");
        resources = Lists.immutable(InvalidValueException.requireNonNull(resources, "resources"));
        InvalidValueException.requireNonNull(status, "status");
        if (progress < 0 || progress > 100) {
            throw new InvalidValueException(ValueRejection.NUMBER_INVALID.code(), progress, "progress");
        }
        InvalidValueException.requireNonNull(spent, "spent");
        InvalidValueException.requireNonNull(lastUpdate, "lastUpdate");
        Checks.notNegative(carriedFrom, "carriedFrom");
        if (partner != null) {
            InvalidValueException.requireNonNull(partnerSince, "partnerSince");
        }
    }

    /** Whether the action is open and handed to a partner: the initiative waits on that organisation. */
    public boolean waitsOnPartner() {
        return partner != null && isOpen();
    }

    /** Whether the action still has to be done: planned, started or blocked. */
    public boolean isOpen() {
        return status.isOpen();
    }

    /** The planned budget: the sum of its resources' costs. */
    public Money plannedCost() {
        Money total = Money.ZERO;
        for (Resource r : resources) {
            total = r.cost().isZero() ? total : total.plus(r.cost());
        }
        return total;
    }

    Action withOwner(PersonId value) {
        return new Action(id, cycle, goal, title, value, partner, partnerSince, deadline, resources, status, progress, spent, note, lastUpdate,
                overdueNoticed, carriedFrom);
    }

    Action withPartner(Partner value, Instant since) {
        return new Action(id, cycle, goal, title, owner, value, since, deadline, resources, status, progress, spent, note,
                lastUpdate, overdueNoticed, carriedFrom);
    }

    Action withDeadline(LocalDate value) {
        return new Action(id, cycle, goal, title, owner, partner, partnerSince, value, resources, status, progress, spent, note, lastUpdate,
                false, carriedFrom);
    }

    Action withStatus(Status value, int newProgress, Erasable<String> newNote, Instant at) {
        return new Action(id, cycle, goal, title, owner, partner, partnerSince, deadline, resources, value, newProgress, spent, newNote, at,
                overdueNoticed, carriedFrom);
    }

    Action withSpent(Money value) {
        return new Action(id, cycle, goal, title, owner, partner, partnerSince, deadline, resources, status, progress, value, note, lastUpdate,
                overdueNoticed, carriedFrom);
    }

    Action withOverdueNoticed() {
        return new Action(id, cycle, goal, title, owner, partner, partnerSince, deadline, resources, status, progress, spent, note, lastUpdate,
                true, carriedFrom);
    }

    /** Where an action stands (<i>status van een actie</i>). */
    public enum Status {
        /** Planned, not started (<i>gepland</i>). */
        PLANNED(true),
        /** Under way (<i>bezig</i>). */
        STARTED(true),
        /** Stuck, with a reason (<i>geblokkeerd</i>). */
        BLOCKED(true),
        /** Done (<i>gedaan</i>). */
        DONE(false),
        /** Dropped, with a reason (<i>geschrapt</i>). */
        DROPPED(false);

        // Kept outside the constants, so a state that refers to one holds no text.
        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.ACTION_PLANNED),
            Catalogue.text(LabelText.ACTION_STARTED),
            Catalogue.text(LabelText.ACTION_BLOCKED),
            Catalogue.text(LabelText.ACTION_DONE),
            Catalogue.text(LabelText.ACTION_DROPPED)};

        private final boolean open;

        Status(boolean open) {
            this.open = open;
        }

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }

        /** Whether an action with this status still has to be done. */
        public boolean isOpen() {
            return open;
        }
    }
}
