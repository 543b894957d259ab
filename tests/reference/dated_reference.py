"""Independent reference for the dated views: "as of" comparison pages, history pages, the inference
page as of a date. Reads the RAW rows (fixtures/real), not the ingested files; the row selection is
written from the rules below, the curve math is matched_reference's (frontier, Steffen, compute()).

Usage: python3 tests/reference/dated_reference.py          (rewrites tests/reference/dated-pinned.json)
       python3 tests/reference/dated_reference.py --print  (prints the same JSON, writes nothing)
       then: npx prettier --write tests/reference/dated-pinned.json

Rules
- Configuration line of a row: model, hardware, framework, precision, spec_method, isl, osl, disagg,
  prefill_/decode_ tp, ep, dp_attention, num_workers, offload_mode (absent: None), benchmark_type
  (absent: "single_turn"). Blog CSV rows have no GPU layout: disagg False, every layout field None.
- Records: the rows of FILES in that order. Two rows are the same measurement when line, conc and
  the bits of metrics.tput_per_gpu and metrics.median_intvty agree; the first in file order is kept
  (the real files hold exactly 600 such copies). A run = the records of one line on one date.
- Latest view: dsr1 = the newest capture (latest_2026-06-14) reduced to each line's latest date;
  dsv4 (no capture) = each line's latest date over its records. The dsr1 latest view must give
  exactly pinned-views.json (pages and index): asserted.
- As of D: per line, the records of the line's newest date on or before D (over all records);
  lines with no run on or before D are absent. Comparison side as of D (A = MTP, B = Off, engines
  pooled) = as-of records of that hardware/precision/sequence/spec, then pin_views' band, default
  targets and cells; default sequence as pin_views (8k1k when paired, else most points).
- History of a setup (model, hardware, precision, engine, spec, sequence): per run date, the frontier
  of all the setup's records dated exactly that day. Trend at a target: Steffen tok/s/GPU on that
  day's frontier (None outside its range), change vs the first date reaching the target,
  (value / first - 1) * 100. From/to: a comparison with A = first date's records, B = last date's.
"""
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import matched_reference as ref  # noqa: E402
import pin_views as pv  # noqa: E402

REAL = HERE.parents[1] / "fixtures/real"
OUT = HERE / "dated-pinned.json"
FILES = [
    "inferencex_dsr1_latest_2026-06-14.json",
    "inferencex_dsr1_latest_2026-05-05.json",
    "inferencex_dsr1_history_2026-06-14.json",
    "dsv4pro_mi355x_sglang_8k1k_blog_points.csv",
]
LAYOUT = ["prefill_tp", "prefill_ep", "prefill_dp_attention", "prefill_num_workers",
          "decode_tp", "decode_ep", "decode_dp_attention", "decode_num_workers"]
SEQ_NAME = {v: k for k, v in pv.SEQUENCES.items()}
SPECS = {"A": "mtp", "B": "none"}

# As-of comparison pages: (path, hardware, precision, sequence or None for the default, date).
AS_OF_PAGES = [
    ("/spec-decode/dsr1/mi355x/fp4?date=2026-02-01", "mi355x", "fp4", None, "2026-02-01"),
    ("/spec-decode/dsr1/b200/fp4?seq=1k1k&date=2026-01-15", "b200", "fp4", "1k1k", "2026-01-15"),
    ("/spec-decode/dsr1/h200/fp8?date=2025-12-31", "h200", "fp8", None, "2025-12-31"),
    ("/spec-decode/dsr1/mi355x/fp8?date=2026-05-01", "mi355x", "fp8", None, "2026-05-01"),
]
# History pages: (path, model, hardware, precision, engine, spec, sequence, trend targets or None).
HISTORY_PAGES = [
    ("/history/dsv4/mi355x/fp4?engine=sglang&spec=none", "dsv4", "mi355x", "fp4", "sglang", "none", "8k1k",
     [8, 10, 12, 15, 17, 20, 25, 30, 40, 50]),
    ("/history/dsr1/b200/fp4?engine=sglang&spec=none&seq=8k1k", "dsr1", "b200", "fp4", "sglang", "none", "8k1k", None),
    ("/history/dsr1/mi355x/fp4?engine=sglang&spec=none&seq=8k1k", "dsr1", "mi355x", "fp4", "sglang", "none", "8k1k",
     None),
]
INFERENCE_PAGE = ("/inference?seq=8k1k&prec=fp4&date=2026-02-01", "dsr1", "8k1k", "fp4", "2026-02-01")


