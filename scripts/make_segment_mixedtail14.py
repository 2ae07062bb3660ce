"""Mixed documents of issue 14 whose free part comes AFTER the last numbered Annex section (mixed14 helper).

Usage: ``python scripts/make_segment_mixedtail14.py`` (from the repository root). Four languages (German, Italian,
Portuguese, Hungarian), one ``mixedtail14`` document each: two numbered Annex sections (with one reproduced question),
then two to three of the document's own chapters with their own titles, placed by content in the gold:

- ``de``: 2.2.2 (question 2.2.2.a), 2.3.3, then own chapters numbered "5.", "6.", "7." (return 2.1.2, participation
  2.3.4, mass arrivals 2.4) -- a number of depth one that collides with no Annex heading;
- ``it``: 2.2.2, 2.3.3 (question 2.3.3.a), then own lettered chapters "A.", "B.", "C." (return 2.1.2, mass arrivals
  2.4, integration 2.3.4);
- ``pt``: 2.3.3, 2.6 (question 2.6.a) -- the last numbered section is a chapter, not a sub-section -- then short bare
  titles ("Regresso", "Emergências", "Integração local": 2.1.2, 2.4, 2.3.4);
- ``hu``: 2.2.2 (question 2.2.2.a), 2.3.4, then own unnumbered chapters with long sentence-like titles (return 2.1.2,
  reception 2.3.3 -- an Annex section placed by content after a numbered later one -- mass arrivals 2.4).

Headings, questions and the answers of 2.1.2/2.2.2/2.3.3/2.3.4/2.6 reuse our own translations of
``segment_docs_text*.py`` (tuning wording); the own chapter titles and the 2.4 answers are new (invented: no agency,
law or figure is real). Written before any change to segment/; the mixed14 helper tuned on these (seen).
Output: ``tests/data/segment_heldout/seg-{de,it,pt,hu}-mixedtail14``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_segment_docs import Doc, write_doc  # noqa: E402
from segment_docs_text import TEXT  # noqa: E402
from segment_docs_text_fihu import TEXT_FIHU  # noqa: E402
from segment_docs_text_more import TEXT_MORE  # noqa: E402

#: New wording per language: own chapter titles (section → title, in document order) and 2.4 answers.
TAIL: dict[str, dict] = {
    "de": {
        "base": TEXT["de"],
        "numbered": (("2.2.2", "2.2.2.a"), ("2.3.3", None)),
        "own": (("2.1.2", "5. Rückkehr und Ausreise"), ("2.3.4", "6. Teilhabe in den Kommunen"),
                ("2.4", "7. Wenn viele Menschen gleichzeitig ankommen")),
        "ans24": ["Der Notfallplan des Bundes erlaubt es, innerhalb von zehn Tagen 25.000 Menschen in Messehallen und "
                  "kommunalen Notunterkünften unterzubringen; die Länder halten dafür Feldbetten und Sanitärcontainer vor.",
                  "Einmal im Jahr übt das Technische Hilfswerk gemeinsam mit den Ausländerbehörden den Ernstfall, und eine "
                  "Reserve von 300 geschulten Beschäftigten kann binnen 48 Stunden abgerufen werden."],
    },
    "it": {
        "base": TEXT["it"],
        "numbered": (("2.2.2", None), ("2.3.3", "2.3.3.a")),
        "own": (("2.1.2", "A. Rimpatri e partenze"), ("2.4", "B. Quando arrivano in molti"),
                ("2.3.4", "C. Vivere e lavorare nei comuni")),
        "ans24": ["Il piano nazionale di emergenza consente di ospitare 20.000 persone entro dieci giorni in palestre, "
                  "caserme dismesse e strutture temporanee messe a disposizione dalle prefetture.",
                  "Ogni anno la Protezione civile svolge un'esercitazione congiunta con le questure, e una riserva di 250 "
                  "operatori formati può essere mobilitata in 48 ore."],
    },
    "pt": {
        "base": TEXT_MORE["pt"],
        "numbered": (("2.3.3", None), ("2.6", "2.6.a")),
        "own": (("2.1.2", "Regresso"), ("2.4", "Emergências"), ("2.3.4", "Integração local")),
        "ans24": ["O plano de contingência permite alojar 6.000 pessoas no prazo de duas semanas em pavilhões "
                  "desportivos e em alojamentos temporários cedidos pelas câmaras municipais.",
                  "O plano é testado todos os anos num exercício com a Proteção Civil, e uma reserva de 90 funcionários "
                  "formados pode ser chamada em 48 horas."],
    },
    "hu": {
        "base": TEXT_FIHU["hu"],
        "numbered": (("2.2.2", "2.2.2.a"), ("2.3.4", None)),
        "own": (("2.1.2", "Akiknek el kell hagyniuk az országot"),
                ("2.3.3", "Szállás és ellátás a menekültügyi eljárás ideje alatt"),
                ("2.4", "Ha egyszerre nagyon sokan érkeznek")),
        "ans24": ["A vészhelyzeti terv lehetővé teszi, hogy két héten belül 8 000 embert helyezzenek el sportcsarnokokban "
                  "és a megyék ideiglenes szálláshelyein.",
                  "A tervet minden évben közös gyakorlaton próbálják ki a katasztrófavédelemmel, és 120 képzett munkatárs "
                  "tartaléka 48 órán belül mozgósítható."],
    },
}


def mixedtail14(d: Doc, lang: str) -> None:
    """Numbered Annex sections first (heading, optional question, two answers), then the own chapters."""
    spec = TAIL[lang]
    t = dict(spec["base"])
    t["ans"] = {**t["ans"], "2.4": spec["ans24"]}
    d.add("front_matter", None, t["title"])
    for sec, q in spec["numbered"]:
        d.add("section_heading", sec, f"{sec}. {t['heading'][sec]}")
        if q:
            d.question(t, q)
        d.answers(t, sec)
    for sec, title in spec["own"]:
        d.add("answer_heading", sec, title)
        d.answers(t, sec)


def build() -> list[Path]:
    """Write the four documents; returns the gold paths written."""
    paths = []
    for lang in TAIL:
        d = Doc(f"seg-{lang}-mixedtail14", lang)
        mixedtail14(d, lang)
        paths.append(write_doc(d, "mixedtail14", held=True))
    return paths


if __name__ == "__main__":
    paths = build()
    print(f"{len(paths)} documents written")
