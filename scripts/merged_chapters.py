"""Per-paragraph reading of own chapters (issue 14, seg14m): which section each paragraph's text reads.

Usage: ``python scripts/merged_chapters.py [MODEL] --gold DIR DOC_ID ...`` (MODEL ``""``: the real model).
Prints, per gold answer block of the free parts, its gold and predicted section, the rank of the gold section
in the block's standardised content score (the evidence :mod:`analyser.segment.outline` weighs own chapters by)
and its three best sections with their scores: where a merged chapter's change point lies and why a split does
not fire (a run not ranking its section first, a lead too small, a section not a sibling).
"""
from __future__ import annotations

import sys
from typing import Any

from analyser.embed import load_encoder
from analyser.embed.cache import CachedEncoder
from analyser.evaluate import ANSWER_ROLES, gold_document, load_gold_dir
from analyser.segment import core, segment
from analyser.template import load_template


def gold_inputs(argv: list[str]) -> tuple[CachedEncoder, Any, list[tuple[str, dict]]]:
    """The command line ``[MODEL] --gold DIR [DOC_ID ...]`` of the segmentation probes (this script,
    ``two_run_splits.py``): the encoder (MODEL ``""``: the real model; no shipped vectors), the template and the
    (doc_id, gold) of DIR, only the DOC_IDs given when there are any."""
    args = [a for a in argv if not a.startswith("-")]
    gold_dir = argv[argv.index("--gold") + 1]
    args.remove(gold_dir)
    model = (args[0] if args else None) or None
    only = args[1:]
    docs = [(d, g) for d, g in load_gold_dir(gold_dir).items() if not only or d in only]
    return CachedEncoder(load_encoder(model), precomputed=False), load_template(), docs


def main(argv: list[str]) -> None:
    enc, tpl, docs = gold_inputs(argv)
    captured: dict = {}
    original = core._map_own_headings

    def spy(blocks, title_candidates, free, content_z, *a, **kw):  # noqa: ANN001, ANN002, ANN003
        captured["z"] = content_z
        return original(blocks, title_candidates, free, content_z, *a, **kw)

    core._map_own_headings = spy
    for doc_id, g in docs:
        captured.clear()
        seg = segment(gold_document(g), tpl, enc)
        z = captured.get("z", {})
        print(f"== {doc_id}")
        for i, (sb, gb) in enumerate(zip(seg.blocks, g["blocks"])):
            if gb["role"] not in ANSWER_ROLES and gb["role"] != "answer_heading":
                continue
            scores = z.get(i, {})
            ranked = sorted(scores, key=lambda s: -scores[s])
            rank = ranked.index(gb["section"]) + 1 if gb["section"] in ranked else 0
            mark = "  " if sb.section_id == gb["section"] else "XX"
            top = " ".join(f"{s}:{scores[s]:+.2f}" for s in ranked[:4])
            gold_z = scores.get(gb["section"], float("nan"))
            head = "#" if gb["role"] == "answer_heading" else " "
            print(f" {mark}{head} gold={gb['section']:6s} pred={sb.section_id!s:6s} rank={rank:2d} z={gold_z:+.2f} | {top} | {sb.block.text[:50]!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
