"""Template text in a language without a template pack (segment/template_xling.py) and question | answer tables.

Fast tests build the template references by hand (orthonormal piece vectors, a translation agreement of 0.9 each)
and a stub encoder that returns a chosen vector per text, so each block's translation likeness is set exactly.
The model tests run the real encoder on the fresh-eyes inputs (tests/data/fresh2) and on the held-out inputs
written before tuning (tests/data/template_xling).
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from analyser.match import MatchConfig, answer_cells, build_passages
from analyser.schema import Block, SegmentedBlock, Segmentation
from analyser.segment.common import _TemplateRefs
from analyser.segment.config import SegmentConfig
from analyser.segment.headings import _Heading
from analyser.segment.template_xling import asks, template_table_rows, translated_template

DATA = Path(__file__).parent / "data"
DIM = 8
# pieces: 0 question 2.1.2.a, 1 question 2.1.2.b, 2 question 2.1.2.c, 3 instruction 2.1.2, 4 heading 2.1.2
KINDS = ["question", "question", "question", "instruction", "heading"]
KES = ["2.1.2.a", "2.1.2.b", "2.1.2.c", "2.1.2.p", None]


def _refs() -> _TemplateRefs:
    vecs = np.eye(DIM, dtype=np.float32)[:5]
    return _TemplateRefs(kinds=list(KINDS), section_ids=["2.1.2"] * 5, key_element_ids=list(KES), texts=[f"piece {k}" for k in range(5)],
                         normalised=[f"piece {k}" for k in range(5)], vectors=vecs, languages=["en"] * 5,
                         agreement=np.full(5, 0.9, np.float32))


def _vec(piece: int, likeness: float, noise_axis: int = 7) -> np.ndarray:
    """A unit vector whose cosine to ``piece`` is ``likeness`` × 0.9 (translation likeness ``likeness``)."""
    v = np.zeros(DIM, np.float32)
    c = 0.9 * likeness
    v[piece] = c
    v[noise_axis] = math.sqrt(max(0.0, 1.0 - c * c))
    return v


class StubEncoder:
    """Returns the vector registered for each text (for translated_template / template_table_rows)."""

    name = "stub"
    dim = DIM

    def __init__(self, table: dict[str, np.ndarray]):
        self.table = table

    def encode(self, texts, kind="passage"):
        return np.stack([self.table[t] for t in texts])


def _run(items: list[tuple[str, np.ndarray | None]], is_template: list[bool] | None = None):
    """Blocks: a heading of 2.1.2 first (vector None), then ``items``; returns the decision."""
    blocks = [Block(id=f"b{k:04d}", page=1, text=t, kind="paragraph") for k, (t, _) in enumerate(items)]
    enc = StubEncoder({t: v for t, v in items if v is not None})
    heading_at = {0: _Heading(index=0, section_ids=("2.1.2",), text=items[0][0], rank=1, styled=True)}
    section_of = ["2.1.2"] * len(blocks)
    decided = is_template or [False] * len(blocks)
    out, refs_of = translated_template(blocks, section_of, heading_at, decided, [-1] * len(blocks), _refs(), enc, SegmentConfig())
    return out, refs_of


def test_asks_in_several_scripts():
    assert asks("— Hur säkerställs en effektiv hantering av återvändandet (direktiv 2008/115/EG)?")
    assert asks("— ¿Cómo se garantiza un retorno efectivo y digno")
    assert asks("— Πώς διασφαλίζεται η αποτελεσματική επιστροφή;")
    assert asks("— Jak je zajištěna vysoká kvalita rozhodování?)")
    assert not asks("— 35 handläggare i Dublinenheten;")  # an answer list item ending in ";"
    assert not asks("Migrationsverket driver 12 000 boendeplatser.")
    assert not asks("")


def test_questions_left_unanswered_are_template_the_answer_stays():
    """The Swedish excerpt's shape: guidance, an answered question, two unanswered ones, a closing dash item."""
    items = [
        ("2.1.2. Delar av den interna dimensionen", None),
        ("Beskriv de strategiska målen för att förhindra avvikande och otillåtna förflyttningar.", _vec(3, 0.96)),
        ("— Hur säkerställs en korrekt och snabb tillämpning av reglerna om ansvarig medlemsstat?", _vec(0, 0.97)),
        ("Dublinenheten förstärks med 35 handläggare och överföringar verkställs inom sex månader.", _vec(0, 0.99)),
        ("— Hur bekämpas exploatering och olaglig anställning?", _vec(1, 0.96)),
        ("— Andra åtgärder för återvändande, såsom samarbete mellan aktörer.", _vec(2, 1.02)),
    ]
    out, refs_of = _run(items)
    assert out == [False, True, True, False, True, True]
    assert refs_of[2] == 0 and refs_of[4] == 1 and refs_of[5] == 2
    assert refs_of[1] == 3  # the guidance points to the section's instruction piece


