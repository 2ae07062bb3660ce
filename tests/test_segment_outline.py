"""The document's own outline mapped to Annex sections (issue 14: renumbered and relabelled chapters).

Synthetic title and content scores (no encoder): the mapping's structure — levels
from the labels, siblings in the Annex's order, children inside their parent's
section or its own sub-division, unlabelled headings confirmed by the placed text —
is tested apart from the embeddings.
"""

from __future__ import annotations

import numpy as np
import pytest

from analyser.schema import Block
from analyser.segment import match_relabelled_heading
from analyser.segment.common import own_label_style, own_sublabel
from analyser.segment.config import SegmentConfig
from analyser.segment.outline import _map_own_headings, _outline
from analyser.template import load_template

ORDER = load_template().section_ids()


@pytest.mark.parametrize(
    ("text", "label", "style"),
    [
        ("II.1 Asylverfahren an der Grenze", "II.1", "R.1"),
        ("III.2. Teilhabe in den Kommunen", "III.2", "R.1"),
        ("III.A Foo bar", "III.A", "R.A"),
        ("A.1 Personal und Ausbildung", "A.1", "A.1"),
        ("Kapitel 3 – Personal", "Kapitel 3", "kapitel 1"),
        ("Rozdział IV Powroty", "Rozdział IV", "rozdział R"),
        ("B) Un système d'accueil", "B", "A"),
        ("Kapitolu 3: Kapaċità u riżorsi", "Kapitolu 3", "kapitolu 1"),  # Maltese (issue 14)
        ("Caibidil II – Córas glactha", "Caibidil II", "caibidil R"),  # Irish
        ("Κεφάλαιο Δ΄. Διαδικασία ασύλου", "Κεφάλαιο Δ΄", "κεφάλαιο A"),  # Greek alphabetic numeral with keraia (fresh2 el)
        ("Κεφάλαιο ΣΤ΄. Διακυβέρνηση", "Κεφάλαιο ΣΤ΄", "κεφάλαιο A"),  # six: two letters
        ("Capitolul 2 – Un sistem de azil și integrare echitabil", "Capitolul 2", "capitolul 1"),  # Romanian, with its article
    ],
)
def test_compound_own_labels(text, label, style):
    got = match_relabelled_heading(text)
    assert got is not None and got[0] == label
    assert own_label_style(label) == style


@pytest.mark.parametrize("text", ["E.U. policy is", "II.1", "MD.1 Something"])
def test_compound_own_labels_rejected(text):
    assert match_relabelled_heading(text) is None


@pytest.mark.parametrize(
    ("label", "opener", "inside"),
    [
        ("III.2", "III", True),  # numbered under its own roman chapter
        ("B", "Hoofdstuk 2", True),  # a letter under a chapter word (seg-nl-chapletters: "B. Meedoen in de gemeente")
        ("2", "Kapitel 3", True),
        ("A", "II", True),  # a letter under a roman numeral
        ("Kapitel 3", "Kapitel 2", False),  # siblings
        ("C", "B", False),
        ("II", "I", False),
        ("IV.1", "III", False),  # a sub-chapter of another chapter
        ("Hoofdstuk 3", "B", False),  # a chapter word never stands below a letter
    ],
)
def test_own_sublabel(label, opener, inside):
    """Which own labels number a sub-chapter of the chapter an own label opened (chapter words above roman numerals above letters)."""
    assert own_sublabel(label, opener) is inside


def _blocks(texts: list[str]) -> list[Block]:
    return [Block(id=f"b{k}", page=1, text=t) for k, t in enumerate(texts)]


def _row(**cos: float) -> np.ndarray:
    """A title's cosine to every Annex heading: 0.80 everywhere, higher where given ("s2_2_2" = 2.2.2)."""
    row = np.full(len(ORDER), 0.80, dtype=np.float32)
    for key, v in cos.items():
        row[ORDER.index(key[1:].replace("_", "."))] = v
    return row


def _content(**z: float) -> dict[str, float]:
    out = {s: 0.0 for s in ORDER if s not in ("2.1",)}
    for key, v in z.items():
        out[key[1:].replace("_", ".")] = v
    return out


def test_outline_levels_from_label_styles():
    """Chapter words above letters whatever comes first; "II.1" one below "II"; unlabelled headings lowest."""
    blocks = _blocks(["A. Asylverfahren", "x", "Kapitel 2 – System", "B. Aufnahme", "y", "Kapitel 3 – Personal", "I. Eins", "I.1 Sub", "z", "Ohne Nummer", "w"])
    cands = [0, 2, 3, 5, 6, 7, 9]
    nodes = _outline(blocks, cands, {i: i != 9 for i in cands}, {1, 4, 8, 10, *cands}, ORDER)
    level = {blocks[n.index].text.split()[0]: n.level for n in nodes}
    assert level["Kapitel"] < level["I."] < level["I.1"] < level["A."] < level["Ohne"]
    parent = {n.index: (nodes[n.parent].index if n.parent is not None else None) for n in nodes}
    assert parent[3] == 2 and parent[7] == 6 and parent[6] == 5 and parent[0] is None
    assert nodes[0].unit == (1,) and nodes[1].span == (4,)


def test_siblings_follow_the_annex_order_and_children_stay_in_their_chapter():
    """ "II." is ambiguous by title (2.1.2 a little above 2.2): the order after "I." ↔ 2.1 decides;
    its child goes to 2.2.2 inside it though 2.1.1 scores a little higher by content; "III." between
    2.1.3 (back) and 2.3 (onwards) follows the order."""
    texts = ["I. Erstes Kapitel", "I.1 Rückkehr", "a", "II. Zweites Kapitel", "II.1 Grenze", "b", "III. Drittes", "c"]
    blocks = _blocks(texts)
    cands = {
        0: (_row(s2_1=0.95), True),
        1: (_row(s2_1_2=0.93), True),
        3: (_row(s2_1_2=0.90, s2_2=0.89), True),
        4: (_row(s2_2_2=0.92, s2_1_1=0.90), True),
        6: (_row(s2_6=0.86, s2_3=0.86), True),
    }
    free = set(range(len(texts)))
    content_z = {2: _content(s2_1_2=2.0), 5: _content(s2_2_2=1.5, s2_1_1=1.6), 7: _content(s2_1_3=1.0, s2_3=1.0)}
    section_of: list[str | None] = [None] * len(texts)
    heads, settled = _map_own_headings(blocks, cands, free, content_z, section_of, [0.5] * len(texts), ORDER, SegmentConfig())
    assert [(h.index, h.section_ids[0]) for h in heads] == [(0, "2.1"), (1, "2.1.2"), (3, "2.2"), (4, "2.2.2"), (6, "2.3")]
    assert section_of == ["2.1", "2.1.2", "2.1.2", "2.2", "2.2.2", "2.2.2", "2.3", "2.3"]
    assert all(h.method == "title" and h.own for h in heads)
    assert settled == set(range(len(texts)))


