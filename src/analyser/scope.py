"""Is this document an asylum and migration strategy at all? (the scope stage)

Decided before coverage, from the document's answer passages: coverage is
only meaningful for a national asylum and migration management strategy (or a
part of one, e.g. a single chapter). Every coverage feature is relative to the
document (centred cosines, ranks, k-NN votes on centred embeddings), so a
strategy from another policy field written under the Annex's headings, a law,
a bill, a tax form or an annual report would otherwise get answers invented
for it.

The decision uses the evidence bank's absolute topicality model
(:meth:`analyser.match.EvidenceBank.topicality`): for each passage, the
probability that it reads like the answer text of the annotated strategies
rather than like the negative documents (other policy strategies in the
Annex's structure, legal texts, forms, reports, papers, front matter, in
several languages). The document's ``score`` is the word-weighted mean of
that probability over its answer passages; it is in scope when the score
reaches :data:`SCOPE_THRESHOLD`. Annex headings are deliberately not evidence
of scope: an off-topic strategy can follow the Annex's numbering.

On-topic documents that are not strategies (migration research papers, NGO
and ombudsman reports, press releases, news, judgments, parliamentary
questions on asylum) read like strategy text to the topicality model, which
also learns the language (one strategy per language). A second, genre model
(:meth:`analyser.match.EvidenceBank.genre`) reads only contrasts of a
passage's cosines to descriptions of genres (a strategy's plans and measures,
a research paper, a press release …), which cancel most of the language's
shift: a document whose word-weighted mean genre probability is below
:data:`GENRE_THRESHOLD` is out of scope, its score halved, like a legal act.
It is fitted on strategies (asylum and other policy fields) against the
on-topic negatives of ``tests/data/negatives/on_topic`` and the non-strategies
of ``tests/data/negatives/train`` (``scripts/build_genre.py``). A document
that opens at least :data:`GENRE_EXEMPT_SECTIONS` Annex sections with Annex
headings is written into the template and is not asked (a strategy set out as
a question | answer table read as a report to it). An Annex heading is the Annex's number or title
(rendered, listed) or an own title whose words name that section first (:func:`annex_headed_sections`),
not an own title the outline mapped by its text (ninth session: a Lithuanian policy brief's three
one-word titles had opened three sections and kept it in scope).

Press releases that announce what the ministry will do, and municipal or
regional integration plans, are written as plans and measures: both models
read them as a strategy. Their title page says what they are ("Pressiteade",
"ΔΕΛΤΙΟ ΤΥΠΟΥ", "PLAN MUNICIPAL DE INCLUSIÓN", "Kommunales
Integrationskonzept", "COMMUNICATION FROM THE COMMISSION"): the title model
(:meth:`analyser.match.EvidenceBank.title`) reads the contrast of each
title-page block between "national strategy of the government" and other
kinds of documents, fitted on strategies against documents of other kinds. A
document with a title page whose probability of naming a strategy is below
:data:`TITLE_THRESHOLD` is out of scope, its score halved; a document without
a title page (a chapter, an excerpt) is not asked, nor one written into the
Annex (:data:`GENRE_EXEMPT_SECTIONS`). A title page that names no strategy
vetoes only if one of its lines names another kind of document
(:meth:`analyser.match.EvidenceBank.title_names_other`, from
:data:`TITLE_OTHER_THRESHOLD`): the lines of a strategy's front matter that
name only the ministry, a place and date or a file number read like the
neutral lines of the training title pages, and a title that calls the
strategy a policy, a plan or a programme names what a strategy is called;
such a page abstains. Lines that are only a place and date or a file number
are not read at all (:func:`analyser.match.neutral_title_line`).

A law, regulation or bill on migration reads like migration text, so one
structural cue is added: a document whose blocks are made of article
headings ("Article 3", "Artikel 59a", "§ 62", "Член 5", "Чл. 27.", "Άρθρο 2" …; at
least :data:`LEGAL_MIN_HEADINGS` and :data:`LEGAL_MIN_SHARE` of its blocks)
is structured as a legal act, not as a strategy: its score is halved and it
is out of scope. (The real Dutch strategy has 2 such blocks among 289.) An
article heading may stand alone ("Artikel 59a") or open its provision on the
same line with a full stop after the number, as Polish, Czech or Slovak acts
write them ("Art. 1. W ustawie …", "§ 3. Der Antrag …"); a strategy that
cites an article ("Article 7 of Regulation …") has no full stop there.

A form to fill in (a tax return, an application) is recognised the same way:
at least :data:`FORM_MIN_FIELDS` fill-in fields (a blank line "_____", a
check box "[ ]", "☐") and at least :data:`FORM_MIN_DENSITY` of them per 100
words; its score is halved and it is out of scope. (No development strategy
has a single one.)

A call for tenders for running reception centres reads as a strategy's plans (lots, places, services) and the
segmenter keeps no title page of it: :func:`procurement_marks` reads the parts of a contract notice of the EU's
standard forms (lots, award criteria, tenderers, the time limit for tenders, the notice itself; 24 languages); from
:data:`PROCUREMENT_MIN_KINDS` kinds it is out of scope, its score halved. A line of the document's opening blocks that
is only the formula of a press release or a budget ("ПРЕССЪОБЩЕНИЕ", "PROJET DE LOI DE FINANCES POUR 2026",
:func:`kind_line`) puts it out the same way, whether the segmenter took the masthead for front matter or for an answer;
so does a line naming an annual report or the minutes of a meeting ("… — Årsrapport fra Dansk Flygtningehjælp",
"ZÁPISNICA"), a municipality as the issuer ("COMUNE DI BERGAMO"), a court's judgment ("ROZSUDOK V MENE SLOVENSKEJ
REPUBLIKY"), a statistics bulletin ("Statistikas biļetens Nr. 4/2025: …") or a job advert ("Vacancy notice: …"); a
job advert is also known by its parts (:func:`vacancy_marks`: duties, requirements, pay, CV; from :data:`VACANCY_MIN_KINDS`);
so does a line naming a bill's explanatory memorandum ("EXPUNERE DE MOTIVE", "Hallituksen esitys eduskunnalle …") or the EU
Council's conclusions ("Council conclusions on …", the line "RÅDET" over their operative paragraphs). A city's own plan
makes the city the subject of its sentences ("Město zajistí …", "Il Comune intende …"; :func:`municipal_actor`, from
:data:`MUNICIPAL_MIN_SENTENCES`), and news or a press release quotes a speaker ("„…“, – sakė ministras", :func:`attributed_quotes`)
or has a dateline and a press contact (:func:`press_marks`, fifteenth session), and a body's annual report has two of a
title naming it, financial statements and internal control (:func:`report_marks`, scope15b): all are out, their score halved; so is a text that calls on or recommends to the government ("Vyzýváme vládu, aby …",
:func:`addresses_government`): an NGO, an ombudsman or a committee writes to the government, a strategy is its voice. A title page that names an asylum and migration
strategy (:func:`names_own_strategy`) is not asked its genre, unless it names a document about it (a report, comments …).
These cues, the migration share below and the action-plan table are asked after the topicality, genre and title models,
of a document those take in (their reasons stay first); a table of measures (:func:`action_plan_table`: a header row
naming a responsible body and a deadline) is not asked its genre, as a document written into the Annex is not.

Topicality learns the language as much as the topic (one strategy per language): a Slovak mental-health strategy
read 0.84, a security strategy with one migration paragraph 0.64. A document in scope names asylum or migration:
when under :data:`MIGRATION_MIN_SHARE` of its answer words are in passages holding a stem of asylum, refugee,
migration, border, international protection, return, reception of applicants or smuggling (:func:`migration_share`,
24 languages; "foreigner" and "integration" do not count) and its title page names neither
(:func:`title_names_migration`), it is about another policy field: out of scope, its score halved. A single chapter
of a strategy names them in its answers or its title page names the strategy.

Eleventh session (scope9): a document that amends another text (:func:`amendment_instructions`: "Avsnitt 2.4.3 ska
utgå", "Abschnitt 2.3.3 Absatz 2 erhält folgende Fassung") is out whatever the models say, as a legal act is; of a document
the models take in, a title naming an integration strategy and neither asylum nor migration (:func:`integration_title`), the
parts of a research paper (:func:`paper_marks`) and a call to vote or a manifesto's name (:func:`election_marks`) put it
out, after every earlier cue; :func:`kind_line` also reads a circular, a municipal council and a Commission recommendation.
A leading line naming asylum and migration with a strategy, a framework or the management (:func:`strategy_title_line`)
skips the genre model as a title page naming the strategy does, whatever the segmenter made of that line.

Thirteenth session (scope11): a description of EU law (the Pact's regulations, a directive's summary) makes EU acts and
the member states the subjects of its sentences (:func:`eu_law_sentences`): out, asked last. A document written as
one-sentence items (numbered paragraphs "1." … "14.") whose topicality is below the threshold is read a second time with
the items of each section joined (:func:`_item_read`, :func:`analyser.match.item_units`): the topicality model, fitted on
paragraphs, reads a bare sentence as a list line.

Fourteenth session (scope14, issue #14: partial strategies): a call for (research) project proposals is known by its parts
(:func:`call_marks`: a grant per project, a submission deadline, who may apply, how proposals are evaluated; from
:data:`CALL_MIN_KINDS`), asked last; a pipe table of figures (:func:`figure_table`) carries no weight in the scope score; the
joined read of one-sentence items also joins a strategy of one line per Annex section across its sections and counts only
for a document whose answers name asylum or migration (:func:`migration_share`); a passage left in a numbered context or
capacity section that opens with another Annex section's number (an off-topic strategy numbered like the Annex under its
own titles) counts in the migration share.

Without a topicality model (an encoder with no bank, e.g. the hashing test
encoder, or a bank without negatives) the document is taken as in scope and
the reason says that scope was not assessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .errors import Warnings
from .match import Matches, repeated_passages, title_page
from .schema import Segmentation

SCOPE_THRESHOLD = 0.5
"""Word-weighted mean topicality at or above which a document is in scope (a probability, not a cosine)."""
GENRE_THRESHOLD = 0.5
"""Word-weighted mean genre probability (:meth:`analyser.match.EvidenceBank.genre`) below which a document is not a strategy."""
GENRE_EXEMPT_SECTIONS = 3
"""Sections opened by Annex headings from which the genre model is not asked: a document written into the
Annex's structure is a strategy (or a chapter of one) by genre, whatever its topic (topicality still decides
that). The genre model read a Portuguese partial strategy written as a question | answer table as not a
strategy (genre 0.38, three Annex headings); the on-topic papers, reports, press releases and judgments open
at most two sections with an Annex heading (0–2 in ``tests/data/negatives``)."""
TITLE_THRESHOLD = 0.25
"""Probability (:meth:`analyser.match.EvidenceBank.title`) below which a document's title page names another kind of document
than a strategy (a press release, a municipal or regional plan, a budget, a communication, a report …). The title model
reads one block's contrast, so it vetoes only at 3:1 odds: with each document left out, the training documents of
other kinds score 0.03–0.25 and the strategies 0.55–1.00 (xl-2025 the lowest), the held-out press releases, municipal
plans and the Commission's communication 0.05–0.15; a Finnish strategy summary scored 0.27 (e5 reads Finnish titles
worst) and was out of scope at the fitted 0.5 (chosen after seeing it: stated)."""
TITLE_OTHER_THRESHOLD = 0.5
"""Probability (:meth:`analyser.match.EvidenceBank.title_names_other`) from which a line of the title page names another
kind of document (the naming model's own decision boundary, classes weighted equally). The title page vetoes only when
it names no strategy (title below :data:`TITLE_THRESHOLD`) *and* names another kind: a title page of neutral lines (a
ministry, a place and date, a file number) abstains, so that a strategy whose front matter names only the ministry, or
calls it a policy, is not taken for another kind of document (seventh session; before, "Sisäministeriö / Helsinki 2026"
and "Asiel- en migratiebeleid 2026–2030" were out of scope, title 0.11 and 0.05)."""
TITLE_STRATEGY_THRESHOLD = 0.75
"""Probability (:meth:`analyser.match.EvidenceBank.title`) from which a title page that also names asylum or migration
(:func:`title_names_migration`) says the document is an asylum and migration strategy: the genre model is then not asked
(:func:`names_own_strategy`). 3:1 odds, the mirror of :data:`TITLE_THRESHOLD`: with each document left out, the training
documents of other kinds score 0.03–0.25. Fresh5 #4, a two-chapter Portuguese excerpt titled "Estratégia Nacional de Gestão
do Asilo e da Migração 2026–2030", title 0.84, was out of scope by genre 0.42 (two short paragraphs of figures read as a
report); the on-topic documents of other kinds put out by the genre model read 0.02–0.48 (ninth session, measured on
tests/data/negatives, scope_heldout 1–7, fresh 1–5)."""
MIN_PASSAGE_WORDS = 5
"""Passages shorter than this (list stubs, table cells) carry no weight in the scope score."""
LEGAL_MIN_HEADINGS = 3
"""Article headings a legal act has at least."""
LEGAL_MIN_SHARE = 0.08
"""Share of the document's blocks (running headers, footers and footnotes excluded) that are article headings in a legal act."""
FORM_MIN_FIELDS = 5
"""Fill-in fields a form has at least."""
FORM_MIN_DENSITY = 1.0
"""Fill-in fields per 100 words (running headers, footers and footnotes excluded) of a form."""
_ARTICLE_WORD = (r"(?:art(?:icle|ikel|ículo|icolo|igo|ikolo|ykuł|ikkel|iklis|ikla|icol)?|člen|članak|článok|článek"
                 r"|член|чл|άρθρο|straipsnis|pants|paragrahv|cikk|pykälä)")
_ARTICLE_INLINE = re.compile(r"^\s*(?:§+\s*\d+[a-z]?|" + _ARTICLE_WORD + r"\.?\s+(?:\d+[a-z]?|[IVXLC]+))\.\s+\S", re.IGNORECASE)
"""An article heading that opens its provision on the same line: "Art. 1. W ustawie …" (full stop after the number)."""
_FORM_FIELD = re.compile(r"_{4,}|\[\s?\]|[☐□☒]")
_ARTICLE_HEADING = re.compile(
    r"^\s*(?:§+\s*\d+[a-z]?|(?:art(?:icle|ikel|ículo|icolo|igo|ikolo|ykuł|ikkel|iklis|ikla|icol)?|člen|članak|článok|článek"
    r"|член|чл|άρθρο|straipsnis|pants|paragrahv|cikk|pykälä)\.?\s+(?:\d+[a-z]?|[IVXLC]+)\b)\.?\s*[–—:-]?\s*\S{0,60}$",
    re.IGNORECASE)


_ENACTING = (  # the enacting formula of an EU act in the 24 languages (regulation, directive, decision), then national ones
    r"ha(?:ve|s) adopted this \w+|(?:ont|a) adopt[ée] (?:le présent|la présente) \w+"
    r"|ha(?:ben|t) (?:folgende[nr]?|diese[nr]?) \w+ erlassen|(?:hebben|heeft) (?:de|het) volgende \w+ vastgesteld"
    r"|(?:hanno|ha) adottato (?:il presente|la presente) \w+|(?:han|ha) adoptado (?:el presente|la presente) \w+"
    r"|ado(?:p)?t(?:aram|ou) (?:o presente|a presente) \w+|przyjmuj[ąe] niniejsz[eąy] \w+"
    r"|přijal[ayo]? (?:toto|tuto|tento) \w+|prijal[aio]? (?:toto|túto|tento) \w+|sprejel[aio]? naslednj[eiao] \w+"
    r"|donijel[aioe]? (?:su|je) ov[uaoj] \w+|elfogadt(?:a|ák|ak) ez(?:t a|t az|en) \w+"
    r"|(?:au )?adopt(?:at|ă) prezent(?:ul|a) \w+|прие(?:ха|) настоящ(?:ия|ата|ото) \w+"
    r"|εξ[εέ]δωσ(?:αν|ε) τ(?:ον|ην|ο) π[αά]ρ(?:οντα|ουσα|ον) \w+|(?:har )?vedtaget (?:denne|dette) \w+"
    r"|(?:har )?antagit (?:denna|detta) \w+|(?:ovat |on )?(?:antaneet|antanut|hyväksyneet|hyväksynyt|tehneet|tehnyt) tämän \w+"
    r"|(?:on |ON )?vastu võtnud (?:käesoleva|selle) \w+|(?:ir )?pieņēm(?:uši|usi|a) šo \w+|priėmė (?:šį|šią) \w+"
    r"|adott(?:aw|a) (?:dan|din) (?:ir-|id-)?\S+|(?:ghlac(?:adar)?|tar éis) an \w+ seo(?: a ghlacadh)?"
    # national enacting formulas (openers of their line)
    r"|zo is het,? dat wij\b.*|der bundestag hat (?:mit zustimmung des bundesrates )?das folgende gesetz beschlossen"
    r"|le président de la république promulgue la loi dont la teneur suit|il presidente della repubblica promulga la seguente legge"
    r"|be it enacted by\b.*\bas follows|a todos los que la presente vieren y entendieren\b.*")
_WHEREAS = (  # the formula that opens the recitals (EU acts, 24 languages), then national ones (openers)
    r"whereas|considérant ce qui suit|in erwägung (?:nachstehender|folgender) gründe|overwegende(?:,)? hetgeen volgt"
    r"|considerando quanto segue|considerando lo siguiente|considerando o seguinte|mając na uwadze,? co następuje"
    r"|vzhledem k těmto důvodům|keďže|ob upoštevanju naslednjega|budući da|mivel|întrucât|като имат предвид,? че"
    r"|εκτιμώντας τα ακόλουθα|εκτιμωντας τα ακολουθα|ud fra følgende betragtninger|av följande skäl|katsovat seuraavaa"
    r"|arvestades järgmist|tā kā|kadangi|billi|de bhrí")
_ENACTING_LINE = re.compile(r"^\s*(?:{})\s*[:;,.—–-]?\s*$".format(_ENACTING), re.IGNORECASE)
"""A line that is an enacting formula: "HAVE ADOPTED THIS REGULATION:", "ONT ADOPTÉ LE PRÉSENT RÈGLEMENT:",
"HABEN FOLGENDE VERORDNUNG ERLASSEN:", "Zo is het, dat Wij … hebben goedgevonden en verstaan …" (the whole line; a
national formula runs on after its opening words)."""
_WHEREAS_LINE = re.compile(r"^\s*(?:(?:a także|and|sowie|sekä|ning|og|och|et|e|y)\s+)?(?:{})\s*:\s*$"
                           r"|^\s*alzo wij in overweging genomen hebben\b".format(_WHEREAS), re.IGNORECASE)
"""A line that is the recitals' opening formula with its colon: "Whereas:", "considérant ce qui suit:", "in Erwägung
nachstehender Gründe:", "a także mając na uwadze, co następuje:" (the whole line: "mivel" or "whereas" inside a sentence,
or a wrapped line ending "…, budući da", is not); national: "Alzo Wij in overweging genomen hebben, dat …"."""
_CITATION_LINE = re.compile(
    r"^\s*(?:having regard to|vu (?:le|la|les|l['’])|gestützt auf|gelet op|vist[oa] (?:il|la|lo|l['’]|i|le|el|los|las)\b"
    r"|tendo em conta|uwzględniając|s ohledem na|so zreteľom na|ob upoštevanju|uzimajući u obzir|tekintettel"
    r"|având în vedere|като взеха предвид|έχοντας υπόψη|εχοντας υποψη|under henvisning til|med beaktande av"
    r"|ottavat huomioon|ottaa huomioon|võttes arvesse|ņemot vērā|atsižvelgdam[ia]? į|wara li kkunsidr\w+|ag féachaint d)",
    re.IGNORECASE)
