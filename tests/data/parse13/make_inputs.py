"""Write the parse13 PDF layout inputs (wide line spacing; struck-through tracked changes) and their gold.

Run: /work/main/.venv/bin/python tests/data/parse13/make_inputs.py  (reportlab, DejaVu fonts; byte-identical runs)

gold.json: per file, ``paragraphs`` (texts that must each be one block, whole: first and last words),
``apart`` (short lines that must each be a block of their own: headings, list items), ``absent`` (deleted
strings that must not be read), ``present`` (kept or inserted strings that must be read), ``warn`` (whether the
deleted-text warning is expected) and ``split`` ("seen": tuned on, "heldout": measured only).
"""

from __future__ import annotations

import json
import sys
import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from pdf_fixed import dejavu, wrap_words  # noqa: E402

dejavu()
W, H = A4
GOLD: dict[str, dict] = {}



def spaced_doc(name: str, blocks: list[tuple[str, str]], *, leading: float, para_gap: float, justify: bool,
               size: float = 11.0, font: str = "DV", split: str = "seen") -> None:
    """Lines placed one by one (like matplotlib's or a word processor's PDF) at ``leading`` × size baseline pitch;
    ``para_gap`` extra points between blocks. Kinds: "h" bold heading, "n" body-font numbered heading,
    "p" paragraph, "l" list item ("– …")."""
    c = canvas.Canvas(str(HERE / name), pagesize=A4)
    c.setTitle(name)
    left, right = 72.0, W - 72.0
    y = H - 80.0
    paragraphs, apart = [], []
    for kind, text in blocks:
        f = "DVB" if kind == "h" else font
        s = size + 1 if kind == "h" else size
        ind = 14.0 if kind == "l" else 0.0
        if "|" in text:  # lines broken by hand (a plotting library's text, a typed draft)
            lines = [wrap_words(c, [(w, "") for w in part.split()], f, s, 1e9)[0] for part in text.split("|")]
            text = " ".join(p.strip() for p in text.split("|"))
        else:
            lines = wrap_words(c, [(w, "") for w in text.split()], f, s, right - left - ind)
        for i, ln in enumerate(lines):
            if y < 80:
                c.showPage()
                y = H - 80.0
            c.setFont(f, s)
            gaps = len(ln) - 1
            natural = sum(w for _, _, w in ln) + gaps * c.stringWidth(" ", f, s)
            extra = (right - left - ind - natural) / gaps if justify and gaps and i < len(lines) - 1 and kind in "pl" else 0.0
            x = left + ind
            for word, _m, w in ln:
                c.drawString(x, y, word)
                x += w + c.stringWidth(" ", f, s) + extra
            y -= s * leading
        y -= para_gap
        (paragraphs if kind == "p" else apart).append(text)
    c.showPage()
    c.save()
    GOLD[name] = {"paragraphs": paragraphs, "apart": apart, "split": split}


def tracked_doc(name: str, blocks: list[tuple[str, list[tuple[str, str]]]], *, del_color, ins_color, rect: bool,
                split: str = "seen", table: list[list[str]] | None = None, size: float = 10.0) -> None:
    """A draft printed with changes shown: "del" runs struck through (a line, or a thin filled rectangle when
    ``rect``, at 0.3 × size above the baseline), "ins" runs underlined (1.5 pt below the baseline), "u" runs
    underlined in black (a link); an optional ruled table (grid lines) after the text."""
    c = canvas.Canvas(str(HERE / name), pagesize=A4)
    c.setTitle(name)
    left, right = 72.0, W - 72.0
    y = H - 80.0
    absent, present = [], []
    for kind, runs in blocks:
        f, s = ("DVB", size + 1.5) if kind == "h" else ("DVS", size)
        words = [(w, m) for text, m in runs for w in text.split()]
        for text, m in runs:
            (absent if m == "del" else present).append(text.strip())
        for ln in wrap_words(c, words, f, s, right - left):
            x = left
            for word, mark, w in ln:
                col = {"del": del_color, "ins": ins_color}.get(mark, colors.black)
                c.setFillColor(col)
                c.setFont(f, s)
                c.drawString(x, y, word)
                if mark:
                    c.setStrokeColor(col)
                    c.setLineWidth(0.6)
                    ly = y + s * 0.3 if mark == "del" else y - 1.5
                    if rect and mark == "del":
                        c.rect(x, ly - 0.4, w, 0.8, stroke=0, fill=1)
                    else:
                        c.line(x, ly, x + w, ly)
                x += w + c.stringWidth(" ", f, s)
            y -= s * 1.4
        y -= 8
    if table:
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        col_w = (right - left) / len(table[0])
        row_h = size * 1.6
        top = y + size
        for r, row in enumerate(table):
            for k, cell in enumerate(row):
                c.setFont("DVS", size)
                c.drawString(left + k * col_w + 4, top - (r + 1) * row_h + 0.45 * size, cell)
                present.append(cell)
        for r in range(len(table) + 1):
            c.line(left, top - r * row_h, right, top - r * row_h)
        for k in range(len(table[0]) + 1):
            c.line(left + k * col_w, top, left + k * col_w, top - len(table) * row_h)
    c.showPage()
    c.save()
    GOLD[name] = {"absent": absent, "present": present, "warn": bool(absent), "split": split}