def blog_row(c):
    return {"date": c["date"], "model": c["model"], "hardware": c["hardware"], "framework": c["framework"],
            "precision": c["precision"], "spec_method": c["spec_method"], "isl": int(c["isl"]),
            "osl": int(c["osl"]), "conc": int(c["conc"]), "disagg": False, **{k: None for k in LAYOUT},
            "metrics": {"tput_per_gpu": float(c["tput_per_gpu"]), "median_intvty": float(c["median_intvty"])}}


def read(name):
    text = (REAL / name).read_text()
    return [blog_row(c) for c in csv.DictReader(text.splitlines())] if name.endswith(".csv") else json.loads(text)


def line(r):
    return (r["model"], r["hardware"], r["framework"], r["precision"], r["spec_method"], r["isl"], r["osl"],
            r["disagg"], *(r[k] for k in LAYOUT), r.get("offload_mode"), r.get("benchmark_type", "single_turn"))


def measurement(r):
    m = r["metrics"]
    return line(r) + (r["conc"], float(m["tput_per_gpu"]).hex(), float(m["median_intvty"]).hex())


def load():
    """Rows read per file, duplicate counts by (kept file, dropped file), distinct records in file order."""
    per_file, kept, dups = {}, {}, Counter()
    for name in FILES:
        rows = read(name)
        per_file[name] = len(rows)
        for r in rows:
            key = measurement(r)
            if key in kept:
                dups[(kept[key][0], name)] += 1
            else:
                kept[key] = (name, r)
    assert sum(dups.values()) == 600, dups
    return per_file, dups, [r for _, r in kept.values()]


def newest_per_line(rows, until=None):
    """Per line, the rows of its newest date (on or before `until` when given)."""
    newest = {}
    for r in rows:
        if until is None or r["date"] <= until:
            newest[line(r)] = max(newest.get(line(r), ""), r["date"])
    return [r for r in rows if newest.get(line(r)) == r["date"]]


def seq_of(r):
    return SEQ_NAME.get((r["isl"], r["osl"]), f"{r['isl']}/{r['osl']}")


def of_page(rows, hardware, precision, seq):
    return [r for r in rows if r["hardware"] == hardware and r["precision"] == precision and seq_of(r) == seq]


def paired(rows, hardware, precision):
    return [s for s in pv.SEQUENCE_ORDER
            if {"mtp", "none"} <= {r["spec_method"] for r in of_page(rows, hardware, precision, s)}]


def default_sequence(rows, hardware, precision):
    """pin_views' rule on these rows: 8k1k when both specs have points, else the paired one with most
    points; None when no sequence has both."""
    seqs = paired(rows, hardware, precision)
    if "8k1k" in seqs or not seqs:
        return "8k1k" if seqs else None
    return max(seqs, key=lambda s: (len(of_page(rows, hardware, precision, s)), -pv.SEQUENCE_ORDER.index(s)))


def unpaired(rows, hardware, precision, records, date):
    """An as-of page with no MTP-and-Off sequence: points per sequence and side, and the first date
    (over all run dates) from which the page has a pair."""
    counts = {s: {k: sum(r["spec_method"] == m for r in of_page(rows, hardware, precision, s)) for k, m in SPECS.items()}
              for s in pv.SEQUENCE_ORDER}
    later = sorted({r["date"] for r in records if r["date"] > date})
    first = next((d for d in later if paired(newest_per_line(records, d), hardware, precision)), None)
    return {"sequence": None, "paired": [], "pointsBySequence": counts, "pairedFrom": first}


def view(rows, hardware, precision, seq=None, engine=None, tier="costh", targets=None):
    """One comparison page from `rows` (one model): what pin_views pins, plus each side's run dates."""
    seq = seq or default_sequence(rows, hardware, precision)
    isl, osl = pv.SEQUENCES[seq]
    result = ref.compute(hardware, precision, isl, osl, engine=engine, tier=tier, targets=targets, rows=rows)
    result["sequence"] = seq
    result["cells"] = [{"target": r["target"], "A": pv.cells(r["MTP"]), "B": pv.cells(r["Off"])}
                       for r in result["rows"]]
    used = [r for r in of_page(rows, hardware, precision, seq) if engine is None or r["framework"] == engine]
    result["runDates"] = {k: sorted({r["date"] for r in used if r["spec_method"] == s}) for k, s in SPECS.items()}
    return result