def test_own_subdivision_of_a_leaf_section():
    """ "A. Staff", "B. IT" under "Kapitel 3" ↔ 2.6 (no Annex sub-sections): the document's own
    sub-division; their text stays in 2.6 and they are not section headings."""
    blocks = _blocks(["Kapitel 3 – Mittel", "A. Personal", "a", "B. Digitales", "b"])
    cands = {0: (_row(s2_6=0.93), True), 1: (_row(s2_3_4=0.86), True), 3: (_row(s2_2_1=0.85), True)}
    content_z = {2: _content(s2_6=2.0), 4: _content(s2_6=1.8)}
    section_of: list[str | None] = [None] * 5
    heads, settled = _map_own_headings(blocks, cands, set(range(5)), content_z, section_of, [0.5] * 5, ORDER, SegmentConfig())
    assert [(h.index, h.section_ids[0]) for h in heads] == [(0, "2.6")]
    assert section_of == ["2.6"] * 5
    assert settled == {0, 1, 2, 3, 4}


def test_own_subchapter_serving_another_section_when_its_content_says_so():
    """A sub-chapter of "II." ↔ 2.2 whose title and placed text are clearly preparedness (2.4) goes to 2.4;
    when its text was placed elsewhere it is not moved out of its chapter."""
    blocks = _blocks(["II. Grenzen", "II.1 Überwachung", "a", "II.2 Instrumentalisierung", "b"])
    cands = {0: (_row(s2_2=0.94), True), 1: (_row(s2_2_1=0.92), True), 3: (_row(s2_4=0.95), True)}
    content_z = {2: _content(s2_2_1=2.0), 4: _content(s2_4=3.0)}
    section_of: list[str | None] = [None, None, "2.2.1", None, "2.4"]  # as placed by content
    heads, _ = _map_own_headings(blocks, cands, set(range(5)), content_z, section_of, [0.5] * 5, ORDER, SegmentConfig())
    assert section_of == ["2.2", "2.2.1", "2.2.1", "2.4", "2.4"]
    section_of = [None, None, "2.2.1", None, "2.2.2"]  # its text placed elsewhere: it does not leave its chapter
    heads, _ = _map_own_headings(blocks, cands, set(range(5)), content_z, section_of, [0.5] * 5, ORDER, SegmentConfig())
    assert section_of[3:] == [None, "2.2.2"]


def test_unlabelled_heading_needs_the_placed_text_to_agree():
    """Without a numbering label, a title alone does not move its chapter: the placed text must agree."""
    blocks = _blocks(["Rückkehr", "a", "Kennzahlen", "b"])
    cands = {0: (_row(s2_1_2=0.92), False), 2: (_row(s2_6=0.92), False)}
    content_z = {1: _content(s2_1_2=2.0), 3: _content(s2_3_3=2.0)}
    section_of: list[str | None] = [None, "2.1.2", None, "2.3.3"]
    heads, settled = _map_own_headings(blocks, cands, set(range(4)), content_z, section_of, [0.5] * 4, ORDER, SegmentConfig())
    assert [(h.index, h.section_ids[0]) for h in heads] == [(0, "2.1.2")]
    assert section_of == ["2.1.2", "2.1.2", None, "2.3.3"]
    assert settled == {0, 1}


def test_sibling_chapters_never_share_a_section():
    """ "A." and "B." under "Kapitel 2" ↔ 2.3: B's title and text lean to reception (2.3.3) as A's do, but A holds
    2.3.3 more clearly, so B takes the next sub-section its text supports (2.3.4; seg-nl-chapletters "B. Meedoen in
    de gemeente" went to 2.3.3 after "A. Opvang van asielzoekers" at an order penalty of 2.5)."""
    blocks = _blocks(["Kapitel 2 – System", "A. Aufnahme", "a", "B. Teilhabe", "b"])
    cands = {0: (_row(s2_3=0.95), True), 1: (_row(s2_3_3=0.93), True), 3: (_row(s2_3_3=0.92, s2_3_4=0.83), True)}
    content_z = {2: _content(s2_3_3=3.0), 4: _content(s2_3_3=2.5, s2_3_4=2.0)}
    section_of: list[str | None] = [None, "2.3.3", "2.3.3", "2.3.3", "2.3.3"]
    heads, _ = _map_own_headings(blocks, cands, set(range(5)), content_z, section_of, [0.5] * 5, ORDER, SegmentConfig())
    assert section_of == ["2.3", "2.3.3", "2.3.3", "2.3.4", "2.3.4"]
    # with a penalty for going back alone (the rule before), B took 2.3.3 as well
    assert [(h.index, h.section_ids[0]) for h in heads] == [(0, "2.3"), (1, "2.3.3"), (3, "2.3.4")]


def test_paraphrased_title_confirmed_by_its_pooled_text():
    """An unlabelled title ranking 2.4 first among the Annex headings over text placed in 2.4 by the plain vote,
    whose pooled text (the language-corrected vote) ranks 2.4 far down and 2.6 first: 2.6, title and text together
    (seg-pt-paraphr "Pessoal, meios e orçamento para a execução": 2.4 by placement, its pooled text 2.4 ninth)."""
    blocks = _blocks(["Personal, Mittel und Haushalt", "a", "b"])
    cands = {0: (_row(s2_4=0.92, s2_6=0.90), False)}
    content_z = {1: _content(s2_6=3.0, s2_4=-1.0), 2: _content(s2_6=2.0, s2_4=-0.5)}
    section_of: list[str | None] = [None, "2.4", "2.4"]
    heads, settled = _map_own_headings(blocks, cands, {0, 1, 2}, content_z, section_of, [0.5] * 3, ORDER, SegmentConfig())
    assert [(h.index, h.section_ids[0], h.method) for h in heads] == [(0, "2.6", "title")]
    assert section_of == ["2.6", "2.6", "2.6"]
    assert settled == {0, 1, 2}
    # the pooled text ranks the placed section second: the placement stands
    content_z = {1: _content(s2_6=3.0, s2_4=2.0), 2: _content(s2_6=2.0, s2_4=1.5)}
    section_of = [None, "2.4", "2.4"]
    heads, _ = _map_own_headings(blocks, cands, {0, 1, 2}, content_z, section_of, [0.5] * 3, ORDER, SegmentConfig())
    assert [(h.index, h.section_ids[0]) for h in heads] == [(0, "2.4")]
    assert section_of == ["2.4", "2.4", "2.4"]


