"""Templates filled in as a question | answer table, and answers in notes (fast: parse, hashing encoder).

Inputs: ``tests/data/qagrid`` (README: gold, held-out files); the fresh8 shapes they generalise: fresh8 #3, #4, #7.
"""

from __future__ import annotations

from pathlib import Path

from analyser.parse import parse
from analyser.parse.footnotes import footnote_blocks
from analyser.parse.model import Line
from analyser.parse.tables import qa_cells

QAGRID = Path(__file__).parent / "data" / "qagrid"
Q1 = "Wie wird die Rückkehr illegal aufhältiger Drittstaatsangehöriger gesteuert?"
Q2 = "Wie werden illegale Beschäftigung und Ausbeutung bekämpft?"
A1 = "Jährlich sollen 12 000 ausreisepflichtige Drittstaatsangehörige das Land verlassen."


def test_qa_cells_two_columns_under_heading_rows() -> None:
    """Header row kept as a table, a heading row across the table a heading, each question and each non-empty
    answer a block of its column ("question", "answer"); an empty or "—" answer no block."""
    rows = [["Frage", "Antwort"], ["2.1.2. Interne Dimension", ""], [Q1, A1], [Q2, ""], [Q2, "—"]]
    assert qa_cells(rows) == [[("table", "Frage | Antwort")], [("heading", "2.1.2. Interne Dimension")],
                              [("question", Q1), ("answer", A1)], [("question", Q2)], [("question", Q2)]]


def test_qa_cells_section_column_opens_each_section_once() -> None:
    rows = [["Abschnitt", "Frage", "Antwort"], ["2.1.2", Q1, A1], ["2.1.2", Q2, ""], ["2.3.3", Q1, A1]]
    assert qa_cells(rows) == [[("table", "Abschnitt | Frage | Antwort")],
                              [("heading", "2.1.2"), ("question", Q1), ("answer", A1)], [("question", Q2)],
                              [("heading", "2.3.3"), ("question", Q1), ("answer", A1)]]


def test_qa_cells_other_tables_are_not_read_apart() -> None:
    """Figures, measures with short names, a first column that is no section number, a single question row, four
    columns, and questions never answered at length: None (the table stays one block)."""
    assert qa_cells([["Jahr", "Plätze"], ["2026", "900"], ["2027", "1 100"]]) is None
    assert qa_cells([["Maßnahme", "Beschreibung"], ["Rückkehrberatung", A1], ["Schubhaft", A1]]) is None
    assert qa_cells([["BMI", Q1, A1], ["BFA", Q2, A1]]) is None
    assert qa_cells([["Frage", "Antwort"], [Q1, A1]]) is None
    assert qa_cells([["a", "b", "c", "d"], ["1", Q1, A1, ""], ["2", Q2, A1, ""]]) is None
    assert qa_cells([["Frage", "Antwort"], [Q1, "ja"], [Q2, "nein"]]) is None


def test_polish_three_column_docx_is_read_apart() -> None:
    """pl-2026.qa-table.docx: "Sekcja | Pytanie wzoru | Odpowiedź" rows, the number in column 1: headings 1, 2.1.2,
    2.3.3, 2.6 once each; the unanswered 2.1.2.b row a question alone."""
    doc = parse(QAGRID / "pl-2026.qa-table.docx")
    assert [b.text for b in doc.blocks if b.kind == "heading"][1:] == ["1", "2.1.2", "2.3.3", "2.6"]
    texts = [b.text for b in doc.blocks]
    i = next(k for k, t in enumerate(texts) if t.startswith("Zwalczanie wyzysku"))
    assert texts[i + 1] == "2.3.3" and sum(b.kind == "paragraph" for b in doc.blocks) == 11
    # each cell names its column (Block.table_cell, #14): 6 questions, 5 answers; the title and headings none
    assert [b.table_cell for b in doc.blocks if b.kind == "paragraph"] == ["question", "answer"] * 3 + ["question"] + \
        ["question", "answer"] * 2
    assert all(b.table_cell is None for b in doc.blocks if b.kind != "paragraph")


def test_italian_pdf_grid_with_spanning_heading_rows() -> None:
    """it-2026.qa-grid.pdf: a ruled two-column grid, section rows spanning both columns: each a heading, each cell a
    paragraph, the empty answer of 2.6.a no block."""
    doc = parse(QAGRID / "it-2026.qa-grid.pdf")
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading", "table"] + ["heading", "paragraph", "paragraph", "paragraph", "paragraph"] + \
        ["heading", "paragraph", "paragraph"] * 2 + ["heading", "paragraph", "paragraph", "paragraph"]
    assert doc.blocks[14].text.startswith("Disponibilità delle risorse") and doc.blocks[15].text.startswith("Uso")
    # the PDF grid's cells name their column too (Block.table_cell, #14)
    assert [b.table_cell for b in doc.blocks[10:17]] == [None, "question", "answer", None, "question", "question", "answer"]


def _note(text: str, lead: str | None = None) -> Line:
    return Line(page=1, text=text, size=7.5, role="footnote", lead_marker=lead)


def test_a_number_wrapped_to_a_note_line_continues_the_note() -> None:
    """"… complementan 1" + "900 millones …": one note; the next number ("5 …") or a raised marker a new one."""
    got = footnote_blocks([_note("Del Fondo … que complementan 1", "4"), _note("900 millones del presupuesto."),
                           _note("5 Fuente: Eurostat."), _note("texto", "6")])
    assert [b.footnote_markers for b in got] == [["4"], ["5"], ["6"]]
    assert [ln.text for ln in got[0].lines] == ["Del Fondo … que complementan 1", "900 millones del presupuesto."]


def test_section_column_opens_sections_hashing() -> None:
    """The section numbers alone (no title to confirm them) open their sections, in the Annex's order."""
    from analyser.embed import HashingEncoder
    from analyser.segment import segment
    from analyser.template import load_template

    seg = segment(parse(QAGRID / "pl-2026.qa-table.docx"), load_template(), HashingEncoder())
    assert [s for s, r in seg.sections.items() if r.present] == ["1", "2.1.2", "2.3.3", "2.6"]
    assert all(b.section_id == "2.1.2" for b in seg.blocks[8:11])
