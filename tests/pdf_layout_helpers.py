"""Helpers shared by the typeset-layout test modules (``tests/test_segment_pdf.py``, ``tests/test_chrome_pdf.py``).

Not a test module: imported by name (pytest puts ``tests/`` on ``sys.path``, the directory has no ``__init__.py``).
"""

from __future__ import annotations

import importlib.util
import json
from difflib import SequenceMatcher
from pathlib import Path
from types import ModuleType

import pytest

from analyser.evaluate import load_gold_dir, score_document
from analyser.parse import parse
from analyser.schema import Document
from analyser.text import words

REPO = Path(__file__).resolve().parents[1]
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def dejavu_font() -> str:
    """Register DejaVu Sans with reportlab and return its font name; skips the test when the font is not installed."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if not DEJAVU.exists():
        pytest.skip("DejaVuSans not installed")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    return "DejaVuSans"


def body_texts(doc: Document) -> list[str]:
    """Texts of a parsed document's blocks that are neither page furniture nor footnotes, in reading order."""
    return [b.text for b in doc.blocks if b.kind not in ("header_footer", "footnote")]


def gold_word_recall(data: Path, doc_id: str) -> float:
    """Share (0–1) of the gold's words (``data/<doc_id>.gold.json``) the parser keeps as body text of
    ``data/<doc_id>.pdf``, in order (longest matching runs of words)."""
    gold = json.loads((data / f"{doc_id}.gold.json").read_text(encoding="utf-8"))
    gw = [w for b in gold["blocks"] for w in words(b["text"])]
    pw = [w for t in body_texts(parse(data / f"{doc_id}.pdf")) for w in words(t)]
    sm = SequenceMatcher(None, gw, pw, autojunk=False)
    return sum(s for _, _, s in sm.get_matching_blocks()) / len(gw)


def _eval_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("segment_pdf_eval", REPO / "scripts" / "segment_pdf_eval.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def folder_scores(data: Path, analyses: dict, docs: set[str] | None = None) -> dict[str, tuple[float, float | None, int]]:
    """Per gold document of ``data`` (those of ``docs`` only, if given): (section accuracy, template F1 or None,
    passages holding gold template text), rounded to 3 places, of its analysis in ``analyses`` (doc id -> Analysis;
    ``scripts/segment_pdf_eval.py``'s leaks). Raises KeyError for a gold document without an analysis."""
    leaks = _eval_script().leaks
    got = {}
    for doc_id, gold in load_gold_dir(data).items():
        if docs is not None and doc_id not in docs:
            continue
        s = score_document(analyses[doc_id], gold)
        got[doc_id] = (round(s.section_accuracy, 3), None if s.template_f1 is None else round(s.template_f1, 3),
                       leaks(analyses[doc_id], gold))
    return got
