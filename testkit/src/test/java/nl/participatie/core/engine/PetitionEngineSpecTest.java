package nl.participatie.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.participatie.core.AuditTrail;
import nl.participatie.core.Notification;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Recipient;
import nl.participatie.core.Violation;
import nl.participatie.core.sample.Petition;
import nl.participatie.core.sample.PetitionCommand;
import nl.participatie.core.sample.PetitionCommand.Close;
import nl.participatie.core.sample.PetitionCommand.Decide;
import nl.participatie.core.sample.PetitionCommand.Draft;
import nl.participatie.core.sample.PetitionCommand.Open;
import nl.participatie.core.sample.PetitionCommand.Support;
import nl.participatie.core.sample.PetitionEvent;
import nl.participatie.core.sample.PetitionStep;
import nl.participatie.core.sample.Petitions;
import nl.participatie.core.store.ConcurrencyConflictException;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MutableClock;
import nl.participatie.testkit.Spec;

/** The engine, specified on the sample petition process: workflow, validation, decisions, audit, concurrency, time. */
class PetitionEngineSpecTest {

    static final Actor ANNA = Actor.of("anna", Petitions.RESIDENT);
    static final Actor BOB = Actor.of("bob", Petitions.RESIDENT);
    static final Actor OFFICER = Actor.of("officer-1", Petitions.OFFICER);
    static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant IN_A_WEEK = MONDAY.plus(Duration.ofDays(7));

    Spec<PetitionCommand, PetitionEvent, Petition> spec() {
        return Spec.of(Petitions.DEFINITION);
    }

    @Nested
    class Workflow {
        @Test
        void aResidentOpensADraftedPetition() {
            spec().given(ANNA, new Draft("Meer bankjes"))
                    .when(ANNA, new Open(IN_A_WEEK))
                    .thenEvents(new PetitionEvent.Opened(IN_A_WEEK))
                    .thenState(s -> assertThat(s.step()).isEqualTo(PetitionStep.OPEN));
        }

        @Test
        void aCommandOutsideItsStepIsRejectedNamingTheStepAndWhereItIsAllowed() {
            Spec<PetitionCommand, PetitionEvent, Petition>.Then then = spec().when(ANNA, new Support(PersonId.of("bob")))
                    .thenRejected("workflow.step-not-allowed");
            Violation v = then.violations().get(0);
            assertThat(v.message().en()).contains("Support", "DRAFT", "OPEN");
            assertThat(v.message().nl()).contains("Support", "stap DRAFT", "OPEN");
        }

        @Test
        void aRoleThatMayNotFireIsRejectedNamingTheAllowedRoles() {
            Spec<PetitionCommand, PetitionEvent, Petition>.Then then = spec().given(ANNA, new Draft("Meer bankjes"), new Open(IN_A_WEEK))
                    .when(ANNA, new Decide(true, "ik beslis zelf"))
                    .thenRejected("workflow.role-not-allowed");
            assertThat(then.violations().get(0).message().en()).contains("Decide", "OPEN", "RESIDENT", "OFFICER");
        }

        @Test
        void theOfficerDecidesAndEverySupporterIsTold() {
            spec().given(ANNA, new Draft("Meer bankjes"), new Open(IN_A_WEEK), new Support(PersonId.of("anna")))
                    .given(BOB, new Support(PersonId.of("bob")))
                    .when(OFFICER, new Decide(true, "Past in het groenplan"))
                    .thenEvents(new PetitionEvent.Decided(true, "Past in het groenplan"))
                    .thenNotified(told -> {
                        assertThat(told).extracting(Notification::recipient)
                                .containsExactly(Recipient.person(PersonId.of("anna")), Recipient.person(PersonId.of("bob")));
                        assertThat(told.get(0).message().nl()).isEqualTo("Uw verzoek is toegekend.");
                        assertThat(told.get(0).message().en()).isEqualTo("Your petition was granted.");
                    });
        }

        @Test
        void closingIsAllowedFromEveryActiveStepButNotTwice() {
            spec().when(OFFICER, new Close("dubbel")).thenEvents(new PetitionEvent.Closed("dubbel"));
            spec().given(ANNA, new Draft("x"), new Open(IN_A_WEEK)).when(OFFICER, new Close("ingetrokken"))
                    .thenState(s -> assertThat(s.step()).isEqualTo(PetitionStep.CLOSED));
            spec().given(OFFICER, new Close("a")).when(OFFICER, new Close("b")).thenRejected("workflow.step-not-allowed");
        }

