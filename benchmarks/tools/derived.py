#!/usr/bin/env python3
"""Derived numbers for benchmarks/README.md from the JMH JSON results of one run (arithmetic on measured
scores only): events per second of replay and storage rows, library/plain JSON ratios, verify as a share of raw
SHA-256 throughput, and the verdicts of the targets of issue 18 at the bounds of their 99.9 % intervals.
Usage: python3 benchmarks/tools/derived.py benchmarks/results"""
import json
import os
import sys

TO_SECONDS = {"ns/op": 1e-9, "us/op": 1e-6, "ms/op": 1e-3, "s/op": 1.0}


def load(folder, name):
    path = os.path.join(folder, name + ".json")
    return json.load(open(path)) if os.path.exists(path) else []


def seconds(b):
    m = b["primaryMetric"]
    return m["score"] * TO_SECONDS[m["scoreUnit"]]


def cpu_seconds(b):
    sec = b.get("secondaryMetrics") or {}
    return sec["cpu.time.norm"]["score"] * 1e-9 if "cpu.time.norm" in sec else None


def interval(b, which):
    """(low, point, high) in seconds per op of the wall-clock score ("wall") or of CPU/op ("cpu"): JMH's 99.9 %
    confidence interval, score -/+ error. None when the row lacks the metric or its error (one iteration)."""
    if b is None:
        return None
    if which == "wall":
        m = b["primaryMetric"]
        scale = TO_SECONDS[m["scoreUnit"]]
    else:
        m = (b.get("secondaryMetrics") or {}).get("cpu.time.norm")
        scale = 1e-9
        if m is None:
            return None
    score, error = score_and_error(m)
    if error is None:
        return None
    return (score - error) * scale, score * scale, (score + error) * scale


def score_and_error(m):
    """A metric's score and error; the error is None when the row has none (one iteration)."""
    try:
        score, error = float(m["score"]), float(m["scoreError"])
    except (TypeError, ValueError, KeyError):
        return None, None
    return score, (None if error != error else error)


def find(rows, method, **params):
    for b in rows:
        if b["benchmark"].endswith("." + method) and all(str((b.get("params") or {}).get(k)) == str(v) for k, v in params.items()):
            return b
    return None


def rate(n, s):
    return f"{n / s:,.0f}" if s else "n/a"


def main(folder):
    internals = load(folder, "internals")
    print("### Replay (events/s = events / time per op)\n")
    print("| events | fold: events/s (wall) | fold: events/s (CPU) | engine load: events/s (wall) | engine load: events/s (CPU) |")
    print("|---|---|---|---|---|")
    for n in (10, 1000, 100000):
        f, l = find(internals, "fold", events=n), find(internals, "load", events=n)
        if f and l:
            print(f"| {n:,} | {rate(n, seconds(f))} | {rate(n, cpu_seconds(f))} | {rate(n, seconds(l))} | {rate(n, cpu_seconds(l))} |")
    print()
    pw, pr = find(internals, "participatieWrite"), find(internals, "participatieRead")
    jw, jr = find(internals, "plainJacksonWrite"), find(internals, "plainJacksonRead")
    if pw and pr and jw and jr:
        print("### JSON, library ÷ plain Jackson (target ≤ 1.5×)\n")
        print("| | wall | CPU |")
        print("|---|---|---|")
        print(f"| write | {seconds(pw) / seconds(jw):.2f}× | {cpu_seconds(pw) / cpu_seconds(jw):.2f}× |")
        print(f"| read | {seconds(pr) / seconds(jr):.2f}× | {cpu_seconds(pr) / cpu_seconds(jr):.2f}× |")
        ws, wc = seconds(pw) + seconds(pr), cpu_seconds(pw) + cpu_seconds(pr)
        ps, pc = seconds(jw) + seconds(jr), cpu_seconds(jw) + cpu_seconds(jr)
        print(f"| write + read | {ws / ps:.2f}× | {wc / pc:.2f}× |")
        print()
    chain = load(folder, "verify") or internals
    v, raw = find(chain, "verify"), find(chain, "rawSha256")
    if v and raw:
        print("### Hash chain, verify throughput as a share of raw SHA-256 (target ≥ 50%)\n")
        print(f"- wall: {seconds(raw) / seconds(v):.0%} ({rate(100000, seconds(v))} entries/s verified, "
              f"{rate(100000, seconds(raw))} digests/s raw)")
        print(f"- CPU: {cpu_seconds(raw) / cpu_seconds(v):.0%} ({rate(100000, cpu_seconds(v))} entries/s verified, "
              f"{rate(100000, cpu_seconds(raw))} digests/s raw)")
        print()
    storage = load(folder, "storage")
    if storage:
        print("### Storage, events/s (= events per op / time per op)\n")
        print("| database | append 1/tx (wall) | (CPU) | append 10/tx (wall) | (CPU) | append 100/tx (wall) | (CPU) | read 1,000 (wall) | (CPU) |")
        print("|---|---|---|---|---|---|---|---|---|")
        for db in ("h2-mem", "h2-file", "postgres"):
            cells = []
            for batch in (1, 10, 100):
                b = find(storage, "append", database=db, batch=batch)
                cells += [rate(batch, seconds(b)), rate(batch, cpu_seconds(b))] if b else ["n/a", "n/a"]
            r = find(storage, "read1000", database=db)
            cells += [rate(1000, seconds(r)), rate(1000, cpu_seconds(r))] if r else ["n/a", "n/a"]
            if any(c != "n/a" for c in cells):
                print(f"| {db} | " + " | ".join(cells) + " |")
        print("\nCPU here is the benchmark process only: for PostgreSQL the server's own work runs in other processes.")

    verdicts(folder)


