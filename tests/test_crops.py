"""Page crops (analyser.output.crops) on small inputs: found, next page, not found, unreadable PDF, cache."""

from __future__ import annotations

import base64
import io
import json
import logging
from pathlib import Path

import numpy as np
import pdfplumber
import pytest
from PIL import Image

from analyser.output.crops import CACHE_NAME, crop_key, evidence_sources, pdf_crops

REPO = Path(__file__).parents[1]
PDF = REPO / "corpus" / "xb-2025.word.pdf"


def _sentence(page: int) -> str:
    """A full line of body text from ``page`` of the German corpus PDF (pdfplumber, independent of the crop code)."""
    with pdfplumber.open(PDF) as pdf:
        lines = [ln["text"] for ln in pdf.pages[page - 1].extract_text_lines() if len(ln["text"]) > 60]
    return lines[len(lines) // 2]


def _yellow(src: str) -> int:
    rgb = np.asarray(Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))).convert("RGB")).astype(int)
    return int(((rgb[..., 0] > 220) & (rgb[..., 1] > 180) & (rgb[..., 1] < 245) & (rgb[..., 2] < 170)).sum())


def test_crop_found_on_its_page_and_on_the_next(tmp_path):
    s2, s3 = _sentence(2), _sentence(3)
    items = [{"page": 2, "sentence": s2, "text": s2},
             {"page": 2, "sentence": s3, "text": s3},          # the passage starts on p. 2, the sentence is on p. 3
             {"page": 6, "sentence": s2, "text": s2},          # not on p. 5, 6 or 7
             {"page": 2, "sentence": "Ein Satz, der in keinem Dokument steht, nirgendwo.", "text": "x"}]
    crops = pdf_crops(PDF, items)
    k = [crop_key(e["page"], e["sentence"], e["text"]) for e in items]
    assert set(crops) == {k[0], k[1]}
    assert crops[k[0]].page == 2 and crops[k[1]].page == 3
    for c in crops.values():
        assert c.src.startswith("data:image/webp;base64,") and len(c.src) < 80_000
        assert len(c.boxes) >= 1 and all(0 <= v <= 1 for b in c.boxes for v in b)
        assert _yellow(c.src) > 200


def _analysis(source: dict, evidence: dict[str, list[dict]]) -> dict:
    """A minimal ``analysis.json`` object: ``source`` and, per key element, its evidence items (block "b1", similarity 0.5)."""
    return {"schema_version": "1.0", "doc_id": "x", "source": source, "language": "de", "template": "eu-2025-503",
            "model": {"name": "hashing-fake"}, "blocks": [], "sections": {},
            "coverage": {k: {"label": "addressed", "score": 0.9,
                             "evidence": [{"block": "b1", "similarity": 0.5, **e} for e in items]}
                         for k, items in evidence.items()}}


def test_unreadable_pdf_gives_a_warning_not_an_error(tmp_path, caplog):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\nnot really a pdf\n")
    analysis = _analysis({"path": str(bad), "sha256": "", "pages": 3},
                         {"1.a": [{"page": 1, "sentence": "Satz.", "text": "Satz."}]})
    folder = tmp_path / "out" / "broken"
    folder.mkdir(parents=True)
    with caplog.at_level(logging.WARNING):
        sources = evidence_sources(folder, analysis)
    assert sources.crops == {} and sources.href == "../../broken.pdf"
    assert "[W540]" in caplog.text and "broken.pdf" in caplog.text


def test_cache_is_reused_and_dropped_when_the_settings_change(tmp_path, monkeypatch):
    import analyser.output.crops as crops_module

    s2 = _sentence(2)
    analysis = _analysis({"path": str(PDF), "sha256": "", "pages": 8},
                         {"1.a": [{"page": 2, "sentence": s2, "text": s2}],
                          "1.b": [{"page": 2, "sentence": "Nicht im Dokument, gar nicht.", "text": "y"}]})
    folder = tmp_path / "out" / "xb"
    first = evidence_sources(folder, analysis)
    cache = json.loads((folder / CACHE_NAME).read_text(encoding="utf-8"))
    assert list(cache["crops"]) == list(first.crops) and len(cache["not_found"]) == 1
    calls = []
    monkeypatch.setattr(crops_module, "pdf_crops", lambda *a, **k: calls.append(a) or {})
    assert evidence_sources(folder, analysis).crops == first.crops and calls == []  # nothing rendered again
    monkeypatch.setattr(crops_module, "QUALITY", 10)
    assert evidence_sources(folder, analysis).crops == {} and len(calls) == 1  # stale cache: rendered again


def test_crops_of_an_encrypted_pdf_opened_with_its_password(tmp_path):
    """`analyse --password secret` read an encrypted PDF, but its page crops failed with "[W540] … no page
    images (Failed to load document (PDFium: Incorrect password error).)": the password never reached them
    (fresh-eyes trial)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "enc.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4, encrypt=StandardEncryption("secret", canPrint=0))
    sentence = "The reception capacity grows to four thousand places by 2027."
    c.drawString(72, 760, sentence)
    c.save()
    items = [{"page": 1, "sentence": sentence, "text": sentence}]
    crops = pdf_crops(pdf, items, password="secret")
    assert list(crops) == [crop_key(1, sentence, sentence)] and crops[crop_key(1, sentence, sentence)].page == 1


def test_word_file_named_pdf_shows_paragraphs_and_asks_for_no_crops(tmp_path, fake_encoder, monkeypatch, caplog):
    """A Word file named ``.pdf`` is analysed as Word, but its report asked pdfium for page crops: once ahead
    (``prerender_crops``, silently failing) and once more for the report, which warned "[W540] … no page
    images" at every run. Now it is shown like a ``.docx`` (neighbouring paragraphs) and pdfium is never asked."""
    docx = pytest.importorskip("docx")
    import analyser.output.crops as crops_module
    from analyser.output.crops import is_pdf_file, prerender_crops
    from analyser.pipeline import analyse_corpus

    d = docx.Document()
    d.add_heading("2.1.2 Return", level=2)
    d.add_paragraph("Rejected applicants are returned within six weeks; voluntary return is supported with counselling.")
    d.add_paragraph("Detention is used only as a last resort and is reviewed by a court every month.")
    src = tmp_path / "zz-2025.pdf"
    d.save(str(src))
    assert not is_pdf_file(src) and is_pdf_file(PDF)
    asked: list[str] = []
    real = crops_module.pdf_crops
    monkeypatch.setattr(crops_module, "pdf_crops", lambda path, *a, **k: asked.append(str(path)) or real(path, *a, **k))
    with caplog.at_level(logging.WARNING):
        results = analyse_corpus([src], tmp_path / "out", encoder=fake_encoder)
        analyse_corpus([src], tmp_path / "out", encoder=fake_encoder)  # a re-run re-renders the reports
    assert [r.status for r in results] == ["success"]
    analysis = json.loads((tmp_path / "out" / "zz-2025" / "analysis.json").read_text(encoding="utf-8"))
    assert prerender_crops(src, analysis) is None
    assert asked == [] and "[W540]" not in caplog.text
    assert not (tmp_path / "out" / "zz-2025" / CACHE_NAME).exists()
    sources = evidence_sources(tmp_path / "out" / "zz-2025", analysis)
    assert sources.crops == {} and sources.href is None
    first = analysis["blocks"][1]["id"]  # the first paragraph: its neighbour is the second one
    assert "Detention is used only as a last resort" in " ".join(sources.context(first)["after"])