        @Test
        void aMunicipalityCanTightenWhoMayFireACommand() {
            var strict = Petitions.DEFINITION.withWorkflow(Petitions.WORKFLOW.restrict(Close.class, Petitions.OFFICER));
            assertThat(strict.workflow().check(PetitionStep.DRAFT, Close.class, Petitions.OFFICER)).isEmpty();
            assertThatThrownBy(() -> Petitions.WORKFLOW.restrict(Close.class, Petitions.RESIDENT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RESIDENT");
        }
    }

    @Nested
    class Validation {
        @Test
        void beanValidationRejectsBeforeTheDeciderWithDutchAndEnglishMessages() {
            Spec<PetitionCommand, PetitionEvent, Petition>.Then then = spec().when(ANNA, new Draft("  ")).thenRejected("constraint.NotBlank");
            Violation v = then.violations().get(0);
            assertThat(v.path()).isEqualTo("title");
            assertThat(v.message().nl()).isEqualTo("mag niet leeg zijn");
            assertThat(v.message().en()).isEqualTo("must not be blank");
        }

        @Test
        void everyViolationIsReportedWithItsPath() {
            spec().when(ANNA, new Draft("x".repeat(201))).thenRejected("constraint.Size");
        }

        @Test
        void aBusinessRuleInTheDeciderRejectsWithItsOwnCode() {
            spec().when(ANNA, new Open(IN_A_WEEK)).thenRejected("sample.title-missing");
            spec().given(ANNA, new Draft("x")).when(ANNA, new Open(MONDAY.minusSeconds(1))).thenRejected("sample.deadline-in-past");
        }

        @Test
        void aRejectionStoresNothing() {
            var spec = spec();
            spec.when(ANNA, new Open(IN_A_WEEK)).thenRejected("sample.title-missing");
            assertThat(spec.engine().history(spec.stream())).isEmpty();
        }
    }

    @Nested
    class AuditTrailOfTheEngine {
        @Test
        void everyEventIsRecordedWithWhoWhenWhichStepAndAChainedHash() {
            var spec = spec();
            spec.given(ANNA, new Draft("Meer bankjes")).after(Duration.ofMinutes(5)).given(ANNA, new Open(IN_A_WEEK));
            List<RecordedEvent<PetitionEvent>> history = spec.engine().history(spec.stream());
            assertThat(history).hasSize(2);
            RecordedEvent<PetitionEvent> opened = history.get(1);
            assertThat(opened.sequence()).isEqualTo(2);
            assertThat(opened.actor()).isEqualTo(ANNA);
            assertThat(opened.step()).isEqualTo("DRAFT");
            assertThat(opened.recordedAt()).isEqualTo(MONDAY.plus(Duration.ofMinutes(5)));
            assertThat(opened.previousHash()).isEqualTo(history.get(0).hash());
            assertThat(history.get(0).previousHash()).isEqualTo(AuditTrail.GENESIS);
            assertThat(spec.engine().verify(spec.stream()).valid()).isTrue();
        }

        @Test
        void aChangedEventIsFoundAtItsRecord() {
            var spec = spec();
            spec.given(ANNA, new Draft("Meer bankjes"), new Open(IN_A_WEEK), new Support(PersonId.of("anna")));
            List<RecordedEvent<PetitionEvent>> history = new java.util.ArrayList<>(spec.engine().history(spec.stream()));
            RecordedEvent<PetitionEvent> opened = history.get(1);
            history.set(1, new RecordedEvent<>(opened.stream(), opened.sequence(), opened.recordedAt(), opened.actor(),
                    opened.step(), new PetitionEvent.Opened(IN_A_WEEK.plusSeconds(1)), opened.previousHash(), opened.hash()));
            AuditTrail.Verification result = spec.engine().auditTrail().verify(history);
            assertThat(result.valid()).isFalse();
            assertThat(result.firstBroken()).isEqualTo(2);
        }

        @Test
        void anEntryThatClaimsAnotherSequenceIsFoundAtItsPosition() {
            var spec = spec();
            spec.given(ANNA, new Draft("Meer bankjes"), new Open(IN_A_WEEK), new Support(PersonId.of("anna")));
            List<RecordedEvent<PetitionEvent>> history = new java.util.ArrayList<>(spec.engine().history(spec.stream()));
            RecordedEvent<PetitionEvent> third = history.get(2);
            history.set(2, new RecordedEvent<>(third.stream(), 1, third.recordedAt(), third.actor(), third.step(), third.event(),
                    third.previousHash(), third.hash()));
            AuditTrail.Verification result = spec.engine().auditTrail().verify(history);
            assertThat(result.firstBroken()).isEqualTo(3);
            assertThat(result.reason()).contains("claims sequence 1");
        }

        @Test
        void sameCommandsWithAFixedClockAndIdsGiveByteIdenticalRecords() {
            assertThat(recordedJson()).isEqualTo(recordedJson());
        }

        private List<String> recordedJson() {
            var spec = spec();
            spec.given(ANNA, new Draft("Meer bankjes"), new Open(IN_A_WEEK), new Support(PersonId.of("anna")));
            return spec.engine().history(spec.stream()).stream()
                    .map(r -> nl.participatie.core.json.ParticipatieJson.defaults().write(r)).toList();
        }
    }

    @Nested
    class Concurrency {
        @Test
        void aConflictIsRetriedOnTheFreshState() {
            InMemoryEventStore real = new InMemoryEventStore();
            AtomicInteger conflicts = new AtomicInteger();
            StreamId id = StreamId.of("sample.petition", "p");
            ProcessEngine<PetitionCommand, PetitionEvent, Petition> other = ProcessEngine.builder(Petitions.DEFINITION).store(real).build();
            other.handle(id, ANNA, new Draft("x"));
            other.handle(id, ANNA, new Open(Instant.now().plus(Duration.ofDays(7))));
            // A store in which someone else slips in a support just before our first append.
            EventStore racing = new EventStore() {
                @Override
                public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events) {
                    if (conflicts.getAndIncrement() == 0) {
                        other.handle(stream, BOB, new Support(PersonId.of("bob")));
                    }
                    real.append(stream, expectedVersion, events);
                }

                @Override
                public List<RecordedEvent<?>> read(StreamId stream, long fromSequence) {
                    return real.read(stream, fromSequence);
                }

                @Override
                public long version(StreamId stream) {
                    return real.version(stream);
                }
            };
            ProcessEngine<PetitionCommand, PetitionEvent, Petition> engine = ProcessEngine.builder(Petitions.DEFINITION).store(racing).build();
            Outcome<PetitionEvent, Petition> outcome = engine.handle(id, ANNA, new Support(PersonId.of("anna")));
            Outcome.Accepted<PetitionEvent, Petition> accepted = outcome.orElseThrow();
            assertThat(accepted.events()).hasSize(1);
            assertThat(accepted.events().get(0).sequence()).isEqualTo(4);
            assertThat(((PetitionEvent.Supported) accepted.events().get(0).event()).count()).isEqualTo(2);
            assertThat(engine.load(id).supporters()).extracting(PersonId::value).containsExactly("bob", "anna");
            assertThat(engine.verify(id).valid()).isTrue();
        }

        @Test
        void aCachingEngineStillSeesWhatAnotherNodeAppended() {
            InMemoryEventStore shared = new InMemoryEventStore();
            StreamId id = StreamId.of("sample.petition", "p");
            var nodeA = ProcessEngine.builder(Petitions.DEFINITION).store(shared).cacheStates(100).build();
            var nodeB = ProcessEngine.builder(Petitions.DEFINITION).store(shared).cacheStates(100).build();
            nodeA.handle(id, ANNA, new Draft("x")).orElseThrow();
            nodeA.handle(id, ANNA, new Open(Instant.now().plus(Duration.ofDays(7)))).orElseThrow();
            nodeB.handle(id, BOB, new Support(PersonId.of("bob"))).orElseThrow();
            Outcome.Accepted<PetitionEvent, Petition> fromA = nodeA.handle(id, ANNA, new Support(PersonId.of("anna"))).orElseThrow();
            assertThat(fromA.events().get(0).sequence()).isEqualTo(4);
            assertThat(fromA.state().supporters()).extracting(PersonId::value).containsExactly("bob", "anna");
            assertThat(nodeB.load(id)).isEqualTo(fromA.state());
            assertThat(nodeB.handle(id, BOB, new Support(PersonId.of("bob"))).violations())
                    .extracting(Violation::code).containsExactly("sample.already-supported");
            assertThat(nodeA.verify(id).valid()).isTrue();
        }

        /** A store that counts what the engine asks of it. */
        final class CountingStore implements EventStore {
            private EventStore real;
            int reads;
            int appends;
            int conflicts;

            CountingStore(EventStore real) {
                this.real = real;
            }

            /** Another store in this one's place: a database restored from a backup. */
            void replace(EventStore other) {
                real = other;
            }

            @Override
            public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events) {
                appends++;
                try {
                    real.append(stream, expectedVersion, events);
                } catch (ConcurrencyConflictException conflict) {
                    conflicts++;
                    throw conflict;
                }
            }

            @Override
            public List<RecordedEvent<?>> read(StreamId stream, long fromSequence) {
                reads++;
                return real.read(stream, fromSequence);
            }

            @Override
            public long version(StreamId stream) {
                return real.version(stream);
            }
        }

