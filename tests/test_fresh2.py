"""Parse defects found by the fresh-eyes tester of the fifth session, on the inputs of ``tests/data/fresh2``.

Each test pins the exact blocks of a real input (see ``tests/data/fresh2/README.md``).
"""

from __future__ import annotations

from pathlib import Path

from analyser.parse import parse

FRESH2 = Path(__file__).parent / "data" / "fresh2"


def _blocks(name: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in parse(FRESH2 / name).blocks]


def test_qa_table_split_at_its_numbered_heading_rows() -> None:
    """A Portuguese answer table (question | answer) carries the Annex headings as rows across the table.

    Before, the whole table was one block and every answer went to one section (2.3.3): the return answer
    under 2.1.2 scored 0.01 (absent). Then each heading row was a heading block between tables of "question |
    answer" rows; since qagrid (fresh8 #4, #7) a question | answer table is read apart: each question and each
    answer a paragraph of its own (``parse.tables.qa_cells``), the heading rows still headings.
    """
    blocks = _blocks("pt-2026.qa-table.pdf")
    kinds = [(k, t.split("\n")[0][:40]) for k, t in blocks]
    assert kinds[:5] == [
        ("heading", "REPÚBLICA PORTUGUESA — Ministério da Adm"),
        ("heading", "Estratégia Nacional de Gestão do Asilo e"),
        ("table", "Pergunta do modelo | Resposta de Portuga"),
        ("heading", "2.1.2. Elementos da dimensão interna"),
        ("paragraph", "— Como assegurar a aplicação correta e c"),
    ]
    assert [t for k, t in kinds if k == "heading"][3:] == ["2.3.3. Um sistema de acolhimento robusto",
                                                          "2.3.4. Condições para uma integração bem"]
    assert len(blocks) == 19 and kinds[7] == ("paragraph", "Não aplicável.")
    assert kinds[10][1].startswith("— Outras medidas de regresso")  # the unanswered question: no answer block


def test_figures_table_is_not_split() -> None:
    """The landscape budget table of the Danish strategy (rows of figures) stays one table block."""
    tables = [t for k, t in _blocks("da-2026.layout.pdf") if k == "table"]
    assert tables == [
        "Område | 2026 | 2027 | 2028 | 2029 | 2030\n"
        "Asylsagsbehandling | 410 | 420 | 430 | 440 | 450\n"
        "Modtagelse | 1 200 | 1 150 | 1 100 | 1 100 | 1 050\n"
        "Hjemrejse | 310 | 320 | 330 | 330 | 340\n"
        "IT og digitalisering | 95 | 120 | 80 | 60 | 60"
    ]


def test_text_dash_questions_one_per_line_are_items() -> None:
    """The Annex's dash questions written one per line (no blank line between) are one list item each.

    Before, a run of fewer than eight lines stayed one paragraph: the six 2.4 questions of the Hungarian
    blank template were one block "— Hogyan …? — Hogyan …?".
    """
    blocks = _blocks("hu-annex-blank.txt")
    i = next(n for n, (_, t) in enumerate(blocks) if t.startswith("2.4. Felkészültség"))
    assert blocks[i + 1][0] == "paragraph"  # the instruction before the questions
    items = blocks[i + 2:i + 8]
    assert [k for k, _ in items] == ["list_item"] * 6
    assert [t[:30] for _, t in items] == [
        "— Hogyan veszik figyelembe az ",
        "— Hogyan tartják naprakészen a",
        "— Hogyan használják a Bizottsá",
        "— Hogyan készülnek fel a harma",
        "— Hogyan készülnek fel a migrá",
        "— Hogyan készülnek fel a vis m",
    ]
    assert blocks[i + 8][1].startswith("2.5. Az integrált")


