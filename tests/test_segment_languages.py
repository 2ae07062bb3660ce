"""Numbered strategies in languages the encoder reads poorly (Maltese, Irish; lingua has no Maltese).

Each document gives the Annex numbers with the member state's own translation of
the Annex titles. e5 ranks some of these titles far from their Annex heading
("2.1.1 An ghné sheachtrach" ninth, "1. Comhthéacs …" sixth), so the title alone
cannot confirm the number; the number's place in the Annex sequence between
confirmed headings does (:func:`analyser.segment.headings._in_sequence`).
Failures of issue 14: the Irish "1." and "2.1.1" headings were not found, the
text under them went by content into other sections.
"""

from __future__ import annotations

import pytest

from analyser.schema import Block, Document
from analyser.segment import segment

pytestmark = pytest.mark.model

MT_TITLES = {
    "1": "Kuntest tal-ġestjoni nazzjonali tal-ażil u l-migrazzjoni",
    "2": "Objettivi strateġiċi u miżuri ewlenin fil-ġestjoni tal-ażil u l-migrazzjoni",
    "2.1": "Ġestjoni effettiva tas-sistema tal-ażil u l-migrazzjoni biex titnaqqas il-pressjoni migratorja (approċċ komprensiv)",
    "2.1.1": "Dimensjoni esterna",
    "2.1.2": "Dimensjoni interna",
    "2.1.3": "Appoġġ effettiv lil Stati Membri oħra",
    "2.2": "Ġestjoni effettiva tal-fruntieri esterni tal-UE",
    "2.2.1": "Ġestjoni effettiva tal-fruntieri esterni u aċċess għall-protezzjoni internazzjonali",
    "2.2.2": "Aċċess effettiv għall-protezzjoni internazzjonali fil-fruntieri esterni",
    "2.3": "Sistema ġusta tal-ażil u l-integrazzjoni",
    "2.3.1": "Aċċess f'waqtu u effettiv għal proċeduri tal-ażil ġusti u effiċjenti fit-territorju",
    "2.3.2": "Garanziji proċedurali u drittijiet fundamentali",
    "2.3.3": "Sistema ta' akkoljenza robusta",
    "2.3.4": "Kundizzjonijiet għal integrazzjoni b'suċċess u bikrija",
    "2.4": "Tħejjija u ppjanar ta' kontinġenza",
    "2.5": "L-implimentazzjoni tal-approċċ integrat – il-prinċipju tat-tfassil integrat tal-politika",
    "2.6": "Kapaċità u kapabbiltà suffiċjenti biex tiġi implimentata l-istrateġija nazzjonali",
}
MT_ANSWERS = {
    "1": "Malta hija l-iżgħar Stat Membru u tinsab fiċ-ċentru tal-Mediterran. Fl-2024 waslu 'l fuq minn 500 persuna bid-dgħajjes u ġew ippreżentati madwar 2 300 applikazzjoni għall-ażil, il-biċċa l-kbira minn persuni li waslu bl-ajru.",
    "2": "L-objettivi ta' din l-istrateġija jibnu fuq ir-riżultati tal-monitoraġġ tal-Aġenzija tal-UE għall-Ażil u ta' Frontex, fuq il-pjan nazzjonali ta' kontinġenza u fuq il-qafas tal-ġestjoni integrata tal-fruntieri tal-Gvern.",
    "2.1": "Il-Gvern irid inaqqas il-pressjoni migratorja billi jgħaqqad il-kooperazzjoni ma' pajjiżi terzi, proċeduri aktar mgħaġġla u ritorn konsistenti, u b'hekk jagħti risposta waħda u komprensiva lill-isfidi tal-migrazzjoni.",
    "2.1.1": "Malta ssaħħaħ is-sħubijiet tagħha mal-Libja, it-Tuneżija u pajjiżi tal-oriġini fl-Afrika tal-Punent biex ittejjeb ir-riammissjoni, tappoġġja l-ġestjoni tal-fruntieri tagħhom u tiġġieled il-faċilitazzjoni tad-dħul irregolari u l-kuntrabandu tal-migranti.",
    "2.1.2": "Il-persuni li jirċievu deċiżjoni ta' ritorn għandhom jitilqu mill-pajjiż. L-Aġenzija għar-Ritorn iżżid ir-ritorni volontarji u furzati, tħaffef it-trasferimenti ta' Dublin u tevita li l-persuni jaħarbu qabel it-tluq.",
    "2.1.3": "Malta tipparteċipa fil-mekkaniżmu ta' solidarjetà billi tibgħat uffiċjali tal-ażil u tal-fruntieri biex jgħinu lil Stati Membri taħt pressjoni, u tikkontribwixxi finanzjarjament meta r-rilokazzjoni ma tkunx possibbli.",
    "2.2": "Il-Forzi Armati ta' Malta u l-Pulizija huma responsabbli għall-kontroll tal-fruntieri esterni fuq il-baħar, fl-ajruport u fil-port. Il-kooperazzjoni ma' Frontex tkompli bl-operazzjoni konġunta fiċ-ċentru tal-Mediterran.",
    "2.2.1": "Is-Sistema ta' Dħul u Ħruġ u l-iskrinjar tal-persuni li jaqbżu l-fruntiera jiddaħħlu għalkollox sa tmiem l-2026, u l-persunal tal-fruntiera jitħarreġ fil-kontroll tad-dokumenti, fl-identifikazzjoni u fl-analiżi tar-riskju.",
    "2.2.2": "Il-proċedura fil-fruntiera ssir fiċ-ċentru ta' Ħal Far b'kapaċità ta' 200 post. Il-persuni vulnerabbli u l-minorenni mhux akkumpanjati jiġu identifikati malajr u jingħataw pariri legali bla ħlas qabel l-intervista.",
    "2.3": "Is-sistema tal-ażil għandha tkun ġusta, mgħaġġla u umana, u l-integrazzjoni tibda kmieni għal dawk li jirċievu protezzjoni, bil-għajnuna tal-kunsilli lokali, tal-imsieħba soċjali u tal-organizzazzjonijiet mhux governattivi.",
    "2.3.1": "L-Aġenzija għall-Protezzjoni Internazzjonali tieħu deċiżjoni fl-ewwel istanza fi żmien sitt xhur. Sistema diġitali ġdida tal-każijiet tgħaqqad ir-reġistrazzjoni, l-intervista u d-deċiżjoni u tnaqqas il-backlog sal-2027.",
    "2.3.2": "Kull applikant jingħata informazzjoni bil-lingwa tiegħu, interpretu u għajnuna legali bla ħlas fl-appell. It-tribunal tal-appell jiġi mqawwi b'membri ġodda u l-monitoraġġ tad-drittijiet fundamentali jsir mill-Ombudsman.",
    "2.3.3": "L-akkoljenza tiġi organizzata f'ċentri miftuħa b'1 200 post, b'postijiet speċjali għall-minorenni u għall-persuni vulnerabbli. Il-ħtiġijiet speċjali jiġu vvalutati fi żmien tletin jum mill-wasla.",
    "2.3.4": "Min jirċievu protezzjoni jattendi korsijiet tal-Malti u tal-Ingliż u programm ta' orjentazzjoni soċjali, u Jobsplus jgħinu jsib impjieg fi żmien sena. It-tfal jidħlu l-iskola minnufih.",
    "2.4": "Il-pjan nazzjonali ta' kontinġenza jispjega kif, f'każ ta' wasliet f'daqqa jew ta' strumentalizzazzjoni tal-migranti, l-istat jiftaħ akkomodazzjoni temporanja fi ftit jiem u jittrasferixxi persunal bejn l-aġenziji.",
    "2.5": "Kumitat interministerjali jikkoordina l-politika tal-ażil, tal-fruntieri, tar-ritorn u tal-integrazzjoni, u jiltaqa' kull xahar mal-aġenziji kollha. Ir-rapporti tal-monitoraġġ jiġu ppreżentati lill-Parlament kull sena.",
    "2.6": "L-aġenziji kompetenti jirċievu 40 miljun ewro addizzjonali fis-sena sal-2030 u jimpjegaw 150 persuna ġdida, inklużi uffiċjali tal-każijiet, interpreti u persunal tal-akkoljenza, bl-appoġġ tal-fondi tal-UE.",
}
GA_TITLES = {
    "1": "Comhthéacs an bhainistithe náisiúnta tearmainn agus imirce",
    "2": "Cuspóirí straitéiseacha agus príomhbhearta i mbainistiú tearmainn agus imirce",
    "2.1": "Bainistiú éifeachtach ar an gcóras tearmainn agus imirce chun brú imirce a laghdú (cur chuige cuimsitheach)",
    "2.1.1": "An ghné sheachtrach",
    "2.1.2": "An ghné inmheánach",
    "2.1.3": "Tacaíocht éifeachtach do Bhallstáit eile",
    "2.2": "Bainistiú éifeachtach ar theorainneacha seachtracha an Aontais",
    "2.2.1": "Bainistiú éifeachtach ar na teorainneacha seachtracha agus rochtain ar chosaint idirnáisiúnta",
    "2.2.2": "Rochtain éifeachtach ar chosaint idirnáisiúnta ag na teorainneacha seachtracha",
    "2.3": "Córas cóir tearmainn agus lánpháirtíochta",
    "2.3.1": "Rochtain thráthúil agus éifeachtach ar nósanna imeachta tearmainn atá cóir agus éifeachtúil ar an gcríoch",
    "2.3.2": "Ráthaíochtaí nós imeachta agus cearta bunúsacha",
    "2.3.3": "Córas láidir glactha",
    "2.3.4": "Coinníollacha le haghaidh lánpháirtíocht rathúil agus luath",
    "2.4": "Ullmhacht agus pleanáil teagmhais",
    "2.5": "An cur chuige comhtháite a chur chun feidhme – prionsabal an cheaptha beartais chomhtháite",
    "2.6": "Acmhainn agus cumas leordhóthanach chun an straitéis náisiúnta a chur chun feidhme",
}
GA_ANSWERS = {
    "1": "Fuair Éire níos mó ná 18 000 iarratas ar chosaint idirnáisiúnta in 2024, agus tháinig an chuid is mó de na hiarratasóirí trasna na teorann talún ó Thuaisceart Éireann. Tá an limistéar taistil coiteann leis an Ríocht Aontaithe fós ríthábhachtach.",
    "2": "Tógann na cuspóirí seo ar thorthaí mhonatóireacht Ghníomhaireacht an Aontais Eorpaigh um Thearmann agus Frontex, ar an bplean teagmhais náisiúnta agus ar chreat an Rialtais um bainistiú comhtháite teorainneacha.",
    "2.1": "Is mian leis an Rialtas brú imirce a laghdú trí chomhar le tríú tíortha, nósanna imeachta níos tapúla agus filleadh comhsheasmhach a nascadh le chéile, ionas go mbeidh freagra amháin cuimsitheach ar dhúshláin na himirce.",
    "2.1.1": "Neartóidh Éire a comhpháirtíochtaí le tíortha tionscnaimh agus idirthurais san Afraic agus san Áise chun athghlacadh a fheabhsú, tacú lena mbainistiú teorann agus smuigleáil imirceach a chomhrac.",
    "2.1.2": "Ní mór do dhaoine a fhaigheann ordú díbeartha an stát a fhágáil. Méadóidh an Garda Síochána líon na bhfilleadh deonach agus éigeantach, brostóidh sé aistrithe Bhaile Átha Cliath agus cuirfidh sé cosc ar éalú roimh imeacht.",
    "2.1.3": "Glacann Éire páirt sa sásra dlúthpháirtíochta trí oifigigh tearmainn agus teorann a sheoladh chuig Ballstáit atá faoi bhrú agus trí ranníocaíochtaí airgeadais a íoc nuair nach féidir daoine a athlonnú.",
    "2.2": "Tá an Garda Síochána agus an tSeirbhís Náisiúnta Inimirce freagrach as rialú na dteorainneacha seachtracha ag aerfoirt agus ag calafoirt. Leanfar den chomhar le Frontex agus leis an Ríocht Aontaithe ar shonraí paisinéirí.",
    "2.2.1": "Cuirfear an Córas Iontrála/Imeachta agus scagadh na náisiúnach tríú tír i bhfeidhm go hiomlán faoi dheireadh 2026, agus cuirfear oiliúint ar fhoireann na teorann i seiceáil doiciméad agus in anailís riosca.",
    "2.2.2": "Reáchtálfar an nós imeachta teorann in ionad ag Aerfort Bhaile Átha Cliath le 150 áit. Aithnítear daoine leochaileacha agus leanaí gan tionlacan go luath agus faigheann siad comhairle dlí saor in aisce roimh an agallamh.",
    "2.3": "Ní mór don chóras tearmainn a bheith cóir, tapa agus daonnachtúil, agus tosaíonn an lánpháirtíocht go luath dóibh siúd a fhaigheann cosaint, le cabhair ó údaráis áitiúla, ó chomhpháirtithe sóisialta agus ó eagraíochtaí pobail.",
    "2.3.1": "Déanfaidh an Oifig um Chosaint Idirnáisiúnta cinneadh céadchéime laistigh de shé mhí. Nascfaidh córas digiteach nua cásanna an clárú, an t-agallamh agus an cinneadh agus laghdófar an riaráiste faoi 2027.",
    "2.3.2": "Faigheann gach iarratasóir faisnéis ina theanga féin, ateangaire agus cúnamh dlíthiúil saor in aisce san achomharc. Neartófar an Binse Achomhairc um Chosaint Idirnáisiúnta agus déanfaidh an tOmbudsman monatóireacht ar chearta bunúsacha.",
    "2.3.3": "Eagrófar glacadh in ionaid stáit le 12 000 áit, le háiteanna speisialta do leanaí agus do dhaoine leochaileacha. Déantar measúnú ar riachtanais speisialta laistigh de thríocha lá ón teacht.",
    "2.3.4": "Freastalaíonn daoine a fhaigheann cosaint ar ranganna Béarla agus ar chlár treoshuímh shóisialta, agus cabhraíonn Intreo leo post a fháil laistigh de bhliain. Tosaíonn leanaí ar scoil láithreach.",
    "2.4": "Míníonn an plean teagmhais náisiúnta conas is féidir leis an stát, i gcás teacht tobann mór nó ionstraimiú imirceach, cóiríocht shealadach a oscailt laistigh de chúpla lá agus foireann a aistriú idir gníomhaireachtaí.",
    "2.5": "Comhordaíonn coiste idir-rannach beartas tearmainn, teorann, filleadh agus lánpháirtíochta, agus buaileann sé le gach gníomhaireacht gach mí. Cuirtear tuarascálacha monatóireachta faoi bhráid an Oireachtais gach bliain.",
    "2.6": "Gheobhaidh na gníomhaireachtaí inniúla 120 milliún euro breise in aghaidh na bliana go dtí 2030 agus fostóidh siad 600 duine nua, oifigigh cháis, ateangairí agus foireann glactha ina measc, le tacaíocht ó chistí an Aontais.",
}