"""A citation that opens a block: "Having regard to the Treaty …", "vu le traité …", "gestützt auf …" (weak alone:
a strategy may open with "Having regard to Regulation (EU) 2024/1351, the Government sets out …")."""
_RECITAL_LINE = re.compile(r"^\s*\(\d{1,3}\)\s+\S")
"""A line opening with a recital number "(1) …" (weak alone: a strategy numbers its measures "(1) … (5)")."""
ANSWER_ROLES = ("answer", "answer_heading", "answer_list_item")
"""Roles of the blocks whose preamble marks count: the document's own text. The Dutch strategy written into the
Annex reproduces the Implementing Decision's preamble ("Overwegende hetgeen volgt:", 21 recitals, "HEEFT HET VOLGENDE
BESLUIT VASTGESTELD:") as front matter before its answers."""
LEGAL_MIN_RECITALS = 3
"""Numbered "(n)" lines that count as the recitals of a legal act's preamble."""


@dataclass(frozen=True)
class LegalPreamble:
    """The marks of a legal act's preamble found in a document's answer text (:data:`ANSWER_ROLES`).

    Attributes:
        enacting: lines that are an enacting formula ("HAVE ADOPTED THIS REGULATION:").
        whereas: lines that are the recitals' opening formula ("Whereas:", "considérant ce qui suit:").
        citations: blocks opening with a citation ("Having regard to …", "vu …").
        recitals: lines opening with a recital number "(1)".
    """

    enacting: int = 0
    whereas: int = 0
    citations: int = 0
    recitals: int = 0

    @property
    def is_legal(self) -> bool:
        """A preamble: a formula (enacting or whereas) and at least one other mark (the other formula, a citation,
        :data:`LEGAL_MIN_RECITALS` numbered recitals). Citations and numbered lines alone are no preamble."""
        formulas = (self.enacting > 0) + (self.whereas > 0)
        weak = (self.citations > 0) + (self.recitals >= LEGAL_MIN_RECITALS)
        return formulas >= 1 and formulas + weak >= 2

    def describe(self) -> str:
        """E.g. "enacting formula, 'whereas' formula, 7 numbered recitals, 1 citation"."""
        parts = (["enacting formula"] if self.enacting else []) + (["'whereas' formula"] if self.whereas else [])
        if self.recitals:
            parts.append(f"{self.recitals} numbered recital{'s' if self.recitals != 1 else ''}")
        if self.citations:
            parts.append(f"{self.citations} citation{'s' if self.citations != 1 else ''}")
        return ", ".join(parts)


def legal_preamble(seg: Segmentation) -> LegalPreamble:
    """The preamble marks of a legal act in a document (structure and formulas, not topic).

    An EU act (and many national acts) opens with citations ("Having regard
    to the Treaty …", "vu le traité …"), the formula "Whereas:" ("considérant
    ce qui suit:", "in Erwägung nachstehender Gründe:", "overwegende hetgeen
    volgt:" … in the 24 languages of the Official Journal), numbered recitals
    "(1) … (7)" and the enacting formula ("HAVE ADOPTED THIS REGULATION:",
    "ONT ADOPTÉ LE PRÉSENT RÈGLEMENT:", "HABEN FOLGENDE VERORDNUNG
    ERLASSEN:"; national: "Zo is het, dat Wij …", "Der Bundestag hat das
    folgende Gesetz beschlossen:"). A formula counts only as a whole line
    (the whereas formula with its colon, after "a także", "and", "sekä" …), a citation only as the
    opening of a block; only blocks of :data:`ANSWER_ROLES` are read (a
    strategy written into the Annex reproduces the Decision's preamble as
    front matter). Source: the EU's Interinstitutional Style Guide
    (structure of acts) and the preambles of the Pact's acts (OJ L, 22.5.2024).
    """
    enacting = whereas = citations = recitals = 0
    for sb in seg.blocks:
        if sb.role not in ANSWER_ROLES:
            continue
        lines = sb.block.text.split("\n")
        citations += bool(_CITATION_LINE.match(lines[0]))
        for line in lines:
            enacting += bool(_ENACTING_LINE.match(line))
            whereas += bool(_WHEREAS_LINE.match(line))
            recitals += bool(_RECITAL_LINE.match(line))
    return LegalPreamble(enacting, whereas, citations, recitals)


_PROCUREMENT = {  # the parts of a contract notice (TED's standard forms, eForms labels) in the 24 languages
    "lots": (r"division into lots|\blots?\s+(?:no\.?\s*)?\d|allotissement|\blot\s+n[°o]\s*\d|aufteilung in lose|\blos\s+(?:nr\.?\s*)?\d"
             r"|verdeling in percelen|\bperceel\s+\d|suddivisione in lotti|\blott[oi]\s+(?:n\.?\s*)?\d|divisi[óã]o? (?:en|em) lotes"
             r"|\blotes?\s+(?:n\.?[ºo]?\s*)?\d|podział (?:zamówienia )?na części|części zamówienia|rozdělení (?:zakázky )?na části"
             r"|část(?:i)? (?:veřejné )?zakázky|rozdelenie (?:zákazky )?na časti|časť zákazky|razdelitev na sklope|\bsklop\s+\d"
             r"|podjela (?:predmeta nabave )?na grupe|grupa predmeta nabave|részekre bontás|részajánlat|împărțire(?:a)? în loturi"
             r"|\blot(?:ul)?\s+\d|обособен[аи] позици|υποδιαίρεση σε τμήματα|opdeling i delkontrakter|\bdelkontrakt"
             r"|uppdelning i delkontrakt|anbudsområde|jakaminen osiin|osatarjou|osadeks jaotamine|hankeosa|sadalījums daļās"
             r"|iepirkuma daļ|pirkimo dal[iy]|qsim f'lottijiet|\blott\s+\d|roinnt ina ngiotaí"),
    "award": (r"award criteri|critères? d['’]attribution|zuschlagskriteri|zuschlag wird|gunningscriteri|criteri(?:o)? di aggiudicazione"
              r"|criterios? de adjudicación|critérios? de adjudicação|kryteri\w* oceny ofert|kryteri\w* udzielenia zamówienia"
              r"|hodnotící kritéri|kritéri\w* hodnocení nabíd|kritéri\w* na (?:vy)?hodnotenie ponúk|merila za (?:izbiro|oddajo)"
              r"|kriteri\w* za odabir ponude|értékelési szempont|bírálati szempont|criteri\w* de atribuire|критери\w* за възлагане"
              r"|критери\w* за оценка на офертите|κριτήρι\w* ανάθεσης|tildelingskriteri|tilldelningskriteri|utvärderingskriteri"
              r"|vertailuperuste|hankintaperuste|hindamiskriteeri|pakkumuste hindamise kriteeri|piedāvājuma izvēles kritērij"
              r"|pasiūlymų vertinimo kriterij|kriterj\w* għall-għoti|critéir dhámhachtana"),
    "tenderer": (r"\btenderers?\b|\bbidders?\b|submission of tenders|soumissionnaire|(?:dépôt|remise|réception) des offres|\bbieter\b"
                 r"|angebotsabgabe|eingang der angebote|\binschrijvers?\b|indiening van (?:de )?inschrijvingen|\bofferent[ei]\b"
                 r"|operatori economici|(?:presentazione|ricezione) delle offerte|\blicitador(?:es)?\b|presentación de (?:las )?ofertas"
                 r"|\bconcorrentes?\b|apresentação (?:das )?propostas|\bwykonawc\w*|\boferent\w*|składania ofert|\bwadium\b|\buchazeč"
                 r"|podání nabídek|\buchádzač|predkladani\w* ponúk|\bponudni[kc]|oddaj\w* ponudb|prejem ponudb|\bponuditelj"
                 r"|dostav\w* ponuda|ajánlattevő|ajánlattétel|\bofertan[tț]|depunere\w* ofertelor|(?:получаване|подаване) на оферти"
                 r"|προσφέρο[νv]|υποβολ\w* προσφορών|tilbudsgiver|(?:modtagelse|afgivelse) af tilbud|anbudsgivar|mottagande av anbud"
                 r"|\btarjoaj|tarjousten (?:jättä|vastaanott)|\bpakkuja|pakkumuste esitamise|\bpretendent|piedāvājumu iesniegšan"
                 r"|pasiūlymų pateikim|sottomissjoni tal-offerti|\btairgeoir"),
    "deadline": (r"time[- ]limit for (?:the )?receipt of (?:tenders|bids)|deadline for (?:the )?(?:receipt|submission) of (?:tenders|bids|offers)"
                 r"|closing date for (?:tenders|bids)|date limite de (?:réception|remise|dépôt) des (?:offres|candidatures)"
                 r"|schlusstermin|angebotsfrist|uiterste (?:datum|termijn) (?:voor|van) (?:de )?(?:ontvangst|indiening)"
                 r"|termine (?:ultimo )?(?:per la )?(?:ricezione|presentazione) delle offerte|scadenza (?:per la presentazione )?delle offerte"
                 r"|plazo de presentación de (?:ofertas|proposiciones)|fecha límite de presentación"
                 r"|prazo (?:para|de) (?:a )?(?:apresentação|entrega) (?:das )?propostas|termin składania ofert|termin związania ofertą"
                 r"|lhůt\w* pro podání nabídek|lehot\w* na predkladanie ponúk|rok za (?:oddajo|prejem) ponudb|rok za dostavu ponuda"
                 r"|ajánlattételi határidő|termen\w* (?:limită )?de (?:depunere|primire) a ofertelor|срок за (?:получаване|подаване) на оферти"
                 r"|προθεσμία (?:παραλαβής|υποβολής) (?:των )?προσφορών|frist for (?:modtagelse|afgivelse) af tilbud|sista anbudsdag"
                 r"|\banbudsfrist|tarjousten (?:jättämisen |vastaanottamisen )?määräaika|pakkumuste esitamise tähtaeg"
                 r"|piedāvājumu iesniegšanas termiņ|pasiūlymų pateikimo termin|limitu ta' żmien għall-wasla tal-offerti"
                 r"|teorainn ama (?:chun|le haghaidh) tairiscintí"),
    "notice": (r"contract notice|call for tenders|invitation to tender|tender notice|avis d['’]appel (?:public )?à la concurrence"
               r"|avis de marché|appel d['’]offres|marché (?:public )?de (?:services|travaux|fournitures)|\bausschreibung"
               r"|auftragsbekanntmachung|vergabeverfahren|vergabenummer|dienstleistungsauftrag|aankondiging van een opdracht"
               r"|\baanbesteding|bando di gara|gara d['’]appalto|avviso di gara|anuncio de licitación|pliego de (?:cláusulas|prescripciones)"
               r"|anúncio de (?:concurso|procedimento)|caderno de encargos|ogłoszenie o zamówieniu|\bprzetarg|specyfikacj\w* warunków zamówienia"
               r"|oznámení o zakázce|zadávací dokumentac|oznámenie o vyhlásení verejného obstarávania|súťažné podklady"
               r"|obvestilo o naročilu|poziv na nadmetanje|obavijest o nadmetanju|ajánlati felhívás|közbeszerzési eljárás"
               r"|anun[țt] de participare|обявление за (?:обществена )?поръчка|διακήρυξη διαγωνισμού|προκήρυξη διαγωνισμού"
               r"|udbudsbekendtgørelse|udbudsmateriale|meddelande om upphandling|förfrågningsunderlag|hankintailmoitus|tarjouspyyntö"
               r"|\bhanketeade|paziņojums par līgumu|skelbimas apie pirkimą|sejħa għall-offerti|avviż ta' kuntratt|fógra conartha"
               r"|glao ar thairiscintí"),
}
_PROCUREMENT_RE = {kind: re.compile(rx, re.IGNORECASE) for kind, rx in _PROCUREMENT.items()}
PROCUREMENT_MIN_KINDS = 3
"""Kinds of procurement marks (:func:`procurement_marks`: lots, award criteria, tenderers, the deadline for tenders, the notice
itself) a call for tenders has at least. A strategy may say that reception places will be procured ("a call for tenders
for 2 000 places", one kind; "award criteria weighing quality", two); a contract notice names its lots, its award criteria,
who may tender and by when."""


_PROCUREMENT_NAMES = {"lots": "lots", "award": "award criteria", "tenderer": "tenderers", "deadline": "time limit for tenders",
                      "notice": "contract notice"}


def procurement_marks(seg: Segmentation) -> tuple[str, ...]:
    """The kinds of procurement marks in a document's text (running headers, footers and footnotes not read).

    A call for tenders (contract notice) is written to the structure of the EU's standard forms (Directive 2014/24/EU
    Annex V, the eForms/TED labels): the subject, the division into lots ("Lot 1", "Los 2", "Część 1"), the award
    criteria ("critères d'attribution", "Zuschlagskriterien", "kryteria oceny ofert"), who tenders ("tenderers",
    "Bieter", "wykonawca", "offerenti"), the time limit for receipt of tenders ("date limite de réception des
    offres", "Schlusstermin", "termin składania ofert") and the notice itself ("contract notice", "avis d'appel public à
    la concurrence", "Ausschreibung", "ogłoszenie o zamówieniu"), in the 24 languages of the Official Journal.

    Returns:
        The kinds found, in the order lots, award, tenderer, deadline, notice, e.g. ``("lots", "award", "deadline")``.
    """
    return _marks(seg, _PROCUREMENT_RE)


def _marks(seg: Segmentation, patterns: dict[str, re.Pattern[str]]) -> tuple[str, ...]:
    """The kinds of ``patterns`` whose pattern occurs in the document's text (running headers, footers and footnotes
    not read), in the patterns' order: the one search behind :func:`procurement_marks` and :func:`vacancy_marks`."""
    text = "\n".join(sb.block.text for sb in seg.blocks if sb.role not in ("header_footer", "footnote"))
    return tuple(kind for kind, rx in patterns.items() if rx.search(text))


_KIND_LINE = {  # a line that names the document's kind in the 24 languages: a press release, a budget (bill, estimates)
    "press release": (r"press release|news release|media release|communiqué(?: de presse)?|pressemitteilung|presseinformation"
                      r"|persbericht|comunicato stampa|nota de prensa|comunicado de prensa|comunicado (?:de|à) imprensa"
                      r"|nota à imprensa|komunikat prasowy|informacja prasowa|tisková zpráva|tlačová správa"
                      r"|sporočilo za (?:javnost|medije)|priopćenje za (?:javnost|medije)|sajtóközlemény|comunicat de pres[ăa]"
                      r"|прессъобщение|съобщение за медиите|δελτίο τύπου|δελτιο τυπου|pressemeddelelse|pressmeddelande"
                      r"|lehdistötiedote|pressiteade|preses relīze|pranešimas spaudai|stqarrija(?: għall-istampa)?|preaseisiúint"
                      r"|preasráiteas"),
    "budget": (r"(?:draft )?(?:state |national |general )?budget (?:estimates|law|act|bill)|appropriation act|estimates of expenditure"
               r"|(?:projet de )?loi de finances|projet annuel de performances|(?:entwurf (?:des|zum) )?(?:bundes)?haushalts?(?:plan|gesetz)"
               r"|rijksbegroting|vaststelling van de begrotingsstaten|begrotingsstaten|miljoenennota|legge di bilancio"
               r"|bilancio di previsione|stato di previsione|presupuestos generales del estado|proyecto de ley de presupuestos"
               r"|orçamento do estado|proposta de lei do orçamento|(?:projekt )?ustaw[ay] budżetow\w*|zákon o státním rozpočtu"
               r"|návrh státního rozpočtu|zákon o štátnom rozpočte|návrh štátneho rozpočtu|(?:predlog )?proračun republike slovenije"
               r"|(?:prijedlog )?državn\w* proračun\w*|központi költségvetés|költségvetési törvény|legea bugetului de stat"
               r"|proiectul bugetului de stat|закон за държавния бюджет|κρατικός προϋπολογισμός|(?:forslag til )?finanslov"
               r"|budgetpropositionen|statsbudget(?:en)?|valtion talousarvio|talousarvioesitys|riigieelarve|valsts budžets"
               r"|likums par valsts budžetu|valstybės biudžet\w*|il-baġit|an buiséad"),
}
_KIND_LINE_RE = {kind: re.compile(r"^\s*(?:{})\b(?:[\s\d–—:,./-]*(?:(?:for|pour|voor|für|per|para|na|za|pentru|за|για|för|for)\s+"
                                  r"(?:the\s+)?(?:year\s+|rok\s+|roku\s+|anul\s+)?\d{{4}}\s*)?[\s\d–—:,./()-]*"
                                  r"|\s*[,–—-]\s*[^\n]{{0,40}}\d{{4}}\.?\s*)$".format(rx), re.IGNORECASE)
                 for kind, rx in _KIND_LINE.items()}
_REPORT_KIND_LINE = {  # formulas of a report of past activity and of the minutes of a meeting, 24 languages
    "annual report": (r"annual report|activity report|rapport (?:annuel|d['’]activité)|jahresbericht|tätigkeitsbericht|jaarverslag"
                      r"|jaarrapport|relazione annuale|rapporto annuale|informe anual|memoria anual|relatório anual"
                      r"|relatório de atividades|raport roczny|sprawozdanie roczne|výroční zpráva|výročná správa|letno poročilo"
                      r"|godišnje izvješće|éves jelentés|raport anual|годишен доклад|ετήσια έκθεση|ετησια εκθεση|årsrapport"
                      r"|årsberetning|årsberättelse|verksamhetsberättelse|vuosikertomus|toimintakertomus|aastaaruanne"
                      r"|tegevusaruanne|gada pārskats|metinė ataskaita|veiklos ataskaita|rapport annwali|tuarascáil bhliantúil"),
    "minutes of a meeting": (r"minutes|procès-verbal|sitzungsprotokoll|protokoll|notulen|verbale(?: di riunione)?|acta|ata"
                             r"|protokół|zápisnica|zápis|zapisnik|jegyzőkönyv|proces-verbal|протокол|πρακτικά|πρακτικα"
                             r"|mødereferat|referat|pöytäkirja|protokols|protokolas|minuti|miontuairiscí"),
}
_MUNICIPAL_ISSUER = re.compile(  # a masthead naming a municipality as the issuer (24 languages): "COMUNE DI BERGAMO"
    r"^\s*(?:comune di|città di|citta di|ville de|commune d[e'’]|mairie d[e'’]|gemeente|stadt|landeshauptstadt|gemeinde|marktgemeinde"
    r"|ayuntamiento de|concello de|ajuntament d[e'’]|câmara municipal d[eao]|camara municipal d[eao]|município d[eao]|gmina|urząd miasta"
    r"|urząd gminy|miasto|statutární město|magistrát(?: hlavního)? města|městský úřad|obecní úřad|obec|mesto|mestský úrad"
    r"|mestna občina|občina|grad|općina|primăria|primaria|municipiul|община|δήμος|kunsill lokali|comhairle (?:contae|cathrach)"
    r"|city of|city council of|municipality of|borough of|district council of"
    # a municipal council, before its town's name and a dash ("ОБЩИНСКИ СЪВЕТ – ПЛОВДИВ"; eleventh session)
    r"|(?:общински съвет|gemeinderat|stadtrat|conseil municipal|consiglio comunale|gemeenteraad|rada miasta|rada gminy"
    r"|zastupitelstvo (?:města|obce)|mestské zastupiteľstvo|občinski svet|gradsko vijeće|općinsko vijeće"
    r"|képviselő-testület|consiliul local|δημοτικό συμβούλιο|δημοτικο συμβουλιο|kommunalbestyrelsen|kommunfullmäktige"
    r"|kaupunginvaltuusto|kunnanvaltuusto|municipal council|town council|local council)\s*(?:[–—-]|of|de|di|d[e'’]|van|der|von)?)"
    r"\s+(?P<name>[^\d\n]{2,40})$"
    r"|^\s*(?P<name2>[^\d\n]{2,30})\s(?:kommune|kommun|kaupunki|kunta|stad|linn|vald|novada (?:pašvaldība|dome)|pašvaldība|dome"
    r"|miesto savivaldybė|rajono savivaldybė|savivaldybė|önkormányzat|city council|municipality|borough council"
    r"|county council)\s*$", re.IGNORECASE)
