package nl.participatie.burgersaanhetstuur;

import java.util.List;

/** Immutable list updates for the fold: each returns a new unmodifiable list and leaves the old one as it was. */
final class Lists {

    private Lists() {
    }

    private static final Class<?> ONE_OR_TWO = List.of(1).getClass();
    private static final Class<?> MORE = List.of().getClass();

    /**
     * The list itself when it is one of the JDK's immutable lists, else an immutable copy: {@link List#copyOf} for the
     * state records, which the engine builds again for every event of every command. {@code List.copyOf} does the same
     * check, but its type profile is shared by the whole JVM; once other code has passed it other lists it is several
     * times slower, and the fold spent most of its time there. Unlike {@code List.copyOf} this keeps a list from
     * {@code Stream.toList()} that holds {@code null}; the fold never makes one.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> immutable(List<? extends T> list) {
        Class<?> type = list.getClass();
        return type == ONE_OR_TWO || type == MORE ? (List<T>) list : List.copyOf(list);
    }

    /** The list with the item appended. */
    @SuppressWarnings("unchecked")
    static <T> List<T> plus(List<T> list, T item) {
        Object[] items = list.toArray(new Object[list.size() + 1]);
        items[list.size()] = item;
        return (List<T>) List.of(items);
    }

    /** The list with the items appended. */
    @SuppressWarnings("unchecked")
    static <T> List<T> plusAll(List<T> list, List<? extends T> more) {
        if (more.isEmpty()) {
            return list;
        }
        Object[] items = list.toArray(new Object[list.size() + more.size()]);
        for (int i = 0; i < more.size(); i++) {
            items[list.size() + i] = more.get(i);
        }
        return (List<T>) List.of(items);
    }

    /** The list with the item at the index replaced. */
    @SuppressWarnings("unchecked")
    static <T> List<T> with(List<T> list, int index, T item) {
        Object[] items = list.toArray();
        items[index] = item;
        return (List<T>) List.of(items);
    }

    /** The list without the item; the same list when it does not hold it. */
    @SuppressWarnings("unchecked")
    static <T> List<T> minus(List<T> list, T item) {
        int at = list.indexOf(item);
        if (at < 0) {
            return list;
        }
        Object[] items = new Object[list.size() - 1];
        for (int i = 0, j = 0; i < list.size(); i++) {
            if (i != at) {
                items[j++] = list.get(i);
            }
        }
        return (List<T>) List.of(items);
    }
}