# ------------------------------------------------------------------ (A) wide line spacing
DE = [
    ("h", "Nationale Strategie für Asyl- und Migrationsmanagement 2026–2031"),
    ("h", "1. Kontext"),
    ("p", "Im Jahr 2025 stellten 229 000 Personen einen Erstantrag auf Asyl, 30 Prozent weniger als im Vorjahr. "
          "Die Risikoanalyse der Bundespolizei und des Bundesamtes für Migration und Flüchtlinge erwartet bis 2028 "
          "anhaltenden Druck über die Balkanroute und Sekundärbewegungen aus Österreich und Polen."),
    ("p", "Deutschland hat keine Landaußengrenze; die Flughäfen Frankfurt, München und Berlin sind die "
          "Außengrenzen. Diese Lage bestimmt die Prioritäten der Strategie: Grenzkontrollen an Flughäfen und "
          "Zusammenarbeit mit den Nachbarstaaten gegen Sekundärmigration."),
    ("h", "2.1.2. Interne Dimension"),
    ("p", "Jedes Jahr sollen 25 000 Ausreisepflichtige das Bundesgebiet verlassen. Die freiwillige Rückkehr mit "
          "Reintegrationshilfe hat Vorrang, Abschiebungen achten die Würde der Betroffenen und die "
          "Rückführungsrichtlinie 2008/115/EG."),
    ("l", "– Ausbau der Rückkehrberatung in allen Ländern bis 2027;"),
    ("l", "– unabhängiges Monitoring jeder Sammelabschiebung durch die Nationale Stelle."),
    ("p", "Die Länder berichten halbjährlich über die Zahl der Rückkehrer und die Dauer der Verfahren."),
]
PL = [
    ("h", "Krajowa strategia zarządzania azylem i migracją na lata 2026–2031"),
    ("n", "1. Kontekst krajowego zarządzania azylem i migracją"),
    ("p", "W 2025 roku 9 800 osób złożyło pierwszy wniosek o ochronę międzynarodową, o 12 procent więcej niż w roku "
          "poprzednim. Analiza ryzyka Straży Granicznej przewiduje do 2028 roku utrzymującą się presję na granicy "
          "z Białorusią oraz ruchy wtórne w kierunku Niemiec."),
    ("p", "Polska strzeże 418 kilometrów zewnętrznej granicy lądowej Unii; bariera fizyczna, system elektroniczny i "
          "5 500 funkcjonariuszy chronią ją przez całą dobę, z poszanowaniem zasady non-refoulement."),
    ("n", "2. Przyjmowanie cudzoziemców"),
    ("p", "Urząd do Spraw Cudzoziemców prowadzi 10 ośrodków z 2 000 miejsc; wnioskodawcy otrzymują zakwaterowanie, "
          "wyżywienie, opiekę zdrowotną i pomoc pieniężną zgodnie z dyrektywą (UE) 2024/1346."),
]
CS = [
    ("h", "Národní strategie řízení azylu a migrace 2026–2031"),
    ("h", "2.3.3. Robustní systém přijímání"),
    ("p", "Správa uprchlických zařízení provozuje pět přijímacích a pobytových středisek s kapacitou 1 600 lůžek; "
          "žadatelé dostávají ubytování, stravu, zdravotní péči a kapesné podle směrnice (EU) 2024/1346. "
          "Kapacitu lze do 72 hodin zvýšit o dalších 3 000 míst v tělocvičnách a ubytovnách krajů."),
    ("l", "a) zvláštní péče o nezletilé bez doprovodu v zařízení v Praze;"),
    ("l", "b) psychologická podpora obětem mučení a obchodování s lidmi."),
    ("h", "2.6. Dostatečné kapacity"),
    ("p", "Rozpočet na období 2026–2031 činí 9 miliard korun; ministerstvo vnitra přijme 120 nových rozhodujících "
          "úředníků. AMIF a BMVI doplňují národní prostředky bez dvojího financování."),
]
EL = [
    ("h", "Εθνική στρατηγική διαχείρισης ασύλου και μετανάστευσης 2026–2031"),
    ("h", "1. Πλαίσιο"),
    ("p", "Το 2025 υποβλήθηκαν 68 000 πρώτες αιτήσεις ασύλου, 7 τοις εκατό λιγότερες από το 2024. Η ανάλυση "
          "κινδύνου της Ελληνικής Αστυνομίας και του Λιμενικού Σώματος προβλέπει συνεχιζόμενη πίεση στα νησιά "
          "του Ανατολικού Αιγαίου και στον Έβρο έως το 2028."),
    ("p", "Η Ελλάδα φυλάσσει θαλάσσια σύνορα χιλιάδων χιλιομέτρων· η έγκαιρη ανίχνευση, η διάσωση στη θάλασσα "
          "και η συνεργασία με τον Frontex διαμορφώνουν τις προτεραιότητες της στρατηγικής."),
    ("h", "2.6. Επαρκείς ικανότητες"),
    ("p", "Ο προϋπολογισμός 2026–2031 ανέρχεται σε 2,4 δισεκατομμύρια ευρώ· η Υπηρεσία Ασύλου προσλαμβάνει 400 "
          "χειριστές υποθέσεων και το ΤΑΜΕ συμπληρώνει τους εθνικούς πόρους χωρίς διπλή χρηματοδότηση."),
]
IT = [
    ("n", "2.1.2. Dimensione interna"),
    ("p", "Ogni anno 20 000 stranieri in posizione irregolare devono lasciare il territorio nazionale. Il rimpatrio "
          "volontario assistito con sostegno alla reintegrazione ha la precedenza; gli allontanamenti rispettano la "
          "dignità delle persone e la direttiva 2008/115/CE e sono osservati dal Garante nazionale."),
    ("l", "1) potenziamento dei centri di permanenza per il rimpatrio;"),
    ("l", "2) accordi di riammissione con Tunisia, Egitto e Bangladesh."),
    ("n", "2.3.3. Un sistema di accoglienza solido"),
    ("p", "Il sistema di accoglienza e integrazione conta 45 000 posti; i richiedenti ricevono alloggio, vitto, "
          "assistenza sanitaria e orientamento legale in conformità con la direttiva (UE) 2024/1346."),
]

