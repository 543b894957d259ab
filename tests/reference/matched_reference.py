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


def main(hardware, precision, isl, osl):
    gpu = SPECS["epochs"][0]["gpus"][hardware]
    sides = {}
    for name, method in (("MTP", "mtp"), ("Off", "none")):
        pts = [
            (r["metrics"]["median_intvty"], r["metrics"]["tput_per_gpu"])
            for r in ROWS
            if r["hardware"] == hardware and r["precision"] == precision and r["isl"] == isl
            and r["osl"] == osl and r["spec_method"] == method
        ]
        f = frontier(pts)
        sides[name] = (f, steffen([p[0] for p in f], [p[1] for p in f]))
    lo = max(s[0][0][0] for s in sides.values())
    hi = min(s[0][-1][0] for s in sides.values())
    targets = [math.floor(lo + (hi - lo) * q + 0.5) for q in (0.25, 0.5, 0.75)]
    print(json.dumps({"band": [lo, hi], "targets": targets}))
    for t in targets:
        row = {"target": t}
        for name, (_, at) in sides.items():
            tput = at(t)
            row[name] = {
                "tput": tput,
                "usd_per_m": gpu["costh"] * 1e6 / (3600 * tput),
                "tok_per_mw": tput * 1000 / gpu["power"],
            }
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