def check_latest(latest):
    """The dsr1 latest view reproduces every page and index entry of pinned-views.json; returns the paths."""
    pinned = json.loads((HERE / "pinned-views.json").read_text())
    same = lambda a, b: json.loads(json.dumps(a)) == b  # noqa: E731
    for path, hardware, precision, seq, engine, tier, targets in pv.PAGES:
        mine = view(latest, hardware, precision, seq, engine, tier, targets)
        del mine["runDates"]
        assert same(mine, pinned["pages"][path]), path
    pairs = sorted({(r["hardware"], r["precision"]) for r in latest})
    for hardware, precision in pairs:
        path = f"/spec-decode/dsr1/{hardware}/{precision}"
        if path in pinned["index"]:
            result = view(latest, hardware, precision)
            entry = {k: result[k] for k in ("sequence", "band", "targets", "crossovers")} | pv.headline(result)
            assert same(entry, pinned["index"][path]), path
    assert len(pinned["index"]) == sum(f"/spec-decode/dsr1/{h}/{p}" in pinned["index"] for h, p in pairs)
    return [p[0] for p in pv.PAGES] + sorted(pinned["index"])


def points(rows):
    return [(r["metrics"]["median_intvty"], r["metrics"]["tput_per_gpu"]) for r in rows]


def curve(front):
    return ref.steffen([p[0] for p in front], [p[1] for p in front])


def side_rows(at, gpu, tier="costh"):
    """compute()'s per-target numbers for a list of (target, tput or None)."""
    return [None if t is None else {"tput": t, "usd_per_m": gpu[tier] * 1e6 / (3600 * t),
                                    "tok_per_mw": t * 1000 / gpu["power"]} for t in at]


def history(records, model, hardware, precision, engine, spec, seq, targets):
    """Run dates, per-date frontier, trend at `targets` (None: the from/to table's), the from/to table."""
    rows = [r for r in of_page(records, hardware, precision, seq)
            if r["model"] == model and r["framework"] == engine and r["spec_method"] == spec]
    dates = sorted({r["date"] for r in rows})
    fronts = {d: ref.frontier(points(r for r in rows if r["date"] == d)) for d in dates}
    curves = {d: curve(f) for d, f in fronts.items()}
    first, last = dates[0], dates[-1]
    lo = max(fronts[first][0][0], fronts[last][0][0])
    hi = min(fronts[first][-1][0], fronts[last][-1][0])
    ft_targets = ref.default_targets(lo, hi)
    gpu = ref.SPECS["epochs"][0]["gpus"][hardware]
    ft_rows = [{"target": t, "A": a, "B": b} for t, a, b in zip(
        ft_targets, side_rows([curves[first](t) for t in ft_targets], gpu),
        side_rows([curves[last](t) for t in ft_targets], gpu))]
    trend = []
    for t in ft_targets if targets is None else targets:
        by_date, base = {}, None
        for d in dates:
            v = curves[d](t)
            base = v if base is None else base
            by_date[d] = None if v is None else {"tput": v, "rounded": int(pv.fixed(v, 0)),
                                                 "changePct": (v / base - 1) * 100}
        trend.append({"target": t, "byDate": by_date})
    return {
        "runDates": dates,
        "frontiers": {d: [list(p) for p in f] for d, f in fronts.items()},
        "trend": trend,
        "fromTo": {
            "from": first, "to": last, "band": [lo, hi], "shared": lo <= hi, "targets": ft_targets,
            "rows": ft_rows,
            "cells": [{"target": r["target"], "A": pv.cells(r["A"]), "B": pv.cells(r["B"])} for r in ft_rows],
        },
    }


def blog_check(trend):
    """Our trend cells against the blog's iso-interactivity table, rounded to integers."""
    text = (REAL / "dsv4pro_mi355x_sglang_8k1k_blog_iso_interactivity.csv").read_text()
    ours = {(t["target"], d): c for t in trend for d, c in t["byDate"].items()}
    counts, differing = Counter(), []
    for row in csv.DictReader(text.splitlines()):
        target, date = int(row["target_intvty"]), row["date"]
        published = None if row["blog_tput_per_gpu_interpolated"] == "" else int(row["blog_tput_per_gpu_interpolated"])
        cell = ours[(target, date)]
        kind = "unreachable" if published is None else "numeric"
        counts[kind + "Total"] += 1
        if (cell and cell["rounded"]) == published:
            counts[kind + "Matched"] += 1
        else:
            differing.append({"date": date, "target": target, "published": published,
                              "ours": cell and cell["tput"], "oursRounded": cell and cell["rounded"]})
    assert counts == {"numericTotal": 32, "numericMatched": 21, "unreachableTotal": 8, "unreachableMatched": 8}
    return {**dict(sorted(counts.items())), "differing": differing}


