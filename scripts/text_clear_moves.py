"""Measure the text-clear moves of bare own chapters against gold (issue 14, seg13).

Usage::

    python scripts/text_clear_moves.py LEAD GOLD_DIR [GOLD_DIR ...] [--skip SUBSTRING] [--only DOC_ID,...]

(with the real model: ``ANALYSER_MODEL_DIR`` set).

Segments every document with ``SegmentConfig.own_text_clear_lead`` set to LEAD (a low probe, e.g. 0.3) and lists
each move :func:`analyser.segment.outline._text_clear_moves` makes: the document, the chapter heading's block, its
section before and after, the lead of the text's first leaf over its second (hub-corrected, standardised units) and
the verdict against the gold section of the heading: ``right`` (to its gold section), ``WRONG`` (away from its gold
section) or ``neutral`` (wrong to wrong). A lead that keeps every right move above it and every wrong one below is a
margin the rule may use; the document's accuracy with and without the rule is ``scripts/dev_segment.py``'s question.
"""
from __future__ import annotations

import logging
import re
import sys

from analyser.embed import load_encoder
from analyser.embed.cache import CachedEncoder
from analyser.evaluate import gold_document, load_gold_dir
from analyser.segment import SegmentConfig, segment
from analyser.template import load_template


class _Grab(logging.Handler):
    """Keeps the outline's debug messages of one document."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def main(argv: list[str]) -> None:
    lead = float(argv[0])
    skip = argv[argv.index("--skip") + 1] if "--skip" in argv else None
    only = set(argv[argv.index("--only") + 1].split(",")) if "--only" in argv else None
    dirs = [a for i, a in enumerate(argv[1:], 1) if not a.startswith("--") and argv[i - 1] not in ("--skip", "--only")]
    log = logging.getLogger("analyser.segment.outline")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    grab = _Grab()
    log.addHandler(grab)
    enc = CachedEncoder(load_encoder(None), precomputed=False)
    tpl = load_template()
    cfg = SegmentConfig(own_text_clear_lead=lead)
    tally = {"right": [], "WRONG": [], "neutral": []}
    for d in dirs:
        for doc_id, g in load_gold_dir(d).items():
            if (skip and skip in doc_id) or (only and doc_id not in only):
                continue
            grab.lines.clear()
            segment(gold_document(g), tpl, enc, cfg)
            leads = {}
            for line in grab.lines:
                m = re.match(r"text clear: chapter \d+ takes column (\d+), .*\(lead ([\d.]+), evidence ([-+\d.]+)\)", line)
                if m:
                    leads[int(m.group(1))] = (float(m.group(2)), float(m.group(3)))
            moves = [re.match(r"own title (\d+): (\S+) -> (\S+) \(its text names the leaf clearly\)", x) for x in grab.lines]
            gold = {int(b["id"][1:]) - 1: b["section"] for b in g["blocks"]}
            for m in filter(None, moves):
                j, old, new = int(m.group(1)), m.group(2), m.group(3)
                want = gold.get(j)
                verdict = "right" if new == want else "WRONG" if old == want else "neutral"
                lv = sorted(leads.values())
                tally[verdict].append(doc_id)
                print(f"{doc_id:26s} block {j:3d} {old:6s} -> {new:6s} gold {want!s:6s} {verdict:7s} leads {lv}", flush=True)
    for v, docs in tally.items():
        print(f"{v}: {len(docs)}")


if __name__ == "__main__":
    main(sys.argv[1:])