"""A masthead naming a municipality as the document's issuer, a whole line: "COMUNE DI BERGAMO", "Statutární město Brno",
"Stadt Köln", "Gemeente Utrecht", "Aarhus Kommune", "Helsingin kaupunki", "Tallinna linn" (at most 40 characters of name, no
digit, each of its at most four words capitalised: "Obec musí zajistit …" is a sentence). A national strategy is issued by a government or a ministry; a municipal reception or integration plan reads as a
strategy's plans and measures (topicality and genre take it in) and its title page may be taken for answers (then the
title model is not asked)."""
_REPORT_KIND_LINE_RE = {kind: re.compile(
    r"^\s*(?:[^\n]{{0,80}}?(?:\s[–—-]|:)\s*)?(?:{})\b(?:[\s\d–—:,./()-]|n\.?\s?[º°o]\.?|nr\.?|no\.?)*"
    r"(?:(?:fra|from|of|on|de|du|des|der|von|van|di|del|della|do|da|dos|z|ze|zo|od|iz|az|din|на|за|της|του|från|för|om|over"
    r"|sur|über|zu|su|sobre|o|par|apie|dwar|ar)\b[^\n]{{0,80}})?$"
    .format(rx), re.IGNORECASE) for kind, rx in _REPORT_KIND_LINE.items()}
"""A line that names a report of a body's past year or the minutes of a meeting: the formula alone ("ZÁPISNICA",
"Årsrapport 2025"), after a title and a dash ("Asyl i Danmark 2026 — Årsrapport fra Dansk Flygtningehjælp") or followed by
whose or which meeting ("Minutes of the meeting of …"). Such a document reports what was done or said; a strategy
sets out what the state will do."""
_JUDGMENT_WORD = (  # the formula heading a court's judgment, 24 languages (not the generic "decision": a government decides too)
    r"judge?ment|arrêt|jugement|urteil|uitspraak|vonnis|sentenza|sentencia|acórdão|acordao|sentença|wyrok|rozsudek|rozsudok"
    r"|sodba|presuda|ítélet|sentința|sentinta|присъда|δικαστική απόφαση|dom|domslut|tuomio|kohtuotsus|spriedums"
    r"|teismo sprendimas|breithiúnas")
_IN_THE_NAME = (  # the formula "in the name of the people / the republic / the king" that heads a judgment
    r"in the name of the (?:people|republic|king|queen|state)\b[^\n]{0,40}|au nom du peuple français|im namen des volkes"
    r"|in naam van de koning|in nome del popolo italiano|en nombre del rey|em nome do povo(?: português)?"
    r"|w imieniu rzeczypospolitej polskiej|jménem republiky|v mene slovenskej republiky|v imenu ljudstva"
    r"|u ime republike hrvatske|a magyar nép nevében|în numele legii|в името на народа|εν ονόματι του ελληνικού λαού"
    r"|på kongens vegne|i kongens navn|eesti vabariigi nimel|latvijas republikas vārdā|lietuvos respublikos vardu"
    r"|f'isem ir-repubblika ta' malta|in ainm an phobail")
_STATISTICS_WORD = (  # the formula heading a statistics bulletin or yearbook, 24 languages
    r"statistic(?:al|s) (?:bulletin|yearbook|release|digest|factsheet)|(?:monthly|quarterly) statistics"
    r"|bulletin statistique|statistisches? (?:bulletin|jahrbuch|monatsheft)|statistisch (?:bulletin|jaarboek)"
    r"|bollettino statistico|annuario statistico|boletín estadístico|anuario estadístico|boletim estatístico"
    r"|anuário estatístico|biuletyn statystyczny|rocznik statystyczny|statistick(?:ý|á) (?:bulletin|ročenka|zpráva)"
    r"|štatistick(?:ý|á) (?:bulletin|ročenka|správa)|statistični (?:bilten|letopis)|statistički (?:bilten|ljetopis)"
    r"|statisztikai (?:tájékoztató|közlemény|évkönyv|gyorsjelentés)|buletin(?:ul)? statistic|anuarul statistic"
    r"|статистически (?:бюлетин|справочник)|στατιστικό δελτίο|στατιστικη επετηριδα|statistisk (?:bulletin|årbog|årsbok)"
    r"|statistikbulletin|tilastokatsaus|tilastotiedote|tilastollinen vuosikirja|statistikabülletään"
    r"|statistikas biļetens|statistikas gadagrāmata|statistikos biuletenis|statistikos metraštis|bullettin statistiku"
    r"|feasachán staidrimh")
_VACANCY_WORD = (  # the formula heading a job advert (vacancy notice, call for applications for a post), 24 languages
    r"vacancy(?: notice)?|job (?:vacancy|advert(?:isement)?|offer|opening)|call for applications|recruitment notice"
    r"|avis de vacance(?: de poste)?|offre d['’]emploi|appel à candidatures|stellenausschreibung|stellenangebot|stellenanzeige"
    r"|vacature|bando di concorso|avviso di selezione|offerta di lavoro|oferta de empleo|oferta de emprego"
    r"|aviso de recrutamento|ogłoszenie o naborze|oferta pracy|nabór na stanowisko|výběrové řízení|volné pracovní místo"
    r"|výberové konanie|voľné pracovné miesto|prosto delovno mesto|javni natečaj|javni natječaj|oglas za (?:prijem|zapošljavanje|radno mjesto)"
    r"|álláshirdetés|pályázati felhívás|anun[țţt] de (?:angajare|recrutare)|обява за (?:работа|свободна длъжност)"
    r"|конкурс за (?:длъжност|назначаване)|προκήρυξη θέσ\w*|ledig stilling|stillingsopslag|ledig tjänst|platsannons"
    r"|avoin työpaikka|työpaikkailmoitus|tööpakkumine|vaba töökoht|vakances paziņojums|vakance|darbo skelbimas"
    r"|laisva darbo vieta|sejħa għal applikazzjonijiet|vakanza|fógra folúntais|folúntas")
_MEMORANDUM_WORD = (  # the formula heading the explanatory memorandum of a bill (the government's reasons for it), 24 languages
    r"explanatory (?:memorandum|notes?|statement)|exposé des motifs|(?:allgemeine |gesetzes)?begründung|memorie van toelichting"
    r"|relazione illustrativa|exposición de motivos|exposição de motivos|uzasadnienie|důvodová zpráva|dôvodová správa"
    r"|obrazložitev|obrazloženje|(?:általános |részletes )?indokolás|expunere de motive|notă de fundamentare|nota de fundamentare"
    r"|мотиви|обяснителна записка|αιτιολογική έκθεση|αιτιολογικη εκθεση|bemærkninger til lovforslaget|lovforslagets bemærkninger"
    r"|författningskommentar|hallituksen esitys|seletuskiri|anotācija|aiškinamasis raštas|memorandum ta' spjegazzjoni"
    r"|nota ta' spjegazzjoni|meabhrán míniúcháin")
_COUNCIL_WORD = (  # the EU Council's conclusions: the formula naming them, 24 languages
    r"council conclusions|conclusions du conseil|schlussfolgerungen des rates|conclusies van de raad|conclusioni del consiglio"
    r"|conclusiones del consejo|conclusões do conselho|konkluzje rady|závěry rady|závery rady|sklepi sveta|zaključci vijeća"
    r"|a tanács következtetései|concluziile consiliului|заключения на съвета|συμπεράσματα του συμβουλίου"
    r"|συμπερασματα του συμβουλιου|rådets konklusioner|rådets slutsatser|neuvoston päätelmät|nõukogu järeldused"
    r"|padomes secinājumi|tarybos išvados|konklużjonijiet tal-kunsill|conclúidí ón gcomhairle")
_THE_COUNCIL = (  # the line "THE COUNCIL (OF THE EUROPEAN UNION)" that opens the operative paragraphs of conclusions, 24 languages
    r"the council|le conseil|der rat|de raad|il consiglio|el consejo|o conselho|rada|svet|vijeće|a tanács|consiliul|съветът"
    r"|το συμβούλιο|το συμβουλιο|rådet|neuvosto|nõukogu|padome|taryba|il-kunsill|an chomhairle")
_CIRCULAR_WORD = (  # the formula heading an administrative circular (instructions to authorities), 24 languages
    r"circular|circulaire|rundschreiben|runderlass|rundbrief|omzendbrief|circolare|circular|circular|okólnik|oběžník"
    r"|obežník|okrožnica|okružnica|körlevél|circulară|circulara|циркулярно писмо|циркуляр|εγκύκλιος|εγκυκλιος|cirkulære?"
    r"|cirkulär|kiertokirje|ringkiri|apkārtraksts|aplinkraštis|ċirkulari|imlitir")
_RECOMMENDATION_WORD = (  # an EU recommendation's name as it heads the act, 24 languages (the act's number follows)
    r"recommendation|recommandation|empfehlung|aanbeveling|raccomandazione|recomendación|recomendação|zalecenie|doporučení"
    r"|odporúčanie|priporočilo|preporuka|recomandarea|препоръка|σύσταση|συσταση|henstilling|rekommendation|suositus|soovitus"
    r"|ieteikums|rekomendacija|rakkomandazzjoni|moladh")
_CALL_WORD = (  # the formula heading a call for proposals (a fund's or ministry's grant call), 24 languages (twelfth session)
    r"call for proposals|call for applications for (?:funding|grants)|grant call|funding call|appel à projets|appel à propositions"
    r"|förderaufruf|aufruf zur einreichung von (?:projekt)?(?:anträgen|vorschlägen)|projektaufruf|oproep tot het indienen van"
    r"|subsidieoproep|avviso pubblico per (?:la presentazione|il finanziamento)|bando per (?:la presentazione|il finanziamento)"
    r"|convocatoria de (?:subvenciones|ayudas|propuestas)|aviso (?:de abertura )?de candidaturas|convite à apresentação"
    r"|konkurs (?:na|o) (?:projekty|dofinansowanie|dotacje)|nabór wniosków|výzva k předkládání (?:žádostí|projektů|návrhů)"
    r"|výzva na predkladanie (?:žiadostí|projektov|návrhov)|javni razpis|javni poziv za (?:sofinanciranje|projekte)"
    r"|poziv na dostavu (?:projektnih )?prijedloga|javni poziv za (?:financiranje|dodjelu)|apel(?:ul)? de proiecte"
    r"|cerere de propuneri de proiecte|покана за (?:представяне на )?(?:проектни )?предложения|πρόσκληση υποβολής προτάσεων"
    r"|indkaldelse af (?:ansøgninger|forslag)|ansøgningspulje|utlysning|hakuilmoitus|haku(?:tiedote)?|avustushaku"
    r"|taotlusvoor|taotlusvooru teade|projektu konkurss|atklāts projektu konkurss|kvietimas teikti (?:paraiškas|projektų)"
    r"|sejħa għal proposti|glao ar thograí")
_CCI_LINE = re.compile(r"^\s*(?:(?:n[ºo°.]*\s*)?cci(?:[\s-]*(?:no\.?|nr\.?|number|code|číslo|kód|kod|numer|szám|κωδικός))?\s*[:.]?\s*)?"
                       r"20\d\d[A-Z]{2}\d{2}[A-Z]{2}[A-Z0-9]{2,4}\d{3}\s*$", re.IGNORECASE)
"""A line that is an EU fund programme's CCI number ("CCI 2021CZ65AMPR001", "2021FI65AMPR001"; the Common Provisions
Regulation's programme code: year, country, fund, PR, serial): the line that heads every AMIF, BMVI and ISF programme."""
_FUND_NAME = (  # the EU home-affairs funds, 24 languages (stems), and their abbreviations
    r"\b(?:amif|bmvi|isf|fami|fsi|amf|gfi|fam)\b|asylum,? migration and integration fund|integrated border management fund"
    r"|internal security fund|fonds asile,? migration et intégration|asyl-,? migrations- und integrationsfonds"
    r"|fonds voor asiel,? migratie en integratie|fondo asilo,? migrazione e integrazione|fondo de asilo,? migración e integración"
    r"|fundo para o asilo,? a migração e a integração|funduszu? azylu,? migracji i integracji|fondu? pro azyl,? migraci a integraci"
    r"|fondu? pre azyl,? migráciu a integráciu|sklada? za azil,? migracije in vključevanje|fonda? za azil,? migracije i integraciju"
    r"|menekültügyi,? migrációs és integrációs alap|fondul(?:ui)? pentru azil,? migrare și integrare|фонд(?:а)? „?убежище,? миграция и интеграция"
    r"|ταμείο ασύλου,? μετανάστευσης και ένταξης|asyl-,? migrations- og integrationsfond|asyl-,? migrations- och integrationsfond"
    r"|turvapaikka-,? maahanmuutto- ja kotouttamisrahasto|varjupaiga-,? rände- ja integratsioonifond|patvēruma,? migrācijas un integrācijas fond"
    r"|prieglobsčio,? migracijos ir integracijos fond|fond(?:s)? għall-ażil,? il-migrazzjoni u l-integrazzjoni"
    r"|ciste tearmainn,? imirce agus lánpháirtíochta")
_PROGRAMME_WORD = (r"programme|program|programa|programma|programm|programme national|programmet|ohjelma|programmi|programu|programul"
                   r"|програма|πρόγραμμα|programos|programas|programmu|clár")
_FUND_PROGRAMME_LINE = re.compile(r"^\s*(?:national |nationales |nationaal |nazionale |nacional |krajowy |národní |nacionalni "
                                  r"|nemzeti |național |национална |εθνικό |nationale |kansallinen |riiklik |nacionālā |nacionalinė )?"
                                  r"(?:{p})\b[^\n]{{0,60}}(?:{f})[^\n]{{0,60}}$".format(p=_PROGRAMME_WORD, f=_FUND_NAME), re.IGNORECASE)
"""A leading line naming an EU home-affairs fund's programme ("Program Fondu pro azyl, migraci a integraci 2021–2027 – Česká
republika", "AMIF National Programme"-like titles opening with the programme word): the member state's programme for the EU fund
(specific objectives, indicators, financing tables), which the fund's Regulation asks for, not the Article 7 strategy."""
_BUDGET_WORD = (r"budget|begroting|haushalt|bilancio|presupuesto|orçamento|budżet|rozpočet|rozpočt|proračun|költségvetés|buget"
                r"|бюджет|προϋπολογισμ|finanslov|talousarvio|eelarve|budžet|biudžet|baġit|buiséad")
_SINGLE_YEAR = r"(?<![\d–—/-])(?:19|20)\d\d(?!\s*[–—/-]\s*(?:19|20)?\d\d)(?!\d)"
_BUDGET_YEAR_LINE = re.compile(r"^(?=[^\n]*(?:{b}))(?=[^\n]*{y})[^\n]{{3,160}}$".format(b=_BUDGET_WORD, y=_SINGLE_YEAR), re.IGNORECASE)
BUDGET_LINE_WORDS = 16
"""Words a leading line naming one year's budget (:func:`kind_line`, "budget of a year") has at most: a title, not a sentence."""
_APPROPRIATION = re.compile(  # the formulas of a budget's appropriation items, 24 languages (twelfth session)
    r"momentille myönnetään|(?:siirto|arvio|kiinteä)määräraha|anslagspost|hovedkonto|tekstanmærkning|is hereby appropriated"
    r"|appropriations? in aid|autorisations d['’]engagement|crédits de paiement|verpflichtungsermächtigung|haushaltsansatz"
    r"|mittelansatz|verplichtingenbudget|begrotingsartikel|stanziamenti? di (?:competenza|cassa)|dotación presupuestaria"
    r"|aplicación presupuestaria|dotação orçamental|część budżetowa|rezerwa celowa|rozpočtová kapitola|závazný ukazatel"
    r"|proračunska postavka|proračunska pozicija|fejezeti kezelésű előirányzat|credite de angajament|credite bugetare"
    r"|бюджетни кредити|πιστώσεις πληρωμών|eelarverida|budžeta programm|asignavimų valdytoj|approprjazzjoni|leithreas",
    re.IGNORECASE)
APPROPRIATION_MIN = 3
"""Appropriation formulas (:data:`_APPROPRIATION`, counted with repeats) a budget chapter has at least: "Momentille myönnetään
118 400 000 euroa" twice and a "(siirtomääräraha 3 v)"; a strategy's funding section names amounts and funds, not budget items."""


_OF_THE_COMMISSION = (r"of the commission|de la commission|der kommission|van de commissie|della commissione|de la comisión"
                      r"|da comissão|komisji|komise|komisie|komisije|комисията|της επιτροπής|της επιτροπης|kommissionens"
                      r"|komission|komisjoni|komisijas|komisijos|tal-kummissjoni|ón gcoimisiún")