        @Test
        void aWarmCacheDecidesWithoutReadingTheStoreAndTheStoresVersionCheckCatchesAStaleState() {
            InMemoryEventStore shared = new InMemoryEventStore();
            CountingStore counted = new CountingStore(shared);
            StreamId id = StreamId.of("sample.petition", "warm");
            var nodeA = ProcessEngine.builder(Petitions.DEFINITION).store(counted).build();   // the cache is on by default
            var nodeB = ProcessEngine.builder(Petitions.DEFINITION).store(shared).build();

            nodeA.handle(id, ANNA, new Draft("x")).orElseThrow();
            nodeA.handle(id, ANNA, new Open(Instant.now().plus(Duration.ofDays(7)))).orElseThrow();
            nodeA.handle(id, BOB, new Support(PersonId.of("bob"))).orElseThrow();
            // Only the first command read the (then unknown) stream; the others were decided on the cached state.
            assertThat(counted.reads).isEqualTo(1);
            assertThat(counted.appends).isEqualTo(3);

            nodeB.handle(id, ANNA, new Support(PersonId.of("carl"))).orElseThrow();
            Outcome.Accepted<PetitionEvent, Petition> fromA = nodeA.handle(id, ANNA, new Support(PersonId.of("anna"))).orElseThrow();

            // The decision on the stale cached state was refused by the store, then made again on what nodeB appended.
            assertThat(counted.conflicts).isEqualTo(1);
            assertThat(fromA.events()).extracting(RecordedEvent::sequence).containsExactly(5L);
            assertThat(fromA.state().supporters()).extracting(PersonId::value).containsExactly("bob", "carl", "anna");
            assertThat(nodeA.verify(id).valid()).isTrue();
        }

