"""Writes the inputs of tests/data/grid15: a strategy filled in as one table whose first column holds the Annex numbers.

Run: /work/main/.venv/bin/python tests/data/grid15/make_inputs.py  (reportlab, python-docx, DejaVu fonts)

The shape of fresh10's Estonian one-table strategy (interact15, a defect of exact14's topical Annex numbers): each row
is "Annex number and a short topic title | the template's question | the answer" (or without the question column),
the titles naming a topic of their section ("2.1.2. Atgriešana", "2.3.3. Uzņemšanas apstākļi") rather than its
official heading. Written before any change of the segmenter; ``GOLD`` below: the sections the document has, and for
each answer (its first words) its section. Tuning (seen): lv, nl. Held-out (measured once after the fix): fi, sk.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
from reportlab import rl_config  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_fixed import save_docx_fixed  # noqa: E402

rl_config.invariant = 1
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
W, H = A4
CELL = ParagraphStyle("c", fontName="DVS", fontSize=9, leading=11)

# doc id -> (language, split, kind, header row, rows (section, number and title, question or None, answer))
DOCS: dict[str, tuple] = {
    "lv-2026.one-table": ("lv", "tuning", "pdf", ("Sadaļa", "Jautājums", "Atbilde"), [
        ("1", "1. Valsts situācija", "Ko rāda skaitļi un riska analīze?",
         "2025. gadā Latvijā tika iesniegti 1 700 starptautiskās aizsardzības pieteikumi. Iekšlietu ministrijas riska "
         "analīze 2026.–2028. gadam paredz spiedienu uz robežas ar Baltkrieviju."),
        ("2.1.2", "2.1.2. Atgriešana", "Kā tiek nodrošināta efektīva atgriešana?",
         "Katru gadu īstenojam 700 atgriešanas; priekšroka ir brīvprātīgai atgriešanai ar konsultācijām un "
         "reintegrācijas atbalstu, saskaņā ar Direktīvu 2008/115/EK."),
        ("2.3.3", "2.3.3. Uzņemšanas apstākļi", "Kādi ir uzņemšanas apstākļi?",
         "Mucenieku centrā ir 400 vietu; pieteicēji saņem izmitināšanu, ēdināšanu, veselības aprūpi un ikmēneša "
         "pabalstu; neaizsargātas personas izmitina atsevišķi."),
        ("2.6", "2.6. Spējas", "Kādi finanšu un cilvēkresursi ir paredzēti?",
         "Stratēģijas īstenošanai 2026.–2031. gadā no valsts budžeta paredzēti 41 miljons eiro, un Valsts robežsardze "
         "pieņems darbā 60 jaunus darbiniekus; no AMIF Latvija saņem 22 miljonus eiro."),
    ]),
    "nl-2026.one-table": ("nl", "tuning", "pdf", ("Onderdeel", "Antwoord"), [
        ("1", "1. Nationale situatie", None,
         "In 2025 werden in Nederland 38 000 asielaanvragen ingediend. De risicoanalyse van het ministerie voor "
         "2026–2028 verwacht een blijvend hoge instroom via de Middellandse Zee."),
        ("2.2.1", "2.2.1. Grenstoezicht", None,
         "De Koninklijke Marechaussee controleert alle buitengrenzen op Schiphol en in de havens met 2 800 "
         "medewerkers; elke grensoverschrijding wordt in het Entry/Exit System geregistreerd."),
        ("2.3.3", "2.3.3. Opvang", None,
         "Het COA biedt 64 000 opvangplaatsen met huisvesting, maaltijden, medische zorg en leefgeld; kwetsbare "
         "personen worden apart opgevangen."),
        ("2.6", "2.6. Middelen", None,
         "Voor 2026–2031 is 3,1 miljard euro uit de rijksbegroting beschikbaar en worden 900 nieuwe medewerkers "
         "aangenomen; uit AMIF ontvangt Nederland 180 miljoen euro."),
    ]),
    "fi-2026.one-table": ("fi", "heldout", "pdf", ("Osio", "Kysymys", "Vastaus"), [
        ("1", "1. Kansallinen tilanne", "Mitä luvut ja riskianalyysi osoittavat?",
         "Vuonna 2025 Suomessa jätettiin 5 200 kansainvälistä suojelua koskevaa hakemusta. Sisäministeriön "
         "riskianalyysi vuosille 2026–2028 ennakoi painetta Venäjän vastaisella rajalla."),
        ("2.1.2", "2.1.2. Paluut", "Miten tehokkaat paluut varmistetaan?",
         "Toteutamme vuosittain 1 100 paluuta; vapaaehtoinen paluu on ensisijainen, ja palaajat saavat neuvontaa ja "
         "uudelleenkotoutumisen tukea direktiivin 2008/115/EY mukaisesti."),
        ("2.3.3", "2.3.3. Vastaanotto-olosuhteet", "Millaiset ovat vastaanotto-olosuhteet?",
         "Vastaanottokeskuksissa on 9 000 paikkaa; hakijat saavat majoituksen, ruoan, terveydenhuollon ja "
         "vastaanottorahan; haavoittuvassa asemassa olevat majoitetaan erikseen."),
        ("2.6", "2.6. Voimavarat", "Mitkä taloudelliset ja henkilöresurssit on varattu?",
         "Strategian toteuttamiseen vuosina 2026–2031 on valtion talousarviosta varattu 240 miljoonaa euroa, ja "
         "Rajavartiolaitos palkkaa 150 uutta virkamiestä; AMIFista Suomi saa 95 miljoonaa euroa."),
    ]),
    "sk-2026.grid": ("sk", "heldout", "docx", ("Časť", "Odpoveď"), [
        ("1", "1. Národná situácia", None,
         "V roku 2025 bolo na Slovensku podaných 1 400 žiadostí o medzinárodnú ochranu. Analýza rizík ministerstva "
         "vnútra na roky 2026–2028 očakáva tlak na hranici s Ukrajinou."),
        ("2.1.2", "2.1.2. Návraty", None,
         "Ročne zrealizujeme 900 návratov; dobrovoľný návrat má prednosť a navrátilci dostávajú poradenstvo a podporu "
         "reintegrácie v súlade so smernicou 2008/115/ES."),
        ("2.3.3", "2.3.3. Podmienky prijímania", None,
         "Záchytné a pobytové tábory majú 1 200 miest; žiadatelia dostávajú ubytovanie, stravu, zdravotnú starostlivosť "
         "a vreckové; zraniteľné osoby sú ubytované oddelene."),
        ("2.6", "2.6. Kapacity", None,
         "Na roky 2026–2031 je zo štátneho rozpočtu vyčlenených 160 miliónov eur a Úrad hraničnej a cudzineckej polície "
         "prijme 200 nových policajtov; z AMIF dostane Slovensko 40 miliónov eur."),
    ]),
}


def _pdf(doc_id: str, header: tuple, rows: list) -> None:
    doc = BaseDocTemplate(str(HERE / f"{doc_id}.pdf"), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=50,
                          bottomMargin=50, title="Strategy", creator="grid15", producer="grid15")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(40, 50, W - 80, H - 100)])])
    table = [[Paragraph(f"<b>{h}</b>", CELL) for h in header]]
    for _, head, q, a in rows:
        table.append([Paragraph(x, CELL) for x in ([head, q, a] if q else [head, a])])
    widths = [90, 140, W - 80 - 230] if len(header) == 3 else [110, W - 80 - 110]
    t = Table(table, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([t])


def _docx(doc_id: str, header: tuple, rows: list) -> None:
    from docx import Document
    doc = Document()
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for c, h in enumerate(header):
        t.cell(0, c).text = h
    for r, (_, head, q, a) in enumerate(rows, 1):
        for c, x in enumerate([head, q, a] if q else [head, a]):
            t.cell(r, c).text = x
    save_docx_fixed(doc, HERE / f"{doc_id}.docx", "grid15")


def main() -> None:
    gold = {}
    for doc_id, (lang, split, kind, header, rows) in DOCS.items():
        (_pdf if kind == "pdf" else _docx)(doc_id, header, rows)
        gold[doc_id] = {"file": f"{doc_id}.{kind}", "language": lang, "split": split,
                        "sections": [s for s, *_ in rows], "answers": {a[:40]: s for s, _, _, a in rows}}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