_OPEN_KIND_LINE_RE = {
    "judgment": re.compile(r"^\s*(?:(?:{w})\b(?:\s+(?:{n})|\s+(?:of|de|du|des|der|vom|van|del|della|z|ze|zo|od|af)\b[^\n]{{0,60}})?"
                           r"[\s\d–—:,./()-]*|(?:{n})[\s.:,!]*)$".format(w=_JUDGMENT_WORD, n=_IN_THE_NAME), re.IGNORECASE),
    "statistics bulletin": re.compile(r"^\s*(?:{})\b[^\n]{{0,120}}$".format(_STATISTICS_WORD), re.IGNORECASE),
    "explanatory memorandum of a bill": re.compile(
        r"^\s*(?:{})\b(?:[\s\d./()-]*|\s*[:–—-][^\n]{{0,120}}|\s+(?:to|of|for|zum|zur|zu|des|du|au|aux|à|van|bij|del|della|al|alla"
        r"|do|da|ao|k|ke|ku|kam|na|za|la|a|az|til|till|vid|eduskunnalle|riigikogule|ar|for)\b[^\n]{{0,120}})$".format(_MEMORANDUM_WORD),
        re.IGNORECASE),
    "Council conclusions text": re.compile(r"^\s*(?:(?:{c})\b[^\n]{{0,160}}|(?:{t})(?:\s+(?:of the european union|de l['’]union européenne"
                                           r"|der europäischen union|van de europese unie|dell['’]unione europea|de la unión europea"
                                           r"|da união europeia|unii europejskiej|evropské unie|európskej únie|evropske unije|europske unije"
                                           r"|az európai unió|uniunii europene|на европейския съюз|της ευρωπαϊκής ένωσης|(?:for )?den europæiske"
                                           r" union|europeiska unionens|euroopan unionin|euroopa liidu|eiropas savienības|europos sąjungos"
                                           r"|tal-unjoni ewropea|an aontais eorpaigh))?\s*[,:]?)\s*$".format(c=_COUNCIL_WORD, t=_THE_COUNCIL),
                                           re.IGNORECASE),
    "ministerial circular": re.compile(
        r"^\s*(?:{})\b(?:\s*(?:n\.?\s?[º°o]?\.?|nr\.?|no\.?|br\.?|č\.?|№|αρ\.?|núm\.?)?\s*[\w/.-]*\d[\w/.-]*)?"
        r"(?:[\s\d./()-]*|\s*[:–—-][^\n]{{0,120}}|\s+(?:of|du|vom|van|del|de|do|z|ze|od|din|от|της|af|från|of)\b[^\n]{{0,60}})$"
        .format(_CIRCULAR_WORD), re.IGNORECASE),
    "Commission recommendation": re.compile(
        r"^\s*(?:(?:commission|council) (?:{r})\b[^\n]{{0,100}}"
        r"|(?:{r})(?: (?:{c}))?\s*\((?:eu|ue|eú|es|ес|εε|el|ae|ek)\)\s*(?:no\s*)?\d{{4}}/\d+\b[^\n]{{0,100}}"
        r"|(?:{r}) (?:{c})\b[^\n]{{0,100}}|a bizottság (?:\(eu\) \d{{4}}/\d+ )?ajánlása[^\n]{{0,100}})$"
        .format(r=_RECOMMENDATION_WORD, c=_OF_THE_COMMISSION), re.IGNORECASE),
    "job vacancy notice": re.compile(r"^\s*(?:{})\b(?:[\s\d./()-]*|\s*[:–—-][^\n]{{0,120}})$".format(_VACANCY_WORD), re.IGNORECASE),
    "call for proposals": re.compile(r"^\s*(?:{})\b[\s\d./()-]*(?:[:–—-][^\n]{{0,160}})?$".format(_CALL_WORD), re.IGNORECASE),
    "programme of an EU fund": _FUND_PROGRAMME_LINE,
    "programme of an EU fund (its CCI number)": _CCI_LINE,
}
"""A line of the opening that names a court's judgment ("ROZSUDOK V MENE SLOVENSKEJ REPUBLIKY", "JUDGMENT OF THE COURT (Grand
Chamber)", "Urteil vom 12. März 2025", "IM NAMEN DES VOLKES"), a statistics bulletin ("Statistikas biļetens Nr. 4/2025:
patvērums un atgriešana …", "Statistical bulletin Q4 2025") or a job advert ("Sejħa għal applikazzjonijiet: Uffiċjal tal-Każijiet
tal-Ażil", "Vacancy notice: case officer"): the formula opens the line, a judgment's alone or with its date, court or the
"in the name of …" formula, a bulletin's or an advert's followed by its subject. Such a document judges a case, counts
what happened or offers a post; a strategy sets out what the state will do (fresh6 #1–#3: a judgment, a bulletin and an
advert read as strategy text, topicality 0.45–0.99, genre 0.10–0.53)."""
_VACANCY_HEAD = r"^\s*(?:{})\s*(?::|$)"
"""A line that opens with a part of a job advert (its heading alone, or the heading and a colon): "Dmirijiet", "Requirements:"."""
_VACANCY = {  # the parts of a job advert, 24 languages (headings; the application's documents anywhere)
    "duties": _VACANCY_HEAD.format(
        r"duties|(?:key |main )?responsibilities|main tasks|job description|your tasks|missions?|attributions|(?:ihre )?aufgaben"
        r"|aufgabenbereich|werkzaamheden|functieomschrijving|mansioni|compiti|funciones|tareas|funções|atribuições|obowiązki"
        r"|zakres (?:obowiązków|zadań)|(?:pracovní )?náplň práce|pracovná náplň|naloge|opis del|opis poslova|poslovi|feladatok"
        r"|munkakör|atribuți(?:i|ile postului)|(?:длъжностни )?задължения|καθήκοντα|arbejdsopgaver|arbetsuppgifter|tehtävät"
        r"|työtehtävät|tööülesanded|(?:darba )?pienākumi|funkcijos|dmirijiet|dualgais|cúraimí"),
    "requirements": _VACANCY_HEAD.format(
        r"requirements|qualifications|eligibility(?: criteria)?|(?:your |candidate )?profile|exigences|profil recherché"
        r"|qualifications requises|anforderungen|ihr profil|voraussetzungen|functie-eisen|profiel|requisiti|requisitos|perfil"
        r"|wymagania|kwalifikacje|požadavky|kvalifikační předpoklady|požiadavky|kvalifikačné predpoklady|pogoji|zahteve|uvjeti"
        r"|követelmények|elvárások|cerințe|condiții de participare|изисквания|(?:απαιτούμενα )?προσόντα|kvalifikationer"
        r"|kelpoisuusvaatimukset|vaatimukset|nõuded(?: kandidaadile)?|prasības|reikalavimai|rekwiżiti|riachtanais|cáilíochtaí"),
    "salary": _VACANCY_HEAD.format(
        r"salary|remuneration|we offer|rémunération|salaire|vergütung|gehalt|entgelt|salaris|bezoldiging|retribuzione|stipendio"
        r"|salario|retribución|remuneração|vencimento|wynagrodzenie|(?:platové podmínky|plat)|mzda|plača|plaća|fizetés|illetmény"
        r"|salariu|salarizare|заплата|възнаграждение|αποδοχές|μισθός|løn|lön|palkka(?:us)?|töötasu|atalgojums|darbo užmokestis"
        r"|atlyginimas|salarju|tuarastal"),
    "application": (r"curriculum vitae|\bcv\b|cover(?:ing)? letter|motivation letter|letter of motivation|how to apply"
                    r"|lettre de motivation|lebenslauf|bewerbungsunterlagen|motivatiebrief|sollicitatiebrief|lettera (?:di )?motivazione"
                    r"|carta de (?:motivación|presentación)|carta de motivação|list motywacyjny|życiorys|životopis|motivační dopis"
                    r"|motivačný list|življenjepis|motivacijsko pismo|önéletrajz|motivációs levél|scrisoare de intenție"
                    r"|автобиография|мотивационно писмо|βιογραφικό σημείωμα|personligt brev|ansioluettelo|elulookirjeldus"
                    r"|motivatsioonikiri|motivācijas vēstul|gyvenimo aprašym|motyvacinis laišk|ittra ta' motivazzjoni"
                    r"|litir chumhdaigh"),
}
_VACANCY_RE = {kind: re.compile(rx, re.IGNORECASE | re.MULTILINE) for kind, rx in _VACANCY.items()}
VACANCY_MIN_KINDS = 3
"""Kinds of job-advert parts (:func:`vacancy_marks`: duties, requirements, salary, the application's documents) a job advert
has at least. A strategy may plan to recruit case officers and name their pay; an advert sets out the post's duties, who
may apply, what it pays and what to send."""


def vacancy_marks(seg: Segmentation) -> tuple[str, ...]:
    """The parts of a job advert in a document's text (running headers, footers and footnotes not read).

    A job advert (vacancy notice, call for applications) is written as the post's duties ("Duties", "Aufgaben",
    "Dmirijiet"), the requirements ("Requirements", "Anforderungen", "Rekwiżiti"), the pay ("Salary: …", "Vergütung",
    "Salarju: …") as headings or lines opening with them, and the documents to send ("CV", "curriculum vitae",
    "motivation letter", "ittra ta' motivazzjoni"), 24 languages.

    Returns:
        The kinds found, in the order duties, requirements, salary, application, e.g. ``("duties", "requirements", "salary")``.
    """
    return _marks(seg, _VACANCY_RE)


_CALL_PARTS = {  # the parts of a call for (research) project proposals, 24 languages (fourteenth session, scope14)
    "grant per project": (
        r"(?:per|each) (?:project|proposal|grant)\b|par projet|pro (?:projekt|vorhaben)|je (?:projekt|vorhaben)|per project"
        r"|per progetto|por proyecto|por projeto|na (?:jeden )?projekt|po projektu|projektenként|pályázatonként|pe proiect"
        r"|на проект|ανά (?:έργο|πρόταση)|pr\.? projekt|per projekt|hanketta kohden|projektia kohden|ühe projekti"
        r"|projekti kohta|vienam projektam|projektam līdz|vienam projektui|projektui iki|għal kull proġett"
        r"|in aghaidh an tionscadail"),
    "submission deadline": (
        r"deadline for (?:applications|submissions?|proposals)|submission deadline|(?:applications|proposals) (?:must|shall|should)"
        r" be submitted|date limite de (?:dépôt|soumission|candidature)|(?:les )?(?:dossiers|candidatures|propositions) (?:doivent"
        r" être|sont) (?:déposé|soumis|transmis)|einreichungsfrist|antragsfrist|(?:anträge|projektanträge|skizzen) (?:sind|müssen)"
        r" bis|uiterste (?:indieningsdatum|datum voor (?:het )?indienen)|aanvragen (?:kunnen|moeten) (?:tot|uiterlijk)"
        r"|(?:le )?domande (?:si presentano|vanno presentate|devono essere presentate|possono essere presentate) entro"
        r"|scadenza (?:del bando|per la presentazione)|plazo de presentación|(?:las )?solicitudes (?:se presentarán|deberán"
        r" presentarse|podrán presentarse)|prazo de (?:apresentação|candidatura|submissão)|(?:as )?candidaturas (?:devem ser|são)"
        r" (?:apresentadas|submetidas)|termin składania wniosków|wnioski (?:należy|można) składać|lhůta (?:pro|k) podání"
        r"|žádosti (?:lze|je možné) podávat|termín (?:na )?predkladani[ae]|žiadosti (?:je potrebné|treba|možno) predložiť"
        r"|rok za (?:prijavu|prijave|podnošenje)|prijave se (?:podnose|dostavljaju)|rok za oddajo|vloge (?:je treba|se) odda"
        r"|beadási határid|benyújtásának határideje|termen(?:ul)? (?:limită )?de depunere|cererile se depun|срок за (?:подаване"
        r"|кандидатстване)|προθεσμία υποβολής|ansøgningsfrist|sista ansökningsdag|ansökan ska (?:ha kommit in|lämnas)"
        r"|hakuaika päättyy|hakemukset (?:on|tulee) jättää|taotlused tuleb esitada|taotluste esitamise tähtaeg"
        r"|pieteikumu iesniegšanas termiņš|pieteikumi jāiesniedz|paraiškos teikiamos|paraiškų pateikimo terminas"
        r"|skadenza għall-applikazzjonijiet|l-applikazzjonijiet għandhom jiġu sottomessi|spriocdháta (?:d['’]iarratais|iarratas)"),
    "eligible applicants": (
        r"eligible (?:applicants|organisations|organizations|entities|bodies)|who (?:can|may) apply|(?:bénéficiaires|structures"
        r"|organismes|porteurs) éligibles|qui peut (?:candidater|déposer)|antragsberechtigt|wer ist antragsberechtigt"
        r"|wie kan (?:een )?aanvra|subsidiabele aanvragers|soggetti (?:ammissibili|beneficiari|proponenti)|chi può partecipare"
        r"|(?:entidades|solicitantes) (?:beneficiarias|elegibles|solicitantes)|beneficiários elegíveis|entidades elegíveis"
        r"|(?:uprawnieni|kwalifikujący się) wnioskodawcy|kto może (?:składać|ubiegać)|oprávnění žadatelé|oprávnen(?:í|é) žiadatel"
        r"|upravičeni prijavitelji|prihvatljivi prijavitelji|(?:jogosult|támogatható) pályázók|solicitanți eligibili"
        r"|допустими кандидати|επιλέξιμοι (?:δικαιούχοι|αιτούντες|φορείς)|støtteberettigede (?:ansøgere|organisationer)"
        r"|vem kan söka|kuka voi hakea|hakukelpoiset|toetuse taotlejad võivad olla|atbilstīgie pretendenti|kas var pieteikties"
        r"|tinkami pareiškėjai|kas gali teikti paraišk|applikanti eliġibbli|iarratasóirí incháilithe"),
    "evaluation of proposals": (
        r"evaluation criteria|selection criteria|proposals (?:are|will be) (?:evaluated|assessed|scored)|critères d['’](?:évaluation"
        r"|éligibilité)|critères de sélection|bewertungskriterien|auswahlkriterien|beoordelingscriteria|criteri di (?:valutazione"
        r"|selezione)|(?:le )?proposte sono valutate|criterios de (?:evaluación|valoración|selección)|critérios de (?:avaliação"
        r"|seleção)|kryteria (?:oceny|wyboru)|hodnoticí kritéria|hodnotiace kritériá|merila za (?:ocenjevanje|izbor)"
        r"|prijedloge ocjenjuj|kriterij\w* (?:za )?(?:ocjenjivanj|odabir|vrednovanj)|értékelési szempont|criterii(?:le)? de"
        r" (?:evaluare|selecție)|критерии за (?:оценка|подбор)|κριτήρια (?:αξιολόγησης|επιλογής)|bedømmelseskriterier"
        r"|bedömningskriterier|arviointikriteerit|hindamiskriteeriumid|taotlusi hinnatakse|vērtēšanas kritēriji"
        r"|vertinimo kriterijai|kriterji ta' (?:evalwazzjoni|għażla)|critéir (?:mheasúnaithe|roghnúcháin)"),
}
_CALL_PARTS_RE = {kind: re.compile(rx, re.IGNORECASE) for kind, rx in _CALL_PARTS.items()}
CALL_MIN_KINDS = 2
"""Kinds of a call's parts (:func:`call_marks`) from which a document is a call for project proposals: a grant per project and
a submission deadline are what a call is; a strategy funds measures by programme and sets its own deadlines for results
(no development strategy, scope set or fresh strategy has even one, fourteenth session)."""


def call_marks(seg: Segmentation) -> tuple[str, ...]:
    """The parts of a call for (research) project proposals in a document's text (running headers, footers and footnotes not
    read): the grant per project ("per progetto", "ühe projekti toetus", "po projektu"), the submission deadline ("Le domande si
    presentano entro", "Taotlused tuleb esitada … hiljemalt", "Rok za prijavu"), who may apply ("Soggetti ammissibili",
    "Prihvatljivi prijavitelji") and how proposals are evaluated ("criteri di valutazione", "Prijedloge ocjenjuju"), 24
    languages. A research funding call on migration names asylum, return and reception as its topics and reads as a
    strategy to every model (recall13's Estonian call: topicality 0.80, genre 0.88, no title page); its name may follow an
    issuer ("Eesti Teadusagentuur – rändeuuringute taotlusvoor 2026"), which :func:`kind_line` does not read.

    Returns:
        The kinds found, in the order grant per project, submission deadline, eligible applicants, evaluation of proposals.
    """
    return _marks(seg, _CALL_PARTS_RE)


_REPORT_TITLE = (  # the name of a body's annual or activity report (or its accounts), 24 languages (fifteenth session, scope15b)
    r"annual (?:activity )?report|activity report|report (?:on|of) (?:the )?(?:activities|activity)|rapport (?:annuel|d['’]activité|de gestion)"
    r"|jahresbericht|tätigkeitsbericht|geschäftsbericht|bericht über das geschäftsjahr|jaarverslag|jaarrapport|activiteitenverslag"
    r"|relazione annuale|rapporto annuale|relazione sull['’]attività|relazione sulla gestione|informe anual|informe de actividad(?:es)?"
    r"|memoria (?:anual|de actividades)|relatório anual|relatório de atividades|relatório (?:de gestão )?e contas|raport roczny"
    r"|sprawozdanie (?:roczne|z działalności)|informacja o działalności|výroční zpráva|zpráva o činnosti|výročná správa|správa o činnosti"
    r"|letno poročilo|poročilo o delu|godišnje izvješće|izvješće o radu|éves jelentés|éves beszámoló|raport anual|raport de activitate"
    r"|годишен доклад|доклад за дейността|отчет за дейността|ετήσια έκθεση|έκθεση πεπραγμένων|årsrapport|årsberetning|årsredovisning"
    r"|årsberättelse|verksamhetsberättelse|vuosikertomus|toimintakertomus|aastaaruanne|aastaraamat|tegevusaruanne|gada pārskats"
    r"|darbības pārskats|metinė ataskaita|veiklos ataskaita|rapport annwali|tuarascáil bhliantúil")
_ACCOUNTS = (  # the names of a body's financial statements (not a strategy's budget or funding), 24 languages
    r"income statement|balance sheet|annual accounts|financial statements|statement of financial position|appropriation account"
    r"|haushaltsrechnung|vermögensrechnung|jahresabschluss|compte financier|comptes annuels|compte de résultat|jaarrekening"
    r"|staat van baten en lasten|sprawozdanie finansowe|rachunek zysków i strat|rendiconto generale|conto economico|stato patrimoniale"
    r"|bilancio d['’]esercizio|cuentas anuales|cuenta del resultado|balance de situación|contas anuais|demonstração (?:dos|de) resultados"
    r"|účetní závěrka|výkaz zisku a ztráty|účtovná závierka|výkaz ziskov a strát|računovodski izkazi|izkaz poslovnega izida"
    r"|financijski izvještaji|račun dobiti i gubitka|eredménykimutatás|situații(?:le)? financiare|contul de profit și pierdere"
    r"|годишен финансов отчет|финансови отчети|οικονομικές καταστάσεις|ισολογισμός|årsregnskab|resultatopgørelse|resultaträkning"
    r"|balansräkning|anslagsredovisning|tilinpäätös|tuloslaskelma|majandusaasta aruanne|tulemiaruanne|finanšu pārskat\w*"
    r"|finansinių ataskaitų|rapporti finanzjarji|ráitis airgeadais|cuntais bhliantúla")
_INTERNAL_CONTROL = (  # a body's internal control (management control, internal audit), 24 languages
    r"internal (?:control|audit)|interne[ns]? (?:kontrollsystem\w*|revision)|innenrevision|contrôle interne|audit interne"
    r"|interne beheersing|interne controle|auditdienst|controllo interno|audit interno|control interno|auditoría interna|controlo interno"
    r"|auditoria interna|kontrola zarządcza|kontroli zarządczej|audyt wewnętrzny|vnitřní kontrol\w*|interní audit|vnútorn\w* kontrol\w*"
    r"|notranj\w* kontrol\w*|notranja revizija|unutarnj\w* kontrol\w*|unutarnja revizija|belső kontroll\w*|belső ellenőrzés"
    r"|control(?:ul)? intern|audit(?:ul)? intern|вътрешен контрол|вътрешен одит|εσωτερικ\w* έλεγχο\w*|intern kontrol\w*|intern revision"
    r"|intern styrning och kontroll|sisäi\w* valvon\w*|sisäi\w* tarkastu\w*|sisekontroll\w*|siseaudit\w*|iekšēj\w* kontrol\w*|iekšēj\w* audit\w*"
    r"|vidaus kontrol\w*|vidaus audit\w*|kontroll intern|awditjar intern|rialú inmheánach|iniúchadh inmheánach")