def test_text_dash_items_keep_their_introduction_and_wrapped_lines(tmp_path: Path) -> None:
    """An introduction line stays apart, a hard-wrapped item keeps its next line; one dash line is no list."""
    f = tmp_path / "items.txt"
    f.write_text(
        "Measures:\n— more staff for the\nasylum service;\n– a new IT system.\n\n"
        "The period 2026\n- 2030 is covered.\n",
        encoding="utf-8",
    )
    assert [(b.kind, b.text) for b in parse(f).blocks] == [
        ("paragraph", "Measures:"),
        ("list_item", "— more staff for the\nasylum service;"),
        ("list_item", "– a new IT system."),
        ("paragraph", "The period 2026\n- 2030 is covered."),
    ]


def test_running_header_cut_by_two_columns_is_furniture() -> None:
    """On the two-column page 7 of the Danish strategy the running header is read as two lines.

    Before, its right half "Udlændinge- og Integrationsministeriet" was a body paragraph between the
    answers of 2.4 and 2.5; it is the recurring end of the whole header of the other pages.
    """
    page7 = [(b.kind, b.text) for b in parse(FRESH2 / "da-2026.layout.pdf").blocks if b.page == 7]
    assert [k for k, _ in page7] == [
        "header_footer", "header_footer", "heading", "paragraph", "paragraph", "heading", "paragraph",
        "paragraph", "header_footer",
    ]
    assert page7[1][1] == "Udlændinge- og Integrationsministeriet"
    assert page7[-1][1] == "Side 7"


def test_superscript_two_points_smaller_is_a_footnote_marker() -> None:
    """reportlab's <super> sets a note reference 2 pt smaller (8.5 in 10.5 pt, 0.81) and raised.

    Before, it was read as text: "Schengenevalueringen fra 2024²" became "fra 20242" in the quoted evidence,
    "et årti.¹" became "et årti.1". Now the markers are kept apart as the small ones are.
    """
    paras = {" ".join(b.text.split()[:2]): b for b in parse(FRESH2 / "da-2026.layout.pdf").blocks
             if b.page in (3, 4) and b.kind == "paragraph"}
    assert "Schengenevalueringen fra 2024 og hænger" in paras["Strategien bygger"].text
    assert paras["Strategien bygger"].footnote_markers == ("2",)
    assert "det laveste tal i et årti. Flest" in paras["Danmark modtog"].text
    assert paras["Udsendelse af"].text.endswith("inden for et år.")
    assert paras["Udsendelse af"].footnote_markers == ("3",)


def test_paragraph_number_stays_with_its_sentence() -> None:
    """A paragraph number cut off by the sentence splitter ("1.", "3.") was quoted alone, in bold, as the best
    evidence sentence: of a Lithuanian judgment's 1.a, of nl-2025's 2.3.4.a ("3.") and xa-2025's 1.b ("3.").
    A sentence merged over a cut after "(" keeps the text as written ("(kolegijos", not "( kolegijos").
    """
    from analyser.text import split_sentences

    assert split_sentences("1. Pareiškėjas, Irako pilietis, pateikė prašymą suteikti prieglobstį. Jis nurodė, kad "
                           "jam gresia persekiojimas.", "lt") == [
        "1. Pareiškėjas, Irako pilietis, pateikė prašymą suteikti prieglobstį.",
        "Jis nurodė, kad jam gresia persekiojimas.",
    ]
    assert split_sentences("3. Inhuisregistratie wordt uitgebreid naar centrale aanmeldlocaties.", "nl") == [
        "3. Inhuisregistratie wordt uitgebreid naar centrale aanmeldlocaties."]
    assert split_sentences("2. Eje 1: Acogida y primera atención", "es") == ["2. Eje 1: Acogida y primera atención"]
    assert split_sentences("III. Return policy will be improved. 2) Second item here.", "en") == [
        "III. Return policy will be improved.", "2) Second item here."]
    got = split_sentences("Teisėjų kolegija, susidedanti iš teisėjų A. B., C. D. (kolegijos pirmininkė) ir E. F. "
                          "(pranešėjas), išnagrinėjo bylą.", "lt")
    assert "(kolegijos pirmininkė)" in " ".join(got) and "( " not in " ".join(got)


