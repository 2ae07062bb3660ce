"""Writes the inputs of tests/data/grid15fix: strategies filled in as a two-column grid "Annex number and title | answer".

Run: /work/main/.venv/bin/python tests/data/grid15fix/make_inputs.py  (reportlab, python-docx, DejaVu fonts)

grid15's nl and sk shape (one row per Annex section, the first cell "2.1.2. <short title>", the second the member
state's answer) in other languages, with or without a header row of short labels. Written before any change of the
parser; ``gold.json``: the sections of each document and, for each answer (its first words), its section.
Tuning (seen): de, pt, ro. Held-out (measured once after the fix): el.
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
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_fixed import save_docx_fixed  # noqa: E402

rl_config.invariant = 1
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
W, H = A4
CELL = ParagraphStyle("c", fontName="DVS", fontSize=9, leading=11)
TITLE = ParagraphStyle("t", fontName="DVSB", fontSize=13, leading=16)

# doc id -> (language, split, kind, document title or None, header row or None, rows (section, number and title, answer))
DOCS: dict[str, tuple] = {
    "de-2026.grid": ("de", "tuning", "pdf", "Nationale Strategie für Asyl- und Migrationsmanagement 2026–2031",
                     ("Abschnitt", "Antwort"), [
        ("1", "1. Nationale Lage",
         "Im Jahr 2025 wurden in Deutschland 230 000 Asylerstanträge gestellt. Die Risikoanalyse des "
         "Bundesinnenministeriums für 2026–2028 erwartet anhaltend hohe Zugänge über die Balkanroute."),
        ("2.1.2", "2.1.2. Rückkehr",
         "Jährlich führen wir 20 000 Rückführungen durch; die freiwillige Rückkehr hat Vorrang, Rückkehrende erhalten "
         "Beratung und Reintegrationshilfe gemäß der Richtlinie 2008/115/EG."),
        ("2.2.1", "2.2.1. Grenzkontrolle",
         "Die Bundespolizei kontrolliert die Außengrenzen an den Flughäfen mit 4 000 Beamten; jeder Grenzübertritt "
         "wird im Einreise-/Ausreisesystem erfasst."),
        ("2.6", "2.6. Kapazitäten",
         "Für 2026–2031 stehen aus dem Bundeshaushalt 4,2 Milliarden Euro bereit, und das Bundesamt stellt 1 200 neue "
         "Mitarbeitende ein; aus dem AMIF erhält Deutschland 300 Millionen Euro."),
    ]),
    "pt-2026.grid": ("pt", "tuning", "pdf", None, None, [
        ("1", "1. Situação nacional",
         "Em 2025 foram apresentados em Portugal 2 600 pedidos de proteção internacional. A análise de risco do "
         "Ministério da Administração Interna para 2026–2028 prevê chegadas crescentes por via marítima."),
        ("2.1.2", "2.1.2. Regresso",
         "Realizamos anualmente 600 regressos; o regresso voluntário tem prioridade e os retornados recebem "
         "aconselhamento e apoio à reintegração, nos termos da Diretiva 2008/115/CE."),
        ("2.3.3", "2.3.3. Condições de acolhimento",
         "Os centros de acolhimento dispõem de 1 500 lugares; os requerentes recebem alojamento, alimentação, cuidados "
         "de saúde e um subsídio mensal; as pessoas vulneráveis são alojadas separadamente."),
        ("2.6", "2.6. Capacidades",
         "Para 2026–2031 estão previstos 120 milhões de euros do orçamento do Estado e a AIMA contratará 250 novos "
         "funcionários; do FAMI Portugal recebe 60 milhões de euros."),
    ]),
    "ro-2026.grid": ("ro", "tuning", "docx", "Strategia națională privind gestionarea azilului și a migrației",
                     ("Secțiunea", "Răspuns"), [
        ("1", "1. Situația națională",
         "În 2025 au fost depuse în România 9 000 de cereri de protecție internațională. Analiza de risc a "
         "Ministerului Afacerilor Interne pentru 2026–2028 anticipează presiune la frontiera cu Ucraina."),
        ("2.2.1", "2.2.1. Controlul frontierelor",
         "Poliția de Frontieră controlează frontierele externe cu 14 000 de polițiști; fiecare trecere a frontierei "
         "este înregistrată în Sistemul de intrare/ieșire."),
        ("2.3.3", "2.3.3. Condiții de primire",
         "Centrele regionale au 1 100 de locuri; solicitanții primesc cazare, hrană, asistență medicală și o "
         "indemnizație lunară; persoanele vulnerabile sunt cazate separat."),
        ("2.6", "2.6. Capacități",
         "Pentru 2026–2031 sunt alocate 90 de milioane de euro de la bugetul de stat, iar Inspectoratul General pentru "
         "Imigrări va angaja 180 de funcționari noi; din FAMI România primește 70 de milioane de euro."),
    ]),
    "el-2026.grid": ("el", "heldout", "pdf", None, ("Ενότητα", "Απάντηση"), [
        ("1", "1. Εθνική κατάσταση",
         "Το 2025 υποβλήθηκαν στην Ελλάδα 68 000 αιτήσεις διεθνούς προστασίας. Η ανάλυση κινδύνου του Υπουργείου "
         "Μετανάστευσης για το 2026–2028 προβλέπει συνεχιζόμενες αφίξεις από τη θάλασσα."),
        ("2.1.2", "2.1.2. Επιστροφές",
         "Κάθε χρόνο πραγματοποιούμε 5 000 επιστροφές· η εθελοντική επιστροφή έχει προτεραιότητα και οι επιστρέφοντες "
         "λαμβάνουν συμβουλευτική και στήριξη επανένταξης σύμφωνα με την Οδηγία 2008/115/ΕΚ."),
        ("2.3.3", "2.3.3. Συνθήκες υποδοχής",
         "Οι δομές υποδοχής διαθέτουν 30 000 θέσεις· οι αιτούντες λαμβάνουν στέγαση, σίτιση, ιατρική περίθαλψη και "
         "μηνιαίο επίδομα· τα ευάλωτα άτομα φιλοξενούνται χωριστά."),
        ("2.6", "2.6. Ικανότητες",
         "Για το 2026–2031 διατίθενται 800 εκατομμύρια ευρώ από τον κρατικό προϋπολογισμό και η Υπηρεσία Ασύλου θα "
         "προσλάβει 400 νέους υπαλλήλους· από το ΤΑΜΕ η Ελλάδα λαμβάνει 250 εκατομμύρια ευρώ."),
    ]),
}


def _pdf(doc_id: str, title: str | None, header: tuple | None, rows: list) -> None:
    doc = BaseDocTemplate(str(HERE / f"{doc_id}.pdf"), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=50,
                          bottomMargin=50, title="Strategy", creator="grid15fix", producer="grid15fix")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(40, 50, W - 80, H - 100)])])
    table = [[Paragraph(f"<b>{h}</b>", CELL) for h in header]] if header else []
    table += [[Paragraph(head, CELL), Paragraph(a, CELL)] for _, head, a in rows]
    t = Table(table, colWidths=[120, W - 80 - 120], repeatRows=1 if header else 0)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph(title, TITLE), Spacer(1, 14)] if title else []
    doc.build(story + [t])


def _docx(doc_id: str, title: str | None, header: tuple | None, rows: list) -> None:
    from docx import Document
    doc = Document()
    if title:
        doc.add_paragraph(title, style="Title")
    t = doc.add_table(rows=(1 if header else 0) + len(rows), cols=2)
    t.style = "Table Grid"
    first = 0
    if header:
        for c, h in enumerate(header):
            t.cell(0, c).text = h
        first = 1
    for r, (_, head, a) in enumerate(rows, first):
        t.cell(r, 0).text = head
        t.cell(r, 1).text = a
    save_docx_fixed(doc, HERE / f"{doc_id}.docx", "grid15fix")


def main() -> None:
    gold = {}
    for doc_id, (lang, split, kind, title, header, rows) in DOCS.items():
        (_pdf if kind == "pdf" else _docx)(doc_id, title, header, rows)
        gold[doc_id] = {"file": f"{doc_id}.{kind}", "language": lang, "split": split,
                        "sections": [s for s, *_ in rows], "answers": {a[:40]: s for s, _, a in rows}}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