def test_pooled_text_rejecting_the_placement_names_the_section_with_the_title():
    """A chapter's placement is rejected when its pooled text ranks the placed section below 3rd; the section first by
    title and text together (not taken by another heading) replaces it when the text also ranks it in its first 3."""
    from analyser.segment.outline import _text_rejects_placement

    title = np.array([1.0, 0.0, 0.0, -0.5])
    assert _text_rejects_placement(title, np.array([-1.0, 0.5, 0.2, 2.0]), placed=0, content_rank=3) == 3  # 0 ranks 4th by text
    # the text's first section is not first with the title: the one first by both (1: 0.5), 2nd by text, is taken
    assert _text_rejects_placement(title, np.array([-1.0, 0.5, 0.2, 0.6]), placed=0, content_rank=3) == 1
    assert _text_rejects_placement(title, np.array([0.3, 0.5, 0.2, 2.0]), placed=0, content_rank=3) is None  # 0 ranks 3rd by text
    # 3 is taken by another heading: the next by title and text (1), 2nd by text
    assert _text_rejects_placement(title, np.array([-1.0, 0.5, 0.2, 2.0]), placed=0, content_rank=3, excluded={3}) == 1
    # a section first by title alone, that the text ranks 4th, is not taken
    title5 = np.array([1.0, 0.0, 0.0, 0.0, 3.0])
    assert _text_rejects_placement(title5, np.array([-1.0, 0.5, 0.4, 0.3, -0.5]), placed=0, content_rank=3) is None
    # nothing scores above the placed section with the title
    assert _text_rejects_placement(np.array([5.0, 0.0, 0.0, 0.0]), np.array([-1.0, 0.5, 0.4, 0.3]), placed=0, content_rank=3) is None
    # text_first: the section taken must be the text's first among those not excluded (here 3, not 1)
    text = np.array([-1.0, 0.5, 0.2, 0.6])
    assert _text_rejects_placement(title, text, placed=0, content_rank=3, text_first=True) is None
    assert _text_rejects_placement(title, text, placed=0, content_rank=3, excluded={3}, text_first=True) == 1
    # name_rank: the text ranks 1 second; a stricter rank of 1 refuses it
    assert _text_rejects_placement(title, text, placed=0, content_rank=3, name_rank=1) is None


def test_chapter_whose_title_does_not_name_its_placement_and_whose_text_rejects_it():
    """seg-lt-paraphr (tuning): "Prieglobstis prie valstybės sienos" (asylum at the border), its text placed in 2.3.1 by
    the plain vote; the title ranks 2.3.1 far down (not 1st: the heading was dropped and the placement stood), its pooled
    text ranks 2.3.1 5th and 2.3 first, title and text together 2.2.2: the chapter goes to 2.2.2. Text ranking the placed
    section 3rd keeps it."""
    blocks = _blocks(["Asyl an der Grenze", "a", "b"])
    cands = {0: (_row(s2_4=0.93, s2_2_2=0.90), False)}
    rejecting = _content(s2_3=2.0, s2_2_2=1.6, s2_2=1.1, s2_4=1.0, s2_3_1=0.5)
    section_of: list[str | None] = [None, "2.3.1", "2.3.1"]
    heads, settled = _map_own_headings(blocks, cands, {0, 1, 2}, {1: rejecting, 2: rejecting}, section_of, [0.5] * 3, ORDER, SegmentConfig())
    assert [(h.index, h.section_ids[0], h.method) for h in heads] == [(0, "2.2.2", "title")]
    assert section_of == ["2.2.2", "2.2.2", "2.2.2"] and settled == {0, 1, 2}
    keeping = _content(s2_3=2.0, s2_2_2=1.6, s2_3_1=1.5, s2_2=1.1, s2_4=1.0)
    section_of = [None, "2.3.1", "2.3.1"]
    heads, _ = _map_own_headings(blocks, cands, {0, 1, 2}, {1: keeping, 2: keeping}, section_of, [0.5] * 3, ORDER, SegmentConfig())
    assert heads == [] and section_of == [None, "2.3.1", "2.3.1"]


def test_chapter_placed_in_a_parent_section_goes_to_the_subsection_title_and_text_name():
    """Text placed in 2.3 (the introduction to 2.3.1–2.3.4) under a title that does not name 2.3: the sub-section
    that title and text together rank above 2.3 takes the chapter (seg-sl-paraphr2 "Hitrejše odločanje o prošnjah
    za zaščito": its text ranks 2.3 first, title and text 2.3.1); a title naming 2.3 keeps it there."""
    blocks = _blocks(["Schnellere Entscheidungen", "a", "b"])
    content_z = {1: _content(s2_3=2.5, s2_3_1=1.5), 2: _content(s2_3=2.0, s2_3_1=1.2)}
    cands = {0: (_row(s2_3_1=0.90, s2_2_2=0.91, s2_3=0.78), False)}
    section_of: list[str | None] = [None, "2.3", "2.3"]
    heads, settled = _map_own_headings(blocks, cands, {0, 1, 2}, content_z, section_of, [0.5] * 3, ORDER, SegmentConfig())
    assert [(h.index, h.section_ids[0]) for h in heads] == [(0, "2.3.1")]
    assert section_of == ["2.3.1", "2.3.1", "2.3.1"] and settled == {0, 1, 2}
    cands = {0: (_row(s2_3=0.93), False)}  # the title names 2.3 first: it stands
    section_of = [None, "2.3", "2.3"]
    heads, _ = _map_own_headings(blocks, cands, {0, 1, 2}, content_z, section_of, [0.5] * 3, ORDER, SegmentConfig())
    assert [(h.index, h.section_ids[0]) for h in heads] == [(0, "2.3")]
    assert section_of == ["2.3", "2.3", "2.3"]
    # "2" holds chapters with sub-sections of their own (2.1–2.6), not leaves: text placed there stays
    cands = {0: (_row(s2_2_2=0.91, s2=0.78), False)}
    content_z = {1: _content(s2=2.5, s2_2_2=2.4), 2: _content(s2=2.0, s2_2_2=1.9)}
    section_of = [None, "2", "2"]
    heads, _ = _map_own_headings(blocks, cands, {0, 1, 2}, content_z, section_of, [0.5] * 3, ORDER, SegmentConfig())
    assert heads == [] and section_of == [None, "2", "2"]