# lines broken by hand ("|"), most continuation lines opening with a capital or a figure (as on fresh9's Dutch page)
DE_BR = [
    ("h", "Nationale Strategie für Asyl- und Migrationsmanagement 2026–2031"),
    ("n", "1. Kontext des nationalen Asyl- und Migrationsmanagements"),
    ("p", "Im Jahr 2025 stellten 229 000 Personen einen Erstantrag, 30 Prozent weniger als|"
          "2024; 18 400 Ausreisepflichtige verließen nachweislich das Land. Die Risikoanalyse der|"
          "Bundespolizei und die Lagebewertung des Bundesamtes erwarten bis 2028|"
          "Druck über die Balkanroute und Sekundärbewegungen aus Österreich und|"
          "Polen."),
    ("p", "Deutschland hat keine Landaußengrenze; die Flughäfen Frankfurt und München|"
          "Sind die Außengrenzen. Diese Lage bestimmt die Prioritäten der Strategie:|"
          "Kontrollen an Flughäfen und Zusammenarbeit mit den Nachbarstaaten."),
]
PL_BR = [
    ("n", "1. Kontekst krajowego zarządzania azylem i migracją"),
    ("p", "W 2025 roku 9 800 osób złożyło pierwszy wniosek o ochronę, o 12 procent więcej niż w|"
          "2024 roku. Analiza ryzyka Straży Granicznej przewiduje do 2028 roku presję na granicy z|"
          "Białorusią oraz ruchy wtórne w kierunku Niemiec i Litwy."),
    ("p", "Polska strzeże 418 kilometrów zewnętrznej granicy lądowej Unii; bariera fizyczna i|"
          "5 500 funkcjonariuszy Straży Granicznej chronią ją przez całą dobę."),
    ("n", "2.3.3. Solidny system przyjmowania"),
    ("p", "Urząd do Spraw Cudzoziemców prowadzi 10 ośrodków z 2 000 miejsc; wnioskodawcy|"
          "Otrzymują zakwaterowanie, wyżywienie i opiekę zdrowotną zgodnie z dyrektywą (UE)|"
          "2024/1346."),
]
CS_BR = [
    ("n", "1. Kontext národního řízení azylu a migrace"),
    ("p", "V roce 2025 podalo první žádost o mezinárodní ochranu 1 300 osob, o 9 procent méně než v roce|"
          "2024. Analýza rizik Policie ČR a Ministerstva vnitra očekává do roku 2028 tlak přes|"
          "Slovensko a Rakousko."),
    ("p", "Česká republika nemá vnější pozemní hranici; letiště Václava Havla v Praze je|"
          "Vnější hranicí Unie a určuje priority strategie."),
]
IT_BR = [
    ("n", "1. Contesto della gestione nazionale dell'asilo e della migrazione"),
    ("p", "Nel 2025 hanno presentato una prima domanda di asilo 151 000 persone, il 13 per cento in più del|"
          "2024. L'analisi dei rischi del Ministero dell'Interno e della Guardia di Finanza prevede fino al|"
          "2028 una pressione costante sulla rotta del Mediterraneo centrale da Libia e|"
          "Tunisia."),
    ("p", "L'Italia sorveglia 7 500 chilometri di frontiera marittima esterna; Lampedusa e la|"
          "Sicilia sono i punti di primo arrivo."),
]
EL_BR = [
    ("n", "1. Πλαίσιο της εθνικής διαχείρισης ασύλου και μετανάστευσης"),
    ("p", "Το 2025 υποβλήθηκαν 68 000 πρώτες αιτήσεις ασύλου, 7 τοις εκατό λιγότερες από το|"
          "2024. Η ανάλυση κινδύνου της Ελληνικής Αστυνομίας προβλέπει έως το|"
          "2028 συνεχιζόμενη πίεση στα νησιά του Αιγαίου και στον|"
          "Έβρο."),
    ("p", "Η Ελλάδα φυλάσσει θαλάσσια σύνορα χιλιάδων χιλιομέτρων· το Λιμενικό Σώμα και η|"
          "Frontex διαμορφώνουν τις προτεραιότητες."),
]