_REPORT_TITLE_LINE = re.compile(r"^(?=[^\n]*\b(?:{}))[^\n]{{3,160}}$".format(_REPORT_TITLE), re.IGNORECASE)
_ACCOUNTS_RE = re.compile(r"\b(?:{})\b".format(_ACCOUNTS), re.IGNORECASE)
_INTERNAL_CONTROL_RE = re.compile(r"\b(?:{})\b".format(_INTERNAL_CONTROL), re.IGNORECASE)
REPORT_TITLE_WORDS = 16
"""Words from which a line of a document's opening is a sentence, not a title (:func:`report_marks`)."""
REPORT_MIN_KINDS = 2
"""Kinds of an annual report's parts (:func:`report_marks`) from which a document is one: two of its title, its accounts,
its internal control."""


def report_marks(seg: Segmentation) -> tuple[str, ...]:
    """The parts of a body's annual or activity report (fifteenth session, scope15b), 24 languages: a title-like line
    of its first :data:`KIND_LINE_BLOCKS` blocks naming the report anywhere in it (at most :data:`REPORT_TITLE_WORDS`
    words, no final full stop: "Migrationsverket – Årsredovisning 2025", "Das Bundesamt in Zahlen 2025 – Bericht über das
    Geschäftsjahr", "Informacja o działalności Straży Granicznej w 2025 roku", ``_REPORT_TITLE``), its financial statements
    anywhere ("Resultaträkning", "Haushaltsrechnung", "compte financier", "jaarrekening", "sprawozdanie finansowe",
    ``_ACCOUNTS``: a body's accounts, not a strategy's budget or funds) and its internal control anywhere ("Intern
    styrning och kontroll", "contrôle interne", "kontrola zarządcza", ``_INTERNAL_CONTROL``); running headers, footers
    and footnotes not read. fresh15's Swedish Migration Agency annual report (results, accounts, internal control) read
    as a strategy (scope 0.81, genre 0.53): an agency's report of its past year shares a strategy's words and figures. A
    strategy that reports last year's figures has no accounts and at most names internal control in its monitoring
    section (one kind).

    Returns:
        The kinds found, in the order report title, accounts, internal control, e.g. ``("report title", "accounts")``.
    """
    blocks = [sb for sb in seg.blocks if sb.role not in ("header_footer", "footnote")]
    head = [line.strip() for sb in blocks[:KIND_LINE_BLOCKS] for line in sb.block.text.split("\n")]
    text = "\n".join(sb.block.text for sb in blocks)
    found = []
    if any(_REPORT_TITLE_LINE.match(line) and len(line.split()) <= REPORT_TITLE_WORDS and not line.endswith(".") for line in head):
        found.append("report title")
    if _ACCOUNTS_RE.search(text):
        found.append("accounts")
    if _INTERNAL_CONTROL_RE.search(text):
        found.append("internal control")
    return tuple(found)


KIND_LINE_BLOCKS = 5
"""Leading blocks (running headers and footers skipped) in which a line naming the document's kind is read: a masthead
or a title, not a quotation further on."""


def municipal_issuer(line: str) -> bool:
    """Whether a line is a masthead naming a municipality (:data:`_MUNICIPAL_ISSUER`), e.g. "COMUNE DI BERGAMO"."""
    m = _MUNICIPAL_ISSUER.match(line)
    if not m:
        return False
    words = re.findall(r"[^\W\d_][^\s]*", m.group("name") or m.group("name2"))
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words)


def kind_line(seg: Segmentation) -> str | None:
    """The kind of document a line of its opening names, or None: "press release", "budget", "annual report",
    "minutes of a meeting" (:data:`_REPORT_KIND_LINE_RE`), "judgment", "statistics bulletin", "job vacancy notice"
    (:data:`_OPEN_KIND_LINE_RE`), "municipal document" (a municipality as the issuer, :data:`_MUNICIPAL_ISSUER`); since the
    twelfth session also "call for proposals" ("Hakuilmoitus: … (AMIF) …", "Utlysning: …"), "programme of an EU fund" (its
    title "Program Fondu pro azyl, migraci a integraci 2021–2027" or its CCI number on a line of its own) and "budget of one
    year" (:func:`budget_year_line`).

    Read in the first :data:`KIND_LINE_BLOCKS` blocks (front matter, headings or answers alike: the segmenter may take a
    press release's masthead for an answer), a whole line that is the formula and at most a date or a year: "PRESS
    RELEASE", "ПРЕССЪОБЩЕНИЕ", "COMUNICADO DE IMPRENSA", "Pressiteade, 12. november 2025"; "PROJET DE LOI DE FINANCES POUR
    2026", "Rijksbegroting 2027", "Haushaltsplan 2026". A title that names the kind beside something else ("Press releases
    and the migration strategy") is not read; the title model reads titles.
    """
    blocks = [sb for sb in seg.blocks if sb.role != "header_footer"][:KIND_LINE_BLOCKS]
    for sb in blocks:
        for line in sb.block.text.split("\n"):
            for kind, rx in (*_KIND_LINE_RE.items(), *_REPORT_KIND_LINE_RE.items(), *_OPEN_KIND_LINE_RE.items()):
                if rx.match(line):
                    return kind
            if municipal_issuer(line):
                return "municipal document"
            if budget_year_line(line):
                return "budget of one year"
    return None


def budget_year_line(line: str) -> bool:
    """Whether a line names one year's budget as a title does: a budget word (24 languages) and a single year, at most
    :data:`BUDGET_LINE_WORDS` words, no final full stop, no word naming a strategy, plan or programme
    (``_POLICY_DOC_WORD``): "Majandus- ja Kommunikatsiooniministeeriumi 2026. aasta eelarve: transport ja taristu",
    "Budget of the Ministry of Labour 2027". A strategy's funding for its period names a range ("Budget 2026–2030") and
    is not read (twelfth session: recall11's Estonian transport budget, in scope 0.70 with four key elements covered).
    A table row ("Vastaanottokeskuksissa 8 000 majoituspaikkaa … | Maahanmuuttovirasto | 2026 | valtion talousarvio", a
    strategy's table of measures naming its funding) is no title."""
    title = line.strip()
    return (bool(title) and len(title.split()) <= BUDGET_LINE_WORDS and not title.endswith(".") and "|" not in title
            and bool(_BUDGET_YEAR_LINE.match(title)) and not re.search(_POLICY_DOC_WORD, title, re.IGNORECASE))


def appropriation_lines(seg: Segmentation) -> tuple[str, ...]:
    """The appropriation formulas of a budget in a document's text (running headers, footers and footnotes not read), with
    repeats: "Momentille myönnetään 118 400 000 euroa", "(siirtomääräraha 3 v)", "crédits de paiement",
    "Verpflichtungsermächtigung" (``_APPROPRIATION``, 24 languages). A budget chapter of a ministry (appropriations for
    preparatory teaching of migrant pupils, language courses) reads as a strategy's measures to every model; its items
    are written in the budget's formulas, a strategy's funding section in amounts and funds."""
    text = "\n".join(sb.block.text for sb in seg.blocks if sb.role not in ("header_footer", "footnote"))
    return tuple(m.group(0) for m in _APPROPRIATION.finditer(text))


_MUNICIPAL_ACTOR = re.compile(  # a sentence whose subject is the city (the municipality as an institution), 24 languages
    r"(?:^|(?<=[.!?:;]\s))(?:Město|Mesto|Mestna občina|The City(?: Council)?|Die Stadt(?:verwaltung)?|De stad|La Ville|Il Comune"
    r"|La Città|El Ayuntamiento|La Ciudad|A Câmara Municipal|O Município|A Cidade|Miasto|Urząd Miasta|Grad|A [Vv]áros(?:i Önkormányzat)?"
    r"|Primăria|Orașul|Градът|Ο Δήμος|Byen|Staden|Kaupunki|Linn|Linnavalitsus|Pilsēta|Pašvaldība|Savivaldybė|Miestas|Il-Belt"
    r"|Il-Kunsill Lokali|An Chomhairle Cathrach) (?=[^\W\d_])", re.MULTILINE)
"""The start of a sentence whose subject is the city or the municipality as an institution, singular: "Město zajistí …",
"Il Comune intende …", "Die Stadt richtet …", "The City will …" (capitalised, at a sentence start). A national strategy
names municipalities in the plural ("Kraje a obce se zapojí", "les collectivités") or by name; a city's own plan makes
the city its actor (probe8's untitled Czech integration plan: "Město zajistí …", "Město na tato opatření vyčlení …").
Generic singulars that national documents use ("Kommunen", "Obec", "De gemeente", "Gmina") are left out."""
MUNICIPAL_MIN_SENTENCES = 2
"""Sentences with the city as their subject (:func:`municipal_actor`) from which a document is a municipality's own."""


def municipal_actor(seg: Segmentation) -> int:
    """Sentences of the answer blocks whose subject is the city as an institution (:data:`_MUNICIPAL_ACTOR`)."""
    return sum(len(_MUNICIPAL_ACTOR.findall(sb.block.text)) for sb in seg.blocks if sb.role in ANSWER_ROLES)


_SPEECH_VERB = (  # a verb of saying after a quotation (3rd person, past or present), 24 languages
    r"said|says|stated|added|explained|announced|stressed|told|a déclaré|a dit|a ajouté|a expliqué|a souligné|affirme|déclare"
    r"|indique|sagte|sagt|erklärte|betonte|ergänzte|zei|zegt|aldus|verklaarde|ha dichiarato|ha detto|ha aggiunto|ha spiegato"
    r"|ha sottolineato|afirmó|dijo|declaró|añadió|explicó|cuenta|afirmou|disse|declarou|acrescentou|sublinhou|powiedział[a]?"
    r"|dodał[a]?|podkreślił[a]?|mówi|řekl[a]?|uvedl[a]?|dodal[a]?|povedal[a]?|uviedol|uviedla|je dejal[a]?|je povedal[a]?"
    r"|je poudaril[a]?|rekao|rekla|izjavio|izjavila|kazao|kazala|mondta|nyilatkozta|hangsúlyozta|tette hozzá|a declarat|a spus"
    r"|a afirmat|a adăugat|a subliniat|заяви|каза|добави|посочи|подчерта|δήλωσε|είπε|τόνισε|πρόσθεσε|sagde|udtalte|siger"
    r"|sade|säger|uppger|sanoi|kertoi|totesi|sanoo|ütles|lisas|märkis|sacīja|norādīja|uzsvēra|pauda|sakė|teigė|pabrėžė"
    r"|pridūrė|qal|qalet|stqarr|dúirt")
_ATTRIBUTED_QUOTE = re.compile(
    r"[„“\"«”]([^\"“”„«»\n]{{30,600}}?)[“”\"»][\s,–—-]*(?:[^\W\d_]+\s+){{0,3}}?(?:{})\b".format(_SPEECH_VERB), re.IGNORECASE)
"""A quotation of a person's words followed by the verb that attributes them: „Strategija aiškiai pasako, … ją gaus greitai“,
– žurnalistams sakė ministras; "We will cut waiting times," said the minister; « Nous allons réduire … », a déclaré. A news
article or a press release quotes who said what; a strategy says it in its own voice."""


def attributed_quotes(seg: Segmentation) -> int:
    """Quotations attributed to a speaker (:data:`_ATTRIBUTED_QUOTE`) in the answer blocks of a document."""
    return sum(len(_ATTRIBUTED_QUOTE.findall(sb.block.text)) for sb in seg.blocks if sb.role in ANSWER_ROLES)


_MONTH_WORD = r"[^\W\d_]{3,12}\.?"
_DATELINE = re.compile(  # a dateline: a place, a comma, a full date with its day (24 languages' orders), the whole line
    r"^\s*[^\W\d_][^\W\d_'’.-]*(?:[\s-][^\W\d_][^\W\d_'’.-]*){0,3}\s*,\s*(?:(?:den|le|il|el|o|on|dne|dňa|am|στις|на)\s+)?"
    r"(?:\d{1,2}\.?\s*(?:de\s+)?" + _MONTH_WORD + r"\s*(?:de\s+)?\d{4}|" + _MONTH_WORD + r"\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}\.?\s*(?:m\.\s*|gada\s+)?" + _MONTH_WORD + r"\s+\d{1,2}\.?(?:\s*d\.)?)"
    r"\s*(?:г\.|m\.|\.)?\s*$", re.IGNORECASE)
"""A dateline: a line that is a place and a full date with its day, "Varșovia, 3 martie 2026", "Lisboa, 14 de janeiro de
2026", "Warsaw, March 3, 2026", "Praha, 3. 3. 2026", "Budapest, 2026. március 3.", "Vilnius, 2026 m. kovo 3 d."; a title
page's "Ljubljana, marec 2026" (a month, no day) is none."""
_PRESS_CONTACT = re.compile(  # a press office or media contact line, 24 languages (at a line's start)
    r"^\s*(?:(?:for )?(?:press|media) (?:contacts?|enquiries|inquiries|office)|press office|contact (?:presse|médias)"
    r"|service de presse|pressekontakt|pressestelle|medienkontakt|perscontact|persvoorlichting|contatti? (?:stampa|per la stampa)"
    r"|ufficio stampa|contacto (?:de|para) (?:prensa|medios)|gabinete de (?:prensa|comunicación)|contacto(?:s)? (?:de|para) imprensa"
    r"|gabinete de imprensa|assessoria de imprensa|kontakt dla (?:mediów|prasy)|biuro prasowe|rzecznik prasowy|kontakt pro média"
    r"|tiskové oddělení|kontakt pre médiá|tlačové oddelenie|kontakt za (?:medije|novinarje)|služba za odnose s javnošću"
    r"|sajtókapcsolat|sajtóosztály|sajtóiroda|contact (?:pentru|de) pres[ăa]|biroul de pres[ăa]|relații cu presa"
    r"|(?:за )?контакти? (?:с|за) медиите|пресцентър|прессекретар|γραφείο τύπου|επικοινωνία (?:με|για) (?:τον )?τύπο"
    r"|pressekontakt|pressekontor|presskontakt|pressavdelning|presstjänst|mediakontakt|lehdistöyhteydet|tiedotusvälineiden yhteyshenkilö"
    r"|pressiesindaja|meediakontakt|kontakti? medijiem|preses kontakt|kontaktai žiniasklaidai|spaudos tarnyba"
    r"|kuntatt (?:għall-istampa|mal-midja)|uffiċċju tal-istampa|oifig an phreasa|teagmháil (?:leis na meáin|preasa))\b",
    re.IGNORECASE)
PRESS_MIN_KINDS = 2
"""Kinds of a press release's parts (:func:`press_marks`) from which a document is one: a dateline and a press contact."""


def press_marks(seg: Segmentation) -> tuple[str, ...]:
    """The parts of a press release without its formula line (fifteenth session, scope15): a dateline ("Varșovia, 3
    martie 2026", :data:`_DATELINE`) among its first :data:`KIND_LINE_BLOCKS` blocks and a press office or media contact
    line anywhere ("Contact pentru presă: press@frontex.europa.eu", "Gabinete de Imprensa do MAI", :data:`_PRESS_CONTACT`),
    24 languages (running headers and footers not read). scope_heldout14's Romanian Frontex press release had both and no
    "Comunicat de presă" line (:func:`kind_line`) nor a quotation (:func:`attributed_quotes`): every model read it as a
    strategy (topicality 0.83, genre 0.66). A strategy is dated by its adoption, not datelined, and names no press office.

    Returns:
        The kinds found, in the order dateline, press contact, e.g. ``("dateline", "press contact")``.
    """
    blocks = [sb for sb in seg.blocks if sb.role != "header_footer"]
    lines = [line for sb in blocks for line in sb.block.text.split("\n")]
    head = [line for sb in blocks[:KIND_LINE_BLOCKS] for line in sb.block.text.split("\n")]
    found = []
    if any(_DATELINE.match(line) for line in head):
        found.append("dateline")
    if any(_PRESS_CONTACT.match(line) for line in lines):
        found.append("press contact")
    return tuple(found)


_TO_GOVERNMENT = re.compile(  # a body calling on or recommending to the government, first person or named, 24 languages
    r"\b(?:(?:we |the committee |the ombudsman )?(?:call|calls) (?:up)?on the government|(?:we )?urges? the government|(?:we )?recommends? (?:that )?the government"
    r"|fordern (?:die )?(?:bundes)?regierung auf|fordert die (?:bundes)?regierung auf|appellieren an die (?:bundes)?regierung|empfehlen der (?:bundes)?regierung"
    r"|appelons le gouvernement|demandons au gouvernement|invitons le gouvernement|recommandons au gouvernement"
    r"|roepen de regering op|roept de regering op|bevelen de regering aan|vragen de regering"
    r"|chiediamo al governo|invitiamo il governo|raccomandiamo al governo|sollecitiamo il governo"
    r"|instamos al gobierno|pedimos al gobierno|recomendamos al gobierno|exigimos al gobierno"
    r"|apelamos ao governo|instamos o governo|recomendamos ao governo|exortamos o governo"
    r"|wzywamy rząd|apelujemy do rządu|rekomendujemy rządowi|zalecamy rządowi|vyzýváme vládu|doporučujeme vládě|žádáme vládu"
    r"|vyzývame vládu|odporúčame vláde|žiadame vládu|pozivamo vlado|vladi priporočamo|pozivamo vladu|preporučujemo vladi"
    r"|felszólítjuk a kormányt|javasoljuk a kormánynak|kérjük a kormányt|solicităm guvernului|cerem guvernului|recomandăm guvernului|îndemnăm guvernul"
    r"|призоваваме правителството|препоръчваме на правителството|καλούμε την κυβέρνηση|ζητούμε από την κυβέρνηση"
    r"|opfordrer (?:vi )?regeringen|anbefaler (?:vi )?regeringen|uppmanar (?:vi )?regeringen|rekommenderar (?:vi )?regeringen"
    r"|kehotamme hallitusta|suosittelemme hallitukselle|vaadimme hallitusta|kutsume valitsust|soovitame valitsusel"
    r"|aicinām valdību|iesakām valdībai|raginame vyriausybę|rekomenduojame vyriausybei|nappellaw lill-gvern|nirrakkomandaw lill-gvern"
    r"|iarraimid ar an rialtas)", re.IGNORECASE)
"""A sentence that calls on, urges or recommends to the government ("Vyzýváme vládu, aby …", "Pedimos al Gobierno …",
"nous demandons au Gouvernement …", "Dansk Flygtningehjælp anbefaler regeringen …"): an NGO, an ombudsman or a committee
addresses the government; a strategy is the government's own voice."""


def addresses_government(seg: Segmentation) -> tuple[str, ...]:
    """The phrases of the answer blocks that call on or recommend to the government (:data:`_TO_GOVERNMENT`), in order."""
    return tuple(m.group(0) for sb in seg.blocks if sb.role in ANSWER_ROLES for m in _TO_GOVERNMENT.finditer(sb.block.text))