def test_chapter_text_of_another_chapter_occupies_its_section():
    """seg-lt-paraphr (tuning): "Kalba, darbas ir kaimynai" (language, work and neighbours), its title ranking
    preparedness (2.4) first and its text placed there; the pooled text ranks 2.4 far down, 2.3.3 first and 2.3.4
    second. 2.3.3 holds the text of the chapter before it (whose heading was not taken): the chapter goes to 2.3.4.
    Alone, the text's first section (2.3.3) is not the one first with the title (2.3.4): the placement stands."""
    title = _row(s2_4=0.83, s2_3_4=0.82)
    integration = _content(s2_3_3=2.2, s2_3_4=2.1, s2_3=1.4)
    blocks = _blocks(["Wo Asylsuchende wohnen", "a", "Sprache, Arbeit und Nachbarn", "b"])
    cands = {0: (_row(s2_4=0.93), False), 2: (title, False)}
    content_z = {1: _content(s2_3_3=2.5, s2_3=1.0), 3: integration}
    section_of: list[str | None] = [None, "2.3.3", None, "2.4"]
    heads, _ = _map_own_headings(blocks, cands, {0, 1, 2, 3}, content_z, section_of, [0.5] * 4, ORDER, SegmentConfig())
    assert [(h.index, h.section_ids[0]) for h in heads] == [(2, "2.3.4")]
    assert section_of == [None, "2.3.3", "2.3.4", "2.3.4"]
    section_of = [None, "2.4"]
    heads, _ = _map_own_headings(blocks[2:], {0: (title, False)}, {0, 1}, {1: integration}, section_of, [0.5] * 2, ORDER, SegmentConfig())
    assert [(h.index, h.section_ids[0]) for h in heads] == [(0, "2.4")]
    assert section_of == ["2.4", "2.4"]


def test_numbered_own_chapter_keeps_the_earlier_check():
    """The same chapter numbered "3.1" (a decimal of the document's own, as xl-2025's "3.1 Käsittelyajat ja
    henkilöstö"): another chapter's text does not take the text's first section out of the vote, and the placement
    stands (moving such a chapter of the free-form xl shifted nl-2025's leave-one-document-out figures)."""
    title = _row(s2_4=0.83, s2_3_4=0.82)
    integration = _content(s2_3_3=2.2, s2_3_4=2.1, s2_3=1.4)
    blocks = _blocks(["Wo Asylsuchende wohnen", "a", "3.1 Sprache, Arbeit und Nachbarn", "b"])
    cands = {0: (_row(s2_4=0.93), False), 2: (title, False)}
    content_z = {1: _content(s2_3_3=2.5, s2_3=1.0), 3: integration}
    section_of: list[str | None] = [None, "2.3.3", None, "2.4"]
    heads, _ = _map_own_headings(blocks, cands, {0, 1, 2, 3}, content_z, section_of, [0.5] * 4, ORDER, SegmentConfig())
    assert [(h.index, h.section_ids[0]) for h in heads] == [(2, "2.4")]
    assert section_of == [None, "2.3.3", "2.4", "2.4"]


def test_hub_correction_takes_each_sections_mean_over_the_chapters_off():
    """A section every chapter ranks high (the encoder's hub in the document's language) is evidence for none of them;
    fewer than ``min_rows`` chapters make no estimate."""
    from analyser.segment.outline import _hub_corrected

    title = np.array([[2.0, 1.0, 0.0], [2.0, 0.0, 1.0], [2.0, 0.5, 0.5]])
    text = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    got = _hub_corrected(title, text, [0, 1, 2], min_rows=3)
    assert got is not None
    np.testing.assert_allclose(got, [[-1 / 3, 7 / 6, -5 / 6], [-1 / 3, -5 / 6, 7 / 6], [2 / 3, -1 / 3, -1 / 3]])
    # the mean is taken over the given rows only (row 2 is a labelled heading, say)
    np.testing.assert_allclose(_hub_corrected(title, text, [0, 1], min_rows=2)[0], [0.0, 1.0, -1.0])
    assert _hub_corrected(title, text, [0, 1], min_rows=3) is None


def test_hub_corrected_evidence_moves_a_chapter_only_by_a_wide_margin():
    """The section leading on corrected evidence, by at least the margin over the placed one and not excluded."""
    from analyser.segment.outline import _hub_rejects_placement

    corrected = np.array([0.5, 3.0, 1.0, 2.6])
    assert _hub_rejects_placement(corrected, placed=0, excluded=set(), margin=2.0) == 1  # leads by 2.5
    assert _hub_rejects_placement(corrected, placed=2, excluded=set(), margin=2.0) == 1  # leads by 2.0: enough
    assert _hub_rejects_placement(corrected, placed=2, excluded=set(), margin=2.1) is None
    assert _hub_rejects_placement(corrected, placed=3, excluded=set(), margin=2.0) is None  # leads by 0.4
    # the leader is taken by another chapter: the placement stands (the runner-up is not asked)
    assert _hub_rejects_placement(corrected, placed=0, excluded={1}, margin=2.0) is None
    assert _hub_rejects_placement(np.array([1.0]), placed=0, excluded=set(), margin=2.0) is None