COVERS = {"mt": "Strateġija nazzjonali għall-ġestjoni tal-ażil u l-migrazzjoni", "ga": "Straitéis náisiúnta um bainistiú tearmainn agus imirce"}
TEXTS = {"mt": (MT_TITLES, MT_ANSWERS), "ga": (GA_TITLES, GA_ANSWERS)}
SHORT = ("1", "2.1.1", "2.3.3", "2.6")
# The four-heading Irish excerpt's "2.1.1 An ghné sheachtrach" (its title ranks ninth, no confirmed neighbour next to
# it in the Annex order) was read as the document's own heading until the eleventh session's merge; it now opens
# its section as an Annex number (the merged segmentation changes of segfix11, qagrid and segpara7).
OWN_HEADING: set[tuple[str, str, str]] = set()


@pytest.fixture(scope="module")
def encoder(e5_encoder):
    from analyser.embed.cache import CachedEncoder

    return CachedEncoder(e5_encoder, precomputed=False)  # each distinct text embedded once per module


def _document(lang: str, sections, styled: bool) -> Document:
    """Cover, then per section "N. Title" (top level) or "N.N Title" and one answer paragraph.

    ``styled``: headings bold and larger; otherwise in the body font (a plain paragraph).
    """
    titles, answers = TEXTS[lang]
    blocks = [Block(id="b000", page=1, text=COVERS[lang], kind="heading", bold=True, size=20.0)]
    for s in sections:
        text = f"{s}. {titles[s]}" if "." not in s else f"{s} {titles[s]}"
        blocks.append(Block(id=f"h{s}", page=2, text=text, kind="heading" if styled else "paragraph", bold=styled, size=14.0 if styled else 11.0))
        blocks.append(Block(id=f"a{s}", page=2, text=answers[s], size=11.0))
    return Document(doc_id=f"{lang}-numbered", source_path=f"synthetic/{lang}.pdf", sha256="", language=lang, blocks=tuple(blocks))


