"""Title-only and letter-numbered segmentation documents in four more languages (issue 14, segtitle3 session).

Usage: ``python scripts/make_segment_seg3.py`` (from the repository root). Wording in
``segment_docs_text_seg3.py``, written before the segtitle3 session tuned anything. The
shapes still below target elsewhere, in languages not yet used for them: ``titleonly``
(three Annex titles without numbers), ``titleonly5`` (five) and ``letters`` (Annex titles
under "A."–"C."). Lithuanian and Estonian go to ``tests/data/segment_docs`` (tuning);
Bulgarian and Slovenian to ``tests/data/segment_heldout`` (never tuned on).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import build_set, letters, titleonly  # noqa: E402
from make_segment_eu import titleonly5  # noqa: E402
from segment_docs_text_seg3 import TEXT_SEG3  # noqa: E402

KINDS = {f.__name__: f for f in (titleonly, titleonly5, letters)}
HELDOUT = ("bg", "sl")


def build() -> list[Path]:
    """Write every document; returns the gold paths written."""
    tuning = {k: v for k, v in TEXT_SEG3.items() if k not in HELDOUT}
    held = {k: v for k, v in TEXT_SEG3.items() if k in HELDOUT}
    return build_set(tuning, KINDS, held=False) + build_set(held, KINDS, held=True)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
