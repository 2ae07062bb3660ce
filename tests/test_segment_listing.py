"""Listings of Annex numbers and own decimal numberings (fresh3 #8, #9).

* A correspondence table ("2.5. Integrated policymaking … – not covered.") or a table of contents without page
  numbers is a run of lines opening with Annex numbers in the Annex's order, with no text of their own between them:
  a listing, never Annex headings (:func:`analyser.segment.headings._listing_lines`), in any language and whatever
  the entries say.
* A chapter numbered in decimals of its own ("1. Sissejuhatus", "2.1 Menetlus", "3. Tagasisaatmine": "3." is no
  Annex number) is an outline of its own: its chapters are mapped by title and content
  (:func:`analyser.segment.outline._map_own_headings`), not left as list items inside the section above them.
"""

from __future__ import annotations

import numpy as np

from analyser.schema import Block, Document
from analyser.segment import segment
from analyser.segment.config import SegmentConfig
from analyser.segment.headings import _listing_lines
from analyser.segment.outline import _map_own_headings, _own_decimals
from analyser.template import load_template

ORDER = load_template().section_ids()

# the English annex of fresh3's cs-2026.en-annex.pdf (make_inputs.py CS_ANNEX), Czech chapters above it
CS_BODY = [
    ("1. Kontext národního řízení azylu a migrace", True),
    ("Česká republika v roce 2025 evidovala 1 400 žádostí o mezinárodní ochranu a 390 000 držitelů dočasné ochrany "
     "z Ukrajiny, nejvíce na obyvatele v Unii.", False),
    ("2.3.1. Včasný a účinný přístup ke spravedlivému a efektivnímu azylovému řízení", True),
    ("Odbor azylové a migrační politiky rozhodne v prvním stupni do šesti měsíců; přijme 30 nových rozhodovatelů "
     "vyškolených moduly EUAA.", False),
    ("2.3.3. Odolný systém přijímání", True),
    ("Přijímací středisko Zastávka a pobytová střediska Kostelec nad Orlicí a Havířov nabídnou 1 100 míst; žadatelé "
     "dostanou ubytování, stravu, zdravotní péči a děti chodí do školy.", False),
]
TABLE = [
    "1. Context – Chapter 1.",
    "2.1.1. External dimension – not covered in this strategy; to follow in the foreign-policy concept 2027.",
    "2.1.3. Support to other Member States (solidarity contributions) – not covered.",
    "2.2. Management of the external borders – not applicable: the Czech Republic has no external land border.",
    "2.3.1. Asylum procedures – Chapter 2.3.1.",
    "2.3.2. Procedural guarantees and fundamental rights – not covered.",
    "2.5. Integrated policymaking, coordination and stakeholders – not covered.",
    "2.6. Capacity, human and financial resources, digital systems, EU funding – not covered.",
]


def _blocks(texts: list[str]) -> list[Block]:
    return [Block(id=f"b{k}", page=1, text=t) for k, t in enumerate(texts)]


def _body(blocks: list[Block]) -> list[int]:
    return list(range(len(blocks)))


def test_correspondence_table_is_a_listing():
    blocks = _blocks(["Tabulka souladu", *TABLE])
    assert _listing_lines(blocks, _body(blocks), ORDER, SegmentConfig()) == set(range(1, len(TABLE) + 1))


def test_table_of_contents_without_page_numbers_before_the_first_heading():
    """Four entries, then the body's first heading (back in the Annex's order) over its text: the four are the listing."""
    blocks = _blocks(["2.1.2. Elemente der internen Dimension", "2.3.3. Ein robustes Aufnahmesystem", "2.4. Vorsorge",
                      "2.6. Kapazitäten", "2.1.2. Elemente der internen Dimension", "Das Landesamt für Rückkehr führt …"])
    assert _listing_lines(blocks, _body(blocks), ORDER, SegmentConfig()) == {0, 1, 2, 3}


def test_headings_with_text_between_them_are_no_listing():
    """Real headings: empty parent sections ("2.", "2.1") above a heading with its text make a run of three at most;
    a run's last line that heads the text below it (a title, no sentence end) is its heading."""
    answer = "Die Rückkehrberatung beginnt vier Wochen nach der Entscheidung."
    blocks = _blocks(["2. Migration", "2.1. Extern", "2.1.1. Externe Dimension", answer, "2.1.2. Intern", answer])
    assert _listing_lines(blocks, _body(blocks), ORDER, SegmentConfig()) == set()
    blocks = _blocks(["2.1.2. Intern", "2.1.3. Solidarität", "2.2. Grenzen", "2.2.1. Grenzmanagement", answer])
    assert _listing_lines(blocks, _body(blocks), ORDER, SegmentConfig()) == set()


