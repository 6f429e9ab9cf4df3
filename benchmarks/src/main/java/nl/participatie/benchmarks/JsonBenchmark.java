package nl.participatie.benchmarks;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.participatie.benchmarks.cycle.CycleEvent;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;

/**
 * JSON of a 1,000-event history: the library ({@link ParticipatieJson}: its modules, registered type ids, strict
 * reading with limits, the recorded-event (de)serialiser) against plain Jackson databind over the same data
 * without the library's module: a mirror record with the same fields and the same event records, type ids by
 * {@code @JsonTypeInfo} name.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Three forks: its rows carry targets of issue 18, judged at the bound of the 99.9 % interval over all forks.
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class JsonBenchmark {

    static final int EVENTS = 1000;

    /**
     * The same information as a recorded event, as plain Jackson would bind it.
     */
    public record PlainRecord(String stream, long sequence, Instant recordedAt, PlainActor actor, String step,
                              CycleEvent event, String previousHash, String hash) {
    }

    /** The actor as plain strings. */
    public record PlainActor(String person, String role) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "@type")
    abstract static class TypeIdMixin {
    }

    private final ParticipatieJson json = ParticipatieJson.defaults();
    private ObjectMapper plain;
    private RecordedEvent<?>[] history;
    private PlainRecord[] plainHistory;
    private String historyJson;
    private String plainJson;

    @Setup
    public void setUp() throws IOException {
        history = Histories.recorded(EVENTS).toArray(new RecordedEvent<?>[0]);
        plain = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addMixIn(CycleEvent.class, TypeIdMixin.class)
                .build();
        for (Class<?> type : CycleEvent.class.getPermittedSubclasses()) {
            plain.registerSubtypes(new NamedType(type, json.typeId(instanceOf(type))));
        }
        plainHistory = new PlainRecord[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            RecordedEvent<?> r = history[i];
            plainHistory[i] = new PlainRecord(r.stream().toString(), r.sequence(), r.recordedAt(),
                    new PlainActor(r.actor().person().value(), r.actor().role().code()), r.step(), (CycleEvent) r.event(),
                    r.previousHash(), r.hash());
        }
        historyJson = json.write(history);
        plainJson = plain.writeValueAsString(plainHistory);
        if (!List.of(json.read(historyJson, RecordedEvent[].class)).equals(List.of(history))
                || !List.of(plain.readValue(plainJson, PlainRecord[].class)).equals(List.of(plainHistory))) {
            throw new IllegalStateException("The JSON does not round-trip");
        }
    }

    private static Object instanceOf(Class<?> type) {
        try {
            return type.getDeclaredConstructor(String.class).newInstance("x");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public String participatieWrite() {
        return json.write(history);
    }

    @Benchmark
    public Object participatieRead() {
        return json.read(historyJson, RecordedEvent[].class);
    }

    @Benchmark
    public String plainJacksonWrite() throws IOException {
        return plain.writeValueAsString(plainHistory);
    }

    @Benchmark
    public Object plainJacksonRead() throws IOException {
        return plain.readValue(plainJson, PlainRecord[].class);
    }
}
