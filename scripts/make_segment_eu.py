"""Segmentation documents of issue 14 in six more languages (titles, letters, collisions, single chapters).

Usage: ``python scripts/make_segment_eu.py`` (from the repository root). Wording in
``segment_docs_text_eu.py``; the shapes are those of ``make_segment_docs.py``
(``titleonly``, ``letters``, ``collide``, ``chapter1``) plus two longer ones:

* ``titleonly5`` (Maltese): five Annex titles without numbers, 2.1.2 to 2.6 — the
  encoder reads Maltese poorly and no template pack holds it;
* ``numbered4`` (Irish): four numbered Annex headings "2.1.1." to "2.6." over answers;
* ``collide2`` (Slovak, Maltese): ``collide`` with own sub-headings of short titles ("2.1 Ľudia",
  "2.2 Počítače") that the encoder places far from 2.6's title.

Finnish, Hungarian, Greek and Croatian go to ``tests/data/segment_heldout`` (written
before the segtitle session tuned anything, never tuned on); Slovak, Irish and Maltese
to ``tests/data/segment_docs`` (tuning).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, chapter1, collide, letters, titleonly, write_doc  # noqa: E402
from segment_docs_text_eu import TEXT_EU  # noqa: E402

HELDOUT = ("fi", "hu", "el", "hr")


def titleonly5(d: Doc, t: dict) -> None:
    d.add("front_matter", None, t["title"])
    for sec in ("2.1.2", "2.2.2", "2.3.3", "2.3.4", "2.6"):
        d.add("section_heading", sec, t["heading"][sec])
        d.answers(t, sec)


def numbered4(d: Doc, t: dict) -> None:
    d.add("front_matter", None, t["title"])
    for sec in ("2.1.1", "2.2.2", "2.3.3", "2.6"):
        d.add("section_heading", sec, f"{sec}. {t['heading'][sec]}")
        d.answers(t, sec)


def collide2(d: Doc, t: dict) -> None:
    """Like ``collide``, with own sub-headings "2.1", "2.2" whose short titles stand far from 2.6's (``own2``)."""
    collide(d, {**t, "own": t["own2"]})


KINDS = {f.__name__: f for f in (titleonly, letters, collide, chapter1)}
EXTRA = {"mt": {"titleonly5": titleonly5, "collide2": collide2}, "ga": {"numbered4": numbered4}, "sk": {"collide2": collide2}}


def build() -> list[Path]:
    """Write every document; returns the gold paths written."""
    written = []
    for lang, t in TEXT_EU.items():
        t = {**t, "parent": {}}
        for kind, fn in {**KINDS, **EXTRA.get(lang, {})}.items():
            doc_id = f"seg-{lang}-{kind}"
            d = Doc(doc_id, lang)
            fn(d, t)
            written.append(write_doc(d, kind, held=lang in HELDOUT))
    return written


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
