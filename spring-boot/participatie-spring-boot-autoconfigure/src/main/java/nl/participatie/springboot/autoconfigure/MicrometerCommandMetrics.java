package nl.participatie.springboot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import nl.participatie.core.API;
import nl.participatie.core.CommandObserver;
import nl.participatie.core.Outcome;
import nl.participatie.core.Violation;
import nl.participatie.core.value.StreamId;

/**
 * The commands the engines handle, as Micrometer meters (<i>meetgegevens</i>). Every meter is tagged with
 * {@code method} (the first part of the stream type, e.g. {@code burgersaanhetstuur}) and {@code process} (the
 * stream type, e.g. {@code burgersaanhetstuur.initiative}):
 * <ul>
 *   <li>{@value #COMMANDS}: a timer per {@code command} (its simple class name) and {@code outcome}
 *   ({@code accepted}, {@code rejected} or {@code failed}): how many were handled and how long they took;</li>
 *   <li>{@value #REJECTIONS}: a counter per rejection {@code code} ({@code constraint.NotBlank},
 *   {@code workflow.step-not-allowed}, ...), counted once per rejected command that has it;</li>
 *   <li>{@value #CONFLICTS}: a counter of the concurrency conflicts the engines retried.</li>
 * </ul>
 * The auto-configuration gives it to every facade it builds; an application that builds a facade of its own passes
 * this bean to the facade's builder ({@code observer(...)}).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class MicrometerCommandMetrics implements CommandObserver {

    /** The timer of handled commands. */
    public static final String COMMANDS = "participatie.commands";
    /** The counter of rejection codes. */
    public static final String REJECTIONS = "participatie.commands.rejections";
    /** The counter of retried conflicts. */
    public static final String CONFLICTS = "participatie.commands.conflicts";

    private final MeterRegistry registry;

    /** Metrics in the given registry. */
    public MicrometerCommandMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void handled(StreamId stream, Object command, Outcome<?, ?> outcome, int conflictsRetried, Duration took) {
        Tags process = process(stream);
        record(process, command, outcome.isAccepted() ? "accepted" : "rejected", conflictsRetried, took);
        Set<String> codes = new LinkedHashSet<>();
        for (Violation v : outcome.violations()) {
            codes.add(v.code());
        }
        for (String code : codes) {
            Counter.builder(REJECTIONS).description("Commands rejected, per rejection code").tags(process)
                    .tag("code", code).register(registry).increment();
        }
    }

    @Override
    public void failed(StreamId stream, Object command, RuntimeException failure, int conflictsRetried, Duration took) {
        record(process(stream), command, "failed", conflictsRetried, took);
    }

    private void record(Tags process, Object command, String outcome, int conflictsRetried, Duration took) {
        Timer.builder(COMMANDS).description("Commands handled by the participatie engines").tags(process)
                .tag("command", command == null ? "none" : command.getClass().getSimpleName()).tag("outcome", outcome)
                .register(registry).record(took);
        if (conflictsRetried > 0) {
            Counter.builder(CONFLICTS).description("Concurrency conflicts retried by the participatie engines")
                    .tags(process).register(registry).increment(conflictsRetried);
        }
    }

    private static Tags process(StreamId stream) {
        if (stream == null) {
            return Tags.of("method", "none", "process", "none");
        }
        String type = stream.type();
        int dot = type.indexOf('.');
        return Tags.of("method", dot < 0 ? type : type.substring(0, dot), "process", type);
    }
}