def test_a_question_far_from_every_piece_is_not_template():
    """An own question of the document (likeness 0.90 < xling_question 0.95) is text of the member state."""
    items = [("2.1.2. X", None), ("— Vad betyder strategin för kommunerna?", _vec(0, 0.90)), ("Kommunerna får stöd.", _vec(1, 0.8))]
    out, _ = _run(items)
    assert out == [False, False, False]


def test_answer_list_under_a_question_stays_answer():
    """Answer dash items right after a reproduced question: same key element, likeness below xling_item."""
    items = [
        ("2.1.2. X", None),
        ("— Hur säkerställs återvändandet?", _vec(0, 0.98)),
        ("Åtgärderna är följande:", _vec(0, 0.9)),
        ("— 35 nya handläggare i Dublinenheten;", _vec(0, 0.97, 6)),
        ("— överföringar inom sex månader.", _vec(0, 0.98, 5)),
    ]
    out, _ = _run(items)
    assert out == [False, True, False, False, False]


def test_answer_restating_a_question_stays_answer():
    """A plain paragraph restating a question in its own words (likeness 1.01) is not asking, not a dash item,
    not between a heading and questions: it stays the answer."""
    items = [
        ("2.1.2. X", None),
        ("— Hur säkerställs en korrekt tillämpning av reglerna?", _vec(0, 0.99)),
        ("Reglerna om ansvarig medlemsstat tillämpas korrekt och snabbt genom en förstärkt enhet.", _vec(0, 1.01)),
    ]
    out, _ = _run(items)
    assert out == [False, True, False]


def test_next_question_in_annex_order_after_a_reproduced_one():
    """A nominal dash item (likeness 0.96 < xling_item) right after a reproduced question, on the next key element."""
    items = [("2.1.2. X", None), ("— Hur bekämpas exploatering?", _vec(1, 0.99)), ("— Andra åtgärder, såsom samarbete.", _vec(2, 0.96))]
    out, _ = _run(items)
    assert out == [False, True, True]
    # the same item before the question (earlier key element order reversed) is not taken by that rule
    items = [("2.1.2. X", None), ("— Hur bekämpas exploatering?", _vec(2, 0.99)), ("— Andra åtgärder, såsom samarbete.", _vec(1, 0.96)),
             ("Svar.", _vec(1, 0.5))]
    out, _ = _run(items)
    assert out == [False, True, False, False]


def test_blank_annex_section_intros_are_guidance():
    """Nothing but template text and one paragraph under a heading: that paragraph is the Annex's guidance."""
    blocks_items = [
        ("2. Stratégiai célkitűzések", None),
        ("Ismertesse, hogyan veszik figyelembe az EUAA és a Frontex nyomonkövetési eredményeit.", _vec(3, 0.97)),
        ("2.1.2. A belső dimenzió elemei", None),
        ("— Hogyan biztosítható a szabályok helyes alkalmazása?", _vec(0, 1.0)),
        ("— Hogyan küzdenek a kizsákmányolás ellen?", _vec(1, 0.99)),
        ("— Hogyan biztosítható a visszatérés?", _vec(2, 0.98)),
    ]
    blocks = [Block(id=f"b{k:04d}", page=1, text=t, kind="paragraph") for k, (t, _) in enumerate(blocks_items)]
    enc = StubEncoder({t: v for t, v in blocks_items if v is not None})
    heading_at = {0: _Heading(index=0, section_ids=("2",), text="", rank=1, styled=True),
                  2: _Heading(index=2, section_ids=("2.1.2",), text="", rank=1, styled=True)}
    section_of = ["2", "2", "2.1.2", "2.1.2", "2.1.2", "2.1.2"]
    out, _ = translated_template(blocks, section_of, heading_at, [False] * 6, [-1] * 6, _refs(), enc, SegmentConfig())
    assert out == [False, True, False, True, True, True]
    # with an answer below the questions the paragraph stays the member state's text
    blocks.append(Block(id="b0006", page=1, text="A Dublin-egység 35 ügyintézővel bővül.", kind="paragraph"))
    enc.table["A Dublin-egység 35 ügyintézővel bővül."] = _vec(0, 0.9)
    out, _ = translated_template(blocks, [*section_of, "2.1.2"], heading_at, [False] * 7, [-1] * 7, _refs(), enc, SegmentConfig())
    assert out[1] is False and out[3:6] == [True, True, True]