        @Test
        void aRejectionOnACachedStateTheStoreHasMovedPastIsDecidedAgainOnTheStoredState() {
            InMemoryEventStore shared = new InMemoryEventStore();
            StreamId id = StreamId.of("sample.petition", "moved");
            var nodeA = ProcessEngine.builder(Petitions.DEFINITION).store(shared).build();
            var nodeB = ProcessEngine.builder(Petitions.DEFINITION).store(shared).build();
            nodeA.handle(id, ANNA, new Draft("x")).orElseThrow();
            nodeB.handle(id, ANNA, new Open(Instant.now().plus(Duration.ofDays(7)))).orElseThrow();

            // nodeA's cache still says DRAFT, where supporting is not allowed; the store says OPEN, where it is.
            Outcome<PetitionEvent, Petition> outcome = nodeA.handle(id, BOB, new Support(PersonId.of("bob")));

            assertThat(outcome.isAccepted()).as("%s", outcome.violations()).isTrue();
            assertThat(nodeA.load(id).step()).isEqualTo(PetitionStep.OPEN);
            // And a rejection that also holds on the stored state stands.
            assertThat(nodeA.handle(id, ANNA, new Draft("y")).violations()).extracting(Violation::code)
                    .containsExactly("workflow.step-not-allowed");
        }

        @Test
        void aRejectionOnACachedStateOfAStreamThatWasSetBackIsDecidedAgainOnTheStoredState() {
            CountingStore restorable = new CountingStore(new InMemoryEventStore());
            StreamId id = StreamId.of("sample.petition", "restored");
            var engine = ProcessEngine.builder(Petitions.DEFINITION).store(restorable).build();
            engine.handle(id, ANNA, new Draft("x")).orElseThrow();
            engine.handle(id, ANNA, new Open(Instant.now().plus(Duration.ofDays(7)))).orElseThrow();

            // As if the database was restored from a backup made before this petition: the cache still says OPEN.
            restorable.replace(new InMemoryEventStore());
            Outcome<PetitionEvent, Petition> outcome = engine.handle(id, ANNA, new Draft("y"));

            assertThat(outcome.isAccepted()).as("%s", outcome.violations()).isTrue();
            assertThat(outcome.orElseThrow().events()).extracting(RecordedEvent::sequence).containsExactly(1L);
            assertThat(engine.load(id).step()).isEqualTo(PetitionStep.DRAFT);
        }

