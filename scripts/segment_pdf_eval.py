"""Scores analyses of tests/data/segment_pdf (or any folder of PDFs with word-aligned gold) against their gold.

Usage::

    python scripts/segment_pdf_eval.py OUT [GOLD_DIR]

Per document: section accuracy, template F1, role accuracy, word recall (``analyser.evaluate.score_document``)
and the passages holding gold template text. A passage leaks when one of its blocks has most of its aligned words
in a gold template block (section heading, guidance, question). The last lines give the means and the minima.
"""
from __future__ import annotations

import sys
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

from analyser.evaluate import TEMPLATE_ROLES, load_gold_dir, score_document
from analyser.schema import load_analysis
from analyser.text import words


def template_blocks(analysis_blocks: list[dict], gold: dict) -> set[str]:
    """Ids of analysis blocks most of whose aligned words lie in a gold template block."""
    g_role: list[str] = [b["role"] for b in gold["blocks"] for _ in words(b["text"])]
    g_words = [w for b in gold["blocks"] for w in words(b["text"])]
    p_words: list[str] = []
    owner: list[str] = []
    for b in analysis_blocks:
        ws = words(b["text"])
        p_words.extend(ws)
        owner.extend([b["id"]] * len(ws))
    votes: dict[str, Counter] = {}
    for a, p, n in SequenceMatcher(None, g_words, p_words, autojunk=False).get_matching_blocks():
        for t in range(n):
            votes.setdefault(owner[p + t], Counter())[g_role[a + t] in TEMPLATE_ROLES] += 1
    return {bid for bid, c in votes.items() if c[True] > c[False]}


def leaks(analysis, gold: dict) -> int:
    """Passages of ``analysis`` (an :class:`~analyser.schema.Analysis`) holding a gold template block."""
    blocks = [b.model_dump() for b in analysis.blocks]
    tmpl = template_blocks(blocks, gold)
    return sum(bool(tmpl & set(p.blocks)) for p in analysis.passages)


def main(argv: list[str]) -> None:
    out = Path(argv[0])
    golds = load_gold_dir(argv[1] if len(argv) > 1 else "tests/data/segment_pdf")
    rows = []
    for doc_id, g in golds.items():
        path = out / doc_id / "analysis.json"
        if not path.exists():
            continue
        a = load_analysis(path)
        s = score_document(a, g)
        n = leaks(a, g)
        rows.append((doc_id, g.get("split", "?"), s.section_accuracy, s.template_f1, s.role_accuracy, s.word_recall, n))
        f1 = "  -  " if s.template_f1 is None else f"{s.template_f1:.3f}"
        print(f"{doc_id:22s} {g.get('split', '?'):8s} sec_acc={s.section_accuracy:.3f} tmplF1={f1} "
              f"role_acc={s.role_accuracy:.3f} recall={s.word_recall:.3f} leaks={n}  {g.get('layout', '')}")
    for split in ("tuning", "heldout", "heldout2"):
        sel = [r for r in rows if r[1] == split]
        if not sel:
            continue
        for k, name in ((2, "section acc"), (3, "template F1"), (4, "role acc")):
            vals = [r[k] for r in sel if r[k] is not None]
            print(f"{split:8s} {name:12s} mean {sum(vals) / len(vals):.3f} min {min(vals):.3f} n={len(vals)}")
        print(f"{split:8s} passages with template text: {sum(r[6] for r in sel)}")


if __name__ == "__main__":
    main(sys.argv[1:])