def counts(per_file, dups, records, latest):
    by_model, hist = defaultdict(set), defaultdict(lambda: defaultdict(Counter))
    for r in records:
        by_model[r["model"]].add(r["date"])
        hist[r["model"]][seq_of(r)][r["hardware"]] += 1
    return {
        "recordsRead": per_file,
        "duplicates": {"total": sum(dups.values()),
                       "byFiles": [{"kept": a, "dropped": b, "count": n}
                                   for (a, b), n in sorted(dups.items(), key=lambda d: [FILES.index(f) for f in d[0]])]},
        "distinctRecords": len(records),
        "latestViewPoints": dict(sorted(Counter(r["model"] for r in latest).items())),
        "historyPoints": {m: {s: dict(sorted(h.items())) for s, h in sorted(seqs.items())}
                          for m, seqs in sorted(hist.items())},
        "runDates": {m: {"first": min(d), "last": max(d), "distinct": len(d)} for m, d in sorted(by_model.items())},
    }


def pinned():
    per_file, dups, records = load()
    latest_dsr1 = newest_per_line(read(FILES[0]))
    latest = latest_dsr1 + newest_per_line([r for r in records if r["model"] == "dsv4"])
    checked = check_latest(latest_dsr1)
    dsr1 = [r for r in records if r["model"] == "dsr1"]
    as_of = {}
    for path, hw, prec, seq, date in AS_OF_PAGES:
        rows = newest_per_line(dsr1, date)
        as_of[path] = ({"paired": paired(rows, hw, prec)} | view(rows, hw, prec, seq)
                       if seq or default_sequence(rows, hw, prec) else unpaired(rows, hw, prec, dsr1, date))
    hist = {}
    for path, model, hw, prec, engine, spec, seq, targets in HISTORY_PAGES:
        hist[path] = history(records, model, hw, prec, engine, spec, seq, targets)
        if targets is not None:
            hist[path]["blog"] = blog_check(hist[path]["trend"])
    # The ranking (8k/1k, FP8 and FP4, by GPU, 40 tok/s/user) as of a day: rank_reference's own
    # rules on the as-of rows of DeepSeek-R1.
    rank_day = "2026-02-01"
    saved = list(ref.ROWS)
    ref.ROWS[:] = newest_per_line(dsr1, rank_day)
    try:
        import rank_reference as rr
        rank_s = rr.series()
        as_of_rank = {"/rank?date=" + rank_day: {"date": rank_day, "throughput": rr.rank(rank_s, "throughput", rr.TARGET),
                                                  "cost": rr.rank(rank_s, "cost", rr.TARGET)}}
    finally:
        ref.ROWS[:] = saved
    path, model, seq, prec, date = INFERENCE_PAGE
    series = defaultdict(list)
    for r in newest_per_line(records, date):
        if r["model"] == model and seq_of(r) == seq and r["precision"] == prec:
            series[(r["hardware"], r["framework"], r["spec_method"])].append(r["date"])
    return {
        "_about": "Made by `python3 tests/reference/dated_reference.py && npx prettier --write "
                  "tests/reference/dated-pinned.json` from the raw rows of fixtures/real; do not edit by hand. "
                  "A = MTP, B = Off on comparison pages, A = from date, B = to date on history pages; "
                  "cost and power from set A.",
        "counts": counts(per_file, dups, records, latest),
        "asOf": {
            "pages": as_of,
            "latest": {"/spec-decode/dsr1/mi355x/fp4": view(latest_dsr1, "mi355x", "fp4")},
            "latestEqualsPinnedViews": checked,
        },
        "history": hist,
        "asOfRank": as_of_rank,
        "asOfInference": {path: {"model": model, "date": date, "series": [
            {"hardware": h, "engine": e, "spec": s, "points": len(d), "runDates": sorted(set(d))}
            for (h, e, s), d in sorted(series.items())]}},
    }


if __name__ == "__main__":
    text = json.dumps(pinned(), indent=2, ensure_ascii=False) + "\n"
    if "--print" in sys.argv:
        sys.stdout.write(text)
    else:
        OUT.write_text(text)