def test_hub_mutual_choice_takes_a_narrow_lead_only_when_text_and_the_other_chapters_agree():
    """segpara5: a chapter leaves its placed section for the leader of its hub-corrected evidence by a narrow lead
    only when its pooled text ranks the leader within ``content_rank`` and above the placed section, the leader is a
    leaf section and not excluded, and no other own chapter reads as it more (mutual rank)."""
    from analyser.segment.outline import _hub_mutual_choice

    corrected = np.array([[0.2, 1.0, 0.0, -0.5], [0.5, -0.2, 0.9, -0.4], [0.1, 0.4, 0.3, 0.0]])
    text = np.array([0.5, 1.5, -0.5, -1.5])
    rows = [0, 1, 2]
    assert _hub_mutual_choice(corrected, 0, rows, text, placed=0, excluded=set(), margin=0.5, content_rank=2) == 1  # leads by 0.8
    assert _hub_mutual_choice(corrected, 0, rows, text, placed=0, excluded=set(), margin=0.9, content_rank=2) is None
    # the text ranks the leader second, but below the placed section: the title alone never moves a chapter
    assert _hub_mutual_choice(corrected, 0, rows, np.array([1.5, 0.5, -0.5, -1.5]), 0, set(), 0.5, 2) is None
    # the text ranks the leader third
    assert _hub_mutual_choice(corrected, 0, rows, np.array([-0.5, 0.0, 1.0, 1.2]), 0, set(), 0.5, 2) is None
    assert _hub_mutual_choice(corrected, 0, rows, np.array([-0.5, 0.0, 1.0, 1.2]), 0, set(), 0.5, 3) == 1
    # another chapter reads as the leader more: it is that chapter's section, not this one's
    other = corrected.copy()
    other[2, 1] = 1.2
    assert _hub_mutual_choice(other, 0, rows, text, 0, set(), 0.5, 2) is None
    assert _hub_mutual_choice(other, 0, [0, 1], text, 0, set(), 0.5, 2) == 1  # chapter 2 is no corrected own title
    # taken, or a section with sub-sections of its own (2.3): the placement stands
    assert _hub_mutual_choice(corrected, 0, rows, text, 0, {1}, 0.5, 2) is None
    assert _hub_mutual_choice(corrected, 0, rows, text, 0, set(), 0.5, 2, parent=lambda c: c == 1) is None


def test_hub_mutual_choice_reads_the_text_among_the_leaves_when_placed_in_a_parent():
    """segpara6 (seg-mt-paraphr): a chapter whose text was placed in a section with sub-sections (column 0, "2.3")
    leads with a leaf (column 1, "2.2.2") on its corrected evidence; its pooled text ranks the parent first and the
    leader third of all (after the context, column 3, the language's text hub), second among the leaves: the parent's
    general wording draws every text, so the leader's rank is read among the leaves and the chapter moves."""
    from analyser.segment.outline import _hub_mutual_choice

    corrected = np.array([[0.6, 2.2, 0.4, 0.3], [0.0, 0.5, 1.5, 0.2], [0.1, 0.3, 0.2, 1.4]])
    text = np.array([2.0, 1.0, -0.5, 1.8])
    rows = [0, 1, 2]
    parent = lambda c: c == 0  # noqa: E731
    assert _hub_mutual_choice(corrected, 0, rows, text, 0, set(), 0.5, 2, parent=parent) == 1
    # a leaf placement keeps the old reading: the text ranks the leader third and below the placed section
    assert _hub_mutual_choice(corrected, 0, rows, text, 0, set(), 0.5, 2) is None
    # among the leaves the text ranks the leader third: the placement stands
    assert _hub_mutual_choice(corrected, 0, rows, np.array([2.0, 1.0, 1.2, 1.8]), 0, set(), 0.5, 2, parent=parent) is None


def test_chapter_placed_by_a_hub_goes_to_the_section_its_corrected_title_and_text_name():
    """seg-de-paraphr4 (tuning): three unlabelled chapters whose titles all rank preparedness (2.4) first and whose
    texts all rank reception (2.3.3) high; the staff chapter's text was placed in 2.3.1, which its text ranks third
    (the earlier checks keep it). With each section's mean over the chapters taken off, title and text lead 2.6 by
    2.4 units: the chapter goes to 2.6. Below ``own_hub_min_chapters`` chapters nothing is corrected."""
    from dataclasses import replace

    blocks = _blocks(["Wohnen", "a", "Grenze", "b", "Geld", "c"])
    cands = {0: (_row(s2_4=0.93, s2_3_3=0.90), False), 2: (_row(s2_4=0.93, s2_2_2=0.90), False),
             4: (_row(s2_4=0.93, s2_6=0.88), False)}
    content_z = {1: _content(s2_3_3=2.5, s2_3_4=1.0), 3: _content(s2_3_3=1.8, s2_2_2=1.7),
                 5: _content(s2_3_3=2.0, s2_6=1.8, s2_3_1=1.0)}
    section_of: list[str | None] = [None, "2.3.3", None, "2.2.2", None, "2.3.1"]
    heads, settled = _map_own_headings(blocks, cands, set(range(6)), content_z, section_of, [0.5] * 6, ORDER, SegmentConfig())
    assert [(h.index, h.section_ids[0], h.method, h.own) for h in heads] == [(4, "2.6", "title", True)]
    assert section_of == [None, "2.3.3", None, "2.2.2", "2.6", "2.6"] and settled == {4, 5}
    section_of = [None, "2.3.3", None, "2.2.2", None, "2.3.1"]
    heads, _ = _map_own_headings(blocks, cands, set(range(6)), content_z, section_of, [0.5] * 6, ORDER,
                                 replace(SegmentConfig(), own_hub_min_chapters=4))
    assert heads == [] and section_of == [None, "2.3.3", None, "2.2.2", None, "2.3.1"]


def test_second_topic_blocks_of_a_two_topic_chapter():
    """"Κεφάλαιο Ε΄. Υποδοχή και ένταξη" (fresh2 el-2026) mapped to 2.3.4: its reception paragraph, whose content ranks
    2.3.3 first, goes to 2.3.3 when the chapter keeps a paragraph ranking 2.3.4 first and 2.3.3 is free."""
    from analyser.segment.outline import _second_topic_blocks

    reception = {"2.3.3": 2.1, "2.3.1": 0.8, "2.3.4": 0.7}
    integration = {"2.3.4": 2.6, "2.3.3": 1.7}
    siblings = ["2.3.1", "2.3.2", "2.3.3"]
    assert _second_topic_blocks([(16, reception), (17, integration)], "2.3.4", siblings, set(), 1.0) == {16: "2.3.3"}
    # 2.3.3 taken by a heading or holding text outside the chapter: one unit
    assert _second_topic_blocks([(16, reception), (17, integration)], "2.3.4", siblings, {"2.3.3"}, 1.0) == {}
    # no paragraph ranks the chapter's own section first: the chapter is not split (its mapping stands as it is)
    assert _second_topic_blocks([(16, reception), (17, reception)], "2.3.4", siblings, set(), 1.0) == {}
    # paragraphs on two different siblings: not a two-topic chapter, one unit
    procedure = {"2.3.1": 2.0, "2.3.4": 0.5}
    assert _second_topic_blocks([(15, procedure), (16, reception), (17, integration)], "2.3.4", siblings, set(), 1.0) == {}
    # a paragraph as near to its chapter's section as to the sibling (a reception chapter's unaccompanied minors, 2.3.2):
    # it stays
    minors = {"2.3.3": 1.85, "2.3.2": 1.85 + 1e-6, "2.3": 1.07}
    shelter = {"2.3.3": 2.8, "2.3.1": 0.7}
    assert _second_topic_blocks([(6, shelter), (7, minors)], "2.3.3", ["2.3.1", "2.3.2", "2.3.4"], set(), 1.0) == {}
    assert _second_topic_blocks([(16, reception), (17, integration)], "2.3.4", siblings, set(), 1.5) == {}
    # a first section outside the siblings (2.2.2) never moves a paragraph
    assert _second_topic_blocks([(16, {"2.2.2": 2.0, "2.3.4": 1.0}), (17, integration)], "2.3.4", siblings, set(), 1.0) == {}