# ------------------------------------------------------------------ (B) tracked changes
DE_T = [
    ("h", [("2.1.2. Interne Dimension", "")]),
    ("p", [("Jedes Jahr sollen ", ""), ("40 000", "del"), ("28 000", "ins"),
           (" Ausreisepflichtige das Bundesgebiet verlassen; die freiwillige Rückkehr hat Vorrang.", "")]),
    ("h", [("2.4. Vorsorge und Notfallplanung", "del")]),
    ("p", [("Bei einem Massenzustrom werden binnen 48 Stunden 30 000 Notunterkünfte in Turnhallen bereitgestellt "
            "und die Registrierung in Passau beschleunigt.", "del")]),
    ("h", [("2.6. Ausreichende Kapazitäten", "")]),
    ("p", [("Der Haushalt 2026–2031 beträgt ", ""), ("12 Milliarden", "del"), (" 14 Milliarden", "ins"),
           (" Euro; das Bundesamt stellt 500 Entscheider ein. Weitere Informationen unter ", ""),
           ("www.bamf.de", "u"), (".", "")]),
]
PL_T = [
    ("h", [("2.3.3. Solidny system przyjmowania", "")]),
    ("p", [("Urząd do Spraw Cudzoziemców prowadzi ", ""), ("12 ośrodków", "del"), ("10 ośrodków", "ins"),
           (" z 2 000 miejsc; wnioskodawcy otrzymują zakwaterowanie i opiekę zdrowotną.", "")]),
    ("p", [("Straż Graniczna zatrzyma w 2026 roku wszystkich cudzoziemców bez dokumentów na okres do 18 miesięcy "
            "bez wyjątku dla rodzin z dziećmi.", "del")]),
    ("h", [("2.6. Wystarczające zdolności", "")]),
    ("p", [("Budżet wynosi 4 miliardy złotych; AMIF uzupełnia środki krajowe.", "")]),
]
IT_T = [
    ("h", [("2.6. Capacità sufficienti", "")]),
    ("p", [("Il bilancio 2026-2031 ammonta a 6 miliardi di euro; la Commissione nazionale assume 250 funzionari. "
            "Il testo integrale è su ", ""), ("www.interno.gov.it", "u"), (" e le tabelle seguono.", "")]),
]
IT_TABLE = [["Misura", "Posti", "Anno"], ["Centri di accoglienza", "45 000", "2026"], ["Rimpatri", "20 000", "2027"]]
CS_T = [
    ("h", [("1. Kontext", "")]),
    ("p", [("V roce 2025 podalo žádost o mezinárodní ochranu 1 300 osob. Analýza rizik Policie ČR očekává ", ""),
           ("výrazný pokles příchodů", "del"), ("trvalý tlak sekundárních pohybů přes Slovensko", "ins"), (" do roku 2028.", "")]),
    ("h", [("2.1.1. Vnější rozměr", "del")]),
    ("p", [("Česká republika přesídlí ročně 500 uprchlíků v rámci Unie a otevře talentové partnerství s Vietnamem "
            "pro 2 000 kvalifikovaných pracovníků z řad studentů technických oborů.", "del")]),
    ("h", [("2.1.2. Vnitřní rozměr", "")]),
    ("p", [("Každý rok má území opustit ", ""), ("6 000", "del"), ("4 500", "ins"), (" cizinců bez oprávnění k pobytu.", "")]),
]
EL_T = [
    ("h", [("2.3.3. Ισχυρό σύστημα υποδοχής", "")]),
    ("p", [("Το εθνικό σύστημα υποδοχής διαθέτει ", ""), ("30 000", "del"), ("25 000", "ins"),
           (" θέσεις· οι αιτούντες λαμβάνουν στέγη, τροφή και ιατρική περίθαλψη.", "")]),
    ("h", [("2.4. Ετοιμότητα και σχεδιασμός έκτακτης ανάγκης", "del")]),
    ("p", [("Σε περίπτωση μαζικής εισροής κινητοποιούνται 15 000 θέσεις έκτακτης ανάγκης μέσα σε 72 ώρες.", "del")]),
]

