"""Independent reference for the matched-interactivity numbers on one comparison page.

Written separately from src/math (different language, no shared code) so the TypeScript
engine can be checked against it. Reads the raw upstream rows, not the ingested files.
Usage: python3 tests/reference/matched_reference.py HARDWARE PRECISION ISL OSL
Prints the band, default targets, and per target the throughput, cost and tok/s/MW of
each side (MTP = spec_method "mtp", Off = "none"), all engines pooled.

Usage: python3 tests/reference/matched_reference.py crossovers PRECISION ISL OSL HW_A ENGINE_A SPEC_A HW_B ENGINE_B SPEC_B
(ENGINE "all" pools every engine.) Prints where the throughput curves of A and B cross in
their band, and where their cost curves cross (cost set A, "costh" tier): cost A < cost B
exactly where tput_A / price_A > tput_B / price_B. Roots come from a dense scan of the band
(20 000 steps) and bisection until the bracket is two neighbouring floats.

`compute()` does the same for one engine, tier or set of targets, and adds the crossovers;
tests/reference/pin_views.py pins its results for the app tests.
"""
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROWS = json.loads((ROOT / "fixtures/real/inferencex_dsr1_latest_2026-06-14.json").read_text())
SPECS = json.loads((ROOT / "fixtures/real/gpu-specs.json").read_text())


def frontier(points):
    """Upper-left Pareto set: sort by interactivity descending, keep strictly rising throughput."""
    best = {}
    for x, y in points:
        best[x] = max(best.get(x, -math.inf), y)
    kept, top = [], -math.inf
    for x in sorted(best, reverse=True):
        if best[x] > top:
            kept.append((x, best[x]))
            top = best[x]
    return sorted(kept)


def steffen(xs, ys):
    n = len(xs)
    if n == 1:
        return lambda x: ys[0] if x == xs[0] else None
    h = [xs[i + 1] - xs[i] for i in range(n - 1)]
    s = [(ys[i + 1] - ys[i]) / h[i] for i in range(n - 1)]
    t = [0.0] * n
    for i in range(1, n - 1):
        p = (s[i - 1] * h[i] + s[i] * h[i - 1]) / (h[i - 1] + h[i])
        sign = (1 if s[i - 1] > 0 else -1 if s[i - 1] < 0 else 0) + (1 if s[i] > 0 else -1 if s[i] < 0 else 0)
        t[i] = sign * min(abs(s[i - 1]), abs(s[i]), 0.5 * abs(p))
    if n > 2:
        t[0] = (3 * s[0] - t[1]) / 2
        t[-1] = (3 * s[-1] - t[-2]) / 2
    else:
        t[0] = t[-1] = s[0]

    def at(x):
        if x < xs[0] or x > xs[-1]:
            return None
        i = max(k for k in range(n - 1) if xs[k] <= x) if x < xs[-1] else n - 2
        u = (x - xs[i]) / h[i]
        h00, h10 = 2 * u**3 - 3 * u**2 + 1, u**3 - 2 * u**2 + u
        h01, h11 = -2 * u**3 + 3 * u**2, u**3 - u**2
        return h00 * ys[i] + h10 * h[i] * t[i] + h01 * ys[i + 1] + h11 * h[i] * t[i + 1]

    return at


def default_targets(lo, hi):
    """lo + (hi - lo) * q rounded half up for q = 1/4, 1/2, 3/4, each kept inside the whole
    numbers of the band [ceil(lo), floor(hi)], repeats dropped; a band holding no whole number
    gets its midpoint; disjoint ranges (lo > hi) get none."""
    if lo > hi:
        return []
    first, last = math.ceil(lo), math.floor(hi)
    if first > last:
        return [lo + (hi - lo) / 2]
    out = []
    for q in (0.25, 0.5, 0.75):
        t = min(last, max(first, math.floor(lo + (hi - lo) * q + 0.5)))
        if t not in out:
            out.append(t)
    return out


def side_points(hardware, precision, isl, osl, method, engine=None, rows=None):
    """(interactivity, tok/s/GPU) of the raw rows of one side; `engine` None pools every framework;
    `rows` None reads ROWS (the latest capture)."""
    return [
        (r["metrics"]["median_intvty"], r["metrics"]["tput_per_gpu"])
        for r in (ROWS if rows is None else rows)
        if r["hardware"] == hardware and r["precision"] == precision and r["isl"] == isl
        and r["osl"] == osl and r["spec_method"] == method and (engine is None or r["framework"] == engine)
    ]


