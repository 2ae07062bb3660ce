"""Scope and parse rules of the fourteenth session (scope14, issue #14: partial strategies): a call for project proposals by
its parts (:func:`analyser.scope.call_marks`), a pipe table of figures without weight (:func:`analyser.scope.figure_table`),
Markdown read without its markup (:func:`analyser.parse.txt.plain_markdown`) and a strategy of one line per section read
joined (:func:`analyser.match.item_units`). Text only; the real-model figures are in ``tests/test_scope_heldout14_model.py``."""
from __future__ import annotations

from pathlib import Path

import pytest

from analyser.match import item_units
from analyser.parse.txt import is_markdown, parse_txt, plain_markdown
from analyser.schema import Block, Passage, SegmentedBlock, Segmentation
from analyser.scope import call_marks, figure_table

DATA = Path(__file__).parent / "data"


def _seg(texts: list[str]) -> Segmentation:
    blocks = tuple(SegmentedBlock(block=Block(id=f"b{i}", page=1, text=t), section_id=None, role="answer")  # type: ignore[arg-type]
                   for i, t in enumerate(texts))
    return Segmentation(doc_id="doc", blocks=blocks, sections={})


def test_call_marks_of_the_estonian_research_call():
    """recall13's Estonian research call (in scope 0.80 before): a grant per project and a submission deadline."""
    text = (DATA / "recall13" / "heldout" / "et-research-call.txt").read_text(encoding="utf-8")
    assert call_marks(_seg(text.split("\n\n"))) == ("grant per project", "submission deadline")


@pytest.mark.parametrize("lines, kinds", [
    (["Soggetti ammissibili: università.", "Il contributo per progetto va da 80 000 euro.", "Le domande si presentano entro il 15 marzo."],
     ("grant per project", "submission deadline", "eligible applicants")),
    (["Deadline for applications: 1 May 2026.", "Proposals will be evaluated by two experts."],
     ("submission deadline", "evaluation of proposals")),
    (["Termin składania wniosków: 30 kwietnia.", "Kryteria oceny: jakość, wykonalność."], ("submission deadline", "evaluation of proposals")),
    # a strategy's funding and its own deadlines are no call's parts
    (["AMIF (EUR 90 million) complements national funds without double funding.",
      "Applicants for international protection receive a decision within six months.",
      "By 2027 every region submits its reception plan to the Ministry."], ()),
])
def test_call_marks(lines, kinds):
    assert call_marks(_seg(lines)) == kinds


@pytest.mark.parametrize("text, table", [
    ("| Year | Applications | Returns | | 2023 | 11 600 | 6 900 | | 2024 | 13 200 | 8 100 |", True),
    ("| Rādītājs | 2025 | 2031 | | Atgriešanas | 700 | 1 200 |", True),
    ("In 2025 the Asylum Service registered 7 900 applications, 40 % fewer than in 2024.", False),  # prose with figures
    ("| Measure | Responsible body | Deadline | | Open two reception centres | Ministry of Interior | 2027 |", False),
])
def test_figure_table(text, table):
    assert figure_table(text) is table


def test_markdown_file_is_read_without_markup():
    data = (DATA / "fresh9" / "cy-2026.markdown.txt").read_bytes()
    assert is_markdown(data.decode("utf-8"))
    _, blocks = parse_txt(Path("cy.txt"), data)
    texts = [b.text for b in blocks]
    assert texts[:3] == ["National Asylum and Migration Management Strategy 2026-2031",
                         "Republic of Cyprus - Ministry of Interior - www.moi.gov.cy",
                         "1. Context of national asylum and migration management"]
    assert "| Year | Applications | Returns |\n| 2023 | 11 600 | 6 900 |\n| 2024 | 13 200 | 8 100 |\n| 2025 | 7 900 | 10 300 |" in texts
    assert any(t.startswith("- Return: 10 000 returns a year") for t in texts)
    assert not [t for t in texts if "**" in t or "](" in t or t.startswith(("#", ">", "---"))]


def test_plain_markdown_keeps_plain_text_and_bullets():
    assert plain_markdown("## 2.6 Capacity\n- **Budget:** *EUR* 5 m, see [the annex](a.md)\n> quoted\n\n---\n") == (
        "\n2.6 Capacity\n\n- Budget: EUR 5 m, see the annex\nquoted\n\n\n")
    assert not is_markdown("#1 field\nText with a # sign.\n# one heading only")
    assert plain_markdown("Telefon: __________ and 2 * 3 * 4") == "Telefon: __________ and 2 * 3 * 4"


def _passage(i: int, text: str, section: str | None) -> Passage:
    return Passage(id=f"doc:P{i:04d}", block_ids=(f"b{i}",), section_id=section, page=1, text=text)


def test_item_units_join_one_line_sections():
    """fresh9 #2's shape: each Annex section answered by one line, read joined across sections (0.48 → 0.82); a section of
    two passages closes the run."""
    texts = ["2.1.1. Dimensione esterna: partenariati con Tunisia.", "2.1.2. Dimensione interna: 20 000 rimpatri.",
             "2.1.3. Sostegno: contributi di solidarietà.", "2.2. Frontiere: controlli.", "Seconda frase del 2.2."]
    passages = [_passage(i, t, s) for i, (t, s) in enumerate(zip(texts, ["2.1.1", "2.1.2", "2.1.3", "2.2", "2.2"]))]
    assert item_units(passages, [[t] for t in texts]) == [
        ((0, 1, 2), " ".join(texts[:3])), ((3, 4), "2.2. Frontiere: controlli. Seconda frase del 2.2.")]