_AMEND_FORMULA = (  # the formula of an amending instruction, 24 languages (verb phrases of "is replaced / deleted / inserted")
    r"(?:is|are|shall be|is hereby)\s+(?:amended as follows|replaced by the following|deleted|repealed|struck out|inserted)"
    r"|the following [^\n]{0,40}?(?:is|are|shall be) (?:added|inserted)"
    r"|(?:wird|werden)\b[^\n]{0,80}?\b(?:geändert|eingefügt|angefügt|gestrichen|aufgehoben|ersetzt)|erhält folgende fassung"
    r"|\bska\b[^\n]{0,60}?\b(?:utgå|ersättas|läggas till|ändras|införas|upphöra)|ändras (?:enligt|på) följande"
    r"|ska ha följande lydelse|affattes således|\b(?:ophæves|udgår|indsættes|erstattes)\b|ændres således"
    r"|wordt als volgt gewijzigd|komt te luiden|\bvervalt\b|wordt\b[^\n]{0,60}?\b(?:ingevoegd|toegevoegd|vervangen|geschrapt)"
    r"|(?:est|sont)\s+(?:ainsi )?(?:modifiée?s? comme suit|remplacée?s? par (?:le texte suivant|ce qui suit|les dispositions suivantes)"
    r"|supprimée?s?|abrogée?s?|insérée?s?|ainsi rédigée?s?)"
    r"|(?:è|sono)\s+(?:modificat[aoie] come segue|sostituit[aoie]|soppress[aoie]|abrogat[aoie]|inserit[aoie]|aggiunt[aoie])"
    r"|\bse (?:modifica|sustituye|suprime|añade|inserta|deroga)\b|queda(?:n)? (?:modificad|redactad|suprimid|derogad)"
    r"|(?:é|são)\s+(?:alterad|substituíd|suprimid|revogad|aditad|inserid)|passa a ter a seguinte redação"
    r"|otrzymuje brzmienie|\b(?:skreśla|uchyla|dodaje|zastępuje) się\b|\bse (?:mění|zrušuje|vkládá|nahrazuje|doplňuje|vypouští)\b"
    r"|\bsa (?:mení|vypúšťa|vkladá|nahrádza|dopĺňa|zrušuje)\b|\bse (?:spremeni|črta|doda|nadomesti|razveljavi)\b"
    r"|mijenja se i glasi|\b(?:briše|dodaje|zamjenjuje) se\b|helyébe a következő|hatályát veszti|a következőképpen módosul"
    r"|\bse (?:modifică|abrogă|completează|introduce|elimină)\b|va avea următorul cuprins"
    r"|\bсе (?:изменя|отменя|заличава|създава|добавя|заменя)\b|τροποποιείται ως εξής|\b(?:αντικαθίσταται|διαγράφεται|καταργείται|προστίθεται)"
    r"|muutetaan seuraavasti|\b(?:korvataan|poistetaan|lisätään|kumotaan)\b|kuuluu seuraavasti"
    r"|sõnastatakse järgmiselt|tunnistatakse kehtetuks|jäetakse välja|\b(?:täiendatakse|asendatakse|muudetakse)\b"
    r"|izteikt šādā redakcijā|\b(?:svītrot|papildināt|aizstāt)\b|išdėstyti taip|pripažinti netekusiu galios|\b(?:išbraukti|papildyti)\b"
    r"|hu emendat kif ġej|għandu jiġi sostitwit|għandu jitħassar|\bleasaítear\b|\bscriostar\b")
_AMEND_SECTION = r"(?<![\d,])\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?![\d%,])"
_AMENDMENT = re.compile(r"(?:{s})[^\n]{{0,80}}?(?:{f})|(?:{f})[^\n]{{0,80}}?(?:{s})".format(s=_AMEND_SECTION, f=_AMEND_FORMULA),
                        re.IGNORECASE)
"""A line that instructs a change to a numbered section of a text: "I avsnitt 2.3.3 ska andra stycket ersättas med följande",
"Avsnitt 2.4.3 ska utgå", "Abschnitt 2.3.3 Absatz 2 erhält folgende Fassung", "Section 2.6 is amended as follows", "Se
suprime el apartado 2.4.3" (the formula within 80 characters of a section number "2.3" or "2.3.3"; 24 languages)."""
AMENDMENT_MIN_INSTRUCTIONS = 2
"""Lines with an amending instruction (:func:`amendment_instructions`) from which a document amends another text."""


def amendment_instructions(seg: Segmentation) -> tuple[str, ...]:
    """The lines of a document (running headers, footers and footnotes not read) that instruct a change to a numbered
    section of another text (:data:`_AMENDMENT`), e.g. ``("3. Avsnitt 2.4.3 ska utgå.", …)``.

    A government decision amending the strategy restates the sections it changes in quotation marks and names the
    Annex's section numbers: topicality, genre and title read it as the strategy (fresh7's Swedish amendment, in scope
    0.82), and its instructions were evidence ("Avsnitt 2.4.3 ska utgå" opened 2.4). A strategy speaks of its measures,
    not of replacing its own paragraphs.
    """
    found = []
    for sb in seg.blocks:
        if sb.role in ("header_footer", "footnote"):
            continue
        for line in sb.block.text.split("\n"):
            if _AMENDMENT.search(line):
                found.append(line.strip())
    return tuple(found)


_INTEGRATION_WORD = (r"integration|intégration|integrazion|integración|integração|integracj|integrac|integráci|integrác"
                     r"|интеграц|ένταξ|ενταξ|kotout|lõimumis|lõimimis|integrācij|integracij|integrazzjoni|imeascadh|inburgering")
_POLICY_DOC_WORD = (r"strateg|стратег|στρατηγ|plan|program|konzept|concept|koncepc|koncepci|koncepcij|politi|polic|beleid"
                    r"|ohjelma|kava|programm|σχέδιο|πρόγραμμα|план|програм|stratēģ|strateģ|strategij")
_INTEGRATION_TITLE = re.compile(r"^(?=[^\n]*(?:{i}))(?=[^\n]*(?:{p}))[^\n]{{3,140}}$".format(i=_INTEGRATION_WORD, p=_POLICY_DOC_WORD),
                                re.IGNORECASE)


_CHAPTER_HEADING = re.compile(  # a numbered chapter heading or contents line: "2.3.4 Integrationspolitik", "Kapitel 5: …", "IV. …"
    r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-H][.)]|(?:chapter|chapitre|kapitel|hoofdstuk|capitolo|capítulo|rozdział|kapitola"
    r"|poglavje|poglavlje|fejezet|capitolul|глава|κεφάλαιο|luku|peatükk|nodaļa|skyrius|kapitlu|caibidil)\s+[\dIVX]+\b[.:]?)\s", re.IGNORECASE)


def integration_title(seg: Segmentation) -> str | None:
    """A line among the first :data:`KIND_LINE_BLOCKS` blocks that names an integration strategy, plan, programme or policy
    and no asylum or migration (``_MIGRATION_TERMS``): "Nationell strategi för integration 2026–2030", "National
    integrationsstrategi 2026–2030". None if there is none.

    Such a document sets out the integration of all newcomers (work, language, housing): it is not the Article 7
    asylum and migration management strategy, of which integration is one section (2.3.4). A strategy that names its
    integration part also names asylum or migration in the same title ("Strategie für Migration und Integration").
    A numbered chapter heading or contents line ("2.3.4 Integrationspolitik", "Kapitel 5: Integrationsplan", ``_CHAPTER_HEADING``)
    is a part of a document, not its title: a strategy's chapter on integration sent alone stays a strategy part.
    """
    blocks = [sb for sb in seg.blocks if sb.role != "header_footer"][:KIND_LINE_BLOCKS]
    for sb in blocks:
        for line in sb.block.text.split("\n"):
            # a title: at most 12 words, not a sentence ("… oma lõimumiskava ja mentor naabruskonnast." is a strategy's)
            title = line.strip()
            if (len(title.split()) <= 12 and not title.endswith(".") and _INTEGRATION_TITLE.match(title)
                    and not _MIGRATION_TERMS.search(title) and not _CHAPTER_HEADING.match(title)):
                return title
    return None


_PAPER = {  # the parts of a research article, 24 languages (headings or labels at a line's start)
    "abstract": r"^\s*(?:abstract|izvleček|abstrakt|sažetak|absztrakt|rezumat|резюме|περίληψη|tiivistelmä|kokkuvõte"
                r"|anotācija|santrauka|astratt|achoimre|riassunto|resumen|resumo|streszczenie)\s*:?\s*$",
    "keywords": r"^\s*(?:key ?words|mots[- ]clés|schlüsselwörter|schlagwörter|trefwoorden|sleutelwoorden|parole chiave"
                r"|palabras clave|palavras[- ]chave|słowa kluczowe|klíčová slova|kľúčové slová|ključne besede|ključne riječi"
                r"|kulcsszavak|cuvinte[- ]cheie|ключови думи|λέξεις[- ]κλειδιά|λεξεις[- ]κλειδια|nøgleord|nyckelord|avainsanat"
                r"|märksõnad|atslēgvārdi|raktažodžiai|kliem ewlieni|eochairfhocail)\s*:",
    "references": r"^\s*(?:references|bibliography|works cited|literatur(?:verzeichnis)?|literatuur(?:lijst)?|bibliographie"
                  r"|bibliografi[ae]|referencias|referências|bibliografía|literatura|použitá literatura|seznam literatury"
                  r"|zoznam (?:použitej )?literatúry|viri(?: in literatura)?|irodalom(?:jegyzék)?|felhasznált irodalom"
                  r"|литература|библиография|βιβλιογραφία|βιβλιογραφια|litteratur(?:liste)?|käytetty kirjallisuus|kirjallisuus"
                  r"|lähteet|kasutatud kirjandus|izmantotā literatūra|literatūra|literatūros sąrašas|referenzi|tagairtí)\s*:?\s*$",
    "reference entries": r"^\s*[^\W\d_][^\W\d_'’-]+(?:[-'’][^\W\d_]+)?,\s(?:[^\W\d_]\.\s?){1,3}(?:,|\s|&|and|in|i|et|und|en|e|y)[^\n]{0,120}?\((?:19|20)\d\d[a-z]?\)",
}
_PAPER_RE = {kind: re.compile(rx, re.IGNORECASE | re.MULTILINE) for kind, rx in _PAPER.items()}
PAPER_MIN_KINDS = 2
"""Kinds of research-article parts (:func:`paper_marks`: abstract, keywords, a references heading, author–year entries)
a research article has at least. A strategy has none of them (an "Abstract" or summary heading alone is not enough)."""


def paper_marks(seg: Segmentation) -> tuple[str, ...]:
    """The parts of a research article in a document's text (every block but running headers and footers).

    An academic article opens with an abstract ("Abstract", "Izvleček", "Streszczenie" as a heading line) and its
    keywords ("Keywords: …", "Ključne besede: …"), and ends with its references (a heading "References",
    "Literatura", or entries "Thym, D. (2024). …"). The genre model read a Slovenian review of national strategies
    as a strategy (0.99): it describes strategies in their own words. Returns the kinds found, in the order abstract,
    keywords, references, reference entries; none when neither an abstract nor keywords are found (a strategy's
    bibliography, a references heading with author–year entries, is no paper's).
    """
    text = "\n".join(sb.block.text for sb in seg.blocks if sb.role != "header_footer")
    kinds = tuple(kind for kind, rx in _PAPER_RE.items() if rx.search(text))
    # a strategy may end with a bibliography ("References" and its author–year entries): a paper also opens as one
    return kinds if {"abstract", "keywords"} & set(kinds) else ()


_ELECTION = re.compile(  # a call to vote, or the formula naming an election manifesto, 24 languages
    r"(?:^|(?<=[.!?]\s))(?:Stem op|Stem \w+ op|Vote for|Vote \w+ on|Votez(?: pour)?|Wählen Sie|Vota(?:te)? (?:per|por)?|Votad"
    r"|Vote (?:no|em|pelo|pela)|Głosuj(?:cie)?|Volte|Voľte|Volite|Glasujte|Szavazz(?:on)?|Votați|Гласувайте|Ψηφίστε|Stem på"
    r"|Rösta på|Äänestä|Hääleta|Balsojiet|Balsuokite|Ivvota|Vótáil)\b"
    r"|(?i:\b(?:election manifesto|election programme|verkiezingsprogramma|wahlprogramm|programme électoral|programma elettorale"
    r"|programa electoral|program wyborczy|volební program|volebný program|volilni program|izborni program"
    r"|választási program|program electoral|предизборна програма|προεκλογικό πρόγραμμα|valgprogram|valmanifest"
    r"|vaaliohjelma|valimisprogramm|vēlēšanu programma|rinkimų programa|manifest elettorali|forógra toghcháin))",
    re.MULTILINE)


def election_marks(seg: Segmentation) -> tuple[str, ...]:
    """A party's election manifesto: a call to vote at a sentence's start ("Stem op 29 oktober …", "Vote for …",
    "Wählen Sie …") or the formula naming a manifesto ("Wahlprogramm", "verkiezingsprogramma"; 24 languages), in the
    document's text (running headers and footers not read). Returns the phrases found, in order.

    A manifesto chapter on asylum sets out what a party would do ("Wij willen dat de IND binnen zes maanden beslist"):
    both models read it as a strategy's plans; a strategy is the government's, not a party's offer to voters.
    """
    return tuple(m.group(0) for sb in seg.blocks if sb.role != "header_footer" for m in _ELECTION.finditer(sb.block.text))


_ACT_LETTERS = r"A-ZÀ-ÖØ-ÞĀ-Ž\u0386-\u03ab\u0400-\u042f"
_EU_ACT_ID = re.compile(r"\((?:[{l}]{{2}})\)\s*(?:[^\s\d]{{1,5}}\s*)?\d{{2,4}}/\d{{1,4}}|\b\d{{2,4}}/\d{{1,4}}/[{l}]{{2,3}}\b"
                        .format(l=_ACT_LETTERS))
"""An EU act's number in any language: "(EU) 2024/1351", "(UE) 2024/1348", "(ΕΕ) 2024/1346", "(EU) No 604/2013",
"2008/115/EC", "2008/115/ΕΚ" (the two capitals of the Union's name in brackets, or the series letters after the number)."""
_MEMBER_STATES_SUBJECT = re.compile(
    r"^\W*(?:Member States|Each Member State|Les États membres|Chaque État membre|Die Mitgliedstaaten|Jeder Mitgliedstaat"
    r"|De lidstaten|Elke lidstaat|Gli Stati membri|Ogni Stato membro|Los Estados miembros|Cada Estado miembro|Os Estados-Membros"
    r"|Cada Estado-Membro|Państwa członkowskie|Każde państwo członkowskie|Členské státy|Každý členský stát|Členské štáty"
    r"|Každý členský štát|Države članice|Vsaka država članica|Svaka država članica|A tagállamok|Minden tagállam|Statele membre"
    r"|Fiecare stat membru|Държавите членки|Всяка държава членка|Τα κράτη μέλη|Κάθε κράτος μέλος|Medlemsstaterne|Hver medlemsstat"
    r"|Medlemsstaterna|Varje medlemsstat|Jäsenvaltiot|Jokainen jäsenvaltio|Liikmesriigid|Iga liikmesriik|Dalībvalstis"
    r"|Katra dalībvalsts|Valstybės narės|Kiekviena valstybė narė|L-Istati Membri|Kull Stat Membru|Na Ballstáit|Gach Ballstát)\b")
"""A sentence whose subject is the member states (plural, or "each member state"), 24 languages: what EU law requires of
them. A national strategy speaks of its own state and names the others as partners ("cooperation with other member states")."""
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")
EU_LAW_HEAD_WORDS = 8
"""Words at a sentence's start within which an EU act's number makes the act the sentence's subject ("Nařízení (EU)
2024/1351 … stanoví", "A menekültügyi és migrációkezelési rendelet (EU) 2024/1351 meghatározza", "Η οδηγία 2008/115/ΕΚ ορίζει")."""
EU_LAW_MIN_SENTENCES = 3
"""Sentences about EU law (:func:`eu_law_sentences`) a description of EU law has at least."""
EU_LAW_MIN_SHARE = 0.25
"""Share of the answer sentences (of five words or more) that are about EU law (:func:`eu_law_sentences`) from which a
document describes EU law rather than sets out a national strategy. Thirteenth session (scope11), measured on main's
analyses: the 13 development strategies 0.01–0.03, every strategy of tests/data/scope_heldout*, scope_probe8, recall12
and fresh* at most 0.08 (a one-chapter excerpt naming the screening regulation once); the descriptions of the Pact and its
directives 0.45–0.67 (recall12 cs 0.57 and el 0.50, scope_heldout11 sk 0.67, hu 0.50, hr 0.45)."""


def eu_law_sentences(seg: Segmentation) -> tuple[int, tuple[str, ...]]:
    """The answer sentences (of five words or more) and those of them about EU law: an EU act's number
    (:data:`_EU_ACT_ID`) within the first :data:`EU_LAW_HEAD_WORDS` words (the act is the sentence's subject) or the member
    states as the subject (:data:`_MEMBER_STATES_SUBJECT`). Returns (number of sentences, the heads of those about EU law).

    A description of the Pact or of a directive (an information note, an EUR-Lex summary, a ministry's overview of the new
    rules) says what each act does and what the member states must do; every model reads it as asylum and migration
    strategy text (recall12's Czech overview 0.87, its Greek note 0.76). A strategy cites the acts inside its own
    sentences ("in accordance with Regulation (EU) 2024/1351 …", "Article 10 of Regulation …"): a few at a sentence's head.
    """
    n, heads = 0, []
    for sb in seg.blocks:
        if sb.role not in ANSWER_ROLES:
            continue
        for sentence in _SENTENCE_SPLIT.split(sb.block.text):
            words = sentence.split()
            if len(words) < MIN_PASSAGE_WORDS:
                continue
            n += 1
            head = " ".join(words[:EU_LAW_HEAD_WORDS])
            if _EU_ACT_ID.search(head) or _MEMBER_STATES_SUBJECT.search(sentence):
                heads.append(head)
    return n, tuple(heads)


