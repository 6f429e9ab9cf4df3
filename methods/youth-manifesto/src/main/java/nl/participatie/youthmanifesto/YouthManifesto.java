package nl.participatie.youthmanifesto;

import java.time.Clock;
import java.util.Objects;

import nl.participatie.core.API;
import nl.participatie.core.CommandObserver;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.store.InMemoryPersonalDataStore;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.youthmanifesto.privacy.ParticipantRegister;

/**
 * Youth Manifesto as one entry point (<i>jongerenmanifest</i>): the engine of manifesto groups on the vendor's event
 * store and clock, the participants' register on the vendor's personal-data store, the municipality's rules, and the
 * outputs (manifesto, promise tracker, health check) of a group as it stands, so a vendor never writes type parameters.
 *
 * <pre>{@code
 * YouthManifesto ym = YouthManifesto.builder()
 *     .store(new JdbcEventStore(dataSource)).personalData(new JdbcPersonalDataStore(dataSource)).build();
 * ym.participants().put(ParticipantRecord.of(amira, "Amira", birthDate).withPermissionToTakePart(today));
 * StreamId group = ym.groups().newStream();
 * ym.groups().handle(group, facilitator, new StartGroup("Youth Manifesto Overvecht",
 *     MunicipalityCode.parse("GM0344"), ProcessingBasis.PUBLIC_TASK, null));
 * ym.groups().handle(group, facilitator, new EnrolParticipant(amira, RecruitmentChannel.YOUTH_WORK, null));
 * String tracker = ym.promiseTracker(group).toMarkdown(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * <p>Immutable and thread-safe, like its engine.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class YouthManifesto {

    private final ProcessEngine<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> groups;
    private final ManifestoGroupRules rules;
    private final ParticipantRegister participants;
    private final Clock clock;

    private YouthManifesto(Builder b) {
        this.rules = b.rules;
        this.clock = b.clock;
        this.participants = new ParticipantRegister(b.personalData);
        this.groups = ProcessEngine.builder(YouthManifestoWorkflow.groups(b.rules, participants)).store(b.store).clock(b.clock)
                .ids(b.ids).observer(b.observer).build();
    }

    /**
     * Starts the configuration; defaults: an in-memory event store and personal-data store, the UTC system clock,
     * random ids, default rules.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The engine of manifesto groups. */
    public ProcessEngine<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> groups() {
        return groups;
    }

    /** The participants' records in the personal-data store: put a record before enrolling the young person. */
    public ParticipantRegister participants() {
        return participants;
    }

    /** The rules of the groups. */
    public ManifestoGroupRules rules() {
        return rules;
    }

    /**
     * Handles a {@link ManifestoGroupCommand.WithdrawConsent} and, when it is accepted, erases the participant's personal
     * data at once (AVG art. 7(3) and 17). The events keep only the opaque id, so the audit trail still verifies; the
     * manifesto stays as it was. Through the engine directly the erasure is left to {@link #eraseWithdrawn}.
     */
    public Outcome<ManifestoGroupEvent, ManifestoGroup> withdrawConsent(StreamId group, Actor actor,
                                                                        ManifestoGroupCommand.WithdrawConsent command) {
        Outcome<ManifestoGroupEvent, ManifestoGroup> outcome = groups.handle(group, actor, command);
        if (outcome.isAccepted()) {
            participants.erase(command.person());
        }
        return outcome;
    }

    /**
     * Erases the personal data of everyone whose consent was withdrawn in the group; safe to run again (a reaction for
     * withdrawals handled through the engine directly). Returns how many had data held.
     */
    public int eraseWithdrawn(StreamId group) {
        int erased = 0;
        for (PersonId person : groups.load(group).withdrawn()) {
            if (participants.erase(person)) {
                erased++;
            }
        }
        return erased;
    }

    /** The group's manifesto, signed with the names of the participants who chose to be named. */
    public Manifesto manifesto(StreamId group) {
        return Manifesto.of(groups.load(group), participants);
    }

    /** The group's promise tracker as it stands today (Dutch time), with the aldermen's names. */
    public PromiseTracker promiseTracker(StreamId group) {
        return PromiseTracker.of(groups.load(group), participants, DutchTime.dayOf(clock.instant()));
    }

    /** The group's health check now. */
    public HealthReport healthCheck(StreamId group) {
        return GroupHealthCheck.of(rules).check(groups.load(group), participants, clock.instant());
    }

    /** Configures {@link YouthManifesto}. */
    public static final class Builder {
        private EventStore store = new InMemoryEventStore();
        private PersonalDataStore personalData = new InMemoryPersonalDataStore();
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = IdGenerator.random();
        private CommandObserver observer = CommandObserver.NONE;
        private ManifestoGroupRules rules = ManifestoGroupRules.defaults();

        private Builder() {
        }

        /** The event store of the groups, e.g. core's {@code JdbcEventStore}. */
        public Builder store(EventStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** Where the participants' personal data is kept, e.g. core's {@code JdbcPersonalDataStore}. */
        public Builder personalData(PersonalDataStore value) {
            this.personalData = Objects.requireNonNull(value, "personalData");
            return this;
        }

        /** The clock of record times, deadlines and ages. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Who is told of every command the engines handle, e.g. the vendor's metrics; default none. */
        public Builder observer(CommandObserver value) {
            this.observer = Objects.requireNonNull(value, "observer");
            return this;
        }

        /** Where new stream ids come from. */
        public Builder ids(IdGenerator value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /** The municipality's rules of groups. */
        public Builder rules(ManifestoGroupRules value) {
            this.rules = Objects.requireNonNull(value, "rules");
            return this;
        }

        /** Builds it. */
        public YouthManifesto build() {
            return new YouthManifesto(this);
        }
    }
}
