package nl.participatie.core.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import nl.participatie.core.API;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.StreamId;

/**
 * The chain around one process instance (<i>ketenoverzicht</i>): every instance upstream of it (where it came
 * from, and where that came from) and downstream (what became of it), each with its status, and the links between
 * them — as data, as Markdown (Dutch or English) and as a Mermaid flowchart. Built from the store's link index,
 * without scanning events.
 *
 * <pre>{@code
 * ChainView chain = ChainView.of(store, initiative, ChainView.statusFrom(reports, initiatives, budgetRounds));
 * String markdown = chain.toMarkdown(Locale.forLanguageTag("nl"));
 * String mermaid = chain.toMermaid();
 * }</pre>
 *
 * @param start the instance the view is about
 * @param steps every instance in the chain, upstream first, in the order found (breadth first, by stream id)
 * @param links every link between them, in the order found
 */
@API(status = API.Status.EXPERIMENTAL)
public record ChainView(StreamId start, List<Step> steps, List<Link> links) {

    /** Where an instance is relative to the start. */
    public enum Position {
        /** Where the start came from. */
        UPSTREAM,
        /** The instance the view is about. */
        START,
        /** What became of the start. */
        DOWNSTREAM
    }

    /**
     * One instance in the chain.
     *
     * @param stream   the instance
     * @param position where it is relative to the start
     * @param distance how many links away from the start, 0 for the start
     * @param status   its status, e.g. the workflow step it is in
     */
    public record Step(StreamId stream, Position position, int distance, String status) {
    }

    public ChainView {
        Objects.requireNonNull(start, "start");
        steps = List.copyOf(steps);
        links = List.copyOf(links);
    }

    /**
     * The chain around {@code start}: links followed upstream from it and from what is upstream, and downstream
     * likewise.
     *
     * @param status the status of an instance, see {@link #statusFrom}
     */
    public static ChainView of(EventStore store, StreamId start, Function<StreamId, String> status) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(status, "status");
        Set<Link> links = new LinkedHashSet<>();
        List<Step> upstream = walk(store, start, true, links, status);
        List<Step> downstream = walk(store, start, false, links, status);
        List<Step> steps = new ArrayList<>();
        for (int i = upstream.size() - 1; i >= 0; i--) {
            steps.add(upstream.get(i));
        }
        steps.add(new Step(start, Position.START, 0, status.apply(start)));
        steps.addAll(downstream);
        return new ChainView(start, steps, new ArrayList<>(links));
    }

    private static List<Step> walk(EventStore store, StreamId start, boolean up, Set<Link> links, Function<StreamId, String> status) {
        Map<StreamId, Integer> distance = new HashMap<>();
        distance.put(start, 0);
        Deque<StreamId> open = new ArrayDeque<>(List.of(start));
        List<Step> found = new ArrayList<>();
        while (!open.isEmpty()) {
            StreamId at = open.removeFirst();
            List<Link> next = new ArrayList<>(up ? store.linksTo(at) : store.linksFrom(at));
            next.sort(Comparator.comparing((Link l) -> (up ? l.source() : l.target()).toString()).thenComparing(Link::type));
            for (Link link : next) {
                links.add(link);
                StreamId other = up ? link.source() : link.target();
                if (!distance.containsKey(other)) {
                    int d = distance.get(at) + 1;
                    distance.put(other, d);
                    found.add(new Step(other, up ? Position.UPSTREAM : Position.DOWNSTREAM, d, status.apply(other)));
                    open.addLast(other);
                }
            }
        }
        return found;
    }

    /**
     * The status of an instance as the engine of its stream type sees it: the name of the workflow step its state is
     * in; {@code "?"} for a stream type none of the engines runs.
     */
    public static Function<StreamId, String> statusFrom(ProcessEngine<?, ?, ?>... engines) {
        Map<String, ProcessEngine<?, ?, ?>> byType = new LinkedHashMap<>();
        for (ProcessEngine<?, ?, ?> engine : engines) {
            byType.put(engine.definition().streamType(), engine);
        }
        return stream -> {
            ProcessEngine<?, ?, ?> engine = byType.get(stream.type());
            return engine == null ? "?" : step(engine, stream);
        };
    }

    private static <C, E, S> String step(ProcessEngine<C, E, S> engine, StreamId stream) {
        return engine.definition().stepOf(engine.load(stream)).name();
    }

    /** The view as Markdown in the language of the locale (Dutch unless English): a table of steps and of links. */
    public String toMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(locale);
        md.heading(1, md.text("link.view.title", md.escape(start.toString())));
        md.tableHeader(md.text("link.view.position"), md.text("link.view.distance"), md.text("link.view.stream"),
                md.text("link.view.status"));
        for (Step step : steps) {
            md.row(md.text("link.view.position." + step.position().name().toLowerCase(Locale.ROOT)), String.valueOf(step.distance()),
                    md.escape(step.stream().toString()), md.escape(step.status()));
        }
        md.blank();
        md.heading(2, md.text("link.view.links"));
        md.tableHeader(md.text("link.view.from"), md.text("link.view.type"), md.text("link.view.to"), md.text("link.view.recorded-by"));
        for (Link link : links) {
            md.row(md.escape(link.source().toString()), md.text("link.type." + link.type()), md.escape(link.target().toString()),
                    md.escape(link.recordedBy().toString()));
        }
        return md.toString();
    }

    /** The view as a Mermaid flowchart, left to right: one node per instance with its status, one arrow per link. */
    public String toMermaid() {
        Map<StreamId, String> ids = new HashMap<>();
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (Step step : steps) {
            String id = "n" + ids.size();
            ids.put(step.stream(), id);
            out.append("    ").append(id).append("[\"").append(mermaid(step.stream().toString())).append("<br/>")
                    .append(mermaid(step.status())).append("\"]\n");
        }
        for (Link link : links) {
            out.append("    ").append(ids.get(link.source())).append(" -->|").append(link.type()).append("| ")
                    .append(ids.get(link.target())).append('\n');
        }
        out.append("    style ").append(ids.get(start)).append(" stroke-width:3px\n");
        return out.toString();
    }

    private static String mermaid(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }
}