def test_joint_assignment_trades_sections_between_side_by_side_chapters():
    """seg-fr-paraphr7 (unseen in segpara6): the rights chapter's text was placed in 2.3.3 (hub-corrected evidence 2.07,
    2.3.2 2.09), the reception chapter's in 2.3.4 (1.75; 2.3.3 2.47). Together they trade: rights to the free 2.3.2,
    reception to the 2.3.3 it leaves (gain 0.74). A chapter that would only move alone to a free section stays (the
    hub rules' question), and a gain under the margin moves nothing."""
    from analyser.segment.outline import _Node, _reassign_jointly

    pos = {s: c for c, s in enumerate(ORDER)}
    family = [[pos[t] for t in ORDER if t == s or t.startswith(s + ".")] for s in ORDER]
    blocks = _blocks(["Une procédure équitable pour chacun", "a", "Un toit et un accompagnement", "b", "Tout le gouvernement", "c"])
    nodes = [_Node(0, 1, False, unit=(1,), span=(1,)), _Node(2, 1, False, unit=(3,), span=(3,)),
             _Node(4, 1, False, unit=(5,), span=(5,))]
    hub = np.zeros((3, len(ORDER)))
    hub[0, pos["2.3.2"]], hub[0, pos["2.3.3"]], hub[0, pos["2.3.4"]] = 2.09, 2.07, 1.21
    hub[1, pos["2.3.3"]], hub[1, pos["2.3.4"]] = 2.47, 1.75
    hub[2, pos["2.5"]], hub[2, pos["2.6"]] = 3.43, 1.13

    def run(taken, cfg=SegmentConfig()):
        section_of: list[str | None] = [None, taken[0], None, taken[1], None, taken[2]]
        out: list = []
        settled: set[int] = set()
        _reassign_jointly(nodes, dict(enumerate(taken)), hub, out, section_of, family, ORDER, frozenset(), cfg, settled, blocks)
        return section_of, sorted((h.index, h.section_ids[0]) for h in out), settled

    section_of, heads, settled = run(["2.3.3", "2.3.4", "2.5"])
    assert section_of == ["2.3.2", "2.3.2", "2.3.3", "2.3.3", None, "2.5"]
    assert heads == [(0, "2.3.2"), (2, "2.3.3")] and settled == {0, 1, 2, 3}
    # the reception chapter reading 2.3.3 below 2.3.4 (hu: the hub correction lowers 2.3.3): the rights chapter would
    # move alone to 2.3.2 (+0.02), which is not a trade
    hub[1, pos["2.3.3"]] = 1.0
    section_of, heads, _ = run(["2.3.3", "2.3.4", "2.5"])
    assert section_of == [None, "2.3.3", None, "2.3.4", None, "2.5"] and heads == []
    hub[1, pos["2.3.3"]] = 2.47
    section_of, heads, _ = run(["2.3.3", "2.3.4", "2.5"], SegmentConfig(own_joint_margin=0.8))
    assert heads == []


def test_lone_moves_follow_the_documents_annex_order():
    """segpara7 (seg-sl-paraphr7): the rights chapter's text was placed in preparedness, 2.4, between the border
    procedure (2.2.2) and reception (2.3.3) chapters of a document whose other chapters follow the Annex's order; its
    hub-corrected evidence leads with the free 2.3.2 by 1.76 units (2.3.1 by 0.62): it moves alone to 2.3.2. The same
    lead moves nothing for a first chapter (en-paraphr2 "Faster decisions on protection claims"), among chapters out of
    the Annex's order (el-paraphr5: preparedness to 2.6), to a section outside its neighbours', under the margin, or
    with too few other chapters to show an order."""
    from analyser.segment.outline import _lone_moves_in_order

    pos = {s: c for c, s in enumerate(ORDER)}
    secs = ["1", "2.2", "2.2.2", "2.4", "2.3.3", "2.5"]
    cols = [pos[s] for s in secs]
    evidence = np.zeros((len(secs), len(ORDER)))
    evidence[3, pos["2.4"]], evidence[3, pos["2.3.2"]], evidence[3, pos["2.3.1"]], evidence[3, pos["2.6"]] = 0.5, 2.26, 1.12, 3.0
    targets = [pos[s] for s in ("2.1.1", "2.3.1", "2.3.2", "2.3.4", "2.4", "2.6")]
    ks = list(range(len(secs)))

    def moved(cols_now, margin=0.25, min_ordered=3, ev=evidence, ks_now=ks):
        return [ORDER[c] for c in _lone_moves_in_order(ev, ks_now, cols_now, targets, margin, min_ordered)]

    assert moved(cols) == ["1", "2.2", "2.2.2", "2.3.2", "2.3.3", "2.5"]  # 2.6 leads more, but lies beyond 2.3.3
    assert moved(cols, margin=2.0) == secs
    assert moved(cols, min_ordered=6) == secs
    # the others out of the Annex's order (the reception chapter after coordination): no order to read
    swapped = [pos[s] for s in ("1", "2.2", "2.2.2", "2.4", "2.5", "2.3.3")]
    assert moved(swapped) == ["1", "2.2", "2.2.2", "2.4", "2.5", "2.3.3"]
    # the chapter stands first: one neighbour does not enclose a section
    first = [pos[s] for s in ("2.4", "2.2", "2.2.2", "2.3.3", "2.5")]
    ev_first = np.vstack([evidence[3:4], evidence[1:3], evidence[4:]])
    assert moved(first, ev=ev_first, ks_now=list(range(5))) == ["2.4", "2.2", "2.2.2", "2.3.3", "2.5"]


