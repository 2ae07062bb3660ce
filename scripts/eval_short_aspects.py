"""Label and aspect agreement of the focus key element on short made-up strategies with gold aspects.

Usage: python scripts/eval_short_aspects.py OUT DATA_DIR [DATA_DIR ...] [--detail]

OUT holds ``analyser analyse`` output of the texts of every DATA_DIR (``OUT/<doc_id>/analysis.json``); each DATA_DIR
has a ``gold.json`` (``{doc: {key_element, label, aspects: {id: covered}, heldout}}``, as tests/data/aspects_short).
Prints per set: focus labels right / n, focus aspects right / n, split seen / held out. ``--detail`` prints every
document's focus aspects (covered, score, sib_margin) too: never use it on a held-out set before the change is chosen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    detail = "--detail" in argv
    args = [a for a in argv if a != "--detail"]
    out, dirs = Path(args[0]), [Path(a) for a in args[1:]]
    for d in dirs:
        gold = {k: v for k, v in json.loads((d / "gold.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}
        tally = {True: [0, 0, 0, 0], False: [0, 0, 0, 0]}
        for doc, g in sorted(gold.items()):
            a = json.loads((out / doc / "analysis.json").read_text(encoding="utf-8"))
            cov = a["coverage"] if a.get("in_scope", True) else (a.get("coverage_if_in_scope") or a["coverage"])
            c = cov[g["key_element"]]
            items = {x["id"]: x for x in c["aspects"]}
            t = tally[bool(g.get("heldout"))]
            t[0] += c["label"] == g["label"]
            t[1] += 1
            t[2] += sum(items[k]["covered"] == v for k, v in g["aspects"].items())
            t[3] += len(g["aspects"])
            if detail:
                print(f"  {doc:20s} {g['key_element']:8s} {c['label']:9s} (gold {g['label']}) score {c['score']:.2f}")
                for k, v in g["aspects"].items():
                    x = items[k]
                    mark = "" if x["covered"] == v else "  <-- wrong"
                    print(f"      {k:36s} gold {str(v):5s} covered {str(x['covered']):5s} {x['score']:.2f} "
                          f"sib_margin {x['features'].get('sib_margin', 0):.2f}{mark}")
        for held, (lr, ln, ar, an) in tally.items():
            if ln:
                print(f"{d.name:16s} {'held out' if held else 'seen':8s} labels {lr}/{ln}  aspects {ar}/{an}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
