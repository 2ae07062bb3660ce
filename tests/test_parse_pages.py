"""Pages of the text of a paragraph that runs onto the next page (issue 15: evidence pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.parse import parse

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402


def test_paragraph_over_a_page_break_records_where_each_page_starts(tmp_path: Path) -> None:
    path = tmp_path / "two-pages.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    first = ["The reception agency will open four new centres in the coming", "years. It will also train its staff in the",
             "identification of vulnerable applicants and in the provision of"]
    y = 120.0
    for text in first:
        c.drawString(72, y, text)
        y -= 13
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(72, 780, "legal information. Returns are organised by the return service.")
    c.drawString(72, 767, "It reports to the minister.")
    c.showPage()
    c.save()
    [blk] = [b for b in parse(path).blocks if b.kind == "paragraph"]
    assert blk.text == ("The reception agency will open four new centres in the coming years. It will also train its staff "
                        "in the identification of vulnerable applicants and in the provision of legal information. "
                        "Returns are organised by the return service. It reports to the minister.")
    assert blk.page == 1
    assert blk.page_starts == ((blk.text.index("legal information."), 2),)
    assert blk.page_at(blk.text.index("It will also")) == 1
    assert blk.page_at(blk.text.index("Returns are")) == 2


def test_hyphenated_word_over_the_page_break(tmp_path: Path) -> None:
    path = tmp_path / "hyphen-break.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 120, "De minister zorgt voor de opvang van asielzoekers en de migra-")
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(72, 780, "tieketen. Gemeenten voeren de taken uit.")
    c.showPage()
    c.save()
    [blk] = [b for b in parse(path).blocks if b.kind == "paragraph"]
    assert blk.text == "De minister zorgt voor de opvang van asielzoekers en de migratieketen. Gemeenten voeren de taken uit."
    # the cut word belongs to the first page; the next sentence to the second
    assert blk.page_at(blk.text.index("migratieketen")) == 1
    assert blk.page_at(blk.text.index("Gemeenten")) == 2


def test_one_page_blocks_have_no_page_starts(tmp_path: Path) -> None:
    path = tmp_path / "one.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "One line only.")
    c.save()
    [blk] = parse(path).blocks
    assert blk.page_starts == () and blk.page_at(5) == 1


def _strategy_over_a_page_break(path: Path) -> None:
    """A short strategy whose 2.1.2 answer paragraph runs from page 1 onto page 2; its return sentence stands on page 2."""
    c = canvas.Canvas(str(path), pagesize=A4)

    def lines(y: float, texts: list[str]) -> None:
        c.setFont("Helvetica", 10)
        for text in texts:
            c.drawString(72, y, text)
            y -= 13

    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 780, "National asylum and migration management strategy")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 180, "2.1.2 Internal dimension")
    lines(160, ["The ministry of justice coordinates the work of the police, the immigration service and the",
                "municipalities. Its budget grows by four per cent a year until 2030, and the agencies report",
                "twice a year to parliament on the progress they have made. The migration board keeps a",
                "register of all applications and publishes monthly figures on its website for the"])
    c.showPage()
    lines(800, ["public. The return service ensures effective and dignified return of illegally staying third-country",
                "nationals under the Return Directive 2008/115/EC. It reports to the minister every month."])
    c.showPage()
    c.save()


def test_evidence_page_is_the_page_of_its_sentence(tmp_path: Path) -> None:
    """analysis.json: the paragraph starts on page 1, the evidence sentence for 2.1.2.c (and its aspects) on page 2."""
    import json

    from analyser.embed import HashingEncoder
    from analyser.pipeline import analyse_corpus

    src = tmp_path / "in"
    src.mkdir()
    _strategy_over_a_page_break(src / "se-return.pdf")
    [res] = analyse_corpus([src], out=tmp_path / "out", encoder=HashingEncoder())
    assert res.status == "success"
    data = json.loads((tmp_path / "out" / "se-return" / "analysis.json").read_text(encoding="utf-8"))
    [para] = [b for b in data["blocks"] if b["text"].startswith("The ministry of justice")]
    assert para["page"] == 1 and para["text"].endswith("It reports to the minister every month.")
    [passage] = data["passages"]
    assert passage["page"] == 1
    cov = data["coverage"]["2.1.2.c"]
    assert cov["label"] != "absent"
    best = cov["evidence"][0]
    assert best["sentence"] == ("The return service ensures effective and dignified return of illegally staying "
                                "third-country nationals under the Return Directive 2008/115/EC.")
    assert (best["block"], best["page"]) == (para["id"], 2)
    aspect_pages = {a["evidence"]["sentence"]: a["evidence"]["page"] for a in cov["aspects"] if a["evidence"]}
    assert aspect_pages == {best["sentence"]: 2}
    # every evidence item, of every key element, carries the page of its own sentence
    page_two = ("The return service", "It reports to the minister")
    for kid, c in data["coverage"].items():
        for e in c["evidence"]:
            assert e["page"] == (2 if e["sentence"].startswith(page_two) else 1), (kid, e["sentence"])


def test_sentence_pages_of_a_block_and_of_passages() -> None:
    """Sentences are found in the block text whatever its whitespace; a passage cut from the middle of a long block starts on its own page."""
    from types import SimpleNamespace

    import numpy as np

    from analyser.embed import HashingEncoder
    from analyser.match import MatchConfig, build_passages, sentence_pages, sentence_pages_in_block
    from analyser.schema import Block, Segmentation, SegmentedBlock

    text = "Erste  Aussage steht hier.\nZweite Aussage beginnt auf Seite eins und endet auf Seite zwei. Dritte Aussage. Vierte Aussage auf Seite drei."
    block = Block(id="b0001", page=4, text=text,
                  page_starts=((text.index("endet"), 5), (text.index("Vierte"), 6)))
    sents = ["Erste Aussage steht hier.", "Zweite Aussage beginnt auf Seite eins und endet auf Seite zwei.",
             "Dritte Aussage.", "Vierte Aussage auf Seite drei."]
    assert sentence_pages_in_block(block, sents) == [4, 4, 5, 6]
    # a sentence the text does not hold keeps the page before it
    assert sentence_pages_in_block(block, ["Erste Aussage steht hier.", "Nicht im Text.", "Vierte Aussage auf Seite drei."]) == [4, 4, 6]
    assert sentence_pages_in_block(block.model_copy(update={"page_starts": ()}), sents) == [4, 4, 4, 4]

    seg = Segmentation(doc_id="t", blocks=(SegmentedBlock(block=block, role="answer", section_id="2.3.3"),), sections={})
    passages, sentences_of = build_passages(seg, HashingEncoder(), "de", MatchConfig(max_tokens=13))
    assert [p.text for p in passages] == [" ".join(ss) for ss in sentences_of]
    assert [s for ss in sentences_of for s in ss] == sents
    assert [p.page for p in passages] == [4, 4, 5]
    assert [p.page_starts for p in passages] == [(), (), ((len("Dritte Aussage. "), 6),)]
    flat = [s for ss in sentences_of for s in ss]
    owner = [i for i, ss in enumerate(sentences_of) for _ in ss]
    assert sentence_pages(SimpleNamespace(sentences=flat, sentence_passage=np.array(owner), passages=passages)) == [4, 4, 5, 6]
    # one passage over three pages: page_starts at its sentence starts
    [whole], _ = build_passages(seg, HashingEncoder(), "de", MatchConfig(max_tokens=512))
    assert whole.page == 4
    assert whole.page_starts == ((whole.text.index("Dritte"), 5), (whole.text.index("Vierte"), 6))
    assert whole.page_at(whole.text.index("Zweite")) == 4
