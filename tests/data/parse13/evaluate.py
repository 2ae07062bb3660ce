"""Score the parse13 inputs against gold.json: wide-spaced paragraphs whole, headings/list items apart, deleted text
left out, kept text read, the deleted-text warning. Prints one line per file and totals per split (seen, heldout).

Run from the worktree root: PYTHONPATH=src /work/main/.venv/bin/python tests/data/parse13/evaluate.py [FILES…]
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from analyser.parse import parse

HERE = Path(__file__).parent


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def score(name: str, g: dict) -> dict[str, tuple[int, int]]:
    """(hits, total) per criterion for one file."""
    doc = parse(HERE / name)
    texts = [_norm(b.text) for b in doc.blocks]
    whole = " ".join(texts)
    out: dict[str, tuple[int, int]] = {}
    if "paragraphs" in g:
        out["para_whole"] = (sum(1 for p in g["paragraphs"] if _norm(p) in texts), len(g["paragraphs"]))
        out["apart"] = (sum(1 for a in g["apart"] if _norm(a) in texts), len(g["apart"]))
    if "absent" in g:
        out["deleted_out"] = (sum(1 for a in g["absent"] if _norm(a) not in whole), len(g["absent"]))
        out["kept_in"] = (sum(1 for p in g["present"] if _norm(p) in whole), len(g["present"]))
        warned = any("W103" in w for w in doc.warnings)
        out["warning"] = (int(warned == g["warn"]), 1)
    return out


def main(argv: list[str]) -> None:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    tot: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for name, g in gold.items():
        if argv and name not in argv:
            continue
        res = score(name, g)
        print(f"{g['split']:8} {name:32} " + "  ".join(f"{k} {h}/{n}" for k, (h, n) in res.items()))
        for k, (h, n) in res.items():
            tot[g["split"]][k][0] += h
            tot[g["split"]][k][1] += n
    for split, crit in tot.items():
        print(f"TOTAL {split:8} " + "  ".join(f"{k} {h}/{n}" for k, (h, n) in crit.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
