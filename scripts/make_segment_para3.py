"""Paraphrased-title segmentation documents of the seventh session (issue 14, segpara2).

Usage: ``python scripts/make_segment_para3.py`` (from the repository root). The ``paraphr``
shape of :mod:`make_segment_docs` (a free-form strategy without Annex numbers, five own
unnumbered chapters whose titles paraphrase or replace the Annex's, not in the Annex's
order, no template text) in languages not used for paraphrased titles before. Wording in
``segment_docs_text_para3.py``, written before the session changed any code: Croatian,
Lithuanian, Slovak and Danish go to ``tests/data/segment_docs`` (tuning); Bulgarian,
Greek and Maltese to ``tests/data/segment_heldout`` (never tuned on).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import build_set, paraphr  # noqa: E402
from segment_docs_text_para3 import TEXT_PARA3_HELD, TEXT_PARA3_TUNE  # noqa: E402


def build() -> list[Path]:
    """Write every document; returns the gold paths written."""
    kinds = {"paraphr": paraphr}
    return build_set(TEXT_PARA3_TUNE, kinds, held=False) + build_set(TEXT_PARA3_HELD, kinds, held=True)


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
