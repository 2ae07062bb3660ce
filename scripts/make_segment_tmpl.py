"""Listings of Annex titles the encoder ranks poorly, and own lettered titles (issue 14, segtmpl session).

Usage: ``python scripts/make_segment_tmpl.py`` (from the repository root). Wording in
``segment_docs_text_tmpl.py``. One shape, ``listing``: a title line, then per entry of
``list`` a heading ("A. <title>", "IV. <title>" or the title alone) and two answers.
Gold: ``section_heading`` when the headings reproduce Annex titles (template text),
``answer_heading`` when they are the document's own (``own``). Estonian, Lithuanian and
Portuguese go to ``tests/data/segment_docs`` (tuning); Slovenian, Czech, Croatian and
Slovak to ``tests/data/segment_heldout`` (written and committed before any change).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, write_doc  # noqa: E402
from segment_docs_text_tmpl import TEXT_TMPL_HELD, TEXT_TMPL_TUNE  # noqa: E402


def listing(d: Doc, t: dict) -> None:
    """The title line, then each heading of ``t["list"]`` with its section's two answers."""
    d.add("front_matter", None, t["title"])
    role = "answer_heading" if t.get("own") else "section_heading"
    for label, sec, title in t["list"]:
        d.add(role, sec, f"{label} {title}".strip())
        d.answers(t, sec)


def build() -> list[Path]:
    """Write every document; returns the gold paths written."""
    written = []
    for texts, held in ((TEXT_TMPL_TUNE, False), (TEXT_TMPL_HELD, True)):
        for key, t in texts.items():
            lang, kind = key.split("-", 1)
            d = Doc(f"seg-{key}", lang)
            listing(d, t)
            written.append(write_doc(d, kind, held=held))
    return written


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
