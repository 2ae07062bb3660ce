"""Development check of the segment stage against gold annotations.

Usage::

    python scripts/dev_segment.py [MODEL] [--gold DIR] [--passages] [-v] [DOC_ID ...]

MODEL: ``hashing`` or empty for the real model (``""``). ``--gold`` defaults to
``tests/data/gold``; the issue-14 documents are in ``tests/data/segment_docs`` and
``tests/data/segment_heldout``. Prints per document: section accuracy over the answer
words of numbered parts (after a gold ``section_heading``) and of free parts (the rest),
template-text F1 (words), and with ``--passages`` the number of passages holding
a gold template block (must be 0). The last lines give the means and the minima.
"""
from __future__ import annotations

import sys
import time

import numpy as np

from analyser.embed import load_encoder
from analyser.embed.cache import CachedEncoder
from analyser.evaluate import ANSWER_ROLES, TEMPLATE_ROLES, gold_document, load_gold_dir, score_document, words
from analyser.segment import segment
from analyser.template import load_template


def part_accuracy(gold: dict, seg) -> tuple[float | None, float | None]:
    """Section accuracy (answer words) of numbered parts and of free parts; None when a part is empty."""
    pred = {sb.block.id: sb.section_id for sb in seg.blocks}
    seen_heading = False
    tot = {"num": 0, "free": 0}
    ok = {"num": 0, "free": 0}
    for b in gold["blocks"]:
        if b["role"] == "section_heading":
            seen_heading = True
        if b["role"] not in ANSWER_ROLES:
            continue
        part = "num" if seen_heading else "free"
        n = len(words(b["text"]))
        tot[part] += n
        ok[part] += n * (pred.get(b["id"]) == b["section"])
    return tuple(ok[p] / tot[p] if tot[p] else None for p in ("num", "free"))


def template_leaks(gold: dict, seg, encoder, language: str) -> int:
    """Passages (as the match stage builds them) that contain a gold template block."""
    from analyser.match import MatchConfig, build_passages

    tmpl = {b["id"] for b in gold["blocks"] if b["role"] in TEMPLATE_ROLES}
    passages, _ = build_passages(seg, encoder, language, MatchConfig())
    return sum(bool(tmpl & set(p.block_ids)) for p in passages)


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("-")]
    gold_dir = "tests/data/gold"
    if "--gold" in argv:
        gold_dir = argv[argv.index("--gold") + 1]
        args.remove(gold_dir)
    model = (args[0] if args else None) or None
    only = args[1:]
    enc = CachedEncoder(load_encoder(model), precomputed=False)  # each distinct text embedded once per run
    tpl = load_template()
    golds = load_gold_dir(gold_dir)
    rows = []
    for doc_id, g in golds.items():
        if only and doc_id not in only:
            continue
        t = time.time()
        seg = segment(gold_document(g), tpl, enc)
        analysis = {"blocks": [{"id": sb.block.id, "role": sb.role, "section": sb.section_id, "text": sb.block.text} for sb in seg.blocks]}
        s = score_document(analysis, g)
        num, free = part_accuracy(g, seg)
        leaks = template_leaks(g, seg, enc, g.get("language", "und")) if "--passages" in argv else None
        rows.append((doc_id, num, free, s.template_f1, leaks))
        fmt = lambda x: "  -  " if x is None else f"{x:.3f}"  # noqa: E731
        print(f"{doc_id:24s} follows={seg.follows_template!s:5s} sec_acc={s.section_accuracy:.3f} numbered={fmt(num)} free={fmt(free)} "
              f"tmplF1={fmt(s.template_f1)} role_acc={s.role_accuracy:.3f}" + (f" leaks={leaks}" if leaks is not None else "")
              + f" ({time.time() - t:.1f}s)", flush=True)
        if "-v" in argv:
            gb = {b["id"]: b for b in g["blocks"]}
            for sb in seg.blocks:
                gbk = gb[sb.block.id]
                if gbk["section"] != sb.section_id or gbk["role"] != sb.role:
                    print(f"   {sb.block.id} gold={gbk['role']}/{gbk['section']} pred={sb.role}/{sb.section_id} {sb.block.text[:90]!r}")
    for k, name in ((1, "numbered"), (2, "free"), (3, "template F1")):
        vals = [r[k] for r in rows if r[k] is not None]
        if vals:
            print(f"{name:12s} mean {np.mean(vals):.3f} min {min(vals):.3f} n={len(vals)} below target={sum(v < {1: .95, 2: .85, 3: .95}[k] for v in vals)}")
    if "--passages" in argv:
        print(f"passages with template text: {sum(r[4] for r in rows)}")


if __name__ == "__main__":
    main(sys.argv[1:])