@pytest.mark.parametrize("styled", [True, False], ids=["bold", "body-font"])
@pytest.mark.parametrize("shape", ["whole", "short"])
@pytest.mark.parametrize("lang", ["mt", "ga"])
def test_numbered_headings_found_in_poorly_encoded_languages(lang, shape, styled, template, encoder):
    """Every "N." / "N.N" heading opens its section and every answer lies in it (whole strategy and a four-heading excerpt)."""
    sections = list(TEXTS[lang][0]) if shape == "whole" else list(SHORT)
    seg = segment(_document(lang, sections, styled), template, encoder)
    got = [(sb.block.id, sb.section_id, sb.role) for sb in seg.blocks[1:]]
    own = {s for s in sections if (lang, shape, s) in OWN_HEADING}
    want = [(f"{k}{s}", s, role if not (k == "h" and s in own) else "answer_heading")
            for s in sections for k, role in (("h", "section_heading"), ("a", "answer"))]
    assert got == want
    assert seg.blocks[0].role == "front_matter"
    for s in sections:
        assert seg.sections[s].method == ("content" if s in own else "numbered"), s
        assert seg.sections[s].heading_source == (None if s in own else "annex_number"), s


@pytest.mark.parametrize("lang", ["mt", "ga"])
def test_numbered_list_after_a_section_is_no_heading(lang, template, encoder):
    """A numbered list "1." / "2." inside section 2.3.3 breaks the Annex order: list items, not headings."""
    titles, answers = TEXTS[lang]
    doc = _document(lang, list(titles), True)
    blocks = list(doc.blocks)
    at = next(k for k, b in enumerate(blocks) if b.id == "a2.3.3") + 1
    items = [Block(id=f"l{n}", page=2, text=f"{n}. {titles[s]}", size=11.0, bullet=f"{n}.", kind="list_item")
             for n, s in ((1, "1"), (2, "2"))]
    blocks[at:at] = items
    seg = segment(Document(doc_id=doc.doc_id, source_path=doc.source_path, sha256="", language=lang, blocks=tuple(blocks)), template, encoder)
    by_id = {sb.block.id: sb for sb in seg.blocks}
    for n in (1, 2):
        assert (by_id[f"l{n}"].section_id, by_id[f"l{n}"].role) == ("2.3.3", "answer_list_item")
    assert by_id["h1"].role == "section_heading" and by_id["h2"].role == "section_heading"
