package nl.participatie.youthmanifesto;

import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.CIVIL_SERVANT;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.EXECUTIVE;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.FACILITATOR;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.GRIFFIE;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.YOUNG_PARTICIPANT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Violation;
import nl.participatie.core.store.InMemoryPersonalDataStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.testkit.MutableClock;
import nl.participatie.testkit.Spec;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AddAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdvanceStep;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CastBallot;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CountBallots;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.DraftTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.EnrolParticipant;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.HandOver;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RaiseTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordCouncilResponse;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.StartGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.VoteOnDraft;
import nl.participatie.youthmanifesto.privacy.ParticipantRegister;

/**
 * The people, commands and moments of the test story: "Youth Manifesto Overvecht", a group of young people in Utrecht
 * run by youth worker Sam, on the consent basis unless a scenario says otherwise. The young people are {@code p-1} to
 * {@code p-17}; each has a record in the register (15 years old on the story's first day, with a parent's permission
 * and AVG consent) before they enrol.
 */
final class Story {

    /** Monday 2 March 2026, 10:00 in Utrecht. */
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final LocalDate CONSENT_DAY = LocalDate.of(2026, 2, 20);
    static final MunicipalityCode UTRECHT = MunicipalityCode.parse("GM0344");
    static final NeighbourhoodCode OVERVECHT_NOORD = NeighbourhoodCode.parse("BU03440301");
    static final NeighbourhoodCode OVERVECHT_ZUID = NeighbourhoodCode.parse("BU03440302");

    static final Actor SAM = Actor.of("p-sam", FACILITATOR);
    static final Actor GRIFFIE_UTRECHT = Actor.of("p-griffie", GRIFFIE);
    static final PersonId DE_VRIES = PersonId.of("p-wethouder-de-vries");
    static final Actor WETHOUDER = Actor.of(DE_VRIES, EXECUTIVE);
    static final Actor AMBTENAAR = Actor.of("p-ambtenaar", CIVIL_SERVANT);

    static final StartGroup START = new StartGroup("Youth Manifesto Overvecht", UTRECHT, ProcessingBasis.CONSENT, null);
    static final RaiseTopic CHILL_SPOT = new RaiseTopic("Een plek om te chillen na 22 uur",
            "Na tienen worden we overal weggestuurd, ook als we niks doen.", PolicyArea.SPORT_CULTURE_AND_RECREATION, OVERVECHT_NOORD);
    static final RaiseTopic INTERNSHIPS = new RaiseTopic("Stageplekken zonder discriminatie",
            "Met een Marokkaanse achternaam vind je moeilijk een stage.", PolicyArea.ECONOMY, null);
    static final RaiseTopic SAFE_ROUTE = new RaiseTopic("Veilig fietsen naar school",
            "De kruising bij het winkelcentrum is gevaarlijk.", PolicyArea.TRAFFIC_AND_TRANSPORT, OVERVECHT_ZUID);

    /**
     * Every code the decider refused with through {@link #scenario}: {@code ManifestoGroupSpecTest} clears it before its
     * scenarios and afterwards checks that each {@link ManifestoGroupRejection} was provoked.
     */
    static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

    private Story() {
    }

    static PersonId young(int n) {
        return PersonId.of("p-" + n);
    }

    static Actor youngActor(int n) {
        return Actor.of(young(n), YOUNG_PARTICIPANT);
    }

    /** A record of a 15-year-old with a parent's permission and AVG consent, named on the manifesto. */
    static ParticipantRecord record(int n) {
        return ParticipantRecord.of(young(n), "Jongere " + n, LocalDate.of(2010, 9, 1)).withGuardianContact("06-1234567" + n % 10)
                .withPermissionToTakePart(CONSENT_DAY).withGuardianConsent(CONSENT_DAY).withNameOnManifesto(true);
    }

    static EnrolParticipant enrol(int n) {
        return new EnrolParticipant(young(n), n % 2 == 0 ? RecruitmentChannel.SCHOOL : RecruitmentChannel.YOUTH_WORK,
                n % 3 == 0 ? null : OVERVECHT_NOORD);
    }

    static AdvanceStep advanceTo(int stage) {
        return new AdvanceStep(stage);
    }

    /** A new scenario: an empty group on the library's default rules, the young people's records registered. */
    static Scenario scenario() {
        return scenario(ManifestoGroupRules.defaults());
    }

    static Scenario scenario(ManifestoGroupRules rules) {
        return scenario(rules, UnaryOperator.identity());
    }

    /** A new scenario on a definition changed by {@code adapt} (e.g. a wider workflow). */
    static Scenario scenario(ManifestoGroupRules rules, UnaryOperator<ProcessDefinition<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup, ManifestoGroupStep>> adapt) {
        ParticipantRegister register = new ParticipantRegister(new InMemoryPersonalDataStore());
        for (int n = 1; n <= 17; n++) {
            register.put(record(n));
        }
        register.putName(DE_VRIES, "Wethouder De Vries");
        ProcessDefinition<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup, ManifestoGroupStep> library =
                YouthManifestoWorkflow.groups(rules, register);
        ProcessDefinition<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup, ManifestoGroupStep> recorded =
                ProcessDefinition.of(library.streamType(), ManifestoGroupCommand.class, ManifestoGroupEvent.class,
                        recording(library.decider()), library.workflow(), ManifestoGroup::step).withInstanceRoles(library.instanceRoles());
        return new Scenario(Spec.of(adapt.apply(recorded), new MutableClock(T0)), register);
    }

