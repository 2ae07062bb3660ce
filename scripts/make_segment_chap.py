"""Held-out segmentation documents of own chapters in whole documents (issue 14): Romanian, Bulgarian, Danish.

Usage: ``python scripts/make_segment_chap.py`` (from the repository root). Wording in
``segment_docs_text_chap.py``; the shapes ``romansub`` (chapters "I."–"IV." with
sub-chapters "I.1", "III.2") and ``chapletters`` (chapters "Kapitel 1–3" with lettered
sub-chapters, the letters under 2.6 the document's own sub-division) of
``make_segment_docs.py``. Written to ``tests/data/segment_heldout`` before the segchap
session changed the placement of own chapters, and never tuned on.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import build_set, chapletters, romansub  # noqa: E402
from segment_docs_text_chap import TEXT_CHAP  # noqa: E402

KINDS = {f.__name__: f for f in (romansub, chapletters)}


def build() -> list[Path]:
    """Write every document; returns the gold paths written."""
    return build_set(TEXT_CHAP, KINDS, held=True)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