def test_second_run_of_a_merged_bare_chapter():
    """seg12 (seg-sk-paraphr9 "Práva žiadateľov a ich ubytovanie", rights then reception, taken for 2.3.2): its two
    reception paragraphs read 2.3.3 first and lead 2.3.2 there by 2.94/3.00 units; its rights paragraphs read 2.3 and
    2.3.3 nearly as well as 2.3.2 (leads 1.15/0.59), far less than the run does: the run at the chapter's end goes to
    the free 2.3.3. Not split: 2.3.3 taken, a chapter too short, a run in the middle, a chapter whose text reads the
    sibling throughout (a placement question), a paragraph of the run ranking another section first."""
    from analyser.segment.outline import _second_run_blocks

    rights = {"2.3": 1.45, "2.3.3": 1.35, "2.3.4": 1.15, "2.3.2": 0.20, "1": -0.5}
    rights2 = {"2.3.3": 1.55, "2.3": 1.18, "2.3.2": 0.96, "2.3.4": 0.3, "1": -0.5}
    shelter = {"2.3.3": 1.86, "2.3.4": 1.37, "1": 0.91, "2.3.2": -1.08, "2.3": 0.2}
    clinic = {"2.3.3": 2.18, "2.3.4": 1.46, "2.4": 0.92, "2.3.2": -0.82, "2.3": 0.2}
    siblings = ["2.3.1", "2.3.3", "2.3.4"]
    unit = [(14, rights), (15, rights2), (16, shelter), (17, clinic)]
    assert _second_run_blocks(unit, "2.3.2", siblings, set(), 1.0, 3) == {16: "2.3.3", 17: "2.3.3"}
    assert _second_run_blocks(unit, "2.3.2", siblings, {"2.3.3"}, 1.0, 3) == {}
    assert _second_run_blocks(unit, "2.3.2", siblings, set(), 1.0, 5) == {}
    assert _second_run_blocks(unit, "2.3.2", siblings, set(), 1.0, 0) == {}
    # the run in the middle of the chapter: a paragraph of another topic within it stays
    assert _second_run_blocks([(14, rights2), (16, shelter), (15, rights2)], "2.3.2", siblings, set(), 1.0, 3) == {}
    # text reading 2.3.3 throughout: no change point
    assert _second_run_blocks([(14, shelter), (15, clinic), (16, shelter), (17, clinic)], "2.3.2", siblings, set(), 1.0, 3) == {}
    # a paragraph of the run ranking the parent (2.3) first: the run is the last paragraph alone
    parent_first = dict(shelter, **{"2.3": 2.5})
    assert _second_run_blocks([(14, rights), (15, rights2), (16, parent_first), (17, clinic)], "2.3.2", siblings, set(), 1.0, 3) == {17: "2.3.3"}
    # seg-es-paraphr9 "Procedimiento ágil y con garantías" (procedure then rights, taken for 2.3.2): the first paragraph
    # reads 2.3.1 first; the run at the chapter's start goes there
    decide = {"2.3.1": 1.35, "1": 1.22, "2.3.3": 1.01, "2.3.2": -0.56}
    courts = {"1": 1.49, "2.2.2": 0.93, "2.3.2": 0.07, "2.3.1": 0.0}
    aid = {"2.3.3": 1.29, "2.3.2": 1.29, "2.3.1": 0.5}
    minors = {"2.3.2": 2.45, "2.3.1": 0.3, "2.3.3": 0.95}
    assert _second_run_blocks([(14, decide), (15, courts), (16, aid), (17, minors)], "2.3.2", ["2.3.1", "2.3.3", "2.3.4"],
                              set(), 1.0, 3) == {14: "2.3.1"}


def test_chapter_joins_its_neighbours_section_when_the_document_splits_it():
    """seg12 (seg-da-paraphr9: integration as "Sprog og arbejde fra første dag" and "Bolig og skole"): the second chapter
    holds 2.3.4, the first was left 2.3.3; both chapters' hub-corrected evidence leads with 2.3.4 (3.28 and 2.50; the
    first reads 2.3.3 at 0.41), and its text ranks 2.3.4 first: the first joins its neighbour. No join: the neighbour not
    reading its own section first, a chapter not standing next to it, a lead under the margin, text not ranking the
    neighbour's section within 2 and above the chapter's own (seg-sv-paraphr8: a procedure chapter whose title reads the
    rights chapter's 2.3.2 by 0.27)."""
    from analyser.segment.outline import _joins_neighbour

    pos = {s: c for c, s in enumerate(ORDER)}
    secs = ["1", "2.3.3", "2.3.4", "2.3.1"]
    evidence = np.zeros((len(secs), len(ORDER)))
    evidence[0, pos["1"]] = 2.3
    evidence[1, pos["2.3.4"]], evidence[1, pos["2.3.3"]] = 3.28, 0.41
    evidence[2, pos["2.3.4"]], evidence[2, pos["2.3.3"]] = 2.50, 1.27
    evidence[3, pos["2.3.1"]] = 2.83
    cols = [pos[s] for s in secs]
    content = np.zeros_like(evidence)
    content[1, pos["2.3.4"]], content[1, pos["2.3.3"]], content[1, pos["2.3.2"]] = 2.84, 1.75, 0.07

    def joined(cols_now, margin=0.25, ev=evidence, text=content):
        return [ORDER[c] for c in _joins_neighbour(ev, text, list(range(len(cols_now))), cols_now, margin, 2)]

    assert joined(cols) == ["1", "2.3.4", "2.3.4", "2.3.1"]
    assert joined(cols, margin=3.0) == secs
    text_elsewhere = content.copy()
    text_elsewhere[1, pos["2.4"]], text_elsewhere[1, pos["2.6"]] = 3.0, 2.9  # 2.3.4 third by its text
    assert joined(cols, text=text_elsewhere) == secs
    text_below = content.copy()
    text_below[1, pos["2.3.3"]] = 2.9  # the text ranks the chapter's own section above the neighbour's
    assert joined(cols, text=text_below) == secs
    other = evidence.copy()
    other[2, pos["2.3.3"]] = 2.9  # the neighbour reads the chapter's section first: nothing to join
    assert joined(cols, ev=other) == secs
    apart = [pos[s] for s in ("2.3.3", "1", "2.3.4", "2.3.1")]
    assert joined(apart, ev=evidence[[1, 0, 2, 3]], text=content[[1, 0, 2, 3]]) == ["2.3.3", "1", "2.3.4", "2.3.1"]


