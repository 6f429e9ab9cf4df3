package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.PersonId;

/**
 * What every {@link PersonalDataStore} must do, run against the in-memory store, H2 and PostgreSQL. A subclass
 * gives a fresh, empty store per test.
 */
public abstract class PersonalDataStoreContract {

    protected static final PersonId ANNA = PersonId.of("anna-1");
    protected static final PersonId BOB = PersonId.of("bob-2");

    /** A new, empty store. */
    protected abstract PersonalDataStore store();

    protected static PersonalData anna() {
        return PersonalData.of(ANNA, Map.of(
                PersonalData.DISPLAY_NAME, "Anna de Vries-Çelik 🌷",
                PersonalData.EMAIL, "anna@example.nl",
                PersonalData.BIRTH_DATE, "2010-05-17",
                PersonalData.GUARDIAN_CONSENT_DATE, "2026-01-05",
                "note", "quotes \" and \\ and\nnew lines, ' and 中文"));
    }

    @Test
    void nothing_is_held_about_an_unknown_person() {
        PersonalDataStore store = store();
        assertThat(store.get(ANNA)).isEmpty();
        assertThat(store.erase(ANNA)).isFalse();
    }

    @Test
    void gives_back_exactly_what_was_put() {
        PersonalDataStore store = store();
        store.put(anna());
        PersonalData longOne = PersonalData.of(BOB, Map.of(PersonalData.DISPLAY_NAME, "b".repeat(20_000)));
        store.put(longOne);
        assertThat(store.get(ANNA)).contains(anna());
        assertThat(store.get(BOB)).contains(longOne);
    }

    @Test
    void a_put_replaces_everything_held_about_the_person() {
        PersonalDataStore store = store();
        store.put(anna());
        PersonalData fewer = PersonalData.of(ANNA, Map.of(PersonalData.PHONE, "+31 6 12345678"));
        store.put(fewer);
        assertThat(store.get(ANNA)).contains(fewer);
    }

    @Test
    void a_person_may_be_held_without_attributes() {
        PersonalDataStore store = store();
        PersonalData none = PersonalData.of(ANNA, Map.of());
        store.put(none);
        assertThat(store.get(ANNA)).contains(none);
        assertThat(store.erase(ANNA)).isTrue();
        assertThat(store.get(ANNA)).isEmpty();
    }

    @Test
    void erasing_deletes_the_person_and_nobody_else() {
        PersonalDataStore store = store();
        store.put(anna());
        PersonalData bob = PersonalData.of(BOB, Map.of(PersonalData.DISPLAY_NAME, "Bob"));
        store.put(bob);
        assertThat(store.erase(ANNA)).isTrue();
        assertThat(store.get(ANNA)).isEmpty();
        assertThat(store.erase(ANNA)).isFalse();
        assertThat(store.get(BOB)).contains(bob);
    }

    @Test
    void of_concurrent_puts_for_one_person_one_wins_whole() throws Exception {
        PersonalDataStore store = store();
        int threads = 4;
        List<PersonalData> versions = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            versions.add(PersonalData.of(ANNA, Map.of("a" + t, "value " + t, "b" + t, "other " + t, "shared", "from " + t)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 10; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (PersonalData version : versions) {
                    done.add(pool.submit(() -> {
                        start.await();
                        store.put(version);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get(30, TimeUnit.SECONDS);
                }
                assertThat(versions).contains(store.get(ANNA).orElseThrow());
                store.erase(ANNA);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
