"""Score the parse14 inputs against ``gold.json``; prints per file and per split (seen / heldout).

Run: PYTHONPATH=src python tests/data/parse14/evaluate.py [--files]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from analyser.parse import parse

HERE = Path(__file__).parent
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))


def _norm(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip()


def score(name: str) -> dict[str, tuple[int, int]]:
    """Criterion -> (met, total) for one file."""
    doc = parse(HERE / name)
    g = GOLD[name]
    texts = [_norm(b.text) for b in doc.blocks]
    body = [_norm(b.text) for b in doc.blocks if b.kind != "header_footer"]
    whole = " ".join(texts)
    out: dict[str, tuple[int, int]] = {}
    if "paragraphs" in g:
        out["paragraphs whole"] = (sum(_norm(p) in texts for p in g["paragraphs"]), len(g["paragraphs"]))
    if "apart" in g:
        out["headings/items apart"] = (sum(_norm(a) in texts for a in g["apart"]), len(g["apart"]))
    if "order" in g:
        pos = [next((i for i, t in enumerate(texts) if t.startswith(_norm(o))), None) for o in g["order"]]
        ok = sum(1 for a, b in zip(pos, pos[1:]) if a is not None and b is not None and a < b)
        out["reading order"] = (ok, len(pos) - 1)
    if "absent" in g:
        out["deleted left out"] = (sum(a not in whole for a in g["absent"]), len(g["absent"]))
        out["kept read"] = (sum(p in whole for p in g["present"]), len(g["present"]))
        out["W103 right"] = (int(any(w.startswith("[W103]") for w in doc.warnings) == g["warn"]), 1)
    if "furniture" in g:
        out["furniture out of body"] = (sum(f not in body for f in g["furniture"]), len(g["furniture"]))
    if "notes" in g:
        out["footnotes read"] = (sum(_norm(n) in whole for n in g["notes"]), len(g["notes"]))
    if "cells" in g:
        out["table cells read"] = (sum(c in whole for c in g["cells"]), len(g["cells"]))
    return out


def main() -> None:
    totals: dict[str, dict[str, list[int]]] = {}
    for name in sorted(GOLD):
        s = score(name)
        if "--files" in sys.argv:
            print(name, GOLD[name]["split"], {k: f"{a}/{b}" for k, (a, b) in s.items()})
        for k, (a, b) in s.items():
            t = totals.setdefault(GOLD[name]["split"], {}).setdefault(k, [0, 0])
            t[0] += a
            t[1] += b
    for split, crit in sorted(totals.items()):
        print(split, {k: f"{a}/{b}" for k, (a, b) in crit.items()})


if __name__ == "__main__":
    main()