REFERENCE = Path(__file__).parent / "data" / "reference"


def test_reports_say_which_sections_were_found_by_annex_headings() -> None:
    """A chapter or excerpt below the six headings of ``follows_template`` was called free-form in both reports.

    The Portuguese answer table (sections 2.1.2, 2.3.3, 2.3.4 found by number) and the chapter xb-2025.ch23
    (2.3, 2.3.1, 2.3.2, 2.3.4 by number) read "no — blocks placed by content (free-form document)". A whole
    document placed wholly by content keeps that wording.
    """
    from analyser.output.html import document_html
    from analyser.output.markdown import markdown_report
    from analyser.schema import load_analysis
    from analyser.template import load_template

    template = load_template()
    chapter = load_analysis(REFERENCE / "xb-2025.ch23" / "analysis.json")
    md = markdown_report(chapter, template)
    assert ("- Follows the template's numbering: no (4 sections found by their Annex headings: 2.3, 2.3.1, 2.3.2, "
            "2.3.4; other blocks placed by content)") in md.splitlines()
    html = document_html(chapter, template)
    assert ("<dd>no — 4 sections found by their Annex headings (2.3, 2.3.1, 2.3.2, 2.3.4), the other blocks placed "
            "by content</dd>") in html
    assert "free-form document" not in html
    free = chapter.model_copy(update={"sections": {
        sid: sec.model_copy(update={"method": "content" if sec.present else None}) for sid, sec in chapter.sections.items()}})
    assert "- Follows the template's numbering: no (placed by content)" in markdown_report(free, template).splitlines()
    assert "<dd>no — blocks placed by content (free-form document)</dd>" in document_html(free, template)


def test_reports_warn_that_absent_may_sit_on_an_unreadable_page() -> None:
    """The Danish PDF's scanned page 6 held 2.3.3 and 2.3.4: both reports listed them as plainly absent.

    Now the absent list carries the caveat; a document whose pages were all read has none.
    """
    from analyser.output.html import document_html
    from analyser.output.markdown import markdown_report
    from analyser.schema import PageFlags, load_analysis
    from analyser.template import load_template

    template = load_template()
    chapter = load_analysis(REFERENCE / "xb-2025.ch23" / "analysis.json")
    assert "could not be read" not in markdown_report(chapter, template)
    scanned = chapter.model_copy(update={"pages": (PageFlags(number=6, flags=("scanned",)),)})
    note = "Page 6 could not be read (scanned): a key element answered only there is reported absent."
    md = markdown_report(scanned, template).splitlines()
    i = next(n for n, line in enumerate(md) if line.startswith("**Absent key elements:**"))
    assert md[i + 2] == f"*{note}*"
    html = document_html(scanned, template)
    assert f'<h2>Missing: absent key elements</h2>\n<p class="missing-note">{note}</p>' in html


def test_word_qa_table_split_at_its_numbered_heading_rows() -> None:
    """The same answer table in a Word file: its merged heading rows were inside one table block (as in the PDF).
    Since qagrid the question | answer table is read apart as in the PDF: headings, then one paragraph per cell."""
    blocks = _blocks("pt-2026.qa-table.docx")
    got = [(k, t.split("\n")[0][:40]) for k, t in blocks]
    assert got[:4] == [
        ("heading", "Estratégia Nacional de Gestão do Asilo e"),
        ("table", "Pergunta do modelo | Resposta de Portuga"),
        ("heading", "2.1.2. Elementos da dimensão interna"),
        ("paragraph", "— Como assegurar a aplicação correta e c"),
    ]
    assert [t for k, t in got if k == "heading"][2:] == ["2.3.3. Um sistema de acolhimento robusto",
                                                        "2.3.4. Condições para uma integração bem"]
    assert got[6] == ("paragraph", "Não aplicável.")
