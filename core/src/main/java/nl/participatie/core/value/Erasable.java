package nl.participatie.core.value;

import nl.participatie.core.API;
import nl.participatie.core.internal.Messages;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A piece of personal data inside an event that can be erased (<i>wisbaar gegeven</i>): text a resident wrote,
 * an address, a photo link, an exact location. In the store it is never plain: the event format encrypts it with
 * AES-GCM under a key of its data subject (the person it is about or who wrote it) and a key of its stream, both kept
 * apart from the events ({@link nl.participatie.core.trust.ErasureKeys}). Destroying either key &mdash; erasing the
 * person, or the stream's retention period ending &mdash; makes it unreadable for good, while the audit chain, which
 * covers the ciphertext, still verifies. See {@code core/TRUST.md}.
 *
 * <p>Read it with {@link #value()} or {@link #orElse}: after erasure these give empty or the fallback, never an
 * exception. {@link #toString()} never shows the value.
 *
 * <pre>{@code
 * Erasable<String> description = Erasable.of(reporter, "Losliggende tegel voor nr. 12");
 * String shown = description.orElse("[gewist]");
 * }</pre>
 *
 * @param <T> the value: a string, a {@link GeoPoint}, a {@link Postcode}, a URI, … anything the JSON format writes
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Erasable<T> {

    private final PersonId subject;
    private final T value;
    /** The encrypted form once written or read, so that writing again gives the same bytes the audit chain hashed. */
    private final AtomicReference<Object> sealed;

    private Erasable(PersonId subject, T value, Object sealed) {
        this.subject = subject;
        this.value = value;
        this.sealed = new AtomicReference<>(sealed);
    }

    /**
     * A value about a person, erased when that person is.
     *
     * @param subject the data subject: who wrote it or whom it is about; {@code null} when it is nobody's in
     *                particular (then only the stream's retention erases it)
     * @param value   the value, not null
     */
    public static <T> Erasable<T> of(PersonId subject, T value) {
        InvalidValueException.requireNonNull(value, "value");
        return new Erasable<>(subject, value, null);
    }

    /** The same value as {@link #of}, or {@code null} for a {@code null} value: for optional fields. */
    public static <T> Erasable<T> ofNullable(PersonId subject, T value) {
        return value == null ? null : of(subject, value);
    }

    /** A value that was erased: its key is gone. */
    public static <T> Erasable<T> erased(PersonId subject) {
        return new Erasable<>(subject, null, null);
    }

    /** The data subject, when there is one. */
    public Optional<PersonId> subject() {
        return Optional.ofNullable(subject);
    }

    /** The value; empty once erased. */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** The value, or {@code fallback} once erased (for example the catalogue's word for "erased"). */
    public T orElse(T fallback) {
        return value != null ? value : fallback;
    }

    /**
     * The value as text for people, or the catalogue's word for "erased" in {@code locale} ({@code [gewist]},
     * {@code [erased]}) once it is gone: what every report and export shows. Resident text still needs escaping.
     */
    public String orErased(java.util.Locale locale) {
        return value != null ? value.toString() : erasedText().in(locale);
    }

    /** Whether the value is gone. */
    public boolean isErased() {
        return value == null;
    }

    /** The value changed by {@code f}, for the same subject; erased stays erased. */
    public <R> Erasable<R> map(Function<? super T, ? extends R> f) {
        return value == null ? erased(subject) : of(subject, f.apply(value));
    }

    /**
     * For the library's event format only: the encrypted form this value was written or read as, or {@code null}.
     */
    @API(status = API.Status.INTERNAL)
    public Object sealedForm() {
        return sealed.get();
    }

    /**
     * For the library's event format only: keeps the first encrypted form given and returns the one kept, so that
     * a value written twice (to hash it and to store it) is the same ciphertext both times.
     */
    @API(status = API.Status.INTERNAL)
    public Object keepSealedForm(Object form) {
        sealed.compareAndSet(null, Objects.requireNonNull(form, "form"));
        return sealed.get();
    }

    /** For the library's event format only: a value read from its encrypted form (erased when no key opened it). */
    @API(status = API.Status.INTERNAL)
    public static <T> Erasable<T> opened(PersonId subject, T valueOrNull, Object form) {
        return new Erasable<>(subject, valueOrNull, Objects.requireNonNull(form, "form"));
    }

    /**
     * The words shown in place of an erased value in every report and export of the library: {@code [gewist]} in
     * Dutch, {@code [erased]} in English (catalogue key {@code value.erased}).
     */
    public static LocalizedText erasedText() {
        return Messages.text("value.erased");
    }

    /** Equal when subject and value are equal (two erased values of one subject are equal). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Erasable<?> other && Objects.equals(subject, other.subject) && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, value);
    }

    /** Never the value: {@code Erasable[subject=p-1, erased=false]}. */
    @Override
    public String toString() {
        return "Erasable[subject=" + (subject == null ? "-" : subject.value()) + ", erased=" + isErased() + "]";
    }
}
