#!/usr/bin/env python3
"""Turns a JMH JSON result file (-rf json) into a Markdown table for benchmarks/README.md.

Usage: python3 benchmarks/tools/jmh_table.py RESULT.json [--only BenchmarkClass] [--ratio-to NAME ...]

Columns: benchmark (and parameters), score, error (99.9%), unit, allocation per op (gc.alloc.rate.norm, when the
run used -prof gc), and for each --ratio-to row (by method name, or method:param=value) the score of this row
divided by that row's score (only between rows of the same run, same unit and same parameters unless given).
"""
import json
import sys


def name(b):
    method = b["benchmark"].rsplit(".", 1)[1]
    params = b.get("params") or {}
    return method + "".join(f" ({k}={v})" for k, v in params.items())


def alloc(b):
    sec = b.get("secondaryMetrics") or {}
    for key in ("gc.alloc.rate.norm", "\u00b7gc.alloc.rate.norm"):
        if key in sec:
            return sec[key]["score"]
    return None


def cpu(b):
    sec = b.get("secondaryMetrics") or {}
    if "cpu.time.norm" in sec:
        return sec["cpu.time.norm"]["score"]
    return None


def fmt_ns(x, unit):
    """CPU ns/op in the unit of the primary score."""
    if x is None:
        return "n/a"
    div = {"ns/op": 1, "us/op": 1e3, "ms/op": 1e6, "s/op": 1e9}.get(unit)
    return fmt(x / div) + " " + unit if div else fmt(x) + " ns/op"


def fmt(x):
    if x is None:
        return "n/a"
    if x != x:  # NaN
        return "n/a"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:,.1f}"
    if abs(x) >= 1:
        return f"{x:,.2f}"
    return f"{x:,.3f}"


def fmt_bytes(x):
    if x is None:
        return "n/a"
    if x >= 10 * 1024 * 1024:
        return f"{x / 1024 / 1024:,.1f} MB"
    if x >= 10 * 1024:
        return f"{x / 1024:,.1f} KB"
    return f"{x:,.0f} B"


def main(argv):
    path = argv[1]
    ratio_to = []
    only = None
    i = 2
    while i < len(argv):
        if argv[i] == "--only":
            only = argv[i + 1]
            i += 2
        elif argv[i] == "--ratio-to":
            ratio_to.append(argv[i + 1])
            i += 2
        else:
            raise SystemExit("unknown argument " + argv[i])
    rows = json.load(open(path))
    if only:
        rows = [b for b in rows if b["benchmark"].rsplit(".", 2)[1] == only]
    by_name = {name(b): b for b in rows}
    has_cpu = any(cpu(b) is not None for b in rows)
    head = ["benchmark", "score", "error (99.9%)", "unit", "alloc/op"] + (["CPU/op"] if has_cpu else []) \
        + [f"× {r}" for r in ratio_to] + ([f"CPU × {r}" for r in ratio_to] if has_cpu else [])
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for b in rows:
        m = b["primaryMetric"]
        cells = [name(b), fmt(m["score"]), "± " + fmt(m["scoreError"]), m["scoreUnit"], fmt_bytes(alloc(b))]
        if has_cpu:
            cells.append(fmt_ns(cpu(b), m["scoreUnit"]))
        refs = []
        for r in ratio_to:
            ref = by_name.get(r)
            if ref is None:
                # same method as r, same params as this row
                cand = [x for x in rows if x["benchmark"].rsplit(".", 1)[1] == r and x.get("params") == b.get("params")]
                ref = cand[0] if cand else None
            refs.append(ref)
            if ref is None or ref["primaryMetric"]["scoreUnit"] != m["scoreUnit"]:
                cells.append("")
            else:
                cells.append(fmt(m["score"] / ref["primaryMetric"]["score"]) + "×")
        if has_cpu:
            for ref in refs:
                if ref is None or cpu(ref) is None or cpu(b) is None or ref["primaryMetric"]["scoreUnit"] != m["scoreUnit"]:
                    cells.append("")
                else:
                    cells.append(fmt(cpu(b) / cpu(ref)) + "×")
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv)
