"""Sentences and language (issue #3): :mod:`analyser.text` on small inputs with exact expected results."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyser.parse import parse
from analyser.text import (
    EU_LANGUAGES,
    _nlp,
    detect_block_languages,
    detect_language,
    split_sentences,
)

# --------------------------------------------------------------------------- sentences


def test_pipelines_for_all_24_languages() -> None:
    """``spacy.blank(lang)`` + sentencizer for every EU language; Maltese (unknown to spaCy) through ``xx``."""
    assert len(EU_LANGUAGES) == 24
    for lang in EU_LANGUAGES:
        nlp = _nlp(lang)
        assert nlp.lang == ("xx" if lang == "mt" else lang)
        assert nlp.pipe_names == ["sentencizer"]
        assert split_sentences("Alfa beta gamma. Delta epsilon zeta.", lang) == ["Alfa beta gamma.", "Delta epsilon zeta."]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "Dit geldt o.a. voor art. 5 en nr. 12 t.b.v. de opvang m.b.t. gezinnen. Daarna volgt de rest.",
         ["Dit geldt o.a. voor art. 5 en nr. 12 t.b.v. de opvang m.b.t. gezinnen.", "Daarna volgt de rest."]),
        ("de", "Das gilt z. B. nach Abs. 2 und Nr. 3 gem. Art. 7 der Verordnung. Danach folgt der Rest.",
         ["Das gilt z. B. nach Abs. 2 und Nr. 3 gem. Art. 7 der Verordnung.", "Danach folgt der Rest."]),
        ("fr", "Voir l'art. 12 et le n° 5, p. ex. la loi. Ensuite vient le bilan.",
         ["Voir l'art. 12 et le n° 5, p. ex. la loi.", "Ensuite vient le bilan."]),
        ("pl", "Dotyczy to m.in. osób, np. dzieci, zgodnie z ust. 2 art. 5 ustawy. Potem nastąpi ocena.",
         ["Dotyczy to m.in. osób, np. dzieci, zgodnie z ust. 2 art. 5 ustawy.", "Potem nastąpi ocena."]),
        ("el", "Βλ. παρ. 3 του νόμου. Ακολουθεί αξιολόγηση.", ["Βλ. παρ. 3 του νόμου.", "Ακολουθεί αξιολόγηση."]),
        ("it", "Si veda l'art. 5, n. 3, p.es. la legge. Poi segue una valutazione.",
         ["Si veda l'art. 5, n. 3, p.es. la legge.", "Poi segue una valutazione."]),
        ("es", "Véase el art. 5, núm. 3, p. ej. la ley. Luego sigue una evaluación.",
         ["Véase el art. 5, núm. 3, p. ej. la ley.", "Luego sigue una evaluación."]),
        ("pt", "Ver o art. 5, n.º 3, p. ex. a lei. Depois segue uma avaliação.",
         ["Ver o art. 5, n.º 3, p. ex. a lei.", "Depois segue uma avaliação."]),
        ("cs", "Podle čl. 5 odst. 2 písm. a) zákona, tzv. azylového. Poté následuje hodnocení.",
         ["Podle čl. 5 odst. 2 písm. a) zákona, tzv. azylového.", "Poté následuje hodnocení."]),
        ("sv", "Det gäller t.ex. barn, bl.a. enligt kap. 5 i lagen. Därefter följer en utvärdering.",
         ["Det gäller t.ex. barn, bl.a. enligt kap. 5 i lagen.", "Därefter följer en utvärdering."]),
        ("hu", "Ez pl. a gyermekekre, ill. a családokra vonatkozik. Ezt követi az értékelés.",
         ["Ez pl. a gyermekekre, ill. a családokra vonatkozik.", "Ezt követi az értékelés."]),
        ("mt", "Ara l-art. 5 tal-liġi, eż. il-proċedura. Imbagħad issir evalwazzjoni.",
         ["Ara l-art. 5 tal-liġi, eż. il-proċedura.", "Imbagħad issir evalwazzjoni."]),
        ("bg", "Съгласно чл. 5, ал. 2 от закона, напр. за деца. След това следва оценка.",
         ["Съгласно чл. 5, ал. 2 от закона, напр. за деца.", "След това следва оценка."]),
        ("da", "Det gælder bl.a. børn, jf. stk. 2 i loven. Derefter følger en evaluering.",
         ["Det gælder bl.a. børn, jf. stk. 2 i loven.", "Derefter følger en evaluering."]),
        ("fi", "Tämä koskee esim. lapsia, ks. lain 5 pykälä. Sen jälkeen tulee arviointi.",
         ["Tämä koskee esim. lapsia, ks. lain 5 pykälä.", "Sen jälkeen tulee arviointi."]),
        ("ro", "Conform art. 5 alin. 2 lit. a din lege. Apoi urmează evaluarea.",
         ["Conform art. 5 alin. 2 lit. a din lege.", "Apoi urmează evaluarea."]),
        ("hr", "Prema čl. 5 zakona, npr. za djecu. Zatim slijedi ocjena.",
         ["Prema čl. 5 zakona, npr. za djecu.", "Zatim slijedi ocjena."]),
    ],
)
def test_abbreviations_do_not_end_sentences(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "Het plan loopt tot 2030. Daarna volgt een evaluatie.", ["Het plan loopt tot 2030.", "Daarna volgt een evaluatie."]),
        ("de", "Die Strategie gilt bis 2030. Danach folgt eine Bewertung.", ["Die Strategie gilt bis 2030.", "Danach folgt eine Bewertung."]),
        ("pl", "Plan obowiązuje do 2030. Potem nastąpi ocena.", ["Plan obowiązuje do 2030.", "Potem nastąpi ocena."]),
        ("nl", "Het aantal steeg tot 320. Dat is veel.", ["Het aantal steeg tot 320.", "Dat is veel."]),
        ("de", "Am 3. Oktober beginnt die Umsetzung.", ["Am 3. Oktober beginnt die Umsetzung."]),
    ],
)
def test_sentence_final_year_or_number(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_greek_question_mark() -> None:
    """Greek ";" ends a question, both as U+003B and as U+037E (kept as written)."""
    assert split_sentences("Τι θα γίνει; Η στρατηγική ισχύει έως το 2030.", "el") == ["Τι θα γίνει;", "Η στρατηγική ισχύει έως το 2030."]
    assert split_sentences("Τι θα γίνει\u037e Ναι.", "el") == ["Τι θα γίνει\u037e", "Ναι."]
    # elsewhere ";" is no sentence end
    assert split_sentences("Eerst dit; dan dat.", "nl") == ["Eerst dit; dan dat."]


def test_line_wraps_joined() -> None:
    assert split_sentences("Een zin die over\neen regel\n  heen loopt. Nog een zin.", "nl") == [
        "Een zin die over een regel heen loopt.",
        "Nog een zin.",
    ]


def test_nlp_max_length_never_exceeded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text longer than ``nlp.max_length`` is cut after sentence ends; spaCy would raise E088 otherwise."""
    nlp = _nlp("en")
    monkeypatch.setattr(nlp, "max_length", 60)
    text = " ".join(f"Sentence number {i} is here." for i in range(40))
    got = split_sentences(text, "en")
    assert got == [f"Sentence number {i} is here." for i in range(40)]
    # a word longer than the limit is cut inside (spaCy never sees more than 60 characters at once)
    assert "".join("".join(split_sentences("x" * 150, "en")).split()) == "x" * 150


