"""Every candidate two-run split of a bare own chapter, against gold (issue 14, seg14m).

Usage: ``python scripts/two_run_splits.py [MODEL] --gold DIR [DOC_ID ...]`` (MODEL ``""``: the real model).
For each bare own chapter still whole in one leaf section, prints the best split
:func:`analyser.segment.outline._best_two_run` finds (target, run, contrast, run's mean lead,
smallest lead) and whether gold agrees: ``RIGHT`` (every paragraph of the run is gold in the
target), ``WRONG`` (none is), ``MIXED``. The thresholds ``own_two_run_contrast`` and
``own_two_run_lead`` are chosen from these rows.
"""
from __future__ import annotations

import sys
from pathlib import Path

from analyser.evaluate import gold_document
from analyser.segment import outline, segment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from merged_chapters import gold_inputs  # noqa: E402


def main(argv: list[str]) -> None:
    enc, tpl, docs = gold_inputs(argv)
    state: dict = {}
    original = outline._best_two_run

    def spy(unit, sec, targets, min_blocks):  # noqa: ANN001
        found = original(unit, sec, targets, min_blocks)
        if found is not None:
            gold = state["gold"]
            ok = [gold[j]["section"] == found.section for j in found.run]
            verdict = "RIGHT" if all(ok) else "WRONG" if not any(ok) else "MIXED"
            first = gold[unit[0][0] - 1]["text"][:40] if unit[0][0] > 0 else ""
            print(f"{state['doc']:22s} {verdict:5s} {sec:6s}->{found.section:6s} run={len(found.run)}/{len(unit)} "
                  f"{'start' if found.run[0] == unit[0][0] else 'end  '} contrast={found.contrast:+.2f} "
                  f"lead={found.run_lead:+.2f} min={found.min_lead:+.2f} | {first!r}", flush=True)
        return found

    outline._best_two_run = spy
    for doc_id, g in docs:
        state["doc"], state["gold"] = doc_id, g["blocks"]
        segment(gold_document(g), tpl, enc)


if __name__ == "__main__":
    main(sys.argv[1:])
