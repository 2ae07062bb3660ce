"""Exact Annex headings over long answer text, with the real model (issue 14; fresh11 finding #4).

Inputs in ``tests/data/exact14`` (``make_inputs.py`` there), written before the fix: four or five headings carrying
the Annex's number and a short title of the section's topic ("2.1.2. Powroty", "2.3.3. Warunki przyjmowania"), each
over an answer paragraph and four paragraphs of implementation detail repeated under every heading; bold 11 pt over
9.5 pt body in the PDFs, Word "Heading 1" in the DOCX files. pl and sv were seen while fixing (tuning); it, pt and hu
are held-out (measured once after the fix). Each parsed block is matched to its gold block by text, in order.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyser.parse import parse
from analyser.segment import segment
from analyser.template import load_template

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "exact14"


def _sections(e5_encoder, name: str) -> tuple[list[tuple[str, str | None, str]], list[tuple[str, str | None, str]]]:
    """(gold, got) as (role, section, first words) per parsed block, gold matched by text in document order."""
    src = DATA / name
    gold = json.loads(src.with_name(src.name.rsplit(".", 1)[0] + ".gold.json").read_text(encoding="utf-8"))["blocks"]
    seg = segment(parse(src), load_template(), e5_encoder)
    norm = lambda s: " ".join(s.split())  # noqa: E731
    want, got, pos = [], [], 0
    for sb in seg.blocks:
        text = norm(sb.block.text)
        k = next(j for j in range(pos, len(gold)) if text.startswith(norm(gold[j]["text"])[:60]))
        pos = k + 1
        role = "heading" if sb.role == "section_heading" else sb.role
        want.append(({"section_heading": "heading"}.get(gold[k]["role"], gold[k]["role"]), gold[k]["section"], text[:30]))
        got.append((role, sb.section_id, text[:30]))
    return want, got


@pytest.mark.parametrize("name", ["pl-2026.bold.pdf", "sv-2026.headings.docx",  # tuning
                                  "pt-2026.headings.docx", "hu-2026.bold.pdf"])  # held-out
def test_exact_annex_headings_open_their_sections(e5_encoder, name: str) -> None:
    """Before: sv's "2.1.2. Återvändande" and "2.3.3. Mottagningsvillkor" answer headings (text placed by content),
    hu's "2.1.2. Visszatérés" an answer heading in 1 (answer blocks 0.55); pl and pt were right already."""
    want, got = _sections(e5_encoder, name)
    assert got == want


@pytest.mark.xfail(strict=True, reason="exact14 (held-out): the Italian '2.1.2. Rimpatri' is an answer heading: the "
                   "encoder ranks 2.1.2 beyond the fifth section for the one-word title, even against the section's "
                   "whole wording, and 2.1.2 is not next to a confirmed heading (segment, #14)")
def test_one_word_italian_return_heading_opens_its_section(e5_encoder) -> None:
    want, got = _sections(e5_encoder, "it-2026.bold.pdf")
    assert got == want


@pytest.mark.xfail(strict=True, reason="exact14 moved: in fresh10's Romanian strategy '2.1.2. Returnarea' now opens "
                   "2.1.2, which leaves '1. Situația națională' a 161-word span that the content check judges: its "
                   "geography paragraph reads as 2.2.2 and its chapter summary as 2.1.1, so the heading is dropped and "
                   "both paragraphs leave section 1 (segment, #14)")
def test_romanian_context_chapter_keeps_its_paragraphs(e5_encoder) -> None:
    src = Path(__file__).parent / "data" / "fresh10" / "ro-2026.section-running-header.pdf"
    seg = segment(parse(src), load_template(), e5_encoder)
    start = next(k for k, sb in enumerate(seg.blocks) if sb.block.text.startswith("1. Situa"))
    end = next(k for k, sb in enumerate(seg.blocks) if sb.block.text.startswith("2.1.2. Returnarea"))
    assert {sb.section_id for sb in seg.blocks[start:end]} == {"1"}