def test_joint_assignment_chain_to_the_displaced_chapters_runner_up():
    """seg12 (seg-nl-paraphr6): the integration chapter "Een bestaan opbouwen" holds 2.3.3 (hub-corrected 2.21, 2.3.4
    1.96 its runner-up leaf), the reception chapter "Waar asielzoekers wonen" sits in coordination, 2.5 (-0.20; 2.3.3
    0.92). No swap or single move gains; the chain — integration to its runner-up 2.3.4, reception to the 2.3.3 it
    leaves — gains 0.87. Only the displaced chapter's runner-up leaf is tried; without chains, or under the joint
    margin, nothing moves."""
    from analyser.segment.outline import _Node, _reassign_jointly

    pos = {s: c for c, s in enumerate(ORDER)}
    family = [[pos[t] for t in ORDER if t == s or t.startswith(s + ".")] for s in ORDER]
    blocks = _blocks(["Snel en zorgvuldig beslissen", "a", "Waar asielzoekers wonen", "b", "Een bestaan opbouwen", "c"])
    nodes = [_Node(0, 1, False, unit=(1,), span=(1,)), _Node(2, 1, False, unit=(3,), span=(3,)),
             _Node(4, 1, False, unit=(5,), span=(5,))]
    hub = np.zeros((3, len(ORDER)))
    hub[0, pos["2.3.1"]], hub[0, pos["2.3.2"]] = 2.36, 1.26
    hub[1, pos["1"]], hub[1, pos["2.3"]], hub[1, pos["2.3.3"]], hub[1, pos["2.5"]] = 1.42, 1.15, 0.92, -0.20
    hub[2, pos["2.3.3"]], hub[2, pos["2.3.4"]], hub[2, pos["2.5"]] = 2.21, 1.96, 0.40

    # the chapters' pooled texts: the reception chapter's reads 2.3.3 first (2.73), so it may take the 2.3.3 the
    # integration chapter's evidence leads with (segcs15's own_joint_keep_leader)
    text = np.zeros((3, len(ORDER)))
    text[0, pos["2.3.1"]], text[1, pos["2.3.3"]], text[2, pos["2.3.4"]] = 2.5, 2.73, 2.4

    def run(cfg=SegmentConfig(), ev=hub, content=text):
        section_of: list[str | None] = [None, "2.3.1", None, "2.5", None, "2.3.3"]
        out: list = []
        _reassign_jointly(nodes, {0: "2.3.1", 1: "2.5", 2: "2.3.3"}, ev, out, section_of, family, ORDER, frozenset(), cfg,
                          set(), blocks, content)
        return section_of

    assert run() == [None, "2.3.1", "2.3.3", "2.3.3", "2.3.4", "2.3.4"]
    # segcs15: without a text that reads 2.3.3 first, the reception chapter (hub-corrected evidence leading with 1)
    # may not take the section the integration chapter's evidence leads with
    assert run(content=None) == [None, "2.3.1", None, "2.5", None, "2.3.3"]
    assert run(SegmentConfig(own_joint_keep_leader=False), content=None) == [None, "2.3.1", "2.3.3", "2.3.3", "2.3.4", "2.3.4"]
    assert run(SegmentConfig(own_joint_chains=False)) == [None, "2.3.1", None, "2.5", None, "2.3.3"]
    other = hub.copy()
    other[2, pos["2.6"]] = 2.0  # the integration chapter's runner-up is 2.6: the chain goes there, not to 2.3.4
    assert run(ev=other) == [None, "2.3.1", "2.3.3", "2.3.3", "2.6", "2.6"]
    weak = hub.copy()
    weak[1, pos["2.3.3"]] = 0.3  # the chain gains 0.25, under the joint margin (0.5)
    assert run(ev=weak) == [None, "2.3.1", None, "2.5", None, "2.3.3"]


def test_middle_chapter_takes_the_free_leaf_its_text_names_clearly():
    """seg13 (seg-hu-paraphr7: "Fedél és ellátás az eljárás alatt", roof and care during the procedure): the title reads
    the procedure, the text reception, 2.3.3, at 2.90 against 1.20 for integration, 2.3.4; the summed evidence sent the
    chapter to 2.3.4. Corrected for the hubs (each leaf's mean over the chapters taken off) the text leads with 2.3.3
    by 0.68: it takes the free 2.3.3. No move: a first or last chapter, a lead under the margin, a leaf another chapter
    holds or no target, a leaf the uncorrected text does not rank first (a hub: every chapter's text reads it)."""
    from analyser.segment.outline import _text_clear_moves

    pos = {s: c for c, s in enumerate(ORDER)}
    leaves = [c for c, s in enumerate(ORDER) if not any(t.startswith(s + ".") for t in ORDER)]
    secs = ["2.1.1", "2.2.2", "2.3.4", "2.5"]
    content = np.zeros((len(secs), len(ORDER)))
    content[0, pos["2.1.1"]] = 2.0
    content[1, pos["2.2.2"]] = 2.6
    content[2, pos["2.3.3"]], content[2, pos["2.3.4"]] = 2.90, 1.20
    content[3, pos["2.5"]] = 2.3
    evidence = np.zeros_like(content)
    cols = [pos[s] for s in secs]
    targets = [pos[s] for s in ("2.3.3", "2.1.2", "2.3.1")]

    def moved(text=content, cols_now=cols, tg=targets, lead=0.6):
        return [ORDER[c] for c in _text_clear_moves(text, evidence, list(range(len(cols_now))), cols_now, tg, leaves, lead)]

    assert moved() == ["2.1.1", "2.2.2", "2.3.3", "2.5"]
    assert moved(lead=2.0) == secs
    assert moved(tg=[pos["2.1.2"]]) == secs  # 2.3.3 is held by a heading or other text
    held = [pos[s] for s in ("2.1.1", "2.3.3", "2.3.4", "2.5")]
    assert moved(cols_now=held) == ["2.1.1", "2.3.3", "2.3.4", "2.5"]  # another chapter holds 2.3.3
    first = content[[2, 1, 0, 3]]
    assert moved(text=first, cols_now=[pos[s] for s in ("2.3.4", "2.2.2", "2.1.1", "2.5")]) == ["2.3.4", "2.2.2", "2.1.1", "2.5"]
    hub = content.copy()
    hub[[0, 1, 3], pos["2.3.3"]] = 2.7  # every chapter's text reads 2.3.3: corrected, it leads no chapter's by 0.6
    assert moved(text=hub) == secs
