package nl.participatie.buurtschouw.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.ReportKind;

import nl.participatie.core.API;

/**
 * Finds likely duplicate reports (<i>dubbele meldingen</i>): reports of the same category and kind within a distance
 * (default 25 m) and a time window (default 30 days) of each other. Reports that are near through a chain are one
 * group; the earliest is the original. A civil servant then cancels the others as duplicates of it.
 *
 * <p>Roughly linear: the reports are sorted by time, split per category and kind, sorted into a grid of cells as
 * large as the distance, and each report is compared only with reports in its own and the neighbouring cells within
 * the time window. No hashing per report, a few primitive sorts: a million reports are grouped in well under a
 * second. The distance is the great-circle distance on a sphere of the mean
 * earth radius, the same as {@link nl.participatie.core.value.GeoPoint#distanceMetres}; a pair at exactly the
 * distance is grouped. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DuplicateFinder {

    private static final double EARTH_RADIUS = 6_371_008.8;
    /** Bits for an index or a rank packed below a time or a cell key: up to 2^31 - 1 reports. */
    private static final int INDEX_BITS = 31;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private final double distanceMetres;
    private final Duration window;

    /**
     * A group of likely duplicates.
     *
     * @param original   the earliest report
     * @param duplicates the others, earliest first
     */
    public record DuplicateGroup(ReportSummary original, List<ReportSummary> duplicates) {
        public DuplicateGroup {
            duplicates = List.copyOf(duplicates);
        }
    }

    private DuplicateFinder(double distanceMetres, Duration window) {
        if (!(distanceMetres > 0) || distanceMetres > 10_000) {
            throw new IllegalArgumentException("The distance must be more than 0 and at most 10 km, was " + distanceMetres);
        }
        if (window == null || window.isNegative()) {
            throw new IllegalArgumentException("The time window must not be negative");
        }
        this.distanceMetres = distanceMetres;
        this.window = window;
    }

    /** 25 metres, 30 days. */
    public static DuplicateFinder defaults() {
        return new DuplicateFinder(25, Duration.ofDays(30));
    }

    /** This finder with another distance in metres. */
    public DuplicateFinder withDistance(double metres) {
        return new DuplicateFinder(metres, window);
    }

    /** This finder with another time window. */
    public DuplicateFinder withWindow(Duration value) {
        return new DuplicateFinder(distanceMetres, value);
    }

    /** The distance in metres. */
    public double distanceMetres() {
        return distanceMetres;
    }

    /** The time window. */
    public Duration window() {
        return window;
    }

    /** The groups of likely duplicates among the reports, by the original's filing moment. */
    public List<DuplicateGroup> groups(List<ReportSummary> all) {
        // A report whose location was erased cannot be near another.
        List<ReportSummary> reports = all.stream().filter(ReportSummary::isLocated).toList();
        int n = reports.size();
        if (n < 2) {
            return List.of();
        }
        double[] lat = new double[n];
        double[] lon = new double[n];
        long[] time = new long[n];
        int[] group = new int[n];
        Map<CategoryCode, Integer> categories = new HashMap<>();
        ReportKind[] kinds = ReportKind.values();
        double maxAbsLatitude = 0;
        double minLat = Double.MAX_VALUE;
        double minLon = Double.MAX_VALUE;
        long minTime = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            ReportSummary r = reports.get(i);
            lat[i] = r.latitude();
            lon[i] = r.longitude();
            time[i] = r.filedAt().getEpochSecond();
            Integer c = categories.get(r.category());
            if (c == null) {
                c = categories.size();
                categories.put(r.category(), c);
            }
            group[i] = c * kinds.length + r.kind().ordinal();
            maxAbsLatitude = Math.max(maxAbsLatitude, Math.abs(lat[i]));
            minLat = Math.min(minLat, lat[i]);
            minLon = Math.min(minLon, lon[i]);
            minTime = Math.min(minTime, time[i]);
        }
        // 1. Time order: (time, index) pairs packed in one long and sorted once.
        long[] buffer = new long[n];
        for (int i = 0; i < n; i++) {
            buffer[i] = ((time[i] - minTime) << INDEX_BITS) | i;
        }
        Arrays.sort(buffer);
        // 2. Per category and kind, in time order (a stable counting sort).
        int groups = categories.size() * kinds.length;
        int[] groupStart = new int[groups + 1];
        for (int i = 0; i < n; i++) {
            groupStart[group[i] + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            groupStart[g + 1] += groupStart[g];
        }
        int[] fill = Arrays.copyOf(groupStart, groups);
        int[] byGroup = new int[n];
        for (long p : buffer) {
            int i = (int) (p & INDEX_MASK);
            byGroup[fill[group[i]]++] = i;
        }
        // 3. A local equirectangular grid of cells as large as the distance. At the largest latitude an east-west metre
        // is shortest, so a pair within the distance is never more than one cell apart on either axis.
        double cosine = Math.cos(Math.toRadians(Math.min(89.9, maxAbsLatitude))) * 0.999;
        double cellsPerRadian = EARTH_RADIUS / distanceMetres;
        int[] cx = new int[n];
        int[] cy = new int[n];
        long width = 0;
        long height = 0;
        for (int i = 0; i < n; i++) {
            cx[i] = (int) Math.floor(Math.toRadians(lon[i] - minLon) * cosine * cellsPerRadian) + 1;
            cy[i] = (int) Math.floor(Math.toRadians(lat[i] - minLat) * cellsPerRadian) + 1;
            width = Math.max(width, cx[i] + 2L);
            height = Math.max(height, cy[i] + 2L);
        }
        if (width * height >= (1L << (63 - INDEX_BITS))) {
            throw new IllegalArgumentException("The reports span too large an area for a grid of " + distanceMetres + " m");
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Grid grid = new Grid(n, time, lat, lon, parent, window.getSeconds(), distanceMetres / EARTH_RADIUS);
        for (int g = 0; g < groups; g++) {
            int from = groupStart[g];
            int to = groupStart[g + 1];
            if (to - from < 2) {
                continue;
            }
            // 4. Sort the group by (cell, time): the position within the group is its time rank.
            for (int j = from; j < to; j++) {
                int i = byGroup[j];
                buffer[j] = ((cy[i] * width + cx[i]) << INDEX_BITS) | (j - from);
            }
            Arrays.sort(buffer, from, to);
            grid.link(buffer, from, to, byGroup, width);
        }
        // Time order again, for the groups and their members.
        for (int i = 0; i < n; i++) {
            buffer[i] = ((time[i] - minTime) << INDEX_BITS) | i;
        }
        Arrays.sort(buffer);
        return collect(reports, parent, buffer);
    }

    /** Compares reports in the same and neighbouring cells within the time window, and links the near ones. */
    private static final class Grid {
        private final long[] time;
        private final double[] lat;
        private final double[] lon;
        private final int[] parent;
        private final long windowSeconds;
        private final double maxCentral;
        private final int[] members;
        private final int[] cellStart;
        private final long[] cellKey;

        Grid(int n, long[] time, double[] lat, double[] lon, int[] parent, long windowSeconds, double maxCentral) {
            this.time = time;
            this.lat = lat;
            this.lon = lon;
            this.parent = parent;
            this.windowSeconds = windowSeconds;
            this.maxCentral = maxCentral;
            this.members = new int[n];
            this.cellStart = new int[n + 1];
            this.cellKey = new long[n];
        }

        /** The sorted (cell, rank) entries of one group in {@code buffer[from, to)}. */
        void link(long[] buffer, int from, int to, int[] byGroup, long width) {
            int cells = 0;
            long previous = -1;
            for (int j = from; j < to; j++) {
                long key = buffer[j] >>> INDEX_BITS;
                members[j - from] = byGroup[from + (int) (buffer[j] & INDEX_MASK)];
                if (key != previous) {
                    cellKey[cells] = key;
                    cellStart[cells++] = j - from;
                    previous = key;
                }
            }
            cellStart[cells] = to - from;
            // The four forward neighbours (east, and the three to the north); the others link from their side. Keys
            // grow with the cells, so one pointer per direction sweeps along.
            long[] offsets = {1, width - 1, width, width + 1};
            int[] pointer = new int[4];
            for (int c = 0; c < cells; c++) {
                int a0 = cellStart[c];
                int a1 = cellStart[c + 1];
                for (int a = a0; a < a1; a++) {
                    int i = members[a];
                    for (int b = a + 1; b < a1 && time[members[b]] - time[i] <= windowSeconds; b++) {
                        near(i, members[b]);
                    }
                }
                for (int o = 0; o < 4; o++) {
                    long wanted = cellKey[c] + offsets[o];
                    int d = pointer[o];
                    while (d < cells && cellKey[d] < wanted) {
                        d++;
                    }
                    pointer[o] = d;
                    if (d < cells && cellKey[d] == wanted) {
                        pairCells(a0, a1, cellStart[d], cellStart[d + 1]);
                    }
                }
            }
        }

        private void pairCells(int a0, int a1, int b0, int b1) {
            int low = b0;
            for (int a = a0; a < a1; a++) {
                int i = members[a];
                while (low < b1 && time[members[low]] < time[i] - windowSeconds) {
                    low++;
                }
                for (int b = low; b < b1 && time[members[b]] <= time[i] + windowSeconds; b++) {
                    near(i, members[b]);
                }
            }
        }

        private void near(int i, int j) {
            if (centralAngle(lat[i], lon[i], lat[j], lon[j]) <= maxCentral) {
                int a = find(parent, i);
                int b = find(parent, j);
                if (a != b) {
                    if (a < b) {
                        parent[b] = a;
                    } else {
                        parent[a] = b;
                    }
                }
            }
        }
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    /** The haversine central angle in radians, as GeoPoint.distanceMetres computes it before multiplying by the radius. */
    private static double centralAngle(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2) + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static List<DuplicateGroup> collect(List<ReportSummary> reports, int[] parent, long[] timeOrder) {
        int n = parent.length;
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            size[find(parent, i)]++;
        }
        Map<Integer, List<ReportSummary>> groups = new HashMap<>();
        List<Integer> roots = new ArrayList<>();
        for (long p : timeOrder) {
            int i = (int) (p & INDEX_MASK);
            int root = parent[i];
            if (size[root] < 2) {
                continue;
            }
            List<ReportSummary> members = groups.get(root);
            if (members == null) {
                members = new ArrayList<>(size[root]);
                groups.put(root, members);
                roots.add(root);
            }
            members.add(reports.get(i));
        }
        List<DuplicateGroup> out = new ArrayList<>(roots.size());
        for (int root : roots) {
            List<ReportSummary> members = groups.get(root);
            out.add(new DuplicateGroup(members.get(0), members.subList(1, members.size())));
        }
        return out;
    }
}