if __name__ == "__main__":
    spaced_doc("de-2026.spacing15.pdf", DE, leading=1.5 * 1.17, para_gap=8, justify=True)
    spaced_doc("pl-2026.double.pdf", PL, leading=2.0 * 1.17, para_gap=0.0 + 11, justify=True)
    spaced_doc("cs-2026.spacing15-ragged.pdf", CS, leading=1.5, para_gap=6, justify=False, font="DVS")
    spaced_doc("el-2026.double.pdf", EL, leading=2.0, para_gap=10, justify=True, split="heldout")
    spaced_doc("it-2026.spacing15.pdf", IT, leading=1.5 * 1.17, para_gap=6, justify=False, font="DVS", size=10.5, split="heldout")
    # lines at a bare 1.5-1.6 × size pitch (matplotlib's backend: gap just over half the font size), a blank line
    # or a few points between paragraphs
    spaced_doc("de-2026.pitch15-blankline.pdf", DE, leading=1.52, para_gap=1.52 * 11, justify=False)
    spaced_doc("pl-2026.pitch155.pdf", PL, leading=1.55, para_gap=7, justify=True, font="DVS")
    spaced_doc("cs-2026.pitch16.pdf", CS, leading=1.6, para_gap=9, justify=True, split="heldout")
    spaced_doc("it-2026.pitch153-blankline.pdf", IT, leading=1.53, para_gap=1.53 * 10.5, justify=False, size=10.5, split="heldout")
    spaced_doc("el-2026.pitch152.pdf", EL, leading=1.52, para_gap=8, justify=False, font="DVS", size=10, split="heldout")
    spaced_doc("de-2026.broken-pitch15.pdf", DE_BR, leading=1.515, para_gap=1.7 * 10 - 15.15 + 0.0, justify=False, size=10)
    spaced_doc("pl-2026.broken-pitch15.pdf", PL_BR, leading=1.55, para_gap=6, justify=False, font="DVS", size=10)
    spaced_doc("cs-2026.broken-double.pdf", CS_BR, leading=2.3, para_gap=10, justify=False, size=10, split="heldout")
    spaced_doc("it-2026.broken-pitch15.pdf", IT_BR, leading=1.52, para_gap=7, justify=False, font="DVS", size=10, split="heldout")
    spaced_doc("el-2026.broken-pitch17.pdf", EL_BR, leading=1.72, para_gap=9, justify=False, size=10.5, split="heldout")
    tracked_doc("de-2026.tracked-black.pdf", DE_T, del_color=colors.black, ins_color=colors.black, rect=False)
    tracked_doc("pl-2026.tracked-red-rect.pdf", PL_T, del_color=colors.red, ins_color=colors.blue, rect=True)
    tracked_doc("it-2026.table-underline.pdf", IT_T, del_color=colors.red, ins_color=colors.blue, rect=False, table=IT_TABLE)
    tracked_doc("cs-2026.tracked-red.pdf", CS_T, del_color=colors.red, ins_color=colors.green, rect=False, split="heldout")
    tracked_doc("el-2026.tracked-rect.pdf", EL_T, del_color=colors.HexColor("#c00000"), ins_color=colors.blue, rect=True, split="heldout")
    (HERE / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
