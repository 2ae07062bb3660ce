"""Scores the segmentation of parsed documents (any format) against word-aligned gold (tests/data/segfix11).

Usage::

    python scripts/segfix11_eval.py [MODEL] [--gold DIR] [--split tuning|heldout] [-v] [DOC_ID ...]

MODEL: ``hashing`` or empty for the real model (``""``). Each ``<doc_id>.gold.json`` in DIR is scored against the
parse (``analyser.parse.parse``) and segmentation of the ``<doc_id>.*`` input beside it: section accuracy over the
gold answer words, role accuracy, gold words found (``evaluate.score_document``). The last line gives the means.
"""
from __future__ import annotations

import sys
from pathlib import Path

from analyser.embed import load_encoder
from analyser.embed.cache import CachedEncoder
from analyser.evaluate import load_gold_dir, score_document
from analyser.parse import parse
from analyser.segment import segment
from analyser.template import load_template


def main(argv: list[str]) -> None:
    """Print per document and mean section accuracy, role accuracy and word recall."""
    args = [a for a in argv if not a.startswith("-")]
    gold_dir = "tests/data/segfix11"
    split = None
    for opt in ("--gold", "--split"):
        if opt in argv:
            val = argv[argv.index(opt) + 1]
            args.remove(val)
            gold_dir, split = (val, split) if opt == "--gold" else (gold_dir, val)
    model = (args[0] if args else None) or None
    only = args[1:]
    enc = CachedEncoder(load_encoder(model), precomputed=False)
    tpl = load_template()
    rows = []
    for doc_id, g in load_gold_dir(gold_dir).items():
        if (only and doc_id not in only) or (split and g.get("split") != split):
            continue
        src = next(p for p in sorted(Path(gold_dir).glob(f"{doc_id}.*")) if not p.name.endswith(".gold.json"))
        seg = segment(parse(src), tpl, enc)
        blocks = [{"id": sb.block.id, "role": sb.role, "section": sb.section_id, "text": sb.block.text} for sb in seg.blocks]
        s = score_document({"blocks": blocks}, g)
        rows.append((s.section_accuracy, s.role_accuracy, s.word_recall))
        print(f"{doc_id:24s} [{g.get('split')}] sec_acc={s.section_accuracy:.3f} role_acc={s.role_accuracy:.3f} "
              f"words={s.word_recall:.3f}", flush=True)
        if "-v" in argv:
            for b in blocks:
                print(f"   {b['id']} {b['role']:18s} {str(b['section']):7s} {b['text'][:90]!r}")
    if rows:
        print("mean " + " ".join(f"{n}={sum(r[k] for r in rows) / len(rows):.3f}"
                                 for k, n in enumerate(("sec_acc", "role_acc", "words"))) + f" n={len(rows)}")


if __name__ == "__main__":
    main(sys.argv[1:])
