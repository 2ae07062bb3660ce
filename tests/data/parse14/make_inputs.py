"""Write the parse14 PDF layout inputs and their gold (written before any parse change of the parse14 session).

Run: /work/main/.venv/bin/python tests/data/parse14/make_inputs.py  (reportlab, DejaVu fonts, pyphen; byte-identical)

Languages not in parse13's set (hu, ro, sk, sl, fi, sv, lv). gold.json, per file: ``paragraphs`` (texts that must
each be one block, whole, hyphenation undone), ``apart`` (headings, list items: blocks of their own), ``order``
(block openings that must come in this order), ``absent`` (deleted text that must not be read), ``present``
(kept/inserted text, links, coloured headings that must be read), ``warn`` (W103 expected), ``furniture``
(running header/footer texts that must be in no body block) and ``split`` ("seen": looked at while fixing;
"heldout": measured before and after only).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Table, TableStyle)

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from pdf_fixed import dejavu, wrap_words  # noqa: E402

dejavu()
W, H = A4
GOLD: dict[str, dict] = {}



# ------------------------------------------------------------------ (A) tight paragraph spacing
def tight_doc(name: str, blocks: list[tuple[str, str]], *, leading: float, para_gap: float, justify: bool,
              size: float = 10.0, font: str = "DV", split: str = "seen") -> None:
    """Lines placed one by one at ``leading`` × size pitch; ``para_gap`` × size extra between blocks (tight: less
    than a quarter of the font size). "|" breaks lines by hand. Kinds: "h" bold heading, "n" body-font numbered
    heading, "p" paragraph, "l" list item."""
    c = canvas.Canvas(str(HERE / name), pagesize=A4)
    c.setTitle(name)
    left, right = 72.0, W - 72.0
    y = H - 80.0
    paragraphs, apart, order = [], [], []
    for kind, text in blocks:
        f = "DVB" if kind == "h" else font
        s = size + 1 if kind == "h" else size
        ind = 14.0 if kind == "l" else 0.0
        if "|" in text:
            lines = [wrap_words(c, [(w, "") for w in part.split()], f, s, 1e9)[0] for part in text.split("|")]
            text = " ".join(p.strip() for p in text.split("|"))
        else:
            lines = wrap_words(c, [(w, "") for w in text.split()], f, s, right - left - ind)
        for i, ln in enumerate(lines):
            c.setFont(f, s)
            gaps = len(ln) - 1
            natural = sum(w for _, _, w in ln) + gaps * c.stringWidth(" ", f, s)
            extra = (right - left - ind - natural) / gaps if justify and gaps and i < len(lines) - 1 and kind in "pl" else 0.0
            x = left + ind
            for word, _m, w in ln:
                c.drawString(x, y, word)
                x += w + c.stringWidth(" ", f, s) + extra
            y -= s * leading
        y -= para_gap * size
        (paragraphs if kind == "p" else apart).append(text)
        order.append(text[:20])
    c.showPage()
    c.save()
    GOLD[name] = {"paragraphs": paragraphs, "apart": apart, "order": order, "split": split}


FI_BR = [
    ("n", "1. Kansallisen turvapaikka- ja maahanmuuttohallinnon tilannekuva"),
    ("p", "Vuonna 2025 Suomeen jätettiin 5 200 ensimmäistä turvapaikkahakemusta, 18 prosenttia|"
          "Vähemmän kuin edellisenä vuonna. Rajavartiolaitoksen riskianalyysi ennakoi vuoteen|"
          "2028 asti painetta itärajalla ja toissijaista liikkuvuutta Ruotsin kautta."),
    ("p", "Suomi vartioi 1 340 kilometriä unionin ulkoista maarajaa; rajan esteaita ja|"
          "Valvontajärjestelmä valmistuvat vuonna 2026, ja palautuskiellon periaatetta|"
          "Noudatetaan kaikissa olosuhteissa."),
    ("n", "2.3.3. Vahva vastaanottojärjestelmä"),
    ("p", "Maahanmuuttovirasto ylläpitää 20 vastaanottokeskusta, joissa on 6 000 paikkaa;|"
          "Hakijat saavat majoituksen, ruoan, terveydenhuollon ja vastaanottorahan direktiivin|"
          "(EU) 2024/1346 mukaisesti."),
    ("p", "Ilman huoltajaa tulleet alaikäiset sijoitetaan ryhmäkoteihin, joissa on|"
          "Erikoistunut henkilökunta."),
]
SV_BR = [
    ("n", "1. Sammanhang för den nationella asyl- och migrationshanteringen"),
    ("p", "År 2025 lämnade 9 600 personer in en första asylansökan, 21 procent färre än|"
          "Året innan. Polismyndighetens riskanalys förutser fram till 2028 ett fortsatt|"
          "Tryck via Östersjön och sekundära förflyttningar från Danmark."),
    ("p", "Sverige har ingen yttre landgräns; Arlanda och hamnarna i Göteborg och|"
          "Trelleborg är unionens yttre gränser och styr strategins prioriteringar."),
    ("n", "2.1.2. Intern dimension"),
    ("p", "Varje år ska 11 000 personer utan rätt att vistas i landet lämna Sverige;|"
          "Frivilligt återvändande med återintegreringsstöd har företräde."),
    ("p", "Tvångsvisa återsändanden övervakas av Justitieombudsmannen, som rapporterar|"
          "En gång om året till riksdagen."),
]
LV_W = [
    ("h", "Valsts patvēruma un migrācijas pārvaldības stratēģija 2026–2031"),
    ("h", "1. Konteksts"),
    ("p", "2025. gadā Latvijā pirmo patvēruma pieteikumu iesniedza 1 700 personu, par 35 procentiem vairāk nekā "
          "iepriekšējā gadā. Valsts robežsardzes riska analīze paredz, ka līdz 2028. gadam saglabāsies spiediens uz "
          "robežas ar Baltkrieviju un sekundārās kustības uz Vāciju."),
    ("p", "Latvija apsargā 173 kilometrus Savienības ārējās sauszemes robežas; žogs, elektroniskā novērošanas "
          "sistēma un 2 600 robežsargu to aizsargā visu diennakti, ievērojot neizraidīšanas principu."),
    ("h", "2.3.3. Stabila uzņemšanas sistēma"),
    ("p", "Pilsonības un migrācijas lietu pārvalde uztur divus patvēruma meklētāju izmitināšanas centrus ar 600 "
          "vietām; pieteikuma iesniedzēji saņem mājokli, uzturu, veselības aprūpi un naudas pabalstu."),
    ("l", "– nepavadītiem nepilngadīgajiem atsevišķa nodaļa Muceniekos;"),
    ("l", "– psiholoģiskais atbalsts spīdzināšanas upuriem."),
    ("p", "Uzņemšanas apstākļus divreiz gadā pārbauda Tiesībsarga birojs."),
]
HU_W = [
    ("h", "Nemzeti menekültügyi és migrációkezelési stratégia 2026–2031"),
    ("h", "2.1.2. Belső dimenzió"),
    ("p", "Évente 3 000 jogellenesen tartózkodó harmadik országbeli állampolgárnak kell elhagynia az ország területét. "
          "Az önkéntes visszatérés és a reintegrációs támogatás elsőbbséget élvez; a kiutasítások tiszteletben tartják "
          "az érintettek méltóságát és a 2008/115/EK irányelvet."),
    ("p", "Az Országos Idegenrendészeti Főigazgatóság 2027-ig két új őrizetes befogadó központot nyit Nyírbátorban "
          "és Kiskunhalason, ingyenes jogi segítségnyújtással."),
    ("h", "2.6. Elegendő kapacitás"),
    ("p", "A 2026–2031-es költségvetés 180 milliárd forint; a főigazgatóság 150 új ügyintézőt vesz fel, az AMIF és a "
          "BMVI kettős finanszírozás nélkül egészíti ki a nemzeti forrásokat."),
]


# ------------------------------------------------------------------ (B) tracked changes shown by colour only
def colour_doc(name: str, blocks: list[tuple[str, list[tuple[str, str]]]], *, del_color, ins_color,
               ins_underline: bool = True, split: str = "seen", size: float = 10.0, heading_color=colors.black,
               expect: dict | None = None) -> None:
    """A draft printed with its changes in colour only: "del" runs in ``del_color`` (no strike line), "ins" runs in
    ``ins_color``, underlined (1.5 pt below the baseline) when ``ins_underline``; "u" runs a link (blue, underlined);
    "em" runs coloured emphasis (``del_color``, bold), "rp" runs plain text in ``del_color``. Headings in ``heading_color``. ``expect`` overrides the gold
    (a control document: nothing deleted)."""
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
                col = {"del": del_color, "ins": ins_color, "u": colors.blue, "em": del_color, "rp": del_color}.get(
                    mark, heading_color if kind == "h" else colors.black)
                c.setFillColor(col)
                c.setFont("DVSB" if mark == "em" else f, s)
                w = c.stringWidth(word, "DVSB" if mark == "em" else f, s)
                c.drawString(x, y, word)
                if mark == "u" or (mark == "ins" and ins_underline):
                    c.setStrokeColor(col)
                    c.setLineWidth(0.6)
                    c.line(x, y - 1.5, x + w, y - 1.5)
                x += w + c.stringWidth(" ", f, s)
            y -= s * 1.4
        y -= 8
    c.showPage()
    c.save()
    GOLD[name] = expect or {"absent": absent, "present": present, "warn": bool(absent), "split": split}
    GOLD[name]["split"] = split


HU_T = [
    ("h", [("2.1.2. Belső dimenzió", "")]),
    ("p", [("Évente ", ""), ("4 000", "del"), ("3 000", "ins"),
           (" jogellenesen tartózkodó harmadik országbeli állampolgárnak kell elhagynia az ország területét.", "")]),
    ("h", [("2.4. Felkészültség és vészhelyzeti tervezés", "del")]),
    ("p", [("Tömeges beáramlás esetén 48 órán belül 20 000 szükségszállást nyitnak sportcsarnokokban.", "del")]),
    ("h", [("2.6. Elegendő kapacitás", "")]),
    ("p", [("A költségvetés ", ""), ("150 milliárd", "del"), ("180 milliárd", "ins"),
           (" forint; a főigazgatóság 150 új ügyintézőt vesz fel.", "")]),
]
RO_T = [
    ("h", [("2.3.3. Un sistem de primire solid", "")]),
    ("p", [("Inspectoratul General pentru Imigrări administrează ", ""), ("opt centre", "del"), ("șase centre", "ins"),
           (" regionale cu 900 de locuri; solicitanții primesc cazare, hrană și asistență medicală.", "")]),
    ("p", [("Toți solicitanții vor fi cazați în centre închise pe durata procedurii la frontieră, fără excepție "
            "pentru familiile cu copii.", "del")]),
    ("p", [("Copiii neînsoțiți sunt găzduiți în centre specializate ", ""), ("ale direcțiilor de protecție a copilului", "ins"),
           (".", "")]),
]
SK_T = [
    ("h", [("1. Kontext", "")]),
    ("p", [("V roku 2025 podalo žiadosť o medzinárodnú ochranu 390 osôb. Analýza rizík Policajného zboru očakáva ", ""),
           ("pokles príchodov", "del"), ("trvalý tlak cez Maďarsko", "ins"), (" do roku 2028.", "")]),
    ("h", [("2.1.1. Vonkajší rozmer", "del")]),
    ("p", [("Slovensko presídli ročne 200 utečencov a otvorí talentové partnerstvo s Vietnamom.", "del")]),
    ("h", [("2.1.2. Vnútorný rozmer", "")]),
    ("p", [("Každý rok má územie opustiť ", ""), ("2 000", "del"), ("1 500", "ins"), (" cudzincov bez oprávnenia na pobyt.", "")]),
]
SL_T = [
    ("h", [("2.3.3. Trden sistem sprejema", "")]),
    ("p", [("Urad za oskrbo in integracijo migrantov upravlja ", ""), ("štiri", "del"), ("tri", "ins"),
           (" azilne domove z 800 mesti; prosilci prejmejo nastanitev, hrano in zdravstveno oskrbo.", "")]),
    ("h", [("2.4. Pripravljenost in načrtovanje za izredne razmere", "del")]),
    ("p", [("Ob množičnem prihodu se v 72 urah odpre 5 000 zasilnih mest v športnih dvoranah.", "del")]),
    ("h", [("2.6. Zadostne zmogljivosti", "")]),
    ("p", [("Proračun znaša ", ""), ("300", "del"), ("350", "ins"), (" milijonov evrov; AMIF dopolnjuje nacionalna sredstva.", "")]),
]
FI_LINKS = [  # control: red headings, blue underlined links, red bold emphasis; nothing deleted
    ("h", [("2.1.2. Sisäinen ulottuvuus", "")]),
    ("p", [("Vuosittain 4 000 laittomasti maassa oleskelevaa on palautettava. ", ""), ("Tärkeää:", "em"),
           (" vapaaehtoinen paluu on ensisijainen. Lisätietoja osoitteessa ", ""), ("www.migri.fi", "u"), (".", "")]),
    ("h", [("2.6. Riittävät voimavarat", "")]),
    ("p", [("Talousarvio on 1,2 miljardia euroa; ks. ", ""), ("valtiovarainministeriön sivut", "u"), (".", "")]),
]
SV_LINKS = [  # control: a red body sentence (a warning), a blue underlined link
    ("h", [("2.3.3. Ett robust mottagningssystem", "")]),
    ("p", [("Migrationsverket driver 40 mottagningsenheter med 12 000 platser; läs mer på ", ""),
           ("www.migrationsverket.se", "u"), (".", "")]),
    ("p", [("Observera att platserna i Märsta är reserverade för ensamkommande barn.", "red")]),
]

FI_LABEL = [  # control written while fixing (seen): a red label right before a blue underlined link, a red note
    ("p", [("Lisätietoja:", "rp"), ("www.migri.fi", "u"), ("ja", ""), ("kotoutumisen", ""), ("sivut.", "")]),
    ("p", [("Huomio: hakemukset käsitellään kuudessa kuukaudessa.", "rp")]),
    ("p", [("Maahanmuuttovirasto ylläpitää 20 vastaanottokeskusta, joissa on 6 000 paikkaa.", "")]),
]


def colour_control(name: str, blocks, *, split: str) -> None:
    """Control: coloured headings (red), red runs ("em" bold, "red" plain body text) and blue underlined links:
    everything is read, no warning."""
    present = [t.strip() for _k, runs in blocks for t, _m in runs]
    fixed = [(k, [(t, "em" if m == "red" else m) for t, m in runs]) for k, runs in blocks]
    colour_doc(name, fixed, del_color=colors.red, ins_color=colors.blue, heading_color=colors.HexColor("#c00000"),
               split=split, expect={"absent": [], "present": present, "warn": False})


# ------------------------------------------------------------------ (C) columns, footnotes, landscape table
def _furn(header: str):
    def draw(c, doc) -> None:
        c.saveState()
        c.setFont("DV", 8)
        c.drawString(2 * cm, doc.pagesize[1] - 1.2 * cm, header)
        c.drawRightString(doc.pagesize[0] - 2 * cm, 1.1 * cm, str(doc.page))
        c.restoreState()
    return draw


def columns_doc(name: str, lang: str, *, ncols: int, title: str, header: str, sections, notes=None,
                table=None, split: str, col_h: float = 300.0) -> None:
    """Page 1: the title and the first section over the full width; then ``ncols`` justified, hyphenated columns
    (pyphen ``lang``) ``col_h`` points tall, each section on its own page, the text running out early in the last
    column (a few lines);
    optionally a page whose paragraph cites many footnotes (small print at the bottom), and a landscape table page.
    A running header and a page number on every page."""
    doc = BaseDocTemplate(str(HERE / name), pagesize=A4, title="", leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm)
    gut = 0.6 * cm
    colw = (W - 4 * cm - (ncols - 1) * gut) / ncols
    cols = [Frame(2 * cm + i * (colw + gut), H - 2 * cm - col_h, colw, col_h, id=f"c{i}") for i in range(ncols)]
    one = Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4 * cm, id="one")
    LW, LH = landscape(A4)
    land = Frame(2 * cm, 2 * cm, LW - 4 * cm, LH - 4 * cm, id="land")
    furn = _furn(header)
    doc.addPageTemplates([PageTemplate(id="one", frames=[one], onPage=furn),
                          PageTemplate(id="cols", frames=cols, onPage=furn),
                          PageTemplate(id="land", frames=[land], onPage=furn, pagesize=landscape(A4))])
    body = ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=12, spaceAfter=4, alignment=TA_JUSTIFY,
                          hyphenationLang=lang, embeddedHyphenation=0, uriWasteReduce=0.3)
    head = ParagraphStyle("h", fontName="DVSB", fontSize=11, leading=14, spaceBefore=4, spaceAfter=4)
    tstyle = ParagraphStyle("t", fontName="DVSB", fontSize=15, leading=19, spaceAfter=10)
    note = ParagraphStyle("n", fontName="DVS", fontSize=7.5, leading=9, spaceAfter=1)
    story = [Paragraph(title, tstyle)]
    paragraphs, apart, order = [], [title], [title[:20]]
    for k, (h, paras) in enumerate(sections):
        if k == 1:
            story += [NextPageTemplate("cols"), PageBreak()]
        elif k > 1:
            story.append(PageBreak())
        story.append(Paragraph(h, head))
        apart.append(h)
        order.append(h[:20])
        for p in paras:
            story.append(Paragraph(p, body))
            paragraphs.append(p)
            order.append(p[:20])
    if notes:
        ntext, nlist = notes
        story += [NextPageTemplate("one"), PageBreak()]
        marked = ntext
        for i in range(1, len(nlist) + 1):
            marked = marked.replace(f"[{i}]", f"<super>{i}</super>")
        story.append(Paragraph(marked, body))
        plain = ntext
        for i in range(1, len(nlist) + 1):
            plain = plain.replace(f"[{i}]", "")
        paragraphs.append(plain)
        order.append(plain[:20])
        from reportlab.platypus import Spacer
        story.append(Spacer(1, 14 * cm))
        for i, n in enumerate(nlist, 1):
            story.append(Paragraph(f"<super>{i}</super> {n}", note))
    if table:
        story += [NextPageTemplate("land"), PageBreak()]
        cell = ParagraphStyle("c", fontName="DVS", fontSize=8.5, leading=10.5)
        rows = [[Paragraph(x, cell) for x in r] for r in table]
        t = Table(rows, colWidths=[(LW - 4 * cm) / len(table[0])] * len(table[0]))
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    doc.build(story)
    g = {"paragraphs": paragraphs, "apart": apart, "order": order, "furniture": [header], "split": split}
    if notes:
        g["notes"] = notes[1]
    if table:
        g["cells"] = [x for r in table for x in r]
    GOLD[name] = g


SK_COLS = [
    ("1. Kontext národného riadenia azylu a migrácie", [
        "V roku 2025 podalo prvú žiadosť o medzinárodnú ochranu 390 osôb, o 22 percent menej ako v predchádzajúcom "
        "roku. Analýza rizík Prezídia Policajného zboru predpokladá do roku 2028 pretrvávajúci tlak cez Maďarsko a "
        "sekundárne pohyby smerom do Rakúska a Nemecka."]),
    ("2.1.2. Vnútorný rozmer: účinné vracanie štátnych príslušníkov tretích krajín, ktorí sa neoprávnene zdržiavajú "
     "na území", [
        "Každý rok sa vykoná 1 500 rozhodnutí o návrate štátnych príslušníkov tretích krajín bez oprávnenia na pobyt, "
        "s prednosťou dobrovoľného návratu s podporou reintegrácie v krajine pôvodu a s poradenstvom Medzinárodnej "
        "organizácie pre migráciu.",
        "Nútený návrat sa vykoná s úctou k ľudskej dôstojnosti a pod nezávislým dohľadom verejnej ochrankyne práv, "
        "ktorá sleduje každý návratový let a uverejňuje výročnú správu o zisteniach a odporúčaniach.",
        "Dublinské transfery sa uskutočnia do šiestich mesiacov; úrad hraničnej a cudzineckej polície dostane na "
        "túto úlohu 40 nových príslušníkov a moderné vybavenie na overovanie totožnosti.",
        "Útvary policajného zaistenia pre cudzincov v Medveďove a Sečovciach sa zrekonštruujú do roku 2028 a "
        "poskytnú bezplatnú právnu pomoc všetkým zaisteným osobám vrátane tlmočenia do ich jazyka.",
        "Slovensko uzavrie readmisné dohody s tromi krajinami pôvodu a posilní spoluprácu s agentúrou Frontex pri "
        "spoločných návratových operáciách a pri získavaní cestovných dokladov.",
        "Ministerstvo vnútra každoročne zverejní štatistiku návratov."]),
    ("2.6. Dostatočné kapacity", [
        "Rozpočet na roky 2026 až 2031 predstavuje 420 miliónov eur; migračný úrad prijme 60 nových rozhodovacích "
        "referentov a Fond pre azyl, migráciu a integráciu dopĺňa národné prostriedky bez dvojitého financovania.",
        "Každé pracovisko absolvuje do roku 2027 školenie Agentúry Európskej únie pre azyl o posudzovaní "
        "dôveryhodnosti, zraniteľnosti a o pohovoroch s maloletými bez sprievodu.",
        "Informačný systém konaní o azyle bude do roku 2028 prepojený s databázou Eurodac a so schengenským "
        "informačným systémom, čím sa skráti lehota registrácie na tri dni.",
        "Kapacity tlmočníkov sa zvýšia o 30 percent."]),
]
SK_NOTES = ("Migračný úrad[1] spolupracuje s Úradom vysokého komisára OSN pre utečencov[2], Medzinárodnou organizáciou "
            "pre migráciu[3] a mimovládnymi organizáciami[4] pri poskytovaní právneho poradenstva a pri monitorovaní "
            "hraníc[5]; podrobnosti uvádza akčný plán na roky 2026 až 2028[6].", [
                "Zákon č. 480/2002 Z. z. o azyle v znení neskorších predpisov.",
                "Memorandum o porozumení z 12. marca 2024.",
                "Dohoda o spolupráci pri dobrovoľných návratoch, 2023.",
                "Liga za ľudské práva a Slovenská humanitná rada.",
                "Nariadenie (EÚ) 2024/1356 o preverovaní.",
                "Uznesenie vlády č. 211/2026."])
SK_TABLE = [["Opatrenie", "Zodpovedný orgán", "Lehota", "Rozpočet (mil. EUR)", "Ukazovateľ"],
            ["Nové zaisťovacie miesta", "Úrad hraničnej a cudzineckej polície", "2028", "24", "120 miest"],
            ["Školenia rozhodovacích referentov", "Migračný úrad", "2027", "3", "60 referentov"],
            ["Prepojenie s Eurodac", "Ministerstvo vnútra", "2028", "11", "lehota 3 dni"]]
SL_COLS = [
    ("1. Okvir nacionalnega upravljanja azila in migracij", [
        "Leta 2025 je prvo prošnjo za mednarodno zaščito vložilo 5 800 oseb, 17 odstotkov manj kot leto prej. "
        "Analiza tveganj Policije do leta 2028 predvideva stalen pritisk na meji s Hrvaško in sekundarna gibanja "
        "proti Avstriji in Italiji."]),
    ("2.3.3. Trden sistem sprejema prosilcev za mednarodno zaščito in ranljivih oseb", [
        "Urad vlade za oskrbo in integracijo migrantov bo do leta 2028 povečal zmogljivosti azilnih domov s 1 200 na "
        "1 800 mest; vsak prosilec prejme nastanitev, hrano, zdravstveno oskrbo in mesečno denarno pomoč.",
        "Mladoletniki brez spremstva bodo nastanjeni v manjših stanovanjskih enotah s strokovnim osebjem, ranljive "
        "osebe pa bodo prepoznane v prvih sedmih dneh po prihodu in napotene k ustreznim službam.",
        "Pogoje sprejema bo dvakrat letno preverjal varuh človekovih pravic, ugotovitve in priporočila pa bodo "
        "objavljena na spletni strani ministrstva za notranje zadeve.",
        "V Ljubljani in Logatcu bodo odprti centri za prvi sprejem z 1 000 zasilnimi mesti in stalno zdravstveno "
        "ekipo, ki bo opravila zdravniški pregled vsakega prosilca.",
        "Nevladne organizacije, ki upravljajo nastanitvene zmogljivosti, bodo prejele večletno financiranje za "
        "stabilnost zaposlenih in kakovost storitev v vseh regijah.",
        "Urad bo vsako leto objavil poročilo o sprejemu."]),
    ("2.6. Zadostne zmogljivosti", [
        "Proračun za obdobje od 2026 do 2031 znaša 350 milijonov evrov; sektor za mednarodno zaščito zaposli 45 novih "
        "odločevalcev, Sklad za azil, migracije in vključevanje pa dopolnjuje nacionalna sredstva brez dvojnega "
        "financiranja.",
        "Vsi odločevalci do leta 2027 opravijo usposabljanje Agencije Evropske unije za azil o presoji "
        "verodostojnosti, ranljivosti in o razgovorih z mladoletniki brez spremstva.",
        "Informacijski sistem azilnih postopkov bo do leta 2028 povezan z bazo Eurodac in schengenskim "
        "informacijskim sistemom, kar skrajša rok registracije na tri dni.",
        "Zmogljivosti tolmačev se povečajo za 30 odstotkov."]),
]
SL_NOTES = ("Urad vlade[1] sodeluje z Visokim komisariatom Združenih narodov za begunce[2], Mednarodno organizacijo za "
            "migracije[3] in nevladnimi organizacijami[4] pri pravnem svetovanju in spremljanju meje[5]; podrobnosti "
            "določa akcijski načrt za obdobje od 2026 do 2028[6].", [
                "Zakon o mednarodni zaščiti (Uradni list RS, št. 16/17).",
                "Memorandum o soglasju z dne 12. marca 2024.",
                "Sporazum o sodelovanju pri prostovoljnem vračanju, 2023.",
                "Slovenska filantropija in Pravno-informacijski center nevladnih organizacij.",
                "Uredba (EU) 2024/1356 o preverjanju.",
                "Sklep vlade št. 211/2026."])
SL_TABLE = [["Ukrep", "Pristojni organ", "Rok", "Proračun (mio EUR)", "Kazalnik"],
            ["Nova mesta v azilnih domovih", "Urad vlade za oskrbo in integracijo migrantov", "2028", "24", "600 mest"],
            ["Usposabljanje odločevalcev", "Ministrstvo za notranje zadeve", "2027", "3", "45 odločevalcev"],
            ["Povezava z Eurodac", "Policija", "2028", "11", "rok 3 dni"]]
HU_COLS = [
    ("1. A nemzeti menekültügyi és migrációkezelés háttere", [
        "2025-ben 1 100 személy nyújtott be első menedékjog iránti kérelmet, 40 százalékkal kevesebb, mint az előző "
        "évben. A Rendőrség kockázatelemzése 2028-ig tartós nyomással számol a szerb határszakaszon és a "
        "másodlagos mozgásokkal Ausztria felé."]),
    ("2.1.2. Belső dimenzió: a jogellenesen tartózkodó harmadik országbeli állampolgárok hatékony visszatérése", [
        "Évente 3 000 kiutasítási határozatot hajtanak végre, elsőbbséget adva az önkéntes visszatérésnek és a "
        "származási országban nyújtott reintegrációs támogatásnak, a Nemzetközi Migrációs Szervezet "
        "tanácsadásával együtt.",
        "A kényszerítő intézkedéssel végrehajtott visszatérést az alapvető jogok biztosa független megfigyelői "
        "kísérik, akik minden visszatérési járatról jelentést készítenek és azt évente nyilvánosságra hozzák.",
        "A dublini átadásokat hat hónapon belül végrehajtják; az Országos Idegenrendészeti Főigazgatóság ehhez "
        "negyven új munkatársat és korszerű személyazonosító eszközöket kap.",
        "A nyírbátori és kiskunhalasi őrzött szállásokat 2028-ig felújítják, és minden fogvatartott ingyenes "
        "jogi segítséget és tolmácsolást kap a saját nyelvén.",
        "Magyarország három származási országgal visszafogadási megállapodást köt."]),
]
RO_COLS = [
    ("1. Contextul gestionării naționale a azilului și migrației", [
        "În 2025, 10 200 de persoane au depus o primă cerere de protecție internațională, cu 15 la sută mai multe "
        "decât în anul anterior. Analiza de risc a Poliției de Frontieră prevede până în 2028 o presiune constantă "
        "la frontiera cu Ucraina și Republica Moldova."]),
    ("2.3.3. Un sistem de primire solid pentru solicitanții de protecție internațională și persoanele vulnerabile", [
        "Inspectoratul General pentru Imigrări își va mări capacitatea centrelor regionale de la 900 la 1 400 de "
        "locuri până în 2028; fiecare solicitant primește cazare, hrană, asistență medicală și o alocație lunară.",
        "Minorii neînsoțiți vor fi găzduiți în apartamente de tip familial cu personal specializat, iar persoanele "
        "vulnerabile vor fi identificate în primele șapte zile de la sosire și îndrumate către serviciile potrivite.",
        "Condițiile de primire vor fi verificate de două ori pe an de Avocatul Poporului, iar constatările și "
        "recomandările vor fi publicate pe pagina de internet a Ministerului Afacerilor Interne.",
        "La Timișoara și Galați se vor deschide centre de primă primire cu 1 000 de locuri de urgență și echipe "
        "medicale permanente, care vor examina fiecare solicitant la sosire.",
        "Organizațiile neguvernamentale partenere vor primi finanțare multianuală."]),
]

if __name__ == "__main__":
    tight_doc("fi-2026.tight-broken.pdf", FI_BR, leading=1.5, para_gap=0.19, justify=False, split="seen")
    tight_doc("hu-2026.tight-wrapped.pdf", HU_W, leading=1.2, para_gap=0.2, justify=False, font="DVS", split="seen")
    tight_doc("sv-2026.tight-broken.pdf", SV_BR, leading=1.52, para_gap=0.17, justify=False, font="DVS", size=10.5,
              split="heldout")
    tight_doc("lv-2026.tight-wrapped.pdf", LV_W, leading=1.22, para_gap=0.21, justify=True, split="heldout")
    colour_doc("hu-2026.tracked-colour.pdf", HU_T, del_color=colors.red, ins_color=colors.blue, split="seen")
    colour_doc("ro-2026.tracked-colour.pdf", RO_T, del_color=colors.red, ins_color=colors.HexColor("#0070c0"),
               split="seen")
    colour_doc("sk-2026.tracked-colour.pdf", SK_T, del_color=colors.HexColor("#c00000"), ins_color=colors.blue,
               split="heldout")
    colour_doc("sl-2026.tracked-colour.pdf", SL_T, del_color=colors.red, ins_color=colors.red, split="heldout")
    colour_control("fi-2026.colour-links.pdf", FI_LINKS, split="seen")
    colour_control("sv-2026.colour-links.pdf", SV_LINKS, split="heldout")
    colour_control("fi-2026.label-link.pdf", FI_LABEL, split="seen")  # added while fixing: a red label beside a link
    columns_doc("sk-2026.columns3.pdf", "sk_SK", ncols=3, title="Národná stratégia riadenia azylu a migrácie 2026 – 2031",
                header="Národná stratégia riadenia azylu a migrácie", sections=SK_COLS, notes=SK_NOTES,
                table=SK_TABLE, split="seen")
    columns_doc("sl-2026.columns3.pdf", "sl_SI", ncols=3, title="Nacionalna strategija upravljanja azila in migracij 2026–2031",
                header="Nacionalna strategija upravljanja azila in migracij", sections=SL_COLS, notes=SL_NOTES,
                table=SL_TABLE, split="heldout", col_h=250.0)
    columns_doc("hu-2026.columns2.pdf", "hu_HU", ncols=2, title="Nemzeti menekültügyi és migrációkezelési stratégia 2026–2031",
                header="Nemzeti menekültügyi és migrációkezelési stratégia", sections=HU_COLS, split="seen")
    columns_doc("ro-2026.columns2.pdf", "ro_RO", ncols=2, title="Strategia națională de gestionare a azilului și migrației 2026–2031",
                header="Strategia națională de gestionare a azilului și migrației", sections=RO_COLS, split="heldout")
    (HERE / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
