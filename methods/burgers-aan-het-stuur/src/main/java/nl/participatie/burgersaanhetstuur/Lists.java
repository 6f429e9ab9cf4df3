package nl.participatie.burgersaanhetstuur;

import java.util.List;

/** Immutable list updates for the fold: each returns a new unmodifiable list and leaves the old one as it was. */
final class Lists {

    private Lists() {
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
