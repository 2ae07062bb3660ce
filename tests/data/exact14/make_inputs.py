"""Writes the inputs of tests/data/exact14: exact Annex headings over long answer text (issue #14, fresh11 #4).

Run: /work/main/.venv/bin/python tests/data/exact14/make_inputs.py  (reportlab, python-docx, DejaVu fonts)

Each strategy numbers four or five headings with the Annex's numbers and a short title of the section's topic in its
own language ("2.1.2. Zwroty", "2.3.3. Warunki przyjmowania"), each over one answer paragraph and several paragraphs
of implementation detail (authorities, schedule, monitoring) that name no Annex topic: the shape under which an exact
heading was placed in another section by the content of the detail text. PDFs: bold 11 pt headings over 9.5 pt body;
DOCX: Word "Heading 1" paragraphs. Written before any change of the segmenter; gold (``*.gold.json``): every block's
role and section. Tuning (seen): pl, sv. Held-out: it, pt, hu.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
from reportlab import rl_config  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from docx_fixed import save_docx_fixed  # noqa: E402

rl_config.invariant = 1
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
W, H = A4
BODY = ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=12, alignment=TA_JUSTIFY, hyphenationLang=None)
HEAD = ParagraphStyle("h", fontName="DVSB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
TITLE = ParagraphStyle("t", parent=HEAD, fontSize=13, leading=16)

# doc id -> (language, split, file kind, title, [(section, heading, answer, ...)], detail paragraphs)
DOCS: dict[str, tuple] = {
    "pl-2026.bold": ("pl", "tuning", "pdf", "Krajowa strategia zarządzania azylem i migracją 2026–2031", [
        ("1", "1. Sytuacja krajowa",
         "W 2025 r. Polska przyjęła 9 600 wniosków o ochronę międzynarodową, o 12 % więcej niż w 2024 r.; analiza "
         "ryzyka Straży Granicznej przewiduje dalszą presję na granicy z Białorusią."),
        ("2.1.2", "2.1.2. Powroty",
         "Rocznie przeprowadzanych będzie 6 000 powrotów; powrót dobrowolny ma pierwszeństwo przed przymusowym, a "
         "powroty przymusowe odbywają się z poszanowaniem godności, zgodnie z dyrektywą 2008/115/WE."),
        ("2.3.3", "2.3.3. Warunki przyjmowania",
         "Ośrodki dla cudzoziemców mają 2 400 miejsc; wnioskodawcy otrzymują zakwaterowanie, wyżywienie, opiekę "
         "medyczną i świadczenie pieniężne; osoby szczególnie wrażliwe są zakwaterowane oddzielnie."),
        ("2.6", "2.6. Zdolności",
         "Na lata 2026–2031 przeznaczono 4,2 mld zł z budżetu państwa i 600 nowych etatów; z AMIF Polska otrzymuje "
         "90 mln euro, a z BMVI 120 mln euro, bez podwójnego finansowania."),
    ], [
        "Szczegółowy harmonogram działań, podział zadań między ministerstwa i wojewodów oraz wskaźniki realizacji "
        "określa załącznik do niniejszej strategii; jest on aktualizowany raz w roku.",
        "Koordynatorem działań jest Ministerstwo Spraw Wewnętrznych i Administracji, które co roku przedstawia Radzie "
        "Ministrów sprawozdanie z realizacji wraz z oceną osiągniętych wskaźników.",
        "Jednostki odpowiedzialne przekazują dane kwartalnie; rozbieżności omawia zespół międzyresortowy, który może "
        "zaproponować zmianę terminów lub przesunięcie zadań między jednostkami.",
        "Wyniki oceny są publikowane na stronie internetowej ministerstwa, a organizacje pozarządowe mogą zgłaszać "
        "uwagi w ramach corocznych konsultacji społecznych.",
    ]),
    "sv-2026.headings": ("sv", "tuning", "docx", "Nationell strategi för asyl- och migrationshantering 2026–2031", [
        ("1", "1. Nationell lägesbild",
         "Under 2025 tog Sverige emot 9 600 asylansökningar, 15 % färre än 2024; Migrationsverkets och Polisens "
         "riskanalys förutser fortsatt sekundär migration via Danmark."),
        ("2.1.2", "2.1.2. Återvändande",
         "Varje år genomförs 10 000 återvändanden; frivilligt återvändande går före tvångsvis återvändande, som sker "
         "värdigt och i enlighet med direktiv 2008/115/EG."),
        ("2.3.3", "2.3.3. Mottagningsvillkor",
         "Migrationsverkets boenden har 18 000 platser; de sökande får bostad, mat, hälso- och sjukvård och "
         "dagersättning; sårbara personer bor för sig."),
        ("2.6", "2.6. Kapacitet",
         "För 2026–2031 avsätts 14 miljarder kronor ur statsbudgeten och 900 nya tjänster; från AMIF får Sverige 110 "
         "miljoner euro och från BMVI 70 miljoner euro, utan dubbelfinansiering."),
    ], [
        "En detaljerad tidsplan, fördelningen av uppgifter mellan myndigheterna och uppföljningsindikatorerna finns i "
        "bilagan till denna strategi; bilagan uppdateras en gång om året.",
        "Justitiedepartementet samordnar arbetet och lämnar varje år en redovisning till regeringen om genomförandet "
        "och om hur indikatorerna har utvecklats.",
        "De ansvariga myndigheterna rapporterar kvartalsvis; avvikelser behandlas i en interdepartemental arbetsgrupp "
        "som kan föreslå ändrade tidsplaner eller omfördelning av uppgifter.",
        "Resultaten publiceras på regeringens webbplats, och civilsamhällets organisationer kan lämna synpunkter vid "
        "det årliga samrådet.",
    ]),
    "it-2026.bold": ("it", "heldout", "pdf", "Strategia nazionale di gestione dell'asilo e della migrazione 2026–2031", [
        ("1", "1. Situazione nazionale",
         "Nel 2025 l'Italia ha ricevuto 151 000 domande di protezione internazionale, il 20 % in più rispetto al 2024; "
         "l'analisi dei rischi del Ministero dell'Interno prevede arrivi costanti dalla rotta del Mediterraneo centrale."),
        ("2.1.2", "2.1.2. Rimpatri",
         "Ogni anno saranno effettuati 8 000 rimpatri; il rimpatrio volontario assistito ha la precedenza su quello "
         "forzato, che avviene nel rispetto della dignità e della direttiva 2008/115/CE."),
        ("2.2.1", "2.2.1. Gestione delle frontiere",
         "La sorveglianza delle frontiere marittime è rafforzata con 12 nuove motovedette e un centro di "
         "coordinamento che collega Guardia costiera, Polizia di Stato e Frontex."),
        ("2.3.3", "2.3.3. Condizioni di accoglienza",
         "Il sistema di accoglienza dispone di 140 000 posti; i richiedenti ricevono alloggio, vitto, assistenza "
         "sanitaria e un sussidio giornaliero; le persone vulnerabili sono accolte separatamente."),
        ("2.6", "2.6. Capacità",
         "Per il 2026–2031 sono stanziati 5,4 miliardi di euro dal bilancio dello Stato e 1 500 nuovi posti di "
         "personale; dal FAMI l'Italia riceve 420 milioni di euro e dal BMVI 300 milioni, senza doppio finanziamento."),
    ], [
        "Il cronoprogramma dettagliato delle azioni, la ripartizione dei compiti tra i ministeri e le prefetture e gli "
        "indicatori di attuazione sono riportati nell'allegato alla presente strategia, aggiornato ogni anno.",
        "Il coordinamento spetta al Ministero dell'Interno, che ogni anno presenta al Consiglio dei ministri una "
        "relazione sull'attuazione e sull'andamento degli indicatori.",
        "Le amministrazioni responsabili trasmettono i dati ogni trimestre; gli scostamenti sono esaminati da un "
        "gruppo di lavoro interministeriale che può proporre nuove scadenze o una diversa ripartizione dei compiti.",
        "I risultati sono pubblicati sul sito del ministero e le organizzazioni della società civile possono "
        "presentare osservazioni nella consultazione annuale.",
    ]),
    "pt-2026.headings": ("pt", "heldout", "docx", "Estratégia nacional de gestão do asilo e da migração 2026–2031", [
        ("1", "1. Situação nacional",
         "Em 2025 Portugal recebeu 2 700 pedidos de proteção internacional, mais 10 % do que em 2024; a análise de "
         "risco da AIMA prevê chegadas crescentes por via aérea."),
        ("2.1.2", "2.1.2. Regresso",
         "Todos os anos serão executados 1 200 regressos; o regresso voluntário tem prioridade sobre o afastamento "
         "coercivo, que respeita a dignidade e a Diretiva 2008/115/CE."),
        ("2.3.3", "2.3.3. Condições de acolhimento",
         "Os centros de acolhimento têm 1 800 lugares; os requerentes recebem alojamento, alimentação, cuidados de "
         "saúde e um subsídio mensal; as pessoas vulneráveis são acolhidas à parte."),
        ("2.6", "2.6. Capacidades",
         "Para 2026–2031 são afetados 620 milhões de euros do Orçamento do Estado e 300 novos postos de trabalho; do "
         "FAMI Portugal recebe 60 milhões de euros e do BMVI 45 milhões, sem duplo financiamento."),
    ], [
        "O calendário pormenorizado das medidas, a repartição de tarefas entre os ministérios e os indicadores de "
        "execução constam do anexo à presente estratégia, atualizado anualmente.",
        "A coordenação cabe ao Ministério da Administração Interna, que apresenta todos os anos ao Conselho de "
        "Ministros um relatório de execução e da evolução dos indicadores.",
        "As entidades responsáveis comunicam os dados trimestralmente; os desvios são analisados por um grupo de "
        "trabalho interministerial que pode propor novos prazos ou outra repartição de tarefas.",
        "Os resultados são publicados no sítio do ministério e as organizações da sociedade civil podem apresentar "
        "observações na consulta pública anual.",
    ]),
    "hu-2026.bold": ("hu", "heldout", "pdf", "Nemzeti menekültügyi és migrációkezelési stratégia 2026–2031", [
        ("1", "1. Nemzeti helyzet",
         "2025-ben Magyarország 40 nemzetközi védelem iránti kérelmet fogadott; a rendőrség kockázatelemzése a szerb "
         "határszakaszon tartós irreguláris nyomással számol."),
        ("2.1.2", "2.1.2. Visszatérés",
         "Évente 3 000 visszatérést hajtunk végre; az önkéntes visszatérés elsőbbséget élvez a kiutasítással "
         "szemben, amely méltóságteljesen, a 2008/115/EK irányelvvel összhangban történik."),
        ("2.3.3", "2.3.3. Befogadási feltételek",
         "A befogadó állomások 600 férőhellyel rendelkeznek; a kérelmezők szállást, ellátást, egészségügyi ellátást "
         "és havi juttatást kapnak; a kiszolgáltatott személyeket külön helyezzük el."),
        ("2.6", "2.6. Kapacitások",
         "A 2026–2031 közötti időszakra 90 milliárd forint áll rendelkezésre a központi költségvetésből és 400 új "
         "álláshely; az AMIF-ből 40 millió euró, a BMVI-ből 60 millió euró érkezik, kettős finanszírozás nélkül."),
    ], [
        "Az intézkedések részletes ütemezését, a feladatok minisztériumok közötti megosztását és a megvalósítási "
        "mutatókat e stratégia melléklete tartalmazza, amelyet évente frissítenek.",
        "A végrehajtást a Belügyminisztérium koordinálja, amely évente jelentést tesz a Kormánynak a megvalósításról "
        "és a mutatók alakulásáról.",
        "A felelős szervek negyedévente adatot szolgáltatnak; az eltéréseket tárcaközi munkacsoport vizsgálja, amely "
        "új határidőket vagy a feladatok átcsoportosítását javasolhatja.",
        "Az eredményeket a minisztérium honlapján közzéteszik, a civil szervezetek pedig az éves egyeztetésen "
        "tehetnek észrevételeket.",
    ]),
}


def _pdf(doc_id: str, title: str, parts: list, detail: list[str]) -> None:
    doc = BaseDocTemplate(str(HERE / f"{doc_id}.pdf"), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=60,
                          bottomMargin=60, title=title, author="exact14", creator="exact14", producer="exact14")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(60, 60, W - 120, H - 120, id="f")])])
    story = [Paragraph(title, TITLE)]
    for _, head, answer in parts:
        story += [Paragraph(head, HEAD), Paragraph(answer, BODY), Spacer(1, 6)]
        for p in detail:
            story += [Paragraph(p, BODY), Spacer(1, 6)]
    doc.build(story)


def _docx(doc_id: str, title: str, parts: list, detail: list[str]) -> None:
    from docx import Document
    doc = Document()
    doc.add_heading(title, 0)
    for _, head, answer in parts:
        doc.add_heading(head, 1)
        for p in [answer, *detail]:
            doc.add_paragraph(p)
    save_docx_fixed(doc, HERE / f"{doc_id}.docx", "exact14")


def _gold(doc_id: str, lang: str, split: str, title: str, parts: list, detail: list[str]) -> dict:
    blocks = [{"role": "front_matter", "section": None, "text": title}]
    for sid, head, answer in parts:
        blocks.append({"role": "section_heading", "section": sid, "text": head})
        blocks += [{"role": "answer", "section": sid, "text": t} for t in [answer, *detail]]
    for k, b in enumerate(blocks, 1):
        b.update(id=f"b{k:04d}", key_element=None)
    return {"doc_id": doc_id, "split": split, "shape": "exact Annex headings over long answer text", "country": "XZ",
            "language": lang, "template": "eu-2025-503", "title": title, "kind": "numbered", "footnotes": [],
            "coverage": {}, "blocks": [{k: b[k] for k in ("id", "role", "section", "key_element", "text")} for b in blocks]}


def main() -> None:
    for doc_id, (lang, split, kind, title, parts, detail) in DOCS.items():
        (_pdf if kind == "pdf" else _docx)(doc_id, title, parts, detail)
        gold = _gold(doc_id, lang, split, title, parts, detail)
        (HERE / f"{doc_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