def test_guidance_before_questions_found_by_the_documents_contrast():
    """seg-pt-chapter1's shape: the questions were found by the document-relative split (passed in as template);
    the paragraph under the heading whose closest Annex piece of all is its section's guidance (likeness 0.975
    ≥ xling_instruction) is the guidance too; before, only questions found by the cross-lingual rules made it so."""
    guidance = ("Tendo em conta os desafios e as necessidades atuais e futuros identificados, descreva os vossos objetivos "
                "políticos estratégicos.", _vec(3, 0.975))
    items = [("2.1.2. X", None), guidance,
             ("— Como assegurar da melhor forma a disponibilidade dos recursos?", _vec(0, 0.9)),
             ("As entidades responsáveis recebem mais 95 milhões de euros por ano.", _vec(0, 0.8, 6))]
    out, refs_of = _run(items, [False, False, True, False])
    assert out == [False, True, True, False]
    assert refs_of[1] == 3


def test_answer_opening_a_section_closer_to_a_question_stays_answer():
    """xi-2025's shape: an answer opening its section before reproduced questions reads like the Annex (likeness
    0.98 to the guidance, but closer still to a question, 1.02): it stays the member state's text."""
    refs = _refs()
    refs.agreement = np.full(5, 0.6, np.float32)  # pieces the encoder translates less closely: room for both cosines
    answer = np.zeros(DIM, np.float32)
    answer[3], answer[0] = 0.6 * 0.98, 0.6 * 1.02
    answer[7] = math.sqrt(1.0 - float(answer @ answer))
    items = [("2.1.2. X", None),
             ("A preparação para crises é parte integrante desta estratégia e abrange todas as autoridades.", answer),
             ("— Como assegurar da melhor forma a disponibilidade dos recursos?", _vec(0, 0.9))]
    blocks = [Block(id=f"b{k:04d}", page=1, text=t, kind="paragraph") for k, (t, _) in enumerate(items)]
    enc = StubEncoder({t: v for t, v in items if v is not None})
    heading_at = {0: _Heading(index=0, section_ids=("2.1.2",), text=items[0][0], rank=1, styled=True)}
    out, _ = translated_template(blocks, ["2.1.2"] * 3, heading_at, [False, False, True], [-1] * 3, refs, enc, SegmentConfig())
    assert out == [False, False, True]
    # the same paragraph closest to the guidance (1.02 to it, 0.98 to the question) is the guidance
    answer[3], answer[0] = answer[0], answer[3]
    out, _ = translated_template(blocks, ["2.1.2"] * 3, heading_at, [False, False, True], [-1] * 3, refs, enc, SegmentConfig())
    assert out == [False, True, True]


def test_table_rows_whose_first_cell_reproduces_a_question():
    table = ("— Hur säkerställs återvändandet? | Återvändandebeslut fattas med asylbeslutet.\n"
             "— Hur bekämpas exploatering? |\n"
             "— Andra åtgärder, såsom samarbete. | Frontex stöd till återintegrering.")
    figures = "År | Platser\n2026 | 900\n2027 | 1 100"
    blocks = [Block(id="b0000", page=1, text=table, kind="table"), Block(id="b0001", page=1, text=figures, kind="table")]
    enc = StubEncoder({"— Hur säkerställs återvändandet?": _vec(0, 0.98), "— Hur bekämpas exploatering?": _vec(1, 0.96),
                       "— Andra åtgärder, såsom samarbete.": _vec(2, 0.97)})
    rows = template_table_rows(blocks, [0, 1], _refs(), enc, SegmentConfig())
    # the third row's first cell is a dash item below xling_item (0.97 < 1.0), in a column of two reproduced questions
    assert rows == {0: (0, 1, 2)}
    # alone with one question, it stays answer text
    one = Block(id="b0002", page=1, text="— Hur säkerställs återvändandet? | Ja.\n— Andra åtgärder, såsom samarbete. | Nej.", kind="table")
    assert template_table_rows([one], [0], _refs(), enc, SegmentConfig()) == {0: (0,)}