def test_headings_and_list_items_are_hard_boundaries(tmp_path: Path) -> None:
    """Sentences never cross a block: a heading without a period and list items stand alone."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "boundaries.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 760, "2.1.2 Asielprocedures")
    c.setFont("Helvetica", 10)
    c.drawString(72, 740, "Nederland wil")
    for y, text in [(725, "— snellere procedures;"), (710, "— betere rechtsbijstand")]:
        c.drawString(80, y, text)
    c.drawString(72, 690, "Dat vraagt capaciteit.")
    c.save()
    doc = parse(path)
    sentences = [split_sentences(b.text, "nl") for b in doc.blocks]
    assert [(b.kind, s) for b, s in zip(doc.blocks, sentences)] == [
        ("heading", ["2.1.2 Asielprocedures"]),
        ("paragraph", ["Nederland wil"]),
        ("list_item", ["— snellere procedures;"]),
        ("list_item", ["— betere rechtsbijstand"]),
        ("paragraph", ["Dat vraagt capaciteit."]),
    ]


# --------------------------------------------------------------------------- language


def test_detect_language_of_a_document() -> None:
    assert detect_language("De regering versterkt de opvang van asielzoekers in alle gemeenten.") == "nl"
    assert detect_language("Die Bundesregierung stärkt die Aufnahme von Asylsuchenden in allen Gemeinden.") == "de"
    assert detect_language("", default="und") == "und"


def test_detect_block_languages_mixed_document() -> None:
    texts = [
        "De regering versterkt de opvang van asielzoekers in alle gemeenten van het land.",
        "2.1.1",
        "The Commission adopted the implementing decision on the template for national strategies.",
        "Le gouvernement renforce l'accueil des demandeurs d'asile dans toutes les communes.",
        "Bijlage",
    ]
    assert detect_block_languages(texts, "nl") == ["nl", "nl", "en", "fr", "nl"]


def test_lang_option_overrides_detection(tmp_path: Path) -> None:
    from analyser.embed import HashingEncoder
    from analyser.pipeline import AnalyserConfig, analyse_corpus

    path = tmp_path / "strategie.txt"
    path.write_text("De regering versterkt de opvang van asielzoekers in alle gemeenten.\n", encoding="utf-8")
    import json

    analyse_corpus([path], out=tmp_path / "auto", encoder=HashingEncoder())
    analyse_corpus([path], out=tmp_path / "forced", config=AnalyserConfig(language="de"), encoder=HashingEncoder())
    auto = json.loads((tmp_path / "auto" / "strategie" / "analysis.json").read_text(encoding="utf-8"))
    forced = json.loads((tmp_path / "forced" / "strategie" / "analysis.json").read_text(encoding="utf-8"))
    assert (auto["language"], forced["language"]) == ("nl", "de")


def test_word_ending_after_apostrophe_or_hyphen_still_ends_a_sentence() -> None:
    """A single letter glued to a word ("regio’s.") is no abbreviation; "l-art." (Maltese) is one."""
    assert split_sentences("Opvang in de regio’s. Daarna volgt meer.", "nl") == ["Opvang in de regio’s.", "Daarna volgt meer."]
    assert split_sentences("Opvang in de regio's. Daarna volgt meer.", "nl") == ["Opvang in de regio's.", "Daarna volgt meer."]


@pytest.mark.parametrize("content", [b"   \n\n  \t\n", b"\xef\xbb\xbf", b"\xff\xfe \x00\n\x00"])
def test_a_text_file_without_text_is_e107(tmp_path: Path, content: bytes) -> None:
    """A .txt of whitespace only (or only a byte-order mark) parsed into no block and failed later in the
    pipeline as "[E599] unexpected error: IndexError('list index out of range')" (fresh-eyes trial)."""
    from analyser.errors import ParseError

    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(ParseError) as exc:
        parse(path)
    assert str(exc.value) == f"[E107] {path}: no readable text (empty, scanned pages or unmapped fonts)"


def test_a_pdf_named_txt_is_read_as_a_pdf(tmp_path: Path) -> None:
    """A PDF saved with a .txt name was refused as "not UTF-8 or UTF-16 text" (E109) although its bytes say PDF,
    while a PDF named .docx was read as a PDF (fresh-eyes trial)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "strategy.txt"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 760, "The reception capacity grows to 4,000 places by 2027.")
    c.save()
    assert [b.text for b in parse(path).blocks] == ["The reception capacity grows to 4,000 places by 2027."]
