"""Writes the parse12 line-end hyphen inputs (defect class (a), README here): short reportlab PDFs whose only open
line-end hyphen (lower case on both sides, no conjunction after it) is a compound's own hyphen, or a layout
hyphen, with the gold in ``hyphen.gold.json`` (texts that must and must not be in the body).

Run from the repository root: ``/work/main/.venv/bin/python tests/data/parse12/make_hyphen.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).parent
FONTS = {"DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"}

FILLER = {
    "fi": "Kunnat raportoivat toimenpiteistä ministeriölle kerran vuodessa ja seuranta julkaistaan verkossa.",
    "nl": "De gemeenten rapporteren jaarlijks over de uitvoering en de resultaten worden openbaar gemaakt.",
    "de": "Die Länder berichten jährlich über die Umsetzung, und die Ergebnisse werden veröffentlicht.",
    "et": "Omavalitsused annavad tegevustest aru kord aastas ja tulemused avaldatakse veebis.",
}

#: doc id -> (split, language, page size, font, lines before the filler, filler lines, must, must not)
DOCS = {
    # tuning (seen while fixing)
    "p12-fi-ohjelma": ("tuning", "fi", A4, "DejaVuSans",
                       ["Hallitus uudistaa maahanmuutto-", "ohjelman vuoteen 2028 mennessä."], 30,
                       ["maahanmuutto-ohjelman"], ["maahanmuuttoohjelman"]),
    "p12-nl-examen": ("tuning", "nl", A4, "DejaVuSans",
                      ["Nieuwkomers leggen het integratie-", "examen binnen drie jaar af."], 22,
                      ["integratie-examen"], ["integratieexamen"]),
    "p12-de-unterbringung": ("tuning", "de", A4, "DejaVuSans",  # guard: a layout hyphen in a short document
                             ["Die Länder sichern die Unter-", "bringung von 40 000 Schutzsuchenden."], 30,
                             ["Unterbringung von 40 000"], ["Unter-bringung", "Unter- bringung"]),
    # held-out (measured once, after the fix)
    "p12-fi-letter-serif": ("heldout", "fi", letter, "DejaVuSerif",
                            ["Turvapaikanhakijoiden oleskelulupa-", "asiat ja kotouttamis-",
                             "ohjelmat käsitellään keskitetysti."], 26,
                            ["oleskelulupa-asiat", "kotouttamisohjelmat"], ["oleskelulupaasiat", "kotouttamis-ohjelmat"]),
    "p12-fi-aa": ("heldout", "fi", A4, "DejaVuSans",
                  ["Rajavalvonnan yhteistyö Suomen ja Viron kesken kattaa myös meri-", "ilmailun ja Itämeren alueen, ja",
                   "valvontakameroiden käyttö-", "ehdot uudistetaan."], 28,
                  ["meri-ilmailun", "käyttöehdot"], ["meriilmailun", "käyttö-ehdot"]),
    "p12-nl-zee": ("heldout", "nl", A4, "DejaVuSerif",
                   ["De kustwacht controleert de zee-", "engte dagelijks met twee schepen."], 24,
                   ["zee-engte"], ["zeeengte"]),
    "p12-et-layout": ("heldout", "et", A4, "DejaVuSans",  # guard: one layout hyphen, no compound
                      ["Varjupaigataotlejate vastuvõtu-", "tingimusi kontrollitakse igal aastal."], 30,
                      ["vastuvõtutingimusi"], ["vastuvõtu-tingimusi"]),
}


def main() -> None:
    """Write every PDF of :data:`DOCS` and ``hyphen.gold.json``."""
    for name, path in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    gold = {}
    for doc_id, (split, lang, size, font, lines, n_fill, must, must_not) in DOCS.items():
        c = canvas.Canvas(str(OUT / f"{doc_id}.pdf"), pagesize=size, invariant=1)
        y = size[1] - 90
        for text in lines + [""] + [f"{k + 1}. {FILLER[lang]}" for k in range(n_fill)]:
            if y < 72:
                c.showPage()
                y = size[1] - 90
            c.setFont(font, 10)
            c.drawString(72, y, text)
            y -= 13 if text else 20
        c.save()
        gold[doc_id] = {"split": split, "language": lang, "must": must, "must_not": must_not}
    (OUT / "hyphen.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