def test_answer_cells():
    rows = ["— How is return ensured? | Return decisions are issued with the asylum decision.", "— Other measures? |", "2026 | 900"]
    assert answer_cells(rows, (0, 1)) == ["Return decisions are issued with the asylum decision.", "2026 | 900"]
    assert answer_cells(rows, ()) == rows


def test_passages_of_a_question_answer_table(fake_encoder):
    """Only the answer cells become passages; a table whose answer cells are all empty gives none."""
    answered = Block(id="b0001", page=2, text="— Q one? | Answer one is given here.\n— Q two? |", kind="table")
    empty = Block(id="b0002", page=3, text="— Q three? |\n— Q four? |", kind="table")
    seg = Segmentation(doc_id="d", sections={}, blocks=(
        SegmentedBlock(block=answered, section_id="2.1.2", role="answer", template_rows=(0, 1)),
        SegmentedBlock(block=empty, section_id="2.1.2", role="answer", template_rows=(0, 1)),
    ))
    passages, sentences = build_passages(seg, fake_encoder, "en", MatchConfig())
    assert [p.text for p in passages] == ["Answer one is given here."]
    assert passages[0].page == 2 and sentences == [["Answer one is given here."]]


# ----------------------------------------------------------------------------- real model


@pytest.fixture(scope="module")
def segmented(e5_encoder):
    from analyser.embed.cache import CachedEncoder
    from analyser.parse import parse
    from analyser.segment import segment
    from analyser.template import load_template

    enc = CachedEncoder(e5_encoder, precomputed=False)
    tpl = load_template()
    cache: dict[str, Segmentation] = {}

    def run(path: Path) -> Segmentation:
        if str(path) not in cache:
            cache[str(path)] = segment(parse(path), tpl, enc)
        return cache[str(path)]

    return run


TEMPLATE = ("template_question", "template_instruction", "section_heading")


@pytest.mark.model
@pytest.mark.parametrize("name", ["fresh2/hu-annex-blank.txt", "template_xling/de-annex-blank.txt", "template_xling/pl-annex-blank.txt"])
def test_blank_annex_without_a_pack_is_all_template(segmented, name):
    seg = segmented(DATA / name)
    body = [sb for sb in seg.blocks if sb.role != "front_matter"]
    assert body and [sb.block.text[:40] for sb in body if sb.role not in TEMPLATE] == []


@pytest.mark.model
@pytest.mark.parametrize("name, answers", [
    ("fresh2/sv-2026.questions-answered.txt", ("Migrationsverkets Dublinenhet", "Migrationsverket driver 12 000")),
    ("template_xling/cs-2026.questions-answered.txt", ("Odbor azylové", "Pohotovostní plán", "Na provádění strategie")),
])
def test_reproduced_questions_template_answers_stay(segmented, name, answers):
    seg = segmented(DATA / name)
    body = [sb for sb in seg.blocks if sb.role != "front_matter"]
    answer_texts = [sb.block.text for sb in body if sb.role in ("answer", "answer_list_item")]
    assert len(answer_texts) == len(answers) and all(t.startswith(a) for t, a in zip(answer_texts, answers))
    assert all(sb.role in TEMPLATE for sb in body if sb.block.text.lstrip().startswith("—"))


@pytest.mark.model
@pytest.mark.parametrize("name", ["pt-2026.qa-table.pdf", "pt-2026.qa-table.docx"])
def test_question_answer_table_passages_hold_only_answers(segmented, e5_encoder, name):
    seg = segmented(DATA / "fresh2" / name)
    passages, _ = build_passages(seg, e5_encoder, "pt", MatchConfig())
    text = " ".join(p.text for p in passages)
    assert "Como assegurar" not in text and "Outras medidas" not in text  # no question cell, 2.1.2.d's empty row gives nothing
    assert "A decisão de regresso é emitida com a decisão negativa de asilo." in text  # 2.1.2.c's answer
    assert "Os beneficiários frequentam o programa Português Língua de Acolhimento (150 horas)" in text  # the one-row table of 2.3.4