    private static Decider<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> recording(
            Decider<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> decider) {
        return new Decider<>() {
            @Override
            public ManifestoGroup initialState() {
                return decider.initialState();
            }

            @Override
            public Decision<ManifestoGroupEvent> decide(ManifestoGroupCommand command, ManifestoGroup state, DecisionContext context) {
                Decision<ManifestoGroupEvent> decision = decider.decide(command, state, context);
                if (decision instanceof Decision.Reject<ManifestoGroupEvent> rejected) {
                    rejected.violations().stream().map(Violation::code).forEach(REFUSED::add);
                }
                return decision;
            }

            @Override
            public ManifestoGroup evolve(ManifestoGroup state, ManifestoGroupEvent event) {
                return decider.evolve(state, event);
            }

            @Override
            public List<ManifestoGroupCommand> due(ManifestoGroup state, Instant now) {
                return decider.due(state, now);
            }
        };
    }

    /**
     * A scenario whose group went through the story up to the given step of the default process: twelve participants;
     * three topics, of which dot voting chose topics 1 and 2; each drafted with one action and approved by seven; handed
     * over; in the follow-up a written answer on action 1.
     */
    static Scenario at(ManifestoGroupStep step) {
        return at(step, UnaryOperator.identity());
    }

    /** The story up to the step, on a definition changed by {@code adapt}. */
    static Scenario at(ManifestoGroupStep step, UnaryOperator<ProcessDefinition<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup, ManifestoGroupStep>> adapt) {
        Scenario s = scenario(ManifestoGroupRules.defaults(), adapt);
        if (step == ManifestoGroupStep.NEW) {
            return s;
        }
        s.given(SAM, START);
        for (int n = 1; n <= 12; n++) {
            s.given(SAM, enrol(n));
        }
        if (step == ManifestoGroupStep.RECRUITMENT) {
            return s;
        }
        s.after(Duration.ofDays(7)).given(SAM, advanceTo(2));
        s.given(youngActor(1), CHILL_SPOT).given(youngActor(2), INTERNSHIPS).given(youngActor(3), SAFE_ROUTE);
        if (step == ManifestoGroupStep.TOPICS) {
            return s;
        }
        s.after(Duration.ofDays(7)).given(SAM, advanceTo(3));
        if (step == ManifestoGroupStep.PRIORITISATION) {
            return s;
        }
        for (int n = 1; n <= 12; n++) {
            s.given(youngActor(n), new CastBallot(young(n), n <= 8 ? List.of(1, 1, 2) : List.of(2, 2, 1)));
        }
        s.given(SAM, new CountBallots()).after(Duration.ofDays(7)).given(SAM, advanceTo(4));
        if (step == ManifestoGroupStep.DRAFTING) {
            return s;
        }
        s.given(youngActor(1), new DraftTopic(1, "Jongeren hebben in Overvecht 's avonds geen plek."),
                new AddAction(1, "Open het jongerencentrum tot 23 uur", Addressee.of(Addressee.Kind.EXECUTIVE, "wethouder Jeugd"),
                        LocalDate.of(2026, 12, 31)));
        s.given(youngActor(2), new DraftTopic(2, "Stagezoekers worden afgewezen om hun naam."),
                new AddAction(2, "Anoniem solliciteren bij gemeentelijke stages", Addressee.of(Addressee.Kind.COUNCIL, "de gemeenteraad"),
                        null));
        for (int n = 1; n <= 7; n++) {
            s.given(youngActor(n), new VoteOnDraft(true));
        }
        s.after(Duration.ofDays(7)).given(SAM, advanceTo(5));
        if (step == ManifestoGroupStep.HANDOVER) {
            return s;
        }
        s.given(SAM, new HandOver(s.clock().today(), "raadsvergadering", "de voorzitter van de raad", null)).given(SAM, advanceTo(6));
        if (step == ManifestoGroupStep.COUNCIL_RESPONSE) {
            return s;
        }
        s.after(Duration.ofDays(14)).given(WETHOUDER, new RecordCouncilResponse(new CouncilInstrument.WrittenAnswer(
                "Het college onderzoekt langere openingstijden.", null, s.clock().today()), List.of(1)));
        s.given(SAM, advanceTo(7));
        if (step == ManifestoGroupStep.FOLLOW_UP) {
            return s;
        }
        throw new IllegalArgumentException("The story does not go to " + step);
    }

    /** A spec on the story's definition with the register its decider reads. */
    static final class Scenario {
        private final Spec<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> spec;
        private final ParticipantRegister register;

        Scenario(Spec<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> spec, ParticipantRegister register) {
            this.spec = spec;
            this.register = register;
        }

        Scenario given(Actor actor, ManifestoGroupCommand... commands) {
            spec.given(actor, commands);
            return this;
        }

        Scenario after(Duration duration) {
            spec.after(duration);
            return this;
        }

        Spec<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup>.Then when(Actor actor, ManifestoGroupCommand command) {
            return spec.when(actor, command);
        }

        Spec<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup>.Then whenDeadlinesPass() {
            return spec.whenDeadlinesPass();
        }

        ManifestoGroup state() {
            return spec.state();
        }

        Spec<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> spec() {
            return spec;
        }

        ParticipantRegister register() {
            return register;
        }

        MutableClock clock() {
            return spec.clock();
        }

        /** Moves the clock to 10:00 Dutch time on the day. */
        Scenario on(LocalDate day) {
            spec.clock().set(day.atTime(10, 0).atZone(nl.participatie.core.value.DutchTime.ZONE).toInstant());
            return this;
        }
    }
}
