package nl.participatie.examples.buurtschouw;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.participatie.core.Notification;
import nl.participatie.core.Outcome;
import nl.participatie.core.Recipient;
import nl.participatie.core.value.DutchTime;

/**
 * What the vendor's system would deliver: every notification an outcome calls for, with its moment, so the walkthrough
 * can show each reporter's feedback timeline.
 */
public final class FeedbackTimeline {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.forLanguageTag("nl"))
            .withZone(DutchTime.ZONE);

    /**
     * One delivered message.
     *
     * @param at           when
     * @param notification what and to whom
     */
    public record Entry(Instant at, Notification notification) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Records the notifications of an accepted outcome. */
    public <E, S> Outcome<E, S> record(Instant at, Outcome<E, S> outcome) {
        if (outcome.isAccepted()) {
            for (Notification n : outcome.orElseThrow().notifications()) {
                entries.add(new Entry(at, n));
            }
        }
        return outcome;
    }

    /** Every entry, in order. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The entries per recipient, in order of first message. */
    public Map<Recipient, List<Entry>> byRecipient() {
        Map<Recipient, List<Entry>> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            out.computeIfAbsent(e.notification().recipient(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** The timeline of one recipient as lines of text, in Dutch. */
    public List<String> lines(Recipient recipient) {
        List<String> out = new ArrayList<>();
        for (Entry e : byRecipient().getOrDefault(recipient, List.of())) {
            out.add(WHEN.format(e.at()) + "  [" + e.notification().code() + "] " + e.notification().message().nl());
        }
        return out;
    }
}