        @Test
        void withoutTheCacheEveryCommandReadsTheStream() {
            CountingStore counted = new CountingStore(new InMemoryEventStore());
            StreamId id = StreamId.of("sample.petition", "cold");
            var engine = ProcessEngine.builder(Petitions.DEFINITION).store(counted).cacheStates(0).build();
            engine.handle(id, ANNA, new Draft("x")).orElseThrow();
            engine.handle(id, ANNA, new Open(Instant.now().plus(Duration.ofDays(7)))).orElseThrow();
            assertThat(counted.reads).isEqualTo(2);
        }

        @Test
        void aStreamThatKeepsChangingEndsInATypedConflict() {
            InMemoryEventStore real = new InMemoryEventStore();
            EventStore alwaysBehind = new EventStore() {
                @Override
                public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events) {
                    throw new ConcurrencyConflictException(stream, expectedVersion, expectedVersion + 1);
                }

                @Override
                public List<RecordedEvent<?>> read(StreamId stream, long fromSequence) {
                    return real.read(stream, fromSequence);
                }

                @Override
                public long version(StreamId stream) {
                    return 0;
                }
            };
            var engine = ProcessEngine.builder(Petitions.DEFINITION).store(alwaysBehind).maxAttempts(4).build();
            assertThatThrownBy(() -> engine.handle(StreamId.of("sample.petition", "p"), ANNA, new Draft("x")))
                    .isInstanceOf(ConcurrencyConflictException.class)
                    .hasMessageContaining("sample.petition/p");
        }

        @Test
        void theInMemoryStoreRefusesAStaleExpectedVersion() {
            var spec = spec();
            spec.given(ANNA, new Draft("x"));
            InMemoryEventStore store = new InMemoryEventStore();
            RecordedEvent<?> first = spec.engine().history(spec.stream()).get(0);
            store.append(spec.stream(), 0, List.of(first));
            assertThatThrownBy(() -> store.append(spec.stream(), 0, List.of(first)))
                    .isInstanceOf(ConcurrencyConflictException.class)
                    .satisfies(e -> assertThat(((ConcurrencyConflictException) e).actualVersion()).isEqualTo(1));
        }
    }

    @Nested
    class TimeDrivenTransitions {
        @Test
        void nothingIsDueBeforeTheDeadline() {
            var spec = spec();
            spec.given(ANNA, new Draft("x"), new Open(IN_A_WEEK));
            assertThat(spec.engine().due(spec.stream(), IN_A_WEEK.minusSeconds(1))).isEmpty();
        }

        @Test
        void aPassedDeadlineIsFiredByTheSystemAndAudited() {
            var spec = spec();
            spec.given(ANNA, new Draft("x"), new Open(IN_A_WEEK)).after(Duration.ofDays(8));
            spec.whenDeadlinesPass()
                    .thenEvents(new PetitionEvent.Expired(MONDAY.plus(Duration.ofDays(8))))
                    .thenState(s -> assertThat(s.step()).isEqualTo(PetitionStep.CLOSED));
            RecordedEvent<PetitionEvent> last = spec.engine().history(spec.stream()).get(2);
            assertThat(last.actor()).isEqualTo(Actor.SYSTEM);
            assertThat(spec.engine().fireDue(spec.stream())).isEmpty();
        }

        @Test
        void onlyTheSystemMayFireTheDeadlineCommand() {
            spec().given(ANNA, new Draft("x"), new Open(IN_A_WEEK))
                    .when(OFFICER, new PetitionCommand.Expire())
                    .thenRejected("workflow.role-not-allowed");
        }
    }

    @Test
    void aStreamOfAnotherTypeIsAProgrammingError() {
        var engine = ProcessEngine.builder(Petitions.DEFINITION).clock(MutableClock.startingMonday()).build();
        assertThatThrownBy(() -> engine.handle(StreamId.of("other.thing", "1"), ANNA, new Draft("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other.thing/1");
    }

    @Test
    void theSystemActorHasTheSystemRole() {
        assertThat(Actor.SYSTEM.role()).isEqualTo(Role.SYSTEM);
        assertThat(Actor.SYSTEM.isSystem()).isTrue();
    }
}