_MIGRATION_TERMS = re.compile(  # stems of asylum and migration management in the 24 languages (not "foreigner", "integration")
    r"asyl|asiel|azyl|azil|asilo|asile|ażil|menedék|убежищ|άσυλ|ασυλ|turvapaik|varjupaik|patvērum|prieglobst|earmann|earmainn"
    r"|refug|réfugi|flüchtling|geflüchtet|vluchteling|rifugiat|uchodźc|uprchl|utečen|begun|izbjegl|menekült|бежан|πρόσφυγ"
    r"|flygtning|flykting|pakolai|pagula|bēgļ|pabėgėl|rifuġjat|dídeanaí"
    r"|migra|migrá|migrā|nepavadīt|мигра|μετανάστ|μεταναστ|maahanmuut|siirtolai|rände|ränne|imirc"
    r"|border|frontière|grenzschutz|grenzkontroll|außengrenz|grenzpoliz|grensbewaking|buitengrens|frontier|fronteira|frontera"
    r"|straż\w* granicz|ochron\w* granic|hraniční|hraničn|vnější\w* hranic|vonkajš\w* hranic|schengen|frontex|eurodac"
    r"|\bgranic|robež|pasienio|valstybės sien|határőr|határellenőr|külső határ|granični|graničn|mejn\w* (?:kontrol|policij)|zunanj\w* mej"
    r"|гранич|границ|фронтекс|σύνορ|συνόρ|grænse|gräns|rajavalvo|rajatarkast|ulkoraja|rajavartio|piirivalv|välispiir|fruntier"
    r"|teorann"
    r"|international protection|protection internationale|internationale[nrs]? schutz|internationale bescherming"
    r"|protezione internazionale|protección internacional|proteção internacional|ochron\w* międzynarodow|mezinárodní ochran"
    r"|medzinárodn\w* ochran|mednarodn\w* zaščit|međunarodn\w* zaštit|nemzetközi védelem|protecți\w* internațional"
    r"|международна закрила|διεθνή\w* προστασί|international beskyttelse|internationellt skydd|kansainvälis\w* suojelu"
    r"|rahvusvahelis\w* kaitse|starptautisk\w* aizsardzīb|tarptautin\w* apsaug|protezzjoni internazzjonali|osaint idirnáisiúnta"
    r"|readmission|réadmission|rückführ|abschieb|terugkeer|rimpatri|readmis|readmisj|readmisi|vyhoštěn|vyhosten|kiutasít"
    r"|hjemsend|udsendelse|återvändande|palauttami|tagasisaat|tagasipöördu|grąžinim|smuggl|schleus|passeur|trafficking|menschenhandel"
    r"|return (?:decision|procedure|polic|operation)|returnee|voluntary return|forced return|éloignement|rückkehr|retorno"
    r"|powrot\w* cudzoziemc|zobowiązani\w* do powrotu|návrat\w* (?:cizin|cudzin|státních|štátnych)|dobrovoln\w* návrat"
    r"|vračanj|vraćanj|vrnitev|povratak|povratk|ponovn\w* prihvat|visszatérés|kitoloncol|returnar|връщане|завръщане|επιστροφ|hjemrejse|palautu"
    r"|lahkumisettekirjutus|atgriešan|izraidīšan|ritorn|filleadh"
    r"|déplacés|displaced|third-country national|ressortissants? de pays tiers|drittstaatsangehörig|onderdanen van derde landen"
    # reception of applicants and unaccompanied minors (phrases where the word alone is general: "kinderopvang", "vastaanotto")
    r"|reception (?:centre|center|condition|network|place|facilit|system|capacit)|centres? d['’]accueil|conditions d['’]accueil"
    r"|accueil des demandeurs|aufnahmeeinricht|erstaufnahme|aufnahmebeding|asielopvang|opvangcentr|opvanglocat|opvangplaats"
    r"|opvangvoorziening|accoglienza|acogida|acolhimento|ośrod\w* dla cudzoziemców|přijímací\w* (?:středis|podmín)"
    r"|prijímac\w* (?:podmien|stredis|zariaden)|záchytn|sprejemn\w* (?:center|pogoj)|prihvatilišt|prihvatn\w* centr|uvjet\w* prihvata"
    r"|befogadó állomás|befogadási feltétel|condiți\w* de primire|centre(?:le)? (?:regionale )?de cazare|приемателн"
    r"|(?:κέντρ|δομ)\w* υποδοχής|συνθήκες υποδοχής|modtagecent|modtagelsescent|modtagelsesforhold|mottagningscent"
    r"|vastaanottokesk|vastuvõtukesk|vastuvõtutingimus|uzņemšanas (?:centr|apstākļ)|priėmimo (?:centr|sąlyg)|akkoljenza"
    r"|dálaí glactha|ionad fáiltithe"
    r"|unaccompanied|non accompagn|unbegleitet|alleenstaande minderjarige|no acompañad|não acompanhad|bez opieki|bez doprovodu"
    r"|bez sprievodu|brez spremstva|bez pratnje|kísérő nélküli|neînsoțiți|непридружен|ασυνόδευτ|uledsaget|ensamkommande"
    r"|ilman huoltajaa|saatjata|bez pavadības|be palydos|mhux akkumpanjat|gan tionlacan",
    re.IGNORECASE)


MIGRATION_MIN_SHARE = 0.25
"""Share of the answer words in passages naming asylum or migration (:func:`migration_share`) below which a document whose
title page does not name them either (:func:`title_names_migration`) is about another policy field. Chosen on the training
documents only (eighth session, before the held-out and fresh-eyes documents were measured): the 13 corpus strategies
0.47–0.82 (all with a title page naming asylum or migration), the strategies of other policy fields in the Annex's
structure (tests/data/negatives/train: agriculture, culture, digital, education …) 0.00; 0.25 is half the lowest
strategy's share, so that a strategy excerpt with fewer asylum words than any whole strategy keeps a margin."""


# Annex sections whose answers need not name asylum or migration: the general context (demography, labour market,
# public finances) and capacity (staff, training, IT systems, funding). Their passages are left out of the migration
# share when the document opens the section with the Annex's own numbered heading (a 2.6 chapter sent alone).
GENERAL_SECTIONS = frozenset({"1", "2.6"})
_OWN_NUMBER = re.compile(r"^\s*(\d(?:\.\d){0,2})\.?\s")
"""The section number opening a passage ("2.1.1. Enerģētika …" → "2.1.1"), read by :func:`migration_share`."""


def migration_share(matches: Matches, seg: Segmentation | None = None) -> float:
    """Share of the answer words (passages of :data:`MIN_PASSAGE_WORDS` words or more) in passages that name asylum or migration.

    A passage names it when it holds a stem of asylum, refugee, migration, the external border, international
    protection, return and readmission, smuggling (``_MIGRATION_TERMS``, the 24 languages; "foreigner" and
    "integration" are not among them: a labour-market strategy for foreign workers does not manage asylum or
    migration). With ``seg``, passages of a :data:`GENERAL_SECTIONS` section that the document opens with a numbered
    Annex heading (``method`` "numbered": the Annex's number confirmed by its title) are left out: a capacity chapter on
    staff, training and IT systems answers the Annex without naming migration (a Czech 2.6 chapter alone read 21%).
    Own titles placed by title or content never qualify, so an off-topic document keeps the cue; nor does a passage that
    opens with the number of another Annex section ("2.1.1. Enerģētika …" left in section 1: the document's own numbering).
    Returns a share in [0, 1]; 1.0 (abstains) when there is no answer word left.
    """
    numbered_general = ({sid for sid, info in seg.sections.items() if sid in GENERAL_SECTIONS and info.present
                         and info.method == "numbered"} if seg is not None else set())
    annex_ids = set(seg.sections) if seg is not None else set()

    def general(p) -> bool:  # noqa: ANN001 - a Passage
        # a passage the outline left in a numbered context or capacity section but that opens with the number of another
        # Annex section ("2.1.1. Enerģētika un transports: …", "2.5. Koordinācija: …") is no context or capacity text: the
        # document numbers its own parts like the Annex under titles of another field (fourteenth session, scope14: a
        # Latvian cybersecurity strategy numbered 1 … 2.6 read 100% as its parts all stood in section 1, excluded)
        if p.section_id not in numbered_general:
            return False
        m = _OWN_NUMBER.match(p.text)
        return not (m and m.group(1) in annex_ids and m.group(1) not in GENERAL_SECTIONS and m.group(1) != p.section_id)

    n_words = np.array([0 if general(p) else len(p.text.split()) for p in matches.passages], dtype=np.float64)
    weight = np.where(n_words >= MIN_PASSAGE_WORDS, n_words, 0.0)
    if weight.sum() == 0:
        return 1.0
    named = np.array([bool(_MIGRATION_TERMS.search(p.text)) for p in matches.passages])
    return float(weight[named].sum() / weight.sum())


def title_names_migration(seg: Segmentation) -> bool:
    """Whether the document's title page (:func:`analyser.match.title_page`) names asylum or migration (``_MIGRATION_TERMS``)."""
    return any(_MIGRATION_TERMS.search(t) for t in title_page(seg))


_PLAN_RESPONSIBLE = re.compile(
    r"responsib|responsable|zuständig|verantwortlich|verantwoordelijk|responsabil|responsável|odpowiedzialn|zodpovedn"
    r"|odpovědn|odgovorn|nosilec|felelős|отговорн|υπεύθυν|ansvarlig|ansvarig|vastuu|vastutaja|atbildīg|atsaking"
    r"|responsabbli|freagrach|lead (?:body|authority)|who\b"
    # "competent body" (eleventh session: a Greek table "Αρμόδιος φορέας" read as a report, genre 0.29)
    r"|competent|compétent|competente|właściw|příslušn|príslušn|pristojn|nadležn|illetékes|компетентн|αρμόδι|αρμοδι"
    r"|kompetent|toimivaltai|pädev|kompetentn|kompetenti", re.IGNORECASE)
_PLAN_DEADLINE = re.compile(
    r"deadline|time ?frame|timeline|timing|\bterm\b|échéance|calendrier|délai|\bfrist|termin|zeitplan|zeitrahmen|termijn"
    r"|planning|scadenz|tempistic|plazo|calendario|prazo|calendário|termín|lehota|\brok\b|rokovi|határidő|ütemez|termen"
    r"|calendar|срок|προθεσμ|χρονοδιάγραμμα|tidsplan|tidsfrist|aikataulu|määräaika|tähtaeg|ajakava|termiņ|terminas"
    r"|skadenza|spriocdháta|amlíne|\bwhen\b|\bby\b", re.IGNORECASE)


def action_plan_table(seg: Segmentation) -> bool:
    """Whether an answer block is a table of measures: its first line a header row of at least four cells
    ("Opatrenie | Cieľ stratégie | Zodpovedný | Termín | Rozpočet (mil. €)") naming who is responsible and by when.

    That is the shape of a strategy's action plan (measure, objective, responsible body, deadline, budget; 24
    languages): the genre model reads such a table, one block and one passage, as a report (a Slovak action plan of
    the strategy read 0.41), so the genre model is not asked of it, as of a document written into the Annex
    (:data:`GENRE_EXEMPT_SECTIONS`). Topicality, the title page and the other cues still decide.
    """
    for sb in seg.blocks:
        if sb.role not in ANSWER_ROLES:
            continue
        cells = [c.strip() for c in sb.block.text.split("\n", 1)[0].split("|")]
        if len(cells) >= 4 and all(len(c.split()) <= 5 for c in cells):
            if any(_PLAN_RESPONSIBLE.search(c) for c in cells) and any(_PLAN_DEADLINE.search(c) for c in cells):
                return True
    return False


@dataclass(frozen=True)
class ScopeDecision:
    """Whether a document is an asylum and migration strategy (or part of one).

    Attributes:
        in_scope: coverage is assessed only when True.
        score: in [0, 1], the word-weighted mean probability that the answer
            passages read like strategy answer text (1.0 when not assessed).
        reason: one line for the analyst, e.g. "scope score 0.21, in scope from 0.5; only 8% of
            its answer text reads like asylum and migration strategy text".
        assessed: False when no topicality model was available.
        genre: in [0, 1], the word-weighted mean probability that the answer passages are
            written in a strategy's genre (None: no genre model).
        title: in [0, 1], the probability that the title page names a strategy (None: no title
            page or no title model).
        title_other: in [0, 1], the probability that a line of the title page names another kind of
            document (None: no title page or no naming model).
    """

    in_scope: bool
    score: float
    reason: str
    assessed: bool = True
    genre: float | None = None
    title: float | None = None
    title_other: float | None = None


def legal_headings(seg: Segmentation) -> tuple[int, int]:
    """(article-heading blocks, blocks) of a document; running headers, footers and footnotes not counted.

    A block is an article heading when its first line is one, e.g.
    "Article 1", "Artikel 59a", "ARTIKEL I", "§ 62 Abschiebungshaft", "Artículo 2".
    """
    blocks = [sb for sb in seg.blocks if sb.role not in ("header_footer", "footnote")]
    hits = 0
    for sb in blocks:
        first = sb.block.text.split("\n", 1)[0]
        hits += bool(_ARTICLE_HEADING.match(first) or _ARTICLE_INLINE.match(first))
    return hits, len(blocks)


def form_fields(seg: Segmentation) -> tuple[int, int]:
    """(fill-in fields, words) of a document; running headers, footers and footnotes not counted.

    A fill-in field is a blank of four or more underscores, an empty check
    box "[ ]" or a box character (☐ □ ☒), e.g. "Telefon: __________",
    "[ ] Да [ ] Не" (two fields).
    """
    blocks = [sb for sb in seg.blocks if sb.role not in ("header_footer", "footnote")]
    fields = sum(len(_FORM_FIELD.findall(sb.block.text)) for sb in blocks)
    return fields, sum(len(sb.block.text.split()) for sb in blocks)


_ABOUT_KIND = re.compile(  # a title-page word naming a document written about something: report, evaluation, comments, opinion …
    r"\b(?:report|rapport|bericht|verslag|relazione|informe|relatório|relatorio|raport|sprawozdan|zpráv|správ|poročil|izvješć"
    r"|izvjesc|jelentés|доклад|отчет|έκθεσ|εκθεσ|beretning|redogörelse|kertomus|selvitys|selonteko|aruanne|ziņojum|pārskat"
    r"|ataskait|tuarascáil|evaluat|évaluat|evaluier|valutazion|evaluación|avaliaç|avaliac|ewaluac|ocen|hodnocen|vyhodnoc"
    r"|vrednoten|procjen|értékel|оценк|αξιολ|evaluering|utvärder|arvio|hindami|izvērtēj|vertinim|evalwazzjoni|measúnú"
    r"|assessment|review|comment|kommentar|opmerking|osservazion|observacion|observaç|uwag|připomín|pripomien|pripomb"
    r"|primjedb|észrevétel|observați|становищ|παρατηρήσ|bemærkning|synpunkt|huomautu|märkus|komentār|pastab|kumment"
    r"|opinion|avis\b|stellungnahme|advies|parere|dictamen|parecer|opini|stanovis|mnenj|mišljenj|vélemény|aviz|γνώμ"
    r"|udtalelse|yttrande|lausunto|arvamus|atzinum|nuomon|tuairim|position paper|policy brief|progress|monitoring"
    r"|analys|analiz|analýz|anális|ανάλυσ|анализ|submission|contribution|beitrag|bijdrage|contribut|contribuc|contribuiç)",
    re.IGNORECASE)
"""A title-page word that names a document written *about* something (a report, an evaluation, comments, an opinion, an
analysis, a progress report …; 24 languages, word starts): "Evaluation report on the implementation of the National Asylum
and Migration Management Strategy" reads 0.83 to the title model and "Stellungnahme zum Entwurf der nationalen Asyl- und
Migrationsstrategie" 0.97, as the strategy itself (0.94): such a title page does not say the document is the strategy."""


def names_own_strategy(title: float | None, seg: Segmentation | None) -> bool:
    """Whether the title page names the document an asylum and migration strategy: the title model at
    :data:`TITLE_STRATEGY_THRESHOLD` or more and a title-page stem of asylum or migration (:func:`title_names_migration`).

    Such a document is not asked its genre (an excerpt of two chapters of figures reads as a report), as a document
    written into the Annex is not; topicality and the other cues still decide. The title model reads a report on, comments
    on or an evaluation of the strategy as the strategy itself, so a title page with a word naming such a document
    (``_ABOUT_KIND``: "report", "Stellungnahme", "avaliação", "uwagi" …) does not say it. ``title`` None (no title page): False.
    """
    if title is None or title < TITLE_STRATEGY_THRESHOLD or seg is None or not title_names_migration(seg):
        return False
    return not any(_ABOUT_KIND.search(t) for t in title_page(seg))


_ASYLUM_STEM = re.compile(r"asyl|asiel|azyl|azil|asilo|asile|ażil|menedék|убежищ|άσυλ|ασυλ|turvapaik|varjupaik|patvērum|prieglobst"
                          r"|earmann|tearmann", re.IGNORECASE)
_MIGRATION_STEM = re.compile(r"migra|migrá|migrā|мигра|μετανάστ|μεταναστ|maahanmuut|rände|ränne|imirc", re.IGNORECASE)
_STRATEGY_OR_MANAGEMENT = re.compile(  # what the strategy's name calls it: a strategy, a framework, the management (24 languages)
    r"strateg|стратег|στρατηγ|framework|rahmen|cadre|kader|quadro|marco|management|gestão|gestao|gestion|gestión|gestione"
    r"|steuerung|beheer|zarządzani|řízení|riadeni|upravljan|igazgatás|kezelés|gestionar|управлени|διαχείρισ|διαχειρισ"
    r"|forvaltning|förvaltning|hantering|hallinta|haldus|pārvaldīb|valdym|ġestjoni|bainistí", re.IGNORECASE)
STRATEGY_LINE_WORDS = 14
"""Words a leading line naming the strategy (:func:`strategy_title_line`) has at most: a title, not a sentence."""


def strategy_title_line(seg: Segmentation) -> str | None:
    """A leading line that names asylum *and* migration together, as the national strategy's name and the Annex's first
    section do ("National Framework for Asylum and Migration Management 2026–2030", "1. Contexto da gestão nacional do
    asilo e da migração"), read whatever the segmenter made of it; None if there is none.

    Read in the first :data:`KIND_LINE_BLOCKS` blocks (running headers and footers skipped): a line of at most
    :data:`STRATEGY_LINE_WORDS` words, not a sentence (no final full stop), with an asylum stem, a migration stem, a word
    calling it a strategy, a framework or the management (``_STRATEGY_OR_MANAGEMENT``: a course "Azylové a migrační
    právo EU", a research centre "Forschungszentrum Migration, Integration und Asyl" and a meeting's agenda item on the
    Pact's implementation plan name asylum and migration too) and no word naming a document written about something (``_ABOUT_KIND``: a report on, an evaluation of, comments on the
    strategy). Like a title page the title model reads as naming the strategy (:func:`names_own_strategy`), such a line
    says what the document is when the segmenter took the title for an answer (a ministry line read as section 1's
    heading left the English framework strategy of ``tests/data/scope_heldout4`` without a title page) or the Annex's
    section 1 heading for a list item (the Portuguese context section of ``tests/data/scope_heldout8``): the genre model,
    which reads a context chapter of figures as a report, is not asked. Topicality and every other cue still decide.
    """
    blocks = [sb for sb in seg.blocks if sb.role != "header_footer"][:KIND_LINE_BLOCKS]
    for sb in blocks:
        for line in sb.block.text.split("\n"):
            title = line.strip()
            if (title and len(title.split()) <= STRATEGY_LINE_WORDS and not title.endswith(".") and _ASYLUM_STEM.search(title)
                    and _MIGRATION_STEM.search(title) and _STRATEGY_OR_MANAGEMENT.search(title) and not _ABOUT_KIND.search(title)):
                return title
    return None


def annex_headed_sections(seg: Segmentation) -> int:
    """Sections of the Annex that the document opens with an Annex heading (``method`` numbered or title).

    A heading counts when it is the Annex's (``heading_source`` ``"annex_number"`` or ``"annex_title"``:
    its number, its title rendered in any language, a listing of its titles) or an own chapter title
    whose words name that section first among all Annex headings (``heading_rank`` 1: "Reception" for
    2.3.3, "Integration" for 2.3.4). An own title the outline mapped by its chapter's text or the hub
    correction (a Lithuanian policy brief's "Rekomendacijos" → 2.6, rank 3; "Apklausų duomenys" → 2.2.1,
    rank 11) is no Annex heading. A segmentation without ``heading_source`` (an analysis written before
    it) counts every numbered or title heading, as before.
    """
    return sum(1 for info in seg.sections.values() if info.present and info.method in ("numbered", "title")
               and (info.heading_source != "own_title" or info.heading_rank == 1))