def test_correspondence_table_lines_open_no_section(fake_encoder):
    """fresh3 #8 as a whole document (hashing encoder): the table's lines open no section, whatever their titles."""
    texts = [(t, h) for t, h in CS_BODY] + [(t, False) for t in TABLE]
    blocks = tuple(Block(id=f"b{k}", page=1, text=t, kind="heading" if h else "paragraph", bold=h, size=13.0 if h else 10.0)
                   for k, (t, h) in enumerate(texts))
    doc = Document(doc_id="cs-annex", source_path="synthetic", sha256="", language="cs", blocks=blocks)
    seg = segment(doc, load_template(), fake_encoder, exemplars=False)
    table = [sb for sb in seg.blocks if sb.block.text in TABLE]
    assert not any(sb.role == "section_heading" for sb in table)
    assert [s for s in ("2.1.1", "2.1.3", "2.2", "2.3.2", "2.5", "2.6") if seg.sections[s].heading is not None] == []


# fresh3's et-2026.renumbered.txt: an Estonian chapter numbered in decimals of its own
ET = ["1. Sissejuhatus", "Käesolev peatükk kirjeldab …", "2. Varjupaik", "2.1 Menetlus", "Politsei- ja Piirivalveamet …",
      "2.2 Vastuvõtt", "Vao ja Vägeva majutuskeskustes …", "2.3 Lõimumine", "Kaitse saajad saavad 300 tundi …",
      "3. Tagasisaatmine", "Lahkumisettekirjutuse saanud välismaalased …"]


def _row(**cos: float) -> np.ndarray:
    """A title's cosine to every Annex heading: spread over 0.78–0.80 (as e5's are), set where given ("s2_3" = 2.3)."""
    row = np.array([0.78 + 0.02 * ((7 * k) % 17) / 16 for k in range(len(ORDER))], dtype=np.float32)
    for key, v in cos.items():
        row[ORDER.index(key[1:].replace("_", "."))] = v
    return row


def _content(**z: float) -> dict[str, float]:
    out = {s: 0.0 for s in ORDER}
    for key, v in z.items():
        out[key[1:].replace("_", ".")] = v
    return out


def test_own_decimal_numbering_is_an_outline():
    """fresh3 #9: the return chapter "3." and the integration sub-chapter "2.3" go where title and content name them
    (2.1.2, 2.3.4), not to reception (2.3.3) where the placement by content had run them on."""
    blocks = _blocks(ET)
    heads = [0, 2, 3, 5, 7, 9]
    assert _own_decimals(blocks, heads, ORDER)
    cands = {0: (_row(s1=0.81), True), 2: (_row(s2_3_3=0.82), True), 3: (_row(s2_1_1=0.82, s2_3_1=0.80), True),
             5: (_row(s2_1_3=0.83, s2_3_3=0.82), True), 7: (_row(s2_4=0.802, s2_3_3=0.80), True),
             9: (_row(s2_1_2=0.81, s2_3_3=0.81), True)}
    content_z = {1: _content(s1=1.3, s2_4=1.0), 4: _content(s2_3_1=1.9, s2_3=1.5), 6: _content(s2_3_3=3.2),
                 8: _content(s2_3_4=1.7, s2_3=1.6, s2_3_3=1.6), 10: _content(s2_1_2=2.7, s2_2_2=1.2)}
    # as placed by content: everything after "2.2 Vastuvõtt" ran on in reception
    section_of: list[str | None] = ["2.3.1"] * 5 + ["2.3.3"] * 6
    _map_own_headings(blocks, cands, set(range(len(ET))), content_z, section_of, [0.2] * len(ET), ORDER, SegmentConfig())
    assert section_of[4] == "2.3.1" and section_of[6] == "2.3.3"
    assert section_of[7:9] == ["2.3.4", "2.3.4"] and section_of[9:] == ["2.1.2", "2.1.2"]


def test_annex_numbers_alone_are_no_own_decimal_numbering():
    """An excerpt numbered in the Annex's own numbers ("2.1.2", "2.3.3") keeps its plain-number headings out of the outline."""
    blocks = _blocks(["2.1.2. Interne Dimension", "x", "2.3.3. Aufnahme", "y", "2.6. Kapazitäten", "z"])
    assert not _own_decimals(blocks, [0, 2, 4], ORDER)


def test_flat_numbered_chapters_are_no_own_decimal_outline():
    """A flat list of numbered chapters ("1." … "4." of fresh2's municipal plan, several serving one section) keeps
    its chapters named by their placed text: only a two-level decimal outline ("2." over "2.1") is mapped."""
    blocks = _blocks(["1. Introducción", "a", "2. Eje 1: Acogida", "b", "3. Eje 2: Empleo", "c", "4. Eje 3: Vivienda", "d"])
    assert not _own_decimals(blocks, [0, 2, 4, 6], ORDER)
    assert _own_decimals(_blocks(ET), [0, 2, 3, 5, 7, 9], ORDER)
