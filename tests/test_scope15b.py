"""Scope rule of the fifteenth session (scope15b): a body's annual or activity report by its parts
(:func:`analyser.scope.report_marks`: a title naming the report, financial statements, internal control; two of three).
Text only; the real-model figures are in ``tests/test_scope15b_model.py`` and ``tests/test_fresh15_model.py``."""
from __future__ import annotations

from pathlib import Path

import pytest

from analyser.schema import Block, SegmentedBlock, Segmentation
from analyser.scope import REPORT_MIN_KINDS, report_marks

DATA = Path(__file__).parent / "data"


def _seg(texts: list[str]) -> Segmentation:
    blocks = tuple(SegmentedBlock(block=Block(id=f"b{i}", page=1, text=t), section_id=None, role="answer")  # type: ignore[arg-type]
                   for i, t in enumerate(texts))
    return Segmentation(doc_id="doc", blocks=blocks, sections={})


def _file(path: Path) -> Segmentation:
    return _seg([t for t in path.read_text(encoding="utf-8").split("\n\n") if t.strip()])


@pytest.mark.parametrize("path", [
    "fresh15/sv-migrationsverket-arsredovisning-2025.txt",
    "scope15b/negatives/r15b-bamf-jahresbericht-de.txt",
    "scope15b/negatives/r15b-ind-jaarverslag-nl.txt",
    "scope15b/negatives/r15b-ofpra-rapport-activite-fr.txt",
    "scope15b/negatives/r15b-strazgraniczna-sprawozdanie-pl.txt",
])
def test_report_marks_of_agencies_annual_reports(path):
    assert report_marks(_file(DATA / path)) == ("report title", "accounts", "internal control")


@pytest.mark.parametrize("path, kinds", [
    # strategies that report last year's figures and name internal control in their monitoring section: one kind at most
    ("scope15b/strategies/s15b-fi-strategia-luvut.txt", ("internal control",)),
    ("scope15b/strategies/s15b-it-strategia-dati.txt", ("internal control",)),
    ("scope15b/strategies/s15b-cs-strategie-vysledky.txt", ()),
    ("scope15b/strategies/s15b-es-estrategia-balance.txt", ()),
])
def test_report_marks_of_strategies_with_last_years_figures(path, kinds):
    assert report_marks(_file(DATA / path)) == kinds
    assert len(kinds) < REPORT_MIN_KINDS


@pytest.mark.parametrize("lines, kinds", [
    (["Ministry of the Interior", "Annual Activity Report 2025", "Financial statements", "Internal control"],
     ("report title", "accounts", "internal control")),
    (["Poliisi- ja Piirivalveamet", "Aastaraamat 2025", "Majandusaasta aruanne on lisas 2."], ("report title", "accounts")),
    (["Správa o činnosti Hraničnej a cudzineckej polície za rok 2025", "Vnútorná kontrola vykonala 12 kontrol."],
     ("report title", "internal control")),
    # a sentence of the opening that names an annual report is no title
    (["Strategy for asylum and migration 2026–2030", "The Agency's annual report of 2025 shows fewer applications than in 2024.",
      "The internal audit service reviews the use of the funds."], ("internal control",)),
    # a title naming the report further down than the opening blocks is not read
    (["a", "b", "c", "d", "e", "Annual report 2025", "Balance sheet"], ("accounts",)),
])
def test_report_marks(lines, kinds):
    assert report_marks(_seg(lines)) == kinds
