"""Independent reference for the ranking page: every GPU at one matched interactivity.

Written separately from src/features/rank (different language, no shared code; the frontier
and Steffen spline are those of matched_reference.py). Reads the raw upstream rows.
Usage: python3 tests/reference/rank_reference.py          (rewrites tests/reference/rank-pinned.json)
       python3 tests/reference/rank_reference.py --print  (prints the same JSON, writes nothing)

A series is one hardware x framework x spec method x precision of the raw rows; its value at a
target comes from its own frontier and spline (None outside its frontier's range). A GPU's value
is the best among its series that reach the target (most tok/s/GPU; least $/M tokens, cost =
price x 1e6 / (3600 x tok/s/GPU), price of set A, "costh" tier); GPUs none of whose series reach
it are out of range. Ranks are shared by values equal within 1e-9 relative. The leader across
interactivity (throughput) is found on a dense grid of the GPUs' union range and every change
bisected to neighbouring floats.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import matched_reference as ref  # noqa: E402

OUT = Path(__file__).resolve().parent / "rank-pinned.json"
ISL, OSL, PRECISIONS, TIER = 8192, 1024, ("fp8", "fp4"), "costh"
TARGET = 40


def series():
    groups = {}
    for r in ref.ROWS:
        if r["isl"] != ISL or r["osl"] != OSL or r["precision"] not in PRECISIONS:
            continue
        key = (r["hardware"], r["framework"], r["spec_method"], r["precision"])
        groups.setdefault(key, []).append((r["metrics"]["median_intvty"], r["metrics"]["tput_per_gpu"]))
    out = []
    for key, points in sorted(groups.items()):
        f = ref.frontier(points)
        out.append({"key": key, "lo": f[0][0], "hi": f[-1][0], "at": ref.steffen([p[0] for p in f], [p[1] for p in f])})
    return out


def price(hardware):
    return ref.SPECS["epochs"][0]["gpus"][hardware][TIER]


def value(s, metric, x):
    tput = s["at"](x)
    if tput is None:
        return None
    return tput if metric == "throughput" else price(s["key"][0]) * 1e6 / (3600 * tput)


def better(a, b, metric):
    return a > b if metric == "throughput" else a < b


def tied(a, b):
    return abs(a - b) <= 1e-9 * (abs(a) + abs(b))


def row_at(all_series, hardware, metric, x):
    best = None
    for s in all_series:
        if s["key"][0] != hardware:
            continue
        v = value(s, metric, x)
        if v is not None and (best is None or (not tied(v, best[0]) and better(v, best[0], metric))):
            best = (v, s)
    return best


def rank(all_series, metric, target):
    hardware = sorted({s["key"][0] for s in all_series})
    rows = []
    for hw in hardware:
        own = [s for s in all_series if s["key"][0] == hw]
        best = row_at(all_series, hw, metric, target)
        rows.append({
            "hardware": hw,
            "in_range": best is not None,
            "value": None if best is None else best[0],
            "series": None if best is None else dict(zip(("hardware", "engine", "specMethod", "precision"), best[1]["key"])),
            "reach": [min(s["lo"] for s in own), max(s["hi"] for s in own)],
        })
    ranked = [r for r in rows if r["in_range"]]
    sign = -1 if metric == "throughput" else 1
    ranked.sort(key=lambda r: sign * r["value"])
    for i, r in enumerate(ranked):
        r["rank"] = ranked[i - 1]["rank"] if i > 0 and tied(ranked[i - 1]["value"], r["value"]) else i + 1
    for r in rows:
        r.setdefault("rank", None)
    return {"target": target, "metric": metric, "rows": ranked + [r for r in rows if not r["in_range"]]}


def leader_changes(all_series, metric, steps=20000):
    """Where the leading GPU changes over the union range: (x, GPU below, GPU above)."""
    hardware = sorted({s["key"][0] for s in all_series})
    lo, hi = min(s["lo"] for s in all_series), max(s["hi"] for s in all_series)

    def lead(x):
        best = None
        for hw in hardware:
            r = row_at(all_series, hw, metric, x)
            if r is not None and (best is None or better(r[0], best[0], metric)):
                best = (r[0], hw)
        return None if best is None else best[1]

    xs = [lo + (hi - lo) * k / steps for k in range(steps)] + [hi]
    changes, prev = [], (xs[0], lead(xs[0]))
    for x in xs[1:]:
        who = lead(x)
        if who != prev[1]:
            a, b = prev[0], x
            while True:
                m = a + (b - a) / 2
                if m <= a or m >= b:
                    break
                if lead(m) == prev[1]:
                    a = m
                else:
                    b = m
            changes.append({"x": a + (b - a) / 2, "below": prev[1], "above": lead(b)})
        prev = (x, who)
    return changes


def pinned():
    s = series()
    return {
        "_about": "Made by `python3 tests/reference/rank_reference.py && npx prettier --write tests/reference/rank-pinned.json`; "
                  "do not edit by hand. DeepSeek-R1 8k/1k, FP8 and FP4, grouped by GPU; cost from set A, costh tier.",
        "throughput": rank(s, "throughput", TARGET),
        "cost": rank(s, "cost", TARGET),
        "leaderThroughput": leader_changes(s, "throughput"),
    }


if __name__ == "__main__":
    text = json.dumps(pinned(), indent=2, ensure_ascii=False) + "\n"
    if "--print" in sys.argv:
        sys.stdout.write(text)
    else:
        OUT.write_text(text)