def assess_scope(matches: Matches, seg: Segmentation | None = None, threshold: float = SCOPE_THRESHOLD) -> ScopeDecision:
    """Decide whether the document of ``matches`` is in scope.

    Args:
        matches: output of :func:`analyser.match.match`; its ``topic_sim``
            (P,) and passages are used.
        seg: the segmentation (for the legal-act structure; None: not checked).
        threshold: score at or above which the document is in scope.

    Returns:
        The :class:`ScopeDecision`. A document with no answer passage at all
        is out of scope ("no answer text").
    """
    topic = matches.topic_sim
    if topic is None:
        return ScopeDecision(True, 1.0, "scope not assessed: no topicality model for this encoder", assessed=False)
    n_words = np.array([len(p.text.split()) for p in matches.passages], dtype=np.float64)
    tables = np.array([figure_table(p.text) for p in matches.passages], dtype=bool)
    weight = np.where((n_words >= MIN_PASSAGE_WORDS) & ~tables, n_words, 0.0)
    if weight.sum() == 0:
        return ScopeDecision(False, 0.0, "no answer text")
    repeated = repeated_passages([p.text for p in matches.passages])
    if weight[~repeated].sum() > 0:  # boilerplate repeated under several headings says nothing of the document's topic
        weight = np.where(repeated, 0.0, weight)
    score = float(np.clip((weight * topic).sum() / weight.sum(), 0.0, 1.0))
    share = float(weight[topic >= 0.5].sum() / weight.sum())
    # the joined read only for a document written under the Annex's headings: one-line items with none (fresh8's Italian
    # budget-law chapter, 0.40 → 0.71 read joined) stay read passage by passage
    items = _item_read(matches, weight) if score < threshold and seg is not None and annex_headed_sections(seg) >= 1 else None
    # the joined read lifts how the text reads (a paragraph, not a list line), not what it is about: it counts only for a
    # document whose answers name asylum or migration (fourteenth session: an Italian transport strategy of one line per
    # section read 0.47 by passage and 0.60 joined across its sections; the migration share 0% kept it out only because
    # it has a title page)
    if items is not None and items[0] >= threshold and migration_share(matches, seg) < MIGRATION_MIN_SHARE:
        items = None
    if items is not None and items[0] >= threshold:
        score, share = items  # written as one-sentence items: read with the items of a section joined
    genre = (round(float(np.clip((weight * matches.genre_sim).sum() / weight.sum(), 0.0, 1.0)), 4)
             if matches.genre_sim is not None and len(matches.genre_sim) == len(weight) else None)
    title = round(matches.title_sim, 4) if matches.title_sim is not None else None
    title_other = round(matches.title_other_sim, 4) if matches.title_other_sim is not None else None
    # a title page that names no strategy vetoes only if one of its lines names another kind (None: no naming model)
    names_other = title_other is None or title_other >= TITLE_OTHER_THRESHOLD

    def out(reason: str, title_other: float | None = None) -> ScopeDecision:
        # out by a structural or wording cue: the topicality score (capped at 0.98) halved, the models' scores kept
        return ScopeDecision(False, round(min(score, 0.98) / 2, 4), reason, genre=genre, title=title, title_other=title_other)

    n_legal, n_blocks = legal_headings(seg) if seg is not None else (0, 0)
    if n_legal >= LEGAL_MIN_HEADINGS and n_legal >= LEGAL_MIN_SHARE * n_blocks:
        return out(f"structured as a legal act ({n_legal} article headings)")
    n_annex = annex_headed_sections(seg) if seg is not None else 0
    preamble = legal_preamble(seg) if seg is not None else LegalPreamble()
    if preamble.is_legal and n_annex < GENRE_EXEMPT_SECTIONS:
        return out(f"structured as a legal act (preamble: {preamble.describe()})")
    n_fields, form_words = form_fields(seg) if seg is not None else (0, 0)
    if n_fields >= FORM_MIN_FIELDS and n_fields * 100.0 >= FORM_MIN_DENSITY * max(form_words, 1):
        return out(f"structured as a form to fill in ({n_fields} fill-in fields)")
    amending = amendment_instructions(seg) if seg is not None else ()
    if len(amending) >= AMENDMENT_MIN_INSTRUCTIONS:
        return out(f"an amendment of another text, not a strategy: {len(amending)} amending instructions (\"{amending[0][:60]}\" …); "
                   f"read it with the strategy it amends")
    if (score >= threshold and genre is not None and genre < GENRE_THRESHOLD and n_annex < GENRE_EXEMPT_SECTIONS
            and not (seg is not None and action_plan_table(seg)) and not names_own_strategy(title, seg)
            and not (seg is not None and strategy_title_line(seg))):
        return out(f"written as a report, paper, press release, article or judgment rather than as a strategy's plans "
                   f"and measures (genre {genre:.2f})")
    if score >= threshold and title is not None and title < TITLE_THRESHOLD and names_other and n_annex < GENRE_EXEMPT_SECTIONS:
        named = f", names another kind {title_other:.2f}" if title_other is not None else ""
        return out(f"its title page names another kind of document (a press release, a municipal or regional plan, a "
                   f"budget, a communication, a report …) rather than a national strategy (title {title:.2f}{named})",
                   title_other=title_other)
    # the cues below put out a document that topicality, genre and title page would take in (the reasons above stay
    # first): each is computed only when the document is still in (procurement marks read every block, ~0.5 s)
    if score < threshold or seg is None:
        return _topicality_decision(score, share, threshold, genre, title, title_other)
    procurement = procurement_marks(seg)
    if len(procurement) >= PROCUREMENT_MIN_KINDS:
        return out(f"structured as a call for tenders (procurement marks: {', '.join(_PROCUREMENT_NAMES[k] for k in procurement)})")
    vacancy = vacancy_marks(seg)
    if len(vacancy) >= VACANCY_MIN_KINDS:
        return out(f"structured as a job advert (its parts: {', '.join(vacancy)})")
    kind = kind_line(seg)
    if kind is not None:
        article = "an" if kind[0] in "aeiou" else "a"
        return out(f"its opening line names another kind of document: {article} {kind}")
    n_city = municipal_actor(seg)
    if n_city >= MUNICIPAL_MIN_SENTENCES:
        return out(f"written by a municipality: {n_city} of its sentences have the city as their subject")
    n_quotes = attributed_quotes(seg)
    if n_quotes:
        return out(f"written as news or a press release: it quotes a speaker ({n_quotes} attributed quotation"
                   f"{'s' if n_quotes > 1 else ''})")
    press = press_marks(seg)
    if len(press) >= PRESS_MIN_KINDS:
        return out(f"written as a press release (its parts: {', '.join(press)})")
    to_government = addresses_government(seg)
    if to_government:
        return out(f"written to the government, not by it: \"{to_government[0]}\"")
    # asked only of a document with a title page that names neither: it presents itself as a document of another
    # field; an untitled excerpt or chapter is left to topicality and genre (a word list misses words: a Croatian
    # 2.1.1 chapter and a Latvian 2.3.2 chapter without a title page read 0%, tests/data/scope_probe8)
    if title_page(seg) and not title_names_migration(seg) and (migration := migration_share(matches, seg)) < MIGRATION_MIN_SHARE:
        return out(f"about another policy field: {migration:.0%} of its answer text names asylum or migration (from "
                   f"{MIGRATION_MIN_SHARE:.0%}) and its title page does not", title_other=title_other)
    # eleventh session (scope9), asked last so that the documents the cues above put out keep their reason
    integration = integration_title(seg)
    if integration is not None:
        return out(f"an integration strategy, not an asylum and migration management strategy: its title \"{integration[:80]}\" "
                   f"names integration and neither asylum nor migration")
    paper = paper_marks(seg)
    if len(paper) >= PAPER_MIN_KINDS:
        return out(f"structured as a research paper (its parts: {', '.join(paper)})")
    election = election_marks(seg)
    if election:
        return out(f"written as a party's election manifesto: \"{election[0]}\"")
    # twelfth session (scope10), asked last so that the documents the cues above put out keep their reason
    appropriations = appropriation_lines(seg)
    if len(appropriations) >= APPROPRIATION_MIN:
        return out(f"structured as a budget: {len(appropriations)} appropriation formulas (\"{appropriations[0]}\" …)")
    # thirteenth session (debate13), asked last: the record of a debate on the strategy (its agenda line names the strategy)
    turns = debate_record(seg)
    if turns:
        return out(f"the record of a debate or hearing, not a strategy: {len(turns)} speaker turns by {len(set(turns))} speakers "
                   f"(\"{turns[0][:40]}\", \"{turns[1][:40]}\" …)")
    # thirteenth session (scope11), asked last so that the documents the cues above put out keep their reason
    n_sentences, eu_law = eu_law_sentences(seg)
    if len(eu_law) >= EU_LAW_MIN_SENTENCES and len(eu_law) >= EU_LAW_MIN_SHARE * n_sentences:
        return out(f"a description of EU law, not a national strategy: {len(eu_law)} of its {n_sentences} sentences have an EU "
                   f"act or the member states as their subject (\"{eu_law[0][:60]}\" …)")
    # fourteenth session (scope14), asked last so that the documents the cues above put out keep their reason
    call = call_marks(seg)
    if len(call) >= CALL_MIN_KINDS:
        return out(f"structured as a call for project proposals (its parts: {', '.join(call)})")
    # fifteenth session (scope15b), asked last so that the documents the cues above put out keep their reason
    report = report_marks(seg)
    if len(report) >= REPORT_MIN_KINDS:
        return out(f"written as a body's annual or activity report (its parts: {', '.join(report)})")
    return _topicality_decision(score, share, threshold, genre, title, title_other)



TABLE_MIN_CELL_SHARE = 0.5
"""Share of a passage's tokens that are figures or cell rules ("|", "7 900", "2025", "40 %") from which it is a table of
figures (:func:`figure_table`)."""


def figure_table(text: str) -> bool:
    """Whether a passage is a table of figures written as text: at least :data:`TABLE_MIN_CELL_SHARE` of its tokens are cell
    rules ("|") or hold a digit, e.g. "| Year | Applications | Returns | | 2023 | 11 600 | 6 900 | …" (a Markdown or pipe
    table). Such a passage carries no weight in the scope score, as list stubs and table cells shorter than
    :data:`MIN_PASSAGE_WORDS` do not: the topicality and genre models, fitted on paragraphs, read a table of figures as a
    report's (fresh9 #4's Cypriot table read topicality 0.05 and, 34 of the strategy's 179 words, kept it out at 0.45;
    fourteenth session, scope14). Only a table with a "|" rule counts: a sentence full of figures is prose."""
    tokens = text.split()
    if not tokens or "|" not in tokens:
        return False
    return sum(1 for t in tokens if t == "|" or any(c.isdigit() for c in t)) >= TABLE_MIN_CELL_SHARE * len(tokens)


ITEM_MIN_SHARE = 0.5
"""Share of a document's answer words (passages of :data:`MIN_PASSAGE_WORDS` words or more) in passages of a single
sentence from which it is written as one-sentence items and is read a second time with them joined per section
(:func:`analyser.match.item_units`, ``Matches.item_topic_sim``): half its text, so that a strategy of paragraphs with a
few bullet lists is read as before."""


def _item_read(matches: Matches, weight: np.ndarray) -> tuple[float, float] | None:
    """The topicality score and share of a document written as one-sentence items, read with the items of each section
    joined (thirteenth session, scope11); None for a document of paragraphs (under :data:`ITEM_MIN_SHARE` of its answer
    words in one-sentence passages) or without the joined read (``Matches.item_topic_sim`` None).

    Asked only when the passage read is below the threshold: fresh8 #5 (English numbered one-sentence paragraphs) read
    0.46, scope_heldout11's Greek twin 0.42; a one-sentence passage is read by the topicality model as a list line or
    a figure, the model being fitted on paragraphs. The genre, title and every cue still decide after it.
    """
    if matches.item_topic_sim is None or matches.item_words is None or len(matches.sentence_passage) == 0:
        return None
    per_passage = np.bincount(np.asarray(matches.sentence_passage), minlength=len(weight))[: len(weight)]
    if weight[per_passage == 1].sum() < ITEM_MIN_SHARE * weight.sum():
        return None
    w = np.where(matches.item_words >= MIN_PASSAGE_WORDS, matches.item_words, 0.0)
    if w.sum() == 0:
        return None
    t = matches.item_topic_sim
    return float(np.clip((w * t).sum() / w.sum(), 0.0, 1.0)), float(w[t >= 0.5].sum() / w.sum())


def _topicality_decision(score: float, share: float, threshold: float, genre: float | None, title: float | None,
                         title_other: float | None) -> ScopeDecision:
    """The decision of the topicality score alone (no cue put the document out): in scope from ``threshold``."""
    if score >= threshold:
        return ScopeDecision(True, round(score, 4), f"{share:.0%} of its answer text reads like asylum and migration strategy text",
                             genre=genre, title=title, title_other=title_other)
    # the score (mean probability) and the share (words of passages at 0.5 or more) are two measures: name both,
    # "only 0%" beside a score of 0.25 read as a contradiction (fresh-eyes, Bulgarian debate transcript)
    return ScopeDecision(False, round(score, 4),
                         f"scope score {score:.2f}, in scope from {threshold:g}; only {share:.0%} of its answer text reads like "
                         f"asylum and migration strategy text", genre=genre, title=title)


_TURN_ROLE = re.compile(  # a word naming who speaks in a parliament or a hearing (24 languages, word starts; forms of address)
    r"(?<!\w)(?:deput|teachta|senat|sénat|senad|abg\.|abgeordnet|mdb\b|mdep|parlamentari|poseł|posłan|posel|poslan|zastupni|képvisel"
    r"|депутат|βουλευτ|folketingsmedlem|riksdagsledamot|kansanedustaj|riigikogu liige|deputāt|seimo nar|membru|onorevol|on\."
    r"|kamerlid|mevrouw|de heer|mr\.?\s|mrs\.?\s|ms\.?\s|herr\s|frau\s|m\.\s|mme\b|mmes\b|pan\s|pani\s|señor|señora|sr\.|sra\."
    r"|sig\.|anf\.|ceann comhairle|cathaoirleach|speaker|chair|preside|präsident|président|prezydent|předsed|predsed|predsjedni"
    r"|elnök|preşedint|președint|председател|πρόεδρ|formand|talman|puhemie|esimees|priekšsēdētāj|pirminink|voorzitter"
    r"|marsza[łl]|\w*minist(?:er|erin|ern|eri|re|ro|ra|r|rė|eris)\b|υπουργ|министъ|staatssekretär|secretar|sekretarz|statsråd"
    r"|witness|zeuge|témoin|rapporteur|berichterstatt)", re.IGNORECASE)
_TURN_CAPS_NAME = re.compile(r"^(?:[Aa]nf\.\s*\d+\s+)?(?:[^\W\d_]+\s+)?[A-ZÀ-ÖØ-ÝĀ-ŽА-ЯΑ-Ω][A-ZÀ-ÖØ-ÝĀ-ŽА-ЯΑ-Ω'’\-]+"
                             r"(?:\s+[A-ZÀ-ÖØ-ÝĀ-ŽА-ЯΑ-Ω][A-ZÀ-ÖØ-ÝĀ-ŽА-ЯΑ-Ω'’\-]+)+(?:\s*\([^)\n]{1,40}\))?$")
_TURN_COLON = re.compile(r"^\s*([^:\n]{2,100}?)\s*:\s+\S")
_TURN_PERIOD = re.compile(  # the French and Italian record: "M. le président. …", "Mme X (GDR). …", "MATTEO MAURI (PD-IDP). …"
    r"^\s*((?:M|Mme|MM|Mmes|Mlle)\.?\s[^.\n]{1,80}?|[A-ZÀ-ÖØ-ÝĀ-Ž][A-ZÀ-ÖØ-ÝĀ-Ž'’\- ]{2,60}(?:,[^.\n]{1,60})?)"
    r"(?:\s*\([^)\n]{1,40}\))?\.\s+(?:[–—-]\s*)?\S")
_TURN_NUMBER = re.compile(r"^(?:anf\.\s*)?\d+\.?\s+", re.IGNORECASE)
TURN_LABEL_WORDS = 10
"""Words a speaker label ("Minister for Justice (Deputy A. Byrne)", "Anf. 2 Migrationsminister JOHAN FORSSELL (M)") has at most."""
TRANSCRIPT_MIN_TURNS = 4
"""Speaker turns from which a document is read as the record of a debate or hearing (with a speaker who speaks again)."""


def speaker_turns(seg: Segmentation) -> tuple[str, ...]:
    """The speaker labels of the lines that open a speaker's turn, in document order, as a parliament's or a hearing's record
    writes them (every line of every block but running headers and footers): a label of at most :data:`TURN_LABEL_WORDS`
    words then a colon ("Deputy C. Murphy:", "Abg. Filiz Polat (BÜNDNIS 90/DIE GRÜNEN):", "Marszałek:", "Anf. 3 ANNA LASSES
    (C):") or, in the French and Italian style, a full stop ("M. le président.", "Mme Elsa Faucillon (GDR).", "PRESIDENTE.",
    "MATTEO MAURI (PD-IDP)."), where the label names a speaker's role or a form of address (``_TURN_ROLE``: deputy,
    minister, Abg., poseł, M./Mme, Präsidentin, talman, voorzitter … 24 languages) or is a name in capitals; then speech.
    Labels are returned lower-cased, whitespace collapsed, a turn number ("Anf. 3 ") dropped: the same speaker compares equal."""
    labels: list[str] = []
    for sb in seg.blocks:
        if sb.role == "header_footer":
            continue
        for line in sb.block.text.split("\n"):
            m = _TURN_COLON.match(line) or _TURN_PERIOD.match(line)
            if m is None:
                continue
            label = " ".join(m.group(1).split())
            if len(label.split()) > TURN_LABEL_WORDS:
                continue
            caps = _TURN_CAPS_NAME.match(re.sub(r",.*$", "", label))
            if _TURN_ROLE.search(label + " ") or caps:  # the turn's number ("Anf. 12", the Riksdag's) does not name the speaker
                labels.append(_TURN_NUMBER.sub("", label).lower())
    return tuple(labels)


def debate_record(seg: Segmentation) -> tuple[str, ...]:
    """The speaker turns of a document that is the record of a debate, a hearing or a committee sitting (a transcript: the
    strategy discussed, not the strategy), or ``()``: at least :data:`TRANSCRIPT_MIN_TURNS` turns (:func:`speaker_turns`)
    by at least two speakers, one of whom speaks again after another (a dialogue; a strategy's list of responsibilities
    "Minister for Justice: …", "Minister for Foreign Affairs: …" names each minister once). Such a record quotes a
    minister's figures and an agenda line naming the strategy ("National Asylum and Migration Management Strategy:
    Statements", fresh10 ``en-ie-dail-debate.txt``) that :func:`strategy_title_line` reads as the strategy's title."""
    turns = speaker_turns(seg)
    if len(turns) < TRANSCRIPT_MIN_TURNS or len(set(turns)) < 2:
        return ()
    seen: set[str] = set()
    for prev, label in zip(turns, turns[1:]):
        seen.add(prev)
        if label != prev and label in seen:
            return turns
    return ()


def scope_warning(decision: ScopeDecision) -> str:
    """The W601 message of an out-of-scope document, e.g. "not an asylum and migration strategy: scope score 0.21, … only 8% …; coverage not assessed"."""
    return Warnings.W601.format(reason=decision.reason)