def ratio(slow, fast, which):
    """slow / fast at the point and at the bound least in favour of the target (slow's low end / fast's high end)."""
    a, b = interval(slow, which), interval(fast, which)
    if a is None or b is None or a[0] <= 0:
        return None
    return a[1] / b[1], a[0] / b[2]


def verdict(wall_ok, cpu_ok):
    if wall_ok and cpu_ok:
        return "**met** (wall and CPU bounds)"
    if wall_ok:
        return "**met on the wall-clock bound only**"
    if cpu_ok:
        return "**met on the CPU bound only**"
    if wall_ok is None and cpu_ok is None:
        return "not measured"
    return "**missed**"


def cell(pair, fmt):
    return "n/a" if pair is None else f"{fmt(pair[0])} (bound {fmt(pair[1])})"


def verdicts(folder):
    """The targets of issue 18. A target is met only at the bound of the 99.9 % interval: a "faster than" ratio at the
    peer's low end over our high end, a "within" ratio or a time limit at our high end. Given for wall clock and for
    CPU/op; the verdict says which of the two bounds meets the target."""
    peers, internals, storage = load(folder, "peers"), load(folder, "internals"), load(folder, "storage")
    rows = []
    times = lambda x: f"{x:.1f}×"

    def at_least(name, slow, fast, target):
        w, c = ratio(slow, fast, "wall"), ratio(slow, fast, "cpu")
        rows.append((name, cell(w, times), cell(c, times),
                     verdict(w and w[1] >= target, c and c[1] >= target) if (w or c) else "not measured"))

    def at_most_ratio(name, ours, theirs, target):
        w, c = ratio(theirs, ours, "wall"), ratio(theirs, ours, "cpu")
        # ours / theirs at its worst: our high end over their low end.
        w = (1 / w[0], 1 / w[1]) if w else None
        c = (1 / c[0], 1 / c[1]) if c else None
        rows.append((name, cell(w, lambda x: f"{x:.2f}×"), cell(c, lambda x: f"{x:.2f}×"),
                     verdict(w and w[1] <= target, c and c[1] <= target) if (w or c) else "not measured"))

    def at_most_time(name, row, limit_seconds):
        w, c = interval(row, "wall"), interval(row, "cpu")
        us = lambda x: f"{x * 1e6:.1f} µs"
        rows.append((name, cell(w and (w[1], w[2]), us), cell(c and (c[1], c[2]), us),
                     verdict(w and w[2] <= limit_seconds, c and c[2] <= limit_seconds) if (w or c) else "not measured"))

    # results/verify.json (run-all.sh verify), when there, is a newer run of the hash chain rows than internals.json.
    chain = load(folder, "verify") or internals
    raw, v = find(chain, "rawSha256"), find(chain, "verify")
    # verify's throughput as a share of raw SHA-256's = raw time / verify time; at its worst raw's low end / verify's high.
    w, c = ratio(raw, v, "wall"), ratio(raw, v, "cpu")
    pct = lambda x: f"{x:.0%}"
    rows.append(("1. verify ≥ 50 % of raw SHA-256 throughput", cell(w, pct), cell(c, pct),
                 verdict(w and w[1] >= 0.5, c and c[1] >= 0.5) if (w or c) else "not measured"))
    facade = find(peers, "participatieFacadeInMemory")
    at_most_time("2. facade in memory ≤ 15 µs per 8-command run", facade, 15e-6)
    at_least("2. … ≥ 40× faster than Spring Statemachine", find(peers, "springStatemachine"), facade, 40)
    facade_h2 = find(peers, "participatieFacadeH2")
    at_least("3. facade on H2 ≥ 100× faster than Flowable", find(peers, "flowableH2"), facade_h2, 100)
    at_least("3. facade on H2 ≥ 70× faster than Camunda 7", find(peers, "camundaH2"), facade_h2, 70)
    at_most_ratio("4. JSON read of 1,000 events ≤ 1.5× plain Jackson", find(internals, "participatieRead"),
                  find(internals, "plainJacksonRead"), 1.5)
    print("### Targets of issue 18 at the bounds of the 99.9 % intervals\n")
    print("| target | wall: point (bound) | CPU: point (bound) | verdict |")
    print("|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    postgres_verdicts(folder)


def per_second(b, events):
    """(point, bound) events per second of a row: a throughput row (ops/s) times the events per op, at the low end of
    its interval; a time-per-op row (one op = the events), at the high end of its time. None without an error bar."""
    if b is None:
        return None
    m = b["primaryMetric"]
    score, error = score_and_error(m)
    if error is None:
        return None
    if m["scoreUnit"].endswith("/s"):
        return score * events, (score - error) * events
    scale = TO_SECONDS[m["scoreUnit"]]
    return events / (score * scale), events / ((score + error) * scale)


def postgres_verdicts(folder):
    """Target 5 of issue 18, from results/postgres.json (run-all.sh postgres): wall clock only, as CPU/op counts the
    benchmark process and not the PostgreSQL server's."""
    pg = load(folder, "postgres")
    if not pg:
        return
    rows = []
    events = lambda x: f"{x:,.0f} events/s"

    def at_least(name, pair, target):
        rows.append((name, cell(pair, events), ("**met**" if pair[1] >= target else "**missed**") if pair else "not measured"))

    at_least("5. 8 writers on different streams, 1 event per append: ≥ 10,000 events/s",
             per_second(find(pg, "ConcurrentAppendBenchmark.append", database="postgres", batch=1), 1), 10_000)
    eight = per_second(find(pg, "ConcurrentAppendBenchmark.append", database="postgres", batch=100), 100)
    one = per_second(next((b for b in pg if b["benchmark"].endswith("StorageBenchmark.append")
                           and (b.get("params") or {}).get("batch") == "100"
                           and (b.get("params") or {}).get("database") == "postgres"), None), 100)
    at_least("5. batches of 100, 8 writers: ≥ 50,000 events/s", eight, 50_000)
    at_least("5. batches of 100, 1 writer: ≥ 50,000 events/s", one, 50_000)
    at_least("5. feed read of 1,000,000 events: ≥ 200,000 events/s",
             per_second(find(pg, "readAll", database="postgres", events=1000000), 1_000_000), 200_000)
    print("\n### Target 5 of issue 18 (PostgreSQL) at the bounds of the 99.9 % intervals, wall clock\n")
    print("| target | point (bound) | verdict |")
    print("|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main(sys.argv[1])
