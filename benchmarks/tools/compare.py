#!/usr/bin/env python3
"""Compares two JMH JSON result files (-rf json) and prints which rows got slower beyond their error: the start of
a regression check.

Usage: python3 benchmarks/tools/compare.py OLD.json NEW.json [--metric score|cpu|alloc ...] [--all]

A row (benchmark method, mode and parameters) is SLOWER when its new interval lies wholly on the slow side of its old
one: for time per op (avgt, sample, ss) when new score - new error > old score + old error, for throughput (thrpt)
when new score + new error < old score - old error. The error is JMH's 99.9 % confidence interval, so a row only
counts as slower when the two intervals do not overlap; FASTER is the same the other way round. A row whose old or
new error is unknown (one iteration, as in the smoke run) is reported as "no error bar" and never counted.

Metrics: score (the primary score, default), cpu (cpu.time.norm of -prof nl.participatie.benchmarks.CpuTimeProfiler)
and alloc (gc.alloc.rate.norm of -prof gc); both secondary metrics are per operation, lower is better. Give
--metric more than once to check several. By default only the rows that changed beyond their error are listed;
--all lists every row found in both files.

Exit status: 1 when any row of any checked metric is slower, 2 on bad usage, 0 otherwise.
"""
import json
import math
import sys

TIME_UNITS = {"ns/op": 1e-9, "us/op": 1e-6, "ms/op": 1e-3, "s/op": 1.0}
RATE_UNITS = {"ops/ns": 1e9, "ops/us": 1e6, "ops/ms": 1e3, "ops/s": 1.0, "ops/min": 1 / 60.0, "ops/hr": 1 / 3600.0}
SECONDARY = {"cpu": "cpu.time.norm", "alloc": "gc.alloc.rate.norm"}


def key(b):
    params = b.get("params") or {}
    return (b["benchmark"], b.get("mode", ""), tuple(sorted(params.items())))


def label(k):
    benchmark, mode, params = k
    cls, method = benchmark.rsplit(".", 1)
    name = cls.rsplit(".", 1)[-1] + "." + method
    return name + "".join(f" ({p}={v})" for p, v in params) + (f" [{mode}]" if mode else "")


def metric(b, which):
    """(score, error, unit, lower_is_better) of a metric of a row, or None when the row lacks it."""
    if which == "score":
        m = b["primaryMetric"]
        unit = m["scoreUnit"]
        return m["score"], m.get("scoreError"), unit, unit not in RATE_UNITS
    sec = b.get("secondaryMetrics") or {}
    for name in (SECONDARY[which], "\u00b7" + SECONDARY[which]):
        if name in sec:
            m = sec[name]
            return m["score"], m.get("scoreError"), m.get("scoreUnit", ""), True
    return None


def number(x):
    """A JMH number; JMH writes "NaN" as a string when it has no error."""
    try:
        x = float(x)
    except (TypeError, ValueError):
        return math.nan
    return x


def to_base(value, unit):
    """Time units to seconds and rates to ops/s, so that rows whose unit changed between runs still compare."""
    if unit in TIME_UNITS:
        return value * TIME_UNITS[unit]
    if unit in RATE_UNITS:
        return value * RATE_UNITS[unit]
    return value


def fmt(x):
    if x != x:
        return "n/a"
    a = abs(x)
    if a >= 100:
        return f"{x:,.0f}"
    if a >= 10:
        return f"{x:,.1f}"
    if a >= 1:
        return f"{x:,.2f}"
    return f"{x:,.3g}"


def compare(old, new, which):
    """Rows of (label, old text, new text, change, verdict) for one metric; verdict in SLOWER, faster, within error,
    no error bar."""
    out = []
    for k in sorted(set(old) & set(new)):
        a, b = metric(old[k], which), metric(new[k], which)
        if a is None or b is None:
            continue
        s0, e0, u0, lower_better = a
        s1, e1, u1, _ = b
        s0, e0, s1, e1 = number(s0), number(e0), number(s1), number(e1)
        if (u0 in TIME_UNITS) != (u1 in TIME_UNITS) or (u0 in RATE_UNITS) != (u1 in RATE_UNITS):
            out.append((label(k), f"{fmt(s0)} {u0}", f"{fmt(s1)} {u1}", "", "units differ"))
            continue
        b0, be0 = to_base(s0, u0), to_base(e0, u0)
        b1, be1 = to_base(s1, u1), to_base(e1, u1)
        change = (b1 - b0) / b0 if b0 else math.nan
        if math.isnan(be0) or math.isnan(be1):
            verdict = "no error bar"
        elif lower_better and b1 - be1 > b0 + be0 or not lower_better and b1 + be1 < b0 - be0:
            verdict = "SLOWER"
        elif lower_better and b1 + be1 < b0 - be0 or not lower_better and b1 - be1 > b0 + be0:
            verdict = "faster"
        else:
            verdict = "within error"
        out.append((label(k), f"{fmt(s0)} ± {fmt(e0)} {u0}", f"{fmt(s1)} ± {fmt(e1)} {u1}",
                    "n/a" if change != change else f"{change:+.1%}", verdict))
    return out


def load(path):
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    return {key(b): b for b in rows}


def main(argv):
    paths, metrics, show_all = [], [], False
    i = 1
    while i < len(argv):
        if argv[i] == "--metric" and i + 1 < len(argv) and argv[i + 1] in ("score", "cpu", "alloc"):
            metrics.append(argv[i + 1])
            i += 2
        elif argv[i] == "--all":
            show_all = True
            i += 1
        elif argv[i].startswith("--"):
            print(__doc__, file=sys.stderr)
            return 2
        else:
            paths.append(argv[i])
            i += 1
    if len(paths) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    old, new = load(paths[0]), load(paths[1])
    slower = 0
    for which in metrics or ["score"]:
        rows = compare(old, new, which)
        listed = rows if show_all else [r for r in rows if r[4] in ("SLOWER", "faster")]
        print(f"## {which}: {paths[0]} -> {paths[1]}\n")
        if listed:
            print("| row | old | new | change | verdict |")
            print("|---|---|---|---|---|")
            for r in listed:
                print("| " + " | ".join(r) + " |")
        n_slow = sum(1 for r in rows if r[4] == "SLOWER")
        n_fast = sum(1 for r in rows if r[4] == "faster")
        n_unknown = sum(1 for r in rows if r[4] in ("no error bar", "units differ"))
        print(f"\n{len(rows)} rows in both files: {n_slow} slower beyond their error, {n_fast} faster, "
              f"{len(rows) - n_slow - n_fast - n_unknown} within error, {n_unknown} without an error bar.\n")
        slower += n_slow
    only_old = sorted(set(old) - set(new))
    only_new = sorted(set(new) - set(old))
    if only_old:
        print("Only in the old file: " + ", ".join(label(k) for k in only_old))
    if only_new:
        print("Only in the new file: " + ", ".join(label(k) for k in only_new))
    return 1 if slower else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