def crossings(a, b, lo, hi, steps=5000):
    """Roots of a(x) - b(x) in (lo, hi): sign changes on a fine grid, each bisected to 1e-12.
    Returns (x, side higher just above x) pairs; a zero difference on a grid point is skipped
    over (the sign is read on both sides of it)."""
    def d(x):
        return a(x) - b(x)

    xs = [min(hi, lo + (hi - lo) * k / steps) for k in range(steps + 1)]
    signs = [(x, d(x)) for x in xs]
    signs = [(x, v) for x, v in signs if abs(v) > 1e-9 * max(abs(a(x)), abs(b(x)))]
    found = []
    for (x0, v0), (x1, v1) in zip(signs, signs[1:]):
        if (v0 > 0) == (v1 > 0):
            continue
        left, right = x0, x1
        while right - left > 1e-12:
            mid = (left + right) / 2
            if (d(mid) > 0) == (v0 > 0):
                left = mid
            else:
                right = mid
        found.append(((left + right) / 2, "A" if v1 > 0 else "B"))
    return found


def compute(hardware, precision, isl, osl, engine=None, tier="costh", targets=None, rows=None):
    """Band, targets (those given that lie in the band, else the defaults), per target each side's throughput, cost and
    tok/s/MW (None out of a side's range), and the throughput crossovers in the band; from `rows` (None: ROWS).
    Side A is MTP (spec_method "mtp"), side B is Off ("none"); cost and power from epoch A."""
    gpu = SPECS["epochs"][0]["gpus"][hardware]
    curves = {}
    for name, method in (("MTP", "mtp"), ("Off", "none")):
        f = frontier(side_points(hardware, precision, isl, osl, method, engine, rows))
        curves[name] = (f, steffen([p[0] for p in f], [p[1] for p in f]))
    lo = max(c[0][0][0] for c in curves.values())
    hi = min(c[0][-1][0] for c in curves.values())
    # Asked-for targets outside the band cannot be compared and are dropped; none left: defaults.
    targets = [t for t in targets or [] if lo <= t <= hi] or default_targets(lo, hi)
    rows = []
    for t in targets:
        row = {"target": t}
        for name, (_, at) in curves.items():
            tput = at(t)
            row[name] = None if tput is None else {
                "tput": tput,
                "usd_per_m": gpu[tier] * 1e6 / (3600 * tput),
                "tok_per_mw": tput * 1000 / gpu["power"],
            }
        rows.append(row)
    cross = crossings(curves["MTP"][1], curves["Off"][1], lo, hi) if lo < hi else []
    return {
        "band": [lo, hi],
        "targets": targets,
        "rows": rows,
        "crossovers": [{"x": x, "winnerAbove": "MTP" if w == "A" else "Off"} for x, w in cross],
    }


def main(hardware, precision, isl, osl):
    result = compute(hardware, precision, isl, osl)
    print(json.dumps({"band": result["band"], "targets": result["targets"]}))
    for row in result["rows"]:
        print(json.dumps(row))


def side(precision, isl, osl, hardware, engine, spec):
    pts = [
        (r["metrics"]["median_intvty"], r["metrics"]["tput_per_gpu"])
        for r in ROWS
        if r["hardware"] == hardware and r["precision"] == precision and r["isl"] == isl
        and r["osl"] == osl and r["spec_method"] == spec and (engine == "all" or r["framework"] == engine)
    ]
    f = frontier(pts)
    return f, steffen([p[0] for p in f], [p[1] for p in f])


def roots(diff, lo, hi, steps=20000):
    """Sign changes of diff on a dense grid of [lo, hi], each bisected to neighbouring floats."""
    found, xs = [], [lo + (hi - lo) * k / steps for k in range(steps)] + [hi]
    prev = None
    for x in xs:
        v = diff(x)
        if v == 0:
            continue
        if prev is not None and (v > 0) != (prev[1] > 0):
            a, b = prev[0], x
            while True:
                m = a + (b - a) / 2
                if m <= a or m >= b:
                    break
                if (diff(m) > 0) == (prev[1] > 0):
                    a = m
                else:
                    b = m
            found.append({"x": a + (b - a) / 2, "above": "A" if v > 0 else "B"})
        prev = (x, v)
    return found


def crossovers(precision, isl, osl, a, b):
    (fa, at_a), (fb, at_b) = side(precision, isl, osl, *a), side(precision, isl, osl, *b)
    lo, hi = max(fa[0][0], fb[0][0]), min(fa[-1][0], fb[-1][0])
    price_a = SPECS["epochs"][0]["gpus"][a[0]]["costh"]
    price_b = SPECS["epochs"][0]["gpus"][b[0]]["costh"]
    print(json.dumps({
        "band": [lo, hi],
        "throughput": roots(lambda x: at_a(x) - at_b(x), lo, hi),
        "cost": roots(lambda x: at_a(x) / price_a - at_b(x) / price_b, lo, hi),
    }))


if __name__ == "__main__":
    if sys.argv[1] == "crossovers":
        args = sys.argv[2:]
        crossovers(args[0], int(args[1]), int(args[2]), tuple(args[3:6]), tuple(args[6:9]))
    else:
        main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
