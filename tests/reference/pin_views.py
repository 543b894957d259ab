"""Pins what the independent reference says for the views the app tests render.

Usage: python3 tests/reference/pin_views.py          (rewrites tests/reference/pinned-views.json)
       python3 tests/reference/pin_views.py --print  (prints the same JSON, writes nothing)

Every number comes from matched_reference.compute() on the raw upstream rows; the strings
(table cells, the index headline and crossover) are formatted here the way the page prints
them, rounding the exact binary value half away from zero as JavaScript's toFixed does.
"""
import json
import math
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import matched_reference as ref  # noqa: E402

OUT = Path(__file__).resolve().parent / "pinned-views.json"
SEQUENCES = {"1k1k": (1024, 1024), "1k8k": (1024, 8192), "8k1k": (8192, 1024)}
SEQUENCE_ORDER = ["1k1k", "1k8k", "8k1k"]

# The comparison pages the app tests open: (path, hardware, precision, sequence, engine, tier, targets).
# Sequence None means the page's default (8k/1k when both sides have it, else the most points).
PAGES = [
    ("/spec-decode/dsr1/mi355x/fp4", "mi355x", "fp4", None, None, "costh", None),
    ("/spec-decode/dsr1/b200/fp4?seq=1k1k", "b200", "fp4", "1k1k", None, "costh", None),
    ("/spec-decode/dsr1/h200/fp8?metric=cost&tier=costr", "h200", "fp8", None, None, "costr", None),
    ("/spec-decode/dsr1/gb300/fp4?engine=dynamo-trt&at=40,60,80", "gb300", "fp4", None, "dynamo-trt", "costh", [40, 60, 80]),
    ("/spec-decode/dsr1/mi355x/fp4?seq=1k8k&metric=tok-per-mw", "mi355x", "fp4", "1k8k", None, "costh", None),
    # The inference page's "compare two" with A = MI355X ATOM MTP FP4 and B = its Off (8k/1k).
    ("/inference?prec=fp4&a=mi355x:atom:mtp:fp4&b=mi355x:atom:none:fp4", "mi355x", "fp4", "8k1k", "atom", "costh", None),
]


def fixed(x, places):
    q = Decimal(1).scaleb(-places)
    text = str(Decimal(x).quantize(q, rounding=ROUND_HALF_UP))
    return text[1:] if text.startswith("-") and Decimal(text) == 0 else text


def grouped(text):
    whole, _, frac = text.partition(".")
    out = f"{int(whole):,}"
    return out + ("." + frac if frac else "")


def cells(side):
    if side is None:
        return {"tput": "—", "usd": "—", "mw": "—"}
    return {
        "tput": fixed(side["tput"], 1),
        "usd": "$" + fixed(side["usd_per_m"], 3),
        "mw": grouped(fixed(side["tok_per_mw"], 0)),
    }


def points_of(hardware, precision, seq):
    isl, osl = SEQUENCES[seq]
    return [r for r in ref.ROWS if r["hardware"] == hardware and r["precision"] == precision
            and r["isl"] == isl and r["osl"] == osl]


def paired(hardware, precision):
    return [s for s in SEQUENCE_ORDER
            if {"mtp", "none"} <= {r["spec_method"] for r in points_of(hardware, precision, s)}]


def default_sequence(hardware, precision):
    seqs = paired(hardware, precision)
    if "8k1k" in seqs:
        return "8k1k"
    return max(seqs, key=lambda s: (len(points_of(hardware, precision, s)), -SEQUENCE_ORDER.index(s)))


def view(hardware, precision, seq, engine=None, tier="costh", targets=None):
    isl, osl = SEQUENCES[seq]
    result = ref.compute(hardware, precision, isl, osl, engine=engine, tier=tier, targets=targets)
    result["sequence"] = seq
    result["cells"] = [{"target": r["target"], "A": cells(r["MTP"]), "B": cells(r["Off"])} for r in result["rows"]]
    return result


def interactivity(x):
    """Whole targets print bare ("56"), others with 2 decimals ("74.49")."""
    return str(x) if float(x).is_integer() else fixed(x, 2)


def headline(result):
    """The index's mid-band throughput sentence and crossover text for one comparison."""
    lo, hi = result["band"]
    if lo > hi:
        return {"midTarget": None, "headline": "no shared interactivity range", "crossover": ""}
    mid = result["rows"][len(result["rows"]) // 2]
    a, b = mid["MTP"]["tput"], mid["Off"]["tput"]
    at = f"at {interactivity(mid['target'])} tok/s/user"
    ratio = max(a, b) / min(a, b)
    if ratio - 1 < 0.01:
        text = f"MTP and Off tied (within 1%) {at}"
    else:
        text = f"{'MTP' if a > b else 'Off'} +{fixed((ratio - 1) * 100, 1)}% tok/s/GPU {at}"
    first, last = math.ceil(lo), math.floor(hi)
    bounds = f"{first}–{last} tok/s/user" if first <= last else "the band"
    cross = "; ".join(f"{c['winnerAbove']} wins above {fixed(c['x'], 2)} tok/s/user" for c in result["crossovers"])
    return {"midTarget": mid["target"], "headline": text, "crossover": cross or f"no crossover in {bounds}"}


def comparisons():
    pairs = sorted({(r["hardware"], r["precision"]) for r in ref.ROWS})
    return [(h, p) for h, p in pairs if paired(h, p)]


def pinned():
    pages = {}
    for path, hardware, precision, seq, engine, tier, targets in PAGES:
        pages[path] = view(hardware, precision, seq or default_sequence(hardware, precision), engine, tier, targets)
    index = {}
    for hardware, precision in comparisons():
        result = view(hardware, precision, default_sequence(hardware, precision))
        index[f"/spec-decode/dsr1/{hardware}/{precision}"] = {
            "sequence": result["sequence"],
            "band": result["band"],
            "targets": result["targets"],
            "crossovers": result["crossovers"],
            **headline(result),
        }
    return {
        "_about": "Made by `python3 tests/reference/pin_views.py && npx prettier --write tests/reference/pinned-views.json` "
                  "from tests/reference/matched_reference.py; "
                  "do not edit by hand. A = MTP, B = Off; cost and power from set A.",
        "pages": pages,
        "index": index,
    }


if __name__ == "__main__":
    text = json.dumps(pinned(), indent=2, ensure_ascii=False) + "\n"
    if "--print" in sys.argv:
        sys.stdout.write(text)
    else:
        OUT.write_text(text)
