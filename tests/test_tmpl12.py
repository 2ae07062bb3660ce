"""fresh9 #4 and #5 (twelfth session, ``tmpl12``): inputs in ``tests/data/tmpl12`` (``make_inputs.py``, README).

#4: the first answer under a heading of a short English/Dutch strategy, figure-rich and echoing the Annex's words,
was taken for the template's question by Otsu's split (and by the cross-lingual dash-item rule): a block with figures
of its own is an answer whichever rule looks at it. #5: a Word contents list (title, tab, page number) opened the
sections and the body sat in section 1; it is one block now, and the strategy starts after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.evaluate import gold_document, load_gold
from analyser.parse import parse
from analyser.segment import is_toc_like, segment

DATA = Path(__file__).parent / "data" / "tmpl12"
FRESH9 = Path(__file__).parent / "data" / "fresh9"


def _roles(seg) -> dict[str, tuple[str, str | None]]:  # noqa: ANN001 - a Segmentation
    return {sb.block.text: (sb.role, sb.section_id) for sb in seg.blocks}


def test_word_contents_list_is_one_block() -> None:
    """The "Índice" title and its four "title<TAB>page" entries are one paragraph block, one line each; the body's
    paragraphs follow as they were ("Regresso. Todos os anos …")."""
    doc = parse(DATA / "pt-2026.toc-run-in.docx")
    texts = [b.text for b in doc.blocks]
    assert texts[1] == ("Índice\n1. Contexto da gestão nacional do asilo e da migração 3\n2.1.2. Dimensão interna 4\n"
                        "2.3.3. Um sistema de acolhimento robusto 5\n2.6. Capacidade e meios suficientes 6")
    assert is_toc_like(texts[1])
    assert [t.split(".")[0] for t in texts[2:]] == ["Situação nacional", "Posição geográfica", "Regresso", "Acolhimento", "Recursos"]
    assert [b.id for b in doc.blocks] == [f"b{k:04d}" for k in range(1, len(doc.blocks) + 1)]


def test_word_contents_before_headings_is_one_block() -> None:
    """Headings in the body too: the contents list is one block and the "Heading 1" paragraphs stay headings."""
    doc = parse(DATA / "sv-toc-headed.docx")
    assert doc.blocks[1].text.startswith("Innehåll\n1. Sammanhang") and doc.blocks[1].text.count("\n") == 4
    assert [b.text for b in doc.blocks if b.kind == "heading"][1:] == [
        "1. Sammanhang för den nationella asyl- och migrationshanteringen", "2.1.2. Inre dimension",
        "2.3.3. Ett robust mottagningssystem", "2.6. Tillräcklig kapacitet och förmåga"]


@pytest.mark.model
@pytest.mark.parametrize("name, expected", [
    ("pt-2026.toc-run-in.docx", {"Situação": "1", "Posição": "1", "Regresso": "2.1.2", "Acolhimento": "2.3.3", "Recursos": "2.6"}),
    ("de-toc-runin.docx", {"Lage": "1", "Rückkehr": "2.1.2", "Aufnahme": "2.3.3", "Mittel": "2.6"}),
])
def test_contents_list_opens_no_section(name: str, expected: dict[str, str], template, e5_encoder) -> None:  # noqa: ANN001
    """fresh9 #5: the contents lines open nothing (front matter), the body is placed by content, every answer in
    its section (pt is fresh9's, de seen)."""
    seg = segment(parse(DATA / name), template, e5_encoder)
    roles = _roles(seg)
    assert [r for t, r in roles.items() if "\n" in t] == [("front_matter", None)]
    got = {t.split(".")[0].split()[0]: r[1] for t, r in roles.items() if r[0] == "answer"}
    assert got == expected


@pytest.mark.model
def test_contents_list_held_out_polish(template, e5_encoder) -> None:  # noqa: ANN001
    """Held-out pl: the contents opens nothing, the body is placed by content; "Powroty" (returns, 2.1.2) lands in
    2.3.3 (content placement of a short run-in paragraph, not the contents list: a guard of today's value)."""
    seg = segment(parse(DATA / "pl-toc-runin.docx"), template, e5_encoder)
    roles = _roles(seg)
    assert [r for t, r in roles.items() if "\n" in t] == [("front_matter", None)]
    got = {t.split(".")[0]: r[1] for t, r in roles.items() if r[0] == "answer"}
    assert got == {"Sytuacja": "1", "Powroty": "2.3.3", "Przyjmowanie": "2.3.3", "Zasoby": "2.6"}


@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["short-en", "short-nl", "short-de", "short-pl", "short-sv", "short-el", "short-cs"])
def test_figure_rich_first_answers_are_answers(doc_id: str, template, e5_encoder) -> None:  # noqa: ANN001
    """fresh9 #4: no block of a short strategy is template text (en: template F1 0.30 before, nl held out 0.37)."""
    g = load_gold(DATA / f"{doc_id}.gold.json")
    seg = segment(gold_document(g), template, e5_encoder)
    gold = {b["id"]: (b["role"], b["section"]) for b in g["blocks"]}
    assert {sb.block.id: (sb.role, sb.section_id) for sb in seg.blocks} == gold


@pytest.mark.model
@pytest.mark.parametrize("name", ["cy-2026.markdown.txt", "nl-2026.type3.pdf"])
def test_fresh9_first_answers_are_not_template(name: str, template, e5_encoder) -> None:  # noqa: ANN001
    """fresh9 #4 on its inputs: no "template_question" in the Cypriot Markdown strategy or the Dutch Type 3 one."""
    seg = segment(parse(DATA / name), template, e5_encoder)
    assert not [sb.block.text[:40] for sb in seg.blocks if sb.role.startswith("template")]
