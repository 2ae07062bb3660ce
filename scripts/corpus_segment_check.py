"""Parse and segment documents as `analyser analyse` does, and compare every block's section and role with an earlier run.

Usage::

    python scripts/corpus_segment_check.py BASE_OUT FILE_OR_DIR ...

``BASE_OUT`` is an output folder of ``analyser analyse`` (``<doc_id>/analysis.json`` per document, e.g. the
session's baseline ``/work/cache/base-corpus``). Only the parse and segment stages run (real model unless
``ANALYSER_MODEL`` says otherwise, the run's own exemplar bank), so a segmentation change is checked on the
development corpus in a fraction of a full analysis. Prints one line per document (blocks compared, blocks whose
section or role differ, with the first few) and a total; exits 1 when any block differs.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from analyser.parse import parse
from analyser.pipeline.core import Analyser
from analyser.segment import segment


def main(argv: list[str]) -> int:
    base = Path(argv[0])
    files = [p for a in argv[1:] for p in (sorted(Path(a).iterdir()) if Path(a).is_dir() else [Path(a)]) if p.is_file()]
    an = Analyser()
    moved_total = 0
    for path in files:
        doc = an._with_language(parse(path))
        ref = base / doc.doc_id / "analysis.json"
        if not ref.exists():
            print(f"{doc.doc_id}: no baseline")
            continue
        exemplars = an.bundle.exemplars
        seg = segment(doc, an.template, an.encoder, an.config.segment, exemplars=exemplars if exemplars is not None else False)
        old = {b["id"]: (b.get("section"), b.get("role")) for b in json.loads(ref.read_text())["blocks"]}
        new = {sb.block.id: (sb.section_id, sb.role) for sb in seg.blocks}
        moved = [(k, old[k], new.get(k)) for k in old if new.get(k) != old[k]]
        moved_total += len(moved)
        print(f"{doc.doc_id}: {len(old)} blocks, {len(moved)} differ {moved[:4]}", flush=True)
    print(f"blocks that differ: {moved_total}")
    return 1 if moved_total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
