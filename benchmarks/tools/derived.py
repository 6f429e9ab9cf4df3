#!/usr/bin/env python3
"""Derived numbers for benchmarks/README.md from the JMH JSON results of one run (arithmetic on measured
scores only): events per second of replay and storage rows, library/plain JSON ratios, verify as a share of raw
SHA-256 throughput. Usage: python3 benchmarks/tools/derived.py benchmarks/results"""
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
    v, raw = find(internals, "verify"), find(internals, "rawSha256")
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


if __name__ == "__main__":
    main(sys.argv[1])
