"""Match key elements with the member state's answer passages.

Passages are built from answer text only (roles ``answer`` and
``answer_list_item``; never template text, so a reproduced question cannot
count as its own answer). Each passage is made of whole sentences and holds at
most the model's token limit, counted with the model's own tokenizer; a single
sentence longer than the limit is cut and the passage marked ``truncated``.

Every key element is queried with its wording in several languages — the
template pack of the document's language where there is one, the official Dutch
wording, and the English descriptor — and the cosines of the variants are
averaged. Sentences are embedded too, for evidence highlighting and for
one-sentence ("partial") mentions.

The evidence bank (:class:`EvidenceBank`) holds, besides the annotated answer blocks, hand-written
compact examples: short paragraphs that answer two or three key elements of one section in a
sentence each (:func:`analyser.bank_build.load_compact_examples`), the style of a compact strategy
that the development strategies (one key element per paragraph) do not show.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from .embed import CENTRE_PRIOR_WEIGHT, Encoder, centre_document, load_vector_bank, save_vector_bank
from .aspects import AspectSet, load_aspects
from .non_answer import NonAnswer, non_answer_kind
from .schema import Block, Passage, Segmentation
from .stored_fits import stored_or_fit
from .template import Template
from .text import split_sentences, table_rows

logger = logging.getLogger(__name__)

PASSAGE_ROLES = frozenset({"answer", "answer_list_item"})
PROBE_ALPHA = 0.1
"""Ridge penalty of the evidence probe (:meth:`EvidenceBank.probe`), on unit-norm embeddings."""
VOTE_TEMPERATURE = 10.0
"""Softmax temperature of the k-NN votes (:meth:`EvidenceBank.votes`) on document-centred cosines."""
TOPIC_C = 10.0
"""Inverse L2 strength of the topicality model (:meth:`EvidenceBank.topicality`), on unit-norm embeddings."""
GENRE_C = 1.0
"""Inverse L2 strength of the genre model (:meth:`EvidenceBank.genre`), on standardised descriptor contrasts."""
GENRE_DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "strategy": (
        "A national strategy of the government: the measures, objectives and commitments the state will implement in the "
        "coming years, organised by policy area.",
        "The government will set up, ensure, allocate funding and staff; planned actions, targets and deadlines of the state.",
    ),
    "paper": (
        "An academic research paper: research question, data, method, regression results, literature review and references.",
        "A scientific study by researchers analysing survey or register data, with findings and limitations.",
    ),
    "press": ("A press release of a ministry: the minister said today, quotes, for more information contact the press office.",),
    "news": ("A newspaper article reporting recent events, quoting local residents, officials and experts.",),
    "ngo": ("An NGO monitoring report documenting findings from visits and interviews and recommending that the ministry "
            "improve conditions.",),
    "judgment": ("A court judgment on an appeal: the applicant, the claims, the reasoning of the court and its decision.",),
    "parliament": ("A parliamentary question to the minister and the minister's written answer.",),
    "law": ("A law or regulation: articles, paragraphs and legal provisions.",),
    "annual_report": ("An annual report of an organisation about its activities and finances in the past year.",),
}
"""Descriptions of document genres (English, embedded as e5 queries) whose cosines to a passage are contrasted
within the passage (:func:`genre_features`): a strategy's plans and measures against the genres that write about
asylum without being a strategy (research papers, press releases, news, NGO reports, judgments, parliamentary
questions, laws, annual reports)."""
TITLE_KINDS: dict[str, str] = {
    "strategy": "national strategy of the government",
    "press": "press release of the ministry",
    "municipal": "municipal plan of the city council",
    "regional": "regional plan of the regional government",
    "budget": "budget: appropriations and expenditure",
    "eu": "communication from the European Commission",
    "debate": "record of a parliamentary debate",
    "paper": "research paper",
    "report": "report",
    "judgment": "court judgment",
    "law": "law",
    "news": "news article",
}
"""Short names of kinds of documents (English, embedded as e5 queries; "strategy" first) whose cosines to a block of
the document's title page are contrasted within the block (:func:`title_features`): a title page names what the
document is ("Pressiteade", "PLAN MUNICIPAL DE INCLUSIÓN", "Kommunales Integrationskonzept", "COMMUNICATION FROM THE
COMMISSION", "Národná stratégia …") where its paragraphs, announcing or planning measures, read like a strategy's."""
TITLE_NAMING_KINDS: dict[str, str] = {
    "strategy": "national strategy of the government",
    "policy": "national policy of the government",
    "action_plan": "national action plan of the government",
    "programme": "national programme of the government",
    "press": "press release",
    "municipal": "municipal plan of the city council",
    "regional": "regional plan of the regional government",
    "budget": "budget: appropriations and expenditure",
    "eu": "communication from the European Commission",
    "debate": "record of a parliamentary debate",
    "question": "parliamentary question and the minister's answer",
    "paper": "research paper",
    "report": "report",
    "annual_report": "annual report",
    "ngo": "report of a non-governmental organisation",
    "judgment": "court judgment",
    "law": "law",
    "news": "news article",
    "tender": "call for tenders",
}
"""Kinds of documents a title-page *line* may name (English, embedded as e5 queries), for the naming model
(:meth:`EvidenceBank.title_names_other`). The first :data:`TITLE_STRATEGY_LIKE` are what a national asylum and
migration strategy is called (a strategy, a policy, an action plan, a programme: "Asiel- en migratiebeleid",
"Plan nacional", "Krajowy program"); the others are other kinds of documents."""
TITLE_STRATEGY_LIKE = 4
"""Number of leading :data:`TITLE_NAMING_KINDS` that name what a national strategy is called."""
TITLE_PRESS_NAMES: tuple[str, ...] = (
    "press release", "Pressemitteilung", "communiqué de presse", "persbericht", "nota de prensa", "comunicato stampa",
    "comunicado de imprensa", "komunikat prasowy", "tisková zpráva", "tlačová správa", "sporočilo za javnost",
    "priopćenje za medije", "прессъобщение", "comunicat de presă", "sajtóközlemény", "tiedote", "pressiteade",
    "preses relīze", "pranešimas spaudai", "pressmeddelande", "pressemeddelelse", "δελτίο τύπου", "stqarrija għall-istampa",
    "preasráiteas")
""""Press release" in the EU's 24 official languages (each also embedded without its accents, as a title set in
capitals reads once lower-cased: "ΔΕΛΤΙΟ ΤΥΠΟΥ" → "δελτιο τυπου"). The press kind of a line is its largest cosine
to these: a press release's title page names it in one word that e5 matches poorly to the English query
("pressiteade" 2.5 standard deviations above the neutral lines against the English query, 4.2 against the names;
"persbericht" read as "report")."""
_TITLE_LINE_SPLIT = re.compile(r"\n|\s\|\s|\s/\s|,\s(?=\d)")
_CAPITALS = (  # the member states' capitals, in their own languages and in English, French, German
    r"wien|vienna|vienne|bruxelles|brussel|brussels|brüssel|sofia|софия|zagreb|nicosia|λευκωσία|λευκωσια|lefkoşa|praha|prague"
    r"|prag|københavn|kobenhavn|copenhagen|tallinn|helsinki|helsingfors|paris|berlin|athens|athènes|athen|αθήνα|αθηνα|athina"
    r"|budapest|dublin|baile átha cliath|roma|rome|rom|rīga|riga|vilnius|luxembourg|luxemburg|lëtzebuerg|valletta|den haag"
    r"|'s-gravenhage|the hague|la haye|amsterdam|warszawa|warsaw|varsovie|warschau|lisboa|lisbon|lisbonne|lissabon|bucurești"
    r"|bucuresti|bucharest|bucarest|bukarest|bratislava|ljubljana|madrid|stockholm")
_MONTHS = (  # month stems in the 24 languages (a word of a date line starts with one)
    r"jan|feb|mar|mär|apr|mai|may|maj|mei|jun|jul|aug|sep|oct|okt|nov|dec|dez|gen|giu|lug|ago|set|ott|dic|ene|abr|fev|fév"
    r"|out|avr|juin|juil|aoû|déc|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru|led|úno|bře|dub|kvě|čer|srp|zář|říj|pro|sij|velj"
    r"|ožu|tra|svi|kol|ruj|stu|tamm|helm|maal|huht|touk|kesä|hein|elok|syys|loka|marr|joul|már|ápr|máj|jún|júl|sze|veeb"
    r"|märts|dets|saus|vasa|kov|bala|gegu|birž|liep|rugp|rugs|spal|lapk|gruo|maij|jūn|jūl|ιαν|φεβ|μαρ|απρ|μαΐ|μαι|ιουν|ιουλ"
    r"|αυγ|σεπ|οκτ|νοε|νοέ|δεκ|яну|фев|мар|апр|май|юни|юли|авг|сеп|окт|ное|дек|ean|fea|márt|aib|beal|meith|iúil|lún|meán"
    r"|deir|samh|noll|jann|frar|marz|mejj|ġunj|lulj|awwi|sett|ottu|diċe|ian|iun|iul|noi")
_PLACE_DATE_LINE = re.compile(r"^(?:{})\b[\s,.]*(?P<rest>.*)$".format(_CAPITALS))
_MONTH_WORD = re.compile(r"^(?:{})".format(_MONTHS))
_FILE_NUMBER_LINE = re.compile(  # a file number: its label, then a code with a digit ("Dnr Ju2026/00412", "KLASA: 011-01/26-01/12")
    r"^(?:dnr|dnro|dno|diarienr|diarienummer|j\.\s?nr|journalnr|journalnummer|sagsnr|saksnr|az|aktenzeichen|gz|gzl"
    r"|geschäftszahl|klasa|urbroj|ur\.\s?broj|ref|réf|n/réf|v/réf|ref\.ª|reference|référence|riferimento|referencia|referência"
    r"|č\.\s?j|čj|sp\.\s?zn|č\.\s?sp|č\.\s?spisu|znak|znak sprawy|sygn|sygnatura|kenmerk|ons kenmerk|zaaknummer|prot|protocollo"
    r"|prot\.\s?n|n\.\s?prot|αρ\.\s?πρωτ|αριθμ\.\s?πρωτ|рег\.\s?№|изх\.\s?№|reg\.\s?nr|lyg\.\s?nr|iktatószám|ügyszám|nr|no|n°|nº|№"
    r"|exp|expediente|processo|proc|dossier|file|file no|our ref|numéro|número|numero|broj|číslo|číslo spisu)"
    r"\b[.:]?\s*(?:(?:no|nr|n°|nº|№)\.?\s*)?[:.]?\s*(?P<code>\S*\d[\S]*(?:\s+\S*\d\S*)*)\s*$")


def neutral_title_line(line: str) -> bool:
    """Whether a title-page line (lower-cased, :func:`title_lines`) is only a place and date or a file number.

    Such a line names no kind of document, but e5 reads it near the naming model's boundary ("stockholm 2026"
    0.53, "dnr ju2026/00412" 0.56, "helsinki 2026" 0.48): a strategy's front matter of ministry, place, date and
    file number must not veto it (:meth:`EvidenceBank.title_names_other`). A place-and-date line opens with a
    member state's capital (``_CAPITALS``, own language, English, French, German) and goes on with at most a date:
    digits, words of up to three letters ("im", "le", "dne"; "dnia") and month names (``_MONTHS``, 24 languages),
    e.g. "berlin, im märz 2026", "zagreb, ožujak 2026.", "stockholm". A file number is a file-number label
    ("dnr", "az.", "klasa:", "réf.", "sygn.", "αρ. πρωτ." …) and a code holding a digit, e.g. "dnr ju2026/00412".
    "report 2026" or "pressiteade" is neither.
    """
    line = line.strip()
    if _FILE_NUMBER_LINE.match(line):
        return True
    m = _PLACE_DATE_LINE.match(line)
    if not m:
        return False
    words = re.findall(r"[^\W\d_]+", m.group("rest"))
    return all(len(w) <= 3 or w == "dnia" or _MONTH_WORD.match(w) for w in words)


def naming_lines(texts: Sequence[str]) -> list[str]:
    """The title-page lines the naming model reads (:meth:`EvidenceBank.title_names_other`): :func:`title_lines` without
    the lines that are only a place and date or a file number (:func:`neutral_title_line`); may be empty."""
    return [line for line in title_lines(texts) if not neutral_title_line(line)]


NEGATIVES_VOTE = True
"""Whether negative blocks take part in the k-NN votes and the probe too (not only in the topicality model).
Measured leave-one-document-out: with them macro-F1 0.911 / ECE 0.021, without 0.904 / 0.032."""


@dataclass(frozen=True)
class MatchConfig:
    """Settings of the match stage.

    Attributes:
        max_tokens: passage budget in model tokens (e5: 512 including specials and prompt).
        query_languages: extra languages always used as queries besides the
            document's own ("nl" is the official wording we have, "en" the descriptor).
        batch_size: encoder batch size.
    """

    max_tokens: int = 512
    query_languages: tuple[str, ...] = ("nl", "en")
    batch_size: int = 32


@dataclass(frozen=True)
class Matches:
    """Output of :func:`match`.

    Attributes:
        key_element_ids: (K,) ids in Annex order.
        passages: (P,) passages.
        sentences: (S,) sentence texts; ``sentence_passage[s]`` is the index of its passage.
        passage_sim: float32 (K, P) cosine similarity key element × passage,
            averaged over the query languages.
        sentence_sim: float32 (K, S) the same for sentences.
        query_languages: languages whose wording was used as queries.
        exemplar_sim: float32 (K, P) in [0, 1]: share of each passage's nearest
            annotated answer blocks (other documents, any language) that are gold
            evidence of each key element (:class:`EvidenceBank`); None without a bank.
        probe_sim: float32 (K, P): the bank's linear probe (:meth:`EvidenceBank.probe`)
            on each passage; None without a bank.
        topic_sim: float32 (P,) in [0, 1]: probability that each passage reads like the
            answer text of an asylum and migration strategy rather than like the bank's
            negative documents (:meth:`EvidenceBank.topicality`, absolute, not centred);
            None without a bank or when the bank holds no negatives.
        title_sim: in [0, 1]: probability that the document's title page (its leading front
            matter, :func:`title_page`) names a strategy rather than another kind of document
            (:meth:`EvidenceBank.title`); None without a title page, a bank or a title model.
        title_other_sim: in [0, 1]: probability that a line of the title page names another kind
            of document than a strategy (:meth:`EvidenceBank.title_names_other`); low for a title
            page of neutral lines (a ministry, a place and date); None without a title page, a bank
            or a naming model.
        genre_sim: float32 (P,) in [0, 1]: probability that each passage is written in a
            strategy's genre (plans, measures, commitments of the state) rather than as a
            research paper, report, press release, news article, judgment or the like,
            whatever its topic and language (:meth:`EvidenceBank.genre`); None without a
            bank or when the bank has no genre set.
        passage_vectors: float32 (P, dim) L2-normalised passage embeddings (kept for the store).
        sentence_exemplar_sim, sentence_probe_sim: float32 (K, S): the bank's k-NN vote
            and probe on each *sentence* on its own (centred on the document's sentences);
            a paragraph that answers several key elements in a sentence each (a compact
            strategy: return, Dublin and voluntary departure in three sentences) is evidence
            of its dominant element at the passage level only. None without a bank.
        window_passage: int (W,) the passage of each *sentence window* (:func:`sentence_windows`: 1 to
            :data:`WINDOW_MAX` consecutive sentences of a passage of two or more, never the whole passage);
            window_sentences: int (W, 2) its first sentence and the sentence after its last.
        window_exemplar_sim, window_probe_sim: float32 (K, W): the bank's k-NN vote and probe on each
            window (its embedding the re-normalised sum of its sentences' embeddings, no extra encoding);
            window_topic_sim: float32 (W,) its topicality against the negatives (None without negatives);
            window_sim: float32 (K, W) its cosine to each key element's queries (exact: the queries'
            cosines to its sentences summed over the window, divided by the sum vector's norm).
            A paragraph answering several key elements is scored per window too
            (:func:`analyser.score.compute_features`, ``win_*``). None without a bank.
        non_answers: the answer sentences left out of the passages because they state nothing yet — a
            placeholder ("to be determined", "under preparation") or a bare reference to another document
            ("See the National Action Plan, chapter 4") (:mod:`analyser.non_answer`): no evidence of any key
            element; written as warning W602 of ``analysis.json``.
        sentence_aspect_z: float32 (S, A): for every answer sentence, how far each aspect (the separate asks of
            the key elements, ``data/aspects.yaml``) stands above the sentence's cosines to all aspects, in
            standard deviations (:func:`sentence_aspect_z`; the ``zrow`` of
            :func:`analyser.aspect_score.aspect_features`); None without aspects.
        aspect_key_elements: (A,) the key element of each column of ``sentence_aspect_z``.
        item_topic_sim: float32 (U,) in [0, 1]: the topicality of the document read with its one-sentence
            passages joined (:func:`item_units`: consecutive one-sentence passages of one section, list markers
            "1." "-" dropped, one unit each; every other passage a unit of its own); item_words: float (U,) the
            words of each unit. Read by :func:`analyser.scope.assess_scope` for a document written as one-sentence
            items. None without a bank with negatives, or when no two one-sentence passages of a section follow
            each other (the units would be the passages).
    """

    key_element_ids: tuple[str, ...]
    passages: tuple[Passage, ...]
    sentences: tuple[str, ...]
    sentence_passage: np.ndarray
    passage_sim: np.ndarray
    sentence_sim: np.ndarray
    query_languages: tuple[str, ...]
    exemplar_sim: np.ndarray | None = None
    probe_sim: np.ndarray | None = None
    passage_vectors: np.ndarray | None = None
    topic_sim: np.ndarray | None = None
    genre_sim: np.ndarray | None = None
    sentence_exemplar_sim: np.ndarray | None = None
    title_sim: float | None = None
    title_other_sim: float | None = None
    sentence_probe_sim: np.ndarray | None = None
    window_passage: np.ndarray | None = None
    window_exemplar_sim: np.ndarray | None = None
    window_probe_sim: np.ndarray | None = None
    window_topic_sim: np.ndarray | None = None
    window_sim: np.ndarray | None = None
    window_sentences: np.ndarray | None = None
    non_answers: tuple[NonAnswer, ...] = ()
    sentence_aspect_z: np.ndarray | None = None
    aspect_key_elements: tuple[str, ...] = ()
    item_topic_sim: np.ndarray | None = None
    item_words: np.ndarray | None = None


def sentence_aspect_z(s_vecs: np.ndarray, q_vecs: np.ndarray, q_aspect: Sequence[int], n_aspects: int) -> np.ndarray:
    """Per answer sentence, each aspect's cosine against the sentence's cosines to all aspects (a z-score).

    The sentences are centred on their mean (from two sentences on) and the queries on theirs (from two
    queries on), then re-normalised, as :func:`analyser.aspect_score.aspect_features` does; an aspect's cosine
    is the best of its queries'. Within one sentence the language shift is shared by every aspect, so the
    z-score says which asks the sentence is about whatever its language (no cosine threshold).

    Args:
        s_vecs: (S, dim) L2-normalised sentence embeddings.
        q_vecs: (m, dim) L2-normalised aspect query embeddings.
        q_aspect: (m,) the aspect index (0 .. n_aspects - 1) of each query row; every aspect needs one.
        n_aspects: A.

    Returns:
        float32 (S, A); (0, A) without sentences.
    """
    s = np.asarray(s_vecs, dtype=np.float32)
    q = np.asarray(q_vecs, dtype=np.float32)
    idx = np.asarray(q_aspect, dtype=int)
    if not len(s):
        return np.zeros((0, n_aspects), np.float32)

    def unit(x: np.ndarray) -> np.ndarray:
        return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-6)

    if len(q) > 1:
        q = unit(q - q.mean(axis=0))
    if len(s) > 1:
        s = unit(s - s.mean(axis=0))
    cos = s @ q.T
    per = np.stack([cos[:, idx == j].max(axis=1) for j in range(n_aspects)], axis=1)
    return ((per - per.mean(axis=1, keepdims=True)) / (per.std(axis=1, keepdims=True) + 1e-6)).astype(np.float32)


def aspect_evidence(aspects: AspectSet, encoder: Encoder, s_vecs: np.ndarray, batch_size: int = 32) -> tuple[np.ndarray, tuple[str, ...]]:
    """(:func:`sentence_aspect_z` of a document's sentences, the key element of each aspect column).

    The queries are those of :func:`analyser.aspect_score.aspect_queries` with every language: each aspect's
    English descriptor and its official wording in every language ``aspects.yaml`` has, the same for every
    document (embedded once per run through the encoder's cache).
    """
    texts, idx = [], []
    for j, a in enumerate(aspects):
        for _, text in a.queries(None):
            texts.append(text)
            idx.append(j)
    q_vecs = encoder.encode(texts, kind="query", batch_size=batch_size)
    return sentence_aspect_z(s_vecs, q_vecs, idx, len(aspects)), tuple(a.key_element for a in aspects)


def genre_features(vecs: np.ndarray, descriptors: np.ndarray) -> np.ndarray:
    """Genre contrasts of passages: cosine to each genre descriptor minus the passage's mean cosine to all of them.

    e5 cosines shift with the language of the passage (a Finnish passage is
    closer or farther to every English description at once); the contrast
    between descriptions *within* one passage cancels most of that shift, so
    what is left says which genre the passage reads like, not its language.

    Args:
        vecs: (n, dim) L2-normalised passage embeddings.
        descriptors: (d, dim) L2-normalised query embeddings of :data:`GENRE_DESCRIPTORS`.

    Returns:
        float64 (n, d).
    """
    sims = np.asarray(vecs, dtype=np.float64) @ np.asarray(descriptors, dtype=np.float64).T
    return sims - sims.mean(axis=1, keepdims=True)


def title_page(seg: Segmentation) -> list[str]:
    """The document's title page, lower-cased: its leading front-matter blocks and the headings among them.

    The blocks before the first block of another role (running headers and footers skipped) that are front
    matter or answer headings, when at least one is front matter: the segmenter takes a title below the
    ministry's name for a heading ("Department of Justice" front matter, "Summary note: National Asylum and
    Migration Management Strategy 2026–2030" an answer heading). E.g. ``["siseministeerium\npressiteade, 12.
    november 2025", "varjupaigataotluste arv kasvas, …"]``; empty when the document opens with a heading or an
    answer and no front matter (a chapter, an excerpt). Lower-cased because e5 reads titles set in capitals
    poorly (a Finnish strategy's "KANSALLINEN … STRATEGIA" read as a research paper).
    """
    texts: list[str] = []
    front = False
    for sb in seg.blocks:
        if sb.role in ("front_matter", "answer_heading"):
            texts.append(sb.block.text.lower())
            front = front or sb.role == "front_matter"
        elif sb.role != "header_footer":
            break
    return texts if front else []


def title_features(vecs: np.ndarray, kinds: np.ndarray) -> np.ndarray:
    """Title contrast of blocks: cosine to the strategy kind minus the block's mean cosine to all kinds of :data:`TITLE_KINDS`.

    Args:
        vecs: (n, dim) L2-normalised embeddings of title-page blocks.
        kinds: (k, dim) L2-normalised query embeddings of :data:`TITLE_KINDS` ("strategy" first).

    Returns:
        float64 (n,): positive where the block names a strategy more than the average kind
        (a contrast within the block, which cancels the language's shift of every cosine).
    """
    sims = np.asarray(vecs, dtype=np.float64) @ np.asarray(kinds, dtype=np.float64).T
    return sims[:, 0] - sims.mean(axis=1)


def title_lines(texts: Sequence[str]) -> list[str]:
    """The lines of title-page blocks (:func:`title_page`): split at line breaks, " | ", " / " and a comma before a date.

    E.g. ``["siseministeerium\\npressiteade, 12. november 2025"]`` → ``["siseministeerium", "pressiteade",
    "12. november 2025"]``: a kind of document is named on a line of its own or beside a date.
    """
    return [line.strip() for t in texts for line in _TITLE_LINE_SPLIT.split(t) if line.strip()]


def title_line_contrast(vecs: np.ndarray, kinds: np.ndarray, press: np.ndarray | None) -> np.ndarray:
    """How much each title-page line names each other kind of document more than what a strategy is called.

    Args:
        vecs: (n, dim) L2-normalised embeddings of title-page lines (:func:`title_lines`).
        kinds: (k, dim) L2-normalised query embeddings of :data:`TITLE_NAMING_KINDS` (in order).
        press: (p, dim) query embeddings of :data:`TITLE_PRESS_NAMES` (and their accent-free forms),
            whose largest cosine replaces the "press" kind's; None: the English query only.

    Returns:
        float64 (n, k - :data:`TITLE_STRATEGY_LIKE`): for each line and each other kind, its centred
        cosine to that kind minus its largest centred cosine to a strategy-like kind (a contrast
        within the line, which cancels the language's shift of every cosine).
    """
    v = np.asarray(vecs, dtype=np.float64)
    sims = v @ np.asarray(kinds, dtype=np.float64).T
    if press is not None and len(press):
        sims[:, list(TITLE_NAMING_KINDS).index("press")] = (v @ np.asarray(press, dtype=np.float64).T).max(axis=1)
    c = sims - sims.mean(axis=1, keepdims=True)
    return c[:, TITLE_STRATEGY_LIKE:] - c[:, :TITLE_STRATEGY_LIKE].max(axis=1, keepdims=True)


@dataclass(frozen=True)
class GenreSet:
    """Training set of the genre model (:meth:`EvidenceBank.genre`), file ``<model>.genre.npz`` beside the evidence bank.

    Attributes:
        descriptors: float32 (d, dim) query embeddings of the genre descriptions.
        descriptor_genres: (d,) genre of each description (keys of :data:`GENRE_DESCRIPTORS`).
        vectors: float32 (n, dim) L2-normalised passage embeddings of the training documents.
        strategy: bool (n,), the passage comes from a strategy (of any policy field: the topic
            is the topicality model's business) rather than from a document of another genre.
        doc_ids: (n,) source document of each passage (left out when that document is scored).
        kinds: float32 (k, dim) query embeddings of :data:`TITLE_KINDS` (None: no title model).
        title_vectors: float32 (m, dim) embeddings of the title-page blocks (:func:`title_page`) of
            the training documents, those above and documents of other kinds used by the title
            model only (``tests/data/negatives/kinds``: press releases, municipal and regional plans,
            a budget, a Commission communication).
        title_strategy: bool (m,), the block's document is a strategy of any policy field.
        title_doc_ids: (m,) the block's document.
        naming_kinds: float32 (k, dim) query embeddings of :data:`TITLE_NAMING_KINDS` (None: no naming model).
        press_names: float32 (p, dim) query embeddings of :data:`TITLE_PRESS_NAMES` and their accent-free forms.
        line_vectors: float32 (l, dim) embeddings of the title-page lines (:func:`title_lines`) of the
            same documents as ``title_vectors``.
        line_strategy: bool (l,), the line's document is a strategy of any policy field.
        line_doc_ids: (l,) the line's document.
        neutral_vectors: float32 (q, dim) embeddings of neutral title-page lines written for the
            purpose (``data/title_neutral_lines.txt``: ministries, places and dates, versions, "Contents" in
            the EU's languages), the reference of "names nothing" beside the strategies' lines.
    """

    descriptors: np.ndarray
    descriptor_genres: np.ndarray
    vectors: np.ndarray
    strategy: np.ndarray
    doc_ids: np.ndarray
    kinds: np.ndarray | None = None
    title_vectors: np.ndarray | None = None
    title_strategy: np.ndarray | None = None
    title_doc_ids: np.ndarray | None = None
    naming_kinds: np.ndarray | None = None
    press_names: np.ndarray | None = None
    line_vectors: np.ndarray | None = None
    line_strategy: np.ndarray | None = None
    line_doc_ids: np.ndarray | None = None
    neutral_vectors: np.ndarray | None = None


@dataclass(frozen=True)
class BankParts:
    """The sentences of the evidence bank's multi-topic rows (hand-written compact examples), each with its key element.

    A compact example evidences two or three key elements, one sentence each; as a k-NN neighbour it credits
    a passage only with the key elements of the sentences that passage resembles (:meth:`EvidenceBank.votes`).

    Attributes:
        vectors: float32 (m, dim) L2-normalised sentence embeddings.
        rows: (m,) int, the bank row (index into :attr:`EvidenceBank.vectors`) the sentence belongs to.
        key_elements: (m,) str, the key element the sentence evidences (one of its row's).
    """

    vectors: np.ndarray
    rows: np.ndarray
    key_elements: np.ndarray

    def take_rows(self, keep: np.ndarray) -> BankParts | None:
        """The parts of the rows kept by the bool mask ``keep`` (over the bank's rows), renumbered; None when none is left."""
        new_index = np.cumsum(keep) - 1
        mine = keep[self.rows]
        if not mine.any():
            return None
        return BankParts(self.vectors[mine], new_index[self.rows[mine]], self.key_elements[mine])


@dataclass(frozen=True)
class EvidenceBank:
    """Answer blocks of annotated strategies, each with the key elements it evidences.

    How other member states addressed a key element, in their own languages, is
    a second, learned query for it. For a passage, its nearest annotated answer
    blocks vote for the key elements they evidence (gold ``coverage[].evidence``);
    blocks that evidence nothing vote against all of them, which keeps a
    passage that only shares the topic (a "false friend") from counting. A
    document never meets its own blocks (``doc_ids``).

    Both the bank's blocks and the passages scored against it are centred on
    their own document's mean embedding first (:func:`centre_document`), so
    votes and probe see what a passage says, not which language it says it in.

    The bank also holds **negative** blocks: passages of documents that answer
    no key element at all (other policy strategies written under the Annex's
    headings, laws, bills, forms, reports, papers, front matter; written for
    the purpose in several languages, ``tests/data/negatives/train``). They
    are the background of the absolute topicality model (:meth:`topicality`),
    which the document-centred features cannot provide; with
    :data:`NEGATIVES_VOTE` they also vote "no key element" in the k-NN votes
    and the probe.

    Attributes:
        model: encoder name of the vectors.
        vectors: float32 (n, dim) L2-normalised passage embeddings.
        key_element_ids: (K,) column order of ``evidence``.
        evidence: bool (n, K), block i evidences key element k.
        doc_ids: (n,) source document of each block.
        negative: bool (n,), block i comes from a negative document (None: none do).
        genre_set: training set of the genre model (:meth:`genre`; None: no genre model).
        parts: the sentences of the rows that evidence a key element per sentence (:class:`BankParts`; None: no such row).
    """

    model: str
    vectors: np.ndarray
    key_element_ids: np.ndarray
    evidence: np.ndarray
    doc_ids: np.ndarray
    negative: np.ndarray | None = None
    genre_set: GenreSet | None = None
    parts: BankParts | None = None

    @property
    def has_negatives(self) -> bool:
        """True when the bank holds negative blocks (the topicality model needs them)."""
        return self.negative is not None and bool(self.negative.any())

    def without_negatives(self) -> EvidenceBank:
        """The same bank with its negative blocks dropped (for experiments and before/after figures)."""
        if self.negative is None:
            return self
        keep = ~self.negative
        parts = self.parts.take_rows(keep) if self.parts is not None else None
        return EvidenceBank(self.model, self.vectors[keep], self.key_element_ids, self.evidence[keep], self.doc_ids[keep], None,
                            parts=parts)

    def topicality(self, vecs: np.ndarray, doc_id: str | Collection[str], c: float = TOPIC_C) -> np.ndarray | None:
        """Probability that each passage is strategy answer text rather than negative text.

        A logistic regression (scikit-learn, balanced classes) on the raw,
        *uncentred* embeddings: positive are the annotated strategies' answer
        blocks, negative the negative documents' blocks (both minus the
        ``doc_id`` documents, so no document judges itself). Centring would
        remove exactly what this measures — what the whole document is about —
        so this is the absolute signal the relative features lack. Both sides
        are multilingual, so the language alone does not decide.

        Args:
            vecs: (n, dim) L2-normalised passage embeddings of one document.
            doc_id: documents to leave out of the fit.

        Returns:
            float32 (n,) in [0, 1]; None when the bank has no negatives.
        """
        if not self.has_negatives:
            return None
        skip = (doc_id,) if isinstance(doc_id, str) else tuple(sorted(doc_id))
        model = self._topic_model(skip, c)
        if model is None:
            return None
        if len(vecs) == 0:
            return np.zeros(0, dtype=np.float32)
        return model.predict_proba(np.asarray(vecs, dtype=np.float64))[:, 1].astype(np.float32)

    def _topic_model(self, skip: tuple[str, ...], c: float):  # noqa: ANN202 - sklearn estimator
        cache = self.__dict__.setdefault("_topic_cache", {})
        # keyed by the documents really left out: every document outside the bank (any new one) shares one fit
        present = self.__dict__.setdefault("_doc_id_set", frozenset(self.doc_ids.tolist()))
        skip = tuple(d for d in skip if d in present)
        key = (skip, c)
        if key not in cache:
            if self.negative is None:  # no negative blocks: nothing to tell strategy text from
                cache[key] = None
                return None
            keep = ~np.isin(self.doc_ids, list(skip))
            y = (~self.negative[keep]).astype(int)
            if len(set(y.tolist())) < 2:
                cache[key] = None
            else:
                # each document weighs the same within its class: a long document does not dominate
                ids = self.doc_ids[keep]
                _, inv, counts = np.unique(ids, return_inverse=True, return_counts=True)
                w = 1.0 / counts[inv]
                for cls in (0, 1):
                    w[y == cls] *= len(y) / (2.0 * w[y == cls].sum())
                x = self.vectors[keep].astype(np.float64)
                cache[key] = stored_or_fit(x, y, w, c, 2000, False, lambda: _logistic(c, 2000).fit(x, y, sample_weight=w),
                                           name=f"topicality C={c}")
        return cache[key]

    def genre(self, vecs: np.ndarray, doc_id: str | Collection[str], c: float = GENRE_C) -> np.ndarray | None:
        """Probability that each passage is written in a strategy's genre, whatever its topic and language.

        The topicality model (:meth:`topicality`) reads the raw embeddings, so it
        learns the language as well as the genre (one strategy per language: a
        language with negatives but no strategy reads as "not a strategy"). This
        model sees only the genre contrasts of :func:`genre_features` (a dozen
        numbers per passage, each a difference of cosines within the passage):
        a logistic regression (scikit-learn, standardised features, classes and
        documents weighted equally) of strategy passages (asylum strategies and
        strategies of other policy fields) against on-topic documents of other
        genres (research papers, NGO and ombudsman reports, press releases, news,
        judgments, parliamentary questions, laws, reports). The ``doc_id``
        documents are left out of the fit.

        Args:
            vecs: (n, dim) L2-normalised passage embeddings of one document.
            doc_id: documents to leave out of the fit.

        Returns:
            float32 (n,) in [0, 1]; None when the bank has no genre set.
        """
        if self.genre_set is None:
            return None
        skip = (doc_id,) if isinstance(doc_id, str) else tuple(sorted(doc_id))
        model = self._genre_model(skip, c)
        if model is None:
            return None
        if len(vecs) == 0:
            return np.zeros(0, dtype=np.float32)
        x = genre_features(vecs, self.genre_set.descriptors)
        return model.predict_proba(x)[:, 1].astype(np.float32)

    def title(self, vecs: np.ndarray, doc_id: str | Collection[str]) -> float | None:
        """Probability that a title page names a strategy (of any policy field) rather than another kind of document.

        Each title-page block's contrast (:func:`title_features`: its cosine to "national strategy
        of the government" minus its mean cosine to the twelve kinds of :data:`TITLE_KINDS`); a
        document's is the largest over its blocks. A one-feature logistic regression (classes
        weighted equally) fitted on the training documents' largest contrasts, strategies against
        documents of other kinds, sets where "names a strategy" starts: the negatives are the
        reference, not a fixed cosine. The ``doc_id`` documents are left out of the fit.

        Args:
            vecs: (n, dim) L2-normalised embeddings of the document's title-page blocks.
            doc_id: documents to leave out of the fit.

        Returns:
            In [0, 1]; None when there is no block (no title page) or the bank has no title model.
        """
        gs = self.genre_set
        if gs is None or gs.kinds is None or gs.title_vectors is None or len(vecs) == 0:
            return None
        skip = (doc_id,) if isinstance(doc_id, str) else tuple(sorted(doc_id))
        model = self._title_model(skip)
        if model is None:
            return None
        x = title_features(vecs, gs.kinds).max()
        return float(model.predict_proba(np.array([[x]]))[0, 1])

    def title_names_other(self, vecs: np.ndarray, doc_id: str | Collection[str]) -> float | None:
        """Probability that a title page has a line that names another kind of document than a strategy.

        Each title-page line's contrast (:func:`title_line_contrast`: for each other kind of
        :data:`TITLE_NAMING_KINDS`, how much more the line names it than a strategy, policy, action plan
        or programme) is standardised per kind against the *neutral* lines: the lines of the training
        strategies' title pages (ministries, places and dates, "Contents", the strategy's own title) and
        the written neutral lines (:attr:`GenreSet.neutral_vectors`). A document's feature is its
        largest standardised contrast over lines and kinds; a one-feature logistic regression (classes
        weighted equally) fitted on the training documents' features, documents of other kinds against
        strategies, sets where "names another kind" starts. A title page that names only a ministry and
        a place and date reads like the neutral lines (fi "Sisäministeriö / Helsinki 2026"); one that
        says "Pressiteade", "Kommunales Integrationskonzept" or "European Commission" stands out. The
        ``doc_id`` documents are left out of the reference and the fit.

        Args:
            vecs: (n, dim) L2-normalised embeddings of the document's title-page lines (:func:`title_lines`).
            doc_id: documents to leave out.

        Returns:
            In [0, 1]; None when there is no line or the bank has no naming model.
        """
        gs = self.genre_set
        if gs is None or gs.naming_kinds is None or gs.line_vectors is None or len(vecs) == 0:
            return None
        skip = (doc_id,) if isinstance(doc_id, str) else tuple(sorted(doc_id))
        fitted = self._naming_model(skip)
        if fitted is None:
            return None
        mu, sd, model = fitted
        x = ((title_line_contrast(vecs, gs.naming_kinds, gs.press_names) - mu) / sd).max()
        return float(model.predict_proba(np.array([[x]]))[0, 1])

    def _naming_model(self, skip: tuple[str, ...]):  # noqa: ANN202 - (mean, sd, sklearn estimator)
        gs = self.genre_set
        assert gs is not None and gs.naming_kinds is not None and gs.line_vectors is not None
        assert gs.line_strategy is not None and gs.line_doc_ids is not None and gs.neutral_vectors is not None
        cache = self.__dict__.setdefault("_naming_cache", {})
        key = tuple(d for d in skip if d in set(gs.line_doc_ids.tolist()))
        if key not in cache:
            contrast = title_line_contrast(gs.line_vectors, gs.naming_kinds, gs.press_names)
            keep = ~np.isin(gs.line_doc_ids, list(key))
            neutral = np.vstack([contrast[keep & gs.line_strategy],
                                 title_line_contrast(gs.neutral_vectors, gs.naming_kinds, gs.press_names)])
            mu, sd = neutral.mean(axis=0), np.maximum(neutral.std(axis=0), 1e-6)
            z = ((contrast - mu) / sd).max(axis=1)
            docs = [d for d in dict.fromkeys(gs.line_doc_ids.tolist()) if d not in key]
            x = np.array([[z[gs.line_doc_ids == d].max()] for d in docs])
            y = np.array([int(not gs.line_strategy[gs.line_doc_ids == d][0]) for d in docs])
            model = _fit_one_feature(x, y)
            cache[key] = None if model is None else (mu, sd, model)
        return cache[key]

    def _title_model(self, skip: tuple[str, ...]):  # noqa: ANN202 - sklearn estimator
        gs = self.genre_set
        assert gs is not None and gs.kinds is not None and gs.title_vectors is not None
        assert gs.title_strategy is not None and gs.title_doc_ids is not None
        cache = self.__dict__.setdefault("_title_cache", {})
        key = tuple(d for d in skip if d in set(gs.title_doc_ids.tolist()))
        if key not in cache:
            contrast = title_features(gs.title_vectors, gs.kinds)
            docs = [d for d in dict.fromkeys(gs.title_doc_ids.tolist()) if d not in key]
            x = np.array([[contrast[gs.title_doc_ids == d].max()] for d in docs])
            y = np.array([int(gs.title_strategy[gs.title_doc_ids == d][0]) for d in docs])
            cache[key] = _fit_one_feature(x, y)
        return cache[key]

    def _genre_model(self, skip: tuple[str, ...], c: float):  # noqa: ANN202 - sklearn estimator
        gs = self.genre_set
        assert gs is not None
        cache = self.__dict__.setdefault("_genre_cache", {})
        present = self.__dict__.setdefault("_genre_doc_id_set", frozenset(gs.doc_ids.tolist()))
        key = (tuple(d for d in skip if d in present), c)
        if key not in cache:
            keep = ~np.isin(gs.doc_ids, list(key[0]))
            y = gs.strategy[keep].astype(int)
            if len(set(y.tolist())) < 2:
                cache[key] = None
            else:
                _, inv, counts = np.unique(gs.doc_ids[keep], return_inverse=True, return_counts=True)
                w = 1.0 / counts[inv]
                for cls in (0, 1):
                    w[y == cls] *= len(y) / (2.0 * w[y == cls].sum())
                x = genre_features(gs.vectors[keep], gs.descriptors)
                cache[key] = stored_or_fit(x, y, w, c, 5000, True, lambda: _logistic(c, 5000, scaled=True).fit(
                    x, y, logisticregression__sample_weight=w), name=f"genre C={c}")
        return cache[key]

    def _centred(self, skip: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(keep mask, centred vectors of the kept blocks, prior mean) of the bank without the ``skip`` documents.

        Each kept document is centred on its own mean shrunk towards the mean
        of all kept blocks (:func:`centre_document`); the left-out documents
        take no part, not even in that prior.
        """
        cache = self.__dict__.setdefault("_centre_cache", {})
        if skip not in cache:
            keep = ~np.isin(self.doc_ids, list(skip))
            if self.negative is not None and not NEGATIVES_VOTE:
                keep &= ~self.negative
            prior = self.vectors[keep].astype(np.float64).mean(axis=0) if keep.any() else np.zeros(self.vectors.shape[1])
            kept, kept_ids = self.vectors[keep], self.doc_ids[keep]
            out = np.zeros(kept.shape, dtype=np.float32)
            for d in np.unique(kept_ids):
                m = kept_ids == d
                out[m] = centre_document(kept[m], prior)
            cache[skip] = (keep, out, prior)
        return cache[skip]

    def _centred_parts(self, skip: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """(centred sentence vectors, their row among the kept rows of :meth:`_centred`, their evidence column) or None.

        A sentence is centred on the same mean as its row's document (:func:`centre_document`
        with the bank-wide prior), so that its cosines compare with its row's; the sentences of
        left-out documents are left out.
        """
        if self.parts is None:
            return None
        cache = self.__dict__.setdefault("_parts_cache", {})
        if skip not in cache:
            keep, _, prior = self._centred(skip)
            kept = self.parts.take_rows(keep)
            if kept is None:
                cache[skip] = None
            else:
                kept_docs = self.doc_ids[keep]
                col = {kid: j for j, kid in enumerate(self.key_element_ids.tolist())}
                out = np.zeros(kept.vectors.shape, dtype=np.float32)
                for d in np.unique(kept_docs[kept.rows]):
                    doc_rows = self.vectors[keep][kept_docs == d].astype(np.float64)
                    mean = (doc_rows.sum(axis=0) + CENTRE_PRIOR_WEIGHT * prior) / (len(doc_rows) + CENTRE_PRIOR_WEIGHT)
                    m = kept_docs[kept.rows] == d
                    v = kept.vectors[m] - mean.astype(np.float32)
                    out[m] = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
                cache[skip] = (out, kept.rows, np.array([col[k] for k in kept.key_elements.tolist()], dtype=np.int64))
        return cache[skip]

    def probe(self, vecs: np.ndarray, key_element_ids: Sequence[str], doc_id: str | Collection[str], alpha: float = PROBE_ALPHA) -> np.ndarray:
        """Linear probe: ridge regression from a passage embedding to the key elements it evidences.

        Fitted in closed form on the bank's blocks (minus ``doc_id``), one
        output per key element (1 = gold evidence); a learned, language-free
        query per key element that weighs every annotated example rather than
        the few nearest ones. ``vecs`` are one document's passage embeddings;
        they are centred here like the bank's (:func:`centre_document`).

        Returns:
            float32 (K, n), roughly in [0, 1].
        """
        out = np.zeros((len(key_element_ids), len(vecs)), dtype=np.float32)
        skip = (doc_id,) if isinstance(doc_id, str) else tuple(sorted(doc_id))
        if len(vecs) == 0:
            return out
        w = self._probe_weights(skip, alpha)
        if w is None:
            return out
        col = {kid: j for j, kid in enumerate(self.key_element_ids.tolist())}
        x = np.hstack([centre_document(vecs, self._centred(skip)[2]).astype(np.float64), np.ones((len(vecs), 1))])
        scores = x @ w  # (n, K_bank)
        for r, kid in enumerate(key_element_ids):
            j = col.get(kid)
            if j is not None:
                out[r] = scores[:, j]
        return out

    def _probe_weights(self, skip: tuple[str, ...], alpha: float) -> np.ndarray | None:
        cache = self.__dict__.setdefault("_probe_cache", {})
        key = (skip, alpha)
        if key not in cache:
            keep, centred, _ = self._centred(skip)
            if not keep.any():
                cache[key] = None
            else:
                x = centred.astype(np.float64)
                y = self.evidence[keep].astype(np.float64)
                x = np.hstack([x, np.ones((len(x), 1))])
                reg = alpha * np.eye(x.shape[1])
                reg[-1, -1] = 1e-6  # the intercept is not shrunk
                cache[key] = np.linalg.solve(x.T @ x + reg, x.T @ y)
        return cache[key]

    def votes(
        self,
        vecs: np.ndarray,
        key_element_ids: Sequence[str],
        doc_id: str | Collection[str],
        k: int = 5,
        temperature: float = VOTE_TEMPERATURE,
        sentences: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> np.ndarray:
        """Soft k-NN share of neighbours evidencing each key element.

        Args:
            vecs: (n, dim) L2-normalised embeddings of one document's passages
                (centred here, see :func:`centre_document`).
            key_element_ids: rows of the result.
            doc_id: the document's own blocks are skipped; a collection of
                doc_ids skips all of them (leave-one-document-out folds drop the
                held-out document from the bank of every training document).
            k: neighbours; weighted by exp(temperature · cosine) on the centred vectors.
            sentences: (S, dim) L2-normalised embeddings of the passages' sentences and (S,) the
                passage of each (:attr:`Matches.sentence_passage`); None: each query is one sentence.

        A neighbour with sentences of its own (:class:`BankParts`, a compact example answering
        one key element per sentence) credits the passage with each of its key elements by how
        near the passage's nearest sentence to that key element's sentence is, against the example's
        sentence nearest to it: max over the passage's sentences of exp(temperature · (cosine to the
        key element's sentence − cosine to the example's nearest sentence)), the weighting the vote
        gives neighbours. A passage that says what one sentence of the example says (Dublin transfers
        within six months) gets that sentence's key element, not the example's others; a compact
        passage with a sentence for each gets each.

        Returns:
            float32 (K, n) in [0, 1].
        """
        out = np.zeros((len(key_element_ids), len(vecs)), dtype=np.float32)
        skip = (doc_id,) if isinstance(doc_id, str) else tuple(sorted(doc_id))
        keep, bank, prior = self._centred(skip)
        if len(vecs) == 0 or not keep.any():
            return out
        ev = self.evidence[keep].astype(np.float32)
        col = {kid: j for j, kid in enumerate(self.key_element_ids.tolist())}
        rows = [col.get(kid) for kid in key_element_ids]
        centred = centre_document(vecs, prior)
        sims = centred @ bank.T
        top = np.argsort(-sims, axis=1)[:, :k]
        w = np.exp(temperature * (np.take_along_axis(sims, top, axis=1) - sims.max(axis=1, keepdims=True)))
        ev_top = ev[top]  # (n, k, K_bank)
        parts = self._centred_parts(skip)
        if parts is not None:
            part_vecs, part_rows, part_cols = parts
            if sentences is not None and len(sentences[0]):
                queries, query_of = centre_document(sentences[0], prior), np.asarray(sentences[1])
            else:
                queries, query_of = centred, np.arange(len(vecs))
            for r in np.intersect1d(top, part_rows):
                mine = part_rows == r
                c = queries @ part_vecs[mine].T  # (queries, sentences of the row)
                credit = np.exp(temperature * (c - c.max(axis=1, keepdims=True)))
                by_ke = np.zeros((len(vecs), ev.shape[1]), dtype=np.float32)
                for s_i, j in enumerate(part_cols[mine]):
                    np.maximum.at(by_ke[:, j], query_of, credit[:, s_i])
                at = top == r  # (n, k)
                ev_top[at] = by_ke[np.nonzero(at)[0]]
        share = np.einsum("nk,nkj->nj", w, ev_top) / w.sum(axis=1, keepdims=True)  # (n, K_bank)
        for r, j in enumerate(rows):
            if j is not None:
                out[r] = share[:, j]
        return out


def evidence_bank_path(model: str) -> Path:
    """Package-data location of the evidence bank of ``model``."""
    return Path(str(resources.files("analyser") / "data" / "exemplars" / f"{model}.evidence.npz"))


def genre_set_path(evidence_bank: Path) -> Path:
    """The genre set beside an evidence bank file: ``<model>.evidence.npz`` → ``<model>.genre.npz``."""
    return evidence_bank.with_name(evidence_bank.name.removesuffix(".evidence.npz") + ".genre.npz")


def load_genre_set(path: Path) -> GenreSet | None:
    """The :class:`GenreSet` written by :func:`save_genre_set` at ``path``, or None when there is no such file."""
    z = load_vector_bank(path)
    if z is None:
        return None
    titles = ((z["kinds"].astype(np.float32), z["title_vectors"].astype(np.float32), z["title_strategy"].astype(bool), z["title_doc_ids"])
              if "kinds" in z else (None, None, None, None))
    naming = ((z["naming_kinds"].astype(np.float32), z["press_names"].astype(np.float32), z["line_vectors"].astype(np.float32),
               z["line_strategy"].astype(bool), z["line_doc_ids"], z["neutral_vectors"].astype(np.float32))
              if "naming_kinds" in z else (None,) * 6)
    return GenreSet(z["descriptors"].astype(np.float32), z["descriptor_genres"], z["vectors"], z["strategy"].astype(bool), z["doc_ids"],
                    *titles, *naming)


def save_genre_set(path: Path, descriptors: np.ndarray, descriptor_genres: Sequence[str],
                   documents: Mapping[str, tuple[np.ndarray, bool]], kinds: np.ndarray | None = None,
                   titles: Mapping[str, tuple[np.ndarray, bool]] | None = None,
                   naming: tuple[np.ndarray, np.ndarray, Mapping[str, tuple[np.ndarray, bool]], np.ndarray] | None = None) -> Path:
    """Write the genre model's training set atomically.

    Args:
        path: target file (:func:`genre_set_path` of the evidence bank).
        descriptors: (d, dim) query embeddings of :data:`GENRE_DESCRIPTORS`, in ``descriptor_genres`` order.
        descriptor_genres: (d,) genre of each description.
        documents: doc_id → ((n, dim) L2-normalised passage embeddings, True for a strategy of any
            policy field / False for a document of another genre).
        kinds: (k, dim) query embeddings of :data:`TITLE_KINDS` (None: no title model).
        titles: doc_id → ((m, dim) embeddings of its title-page blocks, strategy or not); documents
            without a title page are left out.
        naming: the naming model's data (:meth:`EvidenceBank.title_names_other`): (query embeddings of
            :data:`TITLE_NAMING_KINDS`, of :data:`TITLE_PRESS_NAMES`, doc_id → ((l, dim) embeddings of its
            title-page lines, strategy or not), (q, dim) embeddings of the neutral lines); None: none.
    """
    docs = {d: (np.asarray(v, dtype=np.float32), s) for d, (v, s) in documents.items() if len(v)}
    vecs = np.vstack([v for v, _ in docs.values()])
    extra: dict[str, np.ndarray] = {}
    if kinds is not None and titles:
        tdocs = {d: (np.asarray(v, dtype=np.float32), s) for d, (v, s) in titles.items() if len(v)}
        extra = {"kinds": np.asarray(kinds, dtype=np.float32), "title_vectors": np.vstack([v for v, _ in tdocs.values()]),
                 "title_strategy": np.concatenate([np.full(len(v), s, dtype=bool) for v, s in tdocs.values()]),
                 "title_doc_ids": np.array([d for d, (v, _) in tdocs.items() for _ in range(len(v))], dtype=str)}
    if naming is not None:
        n_kinds, n_press, n_lines, n_neutral = naming
        ldocs = {d: (np.asarray(v, dtype=np.float32), st) for d, (v, st) in n_lines.items() if len(v)}
        extra.update({"naming_kinds": np.asarray(n_kinds, dtype=np.float32), "press_names": np.asarray(n_press, dtype=np.float32),
                      "line_vectors": np.vstack([v for v, _ in ldocs.values()]),
                      "line_strategy": np.concatenate([np.full(len(v), st, dtype=bool) for v, st in ldocs.values()]),
                      "line_doc_ids": np.array([d for d, (v, _) in ldocs.items() for _ in range(len(v))], dtype=str),
                      "neutral_vectors": np.asarray(n_neutral, dtype=np.float32)})
    return save_vector_bank(path, vecs, **extra, descriptors=np.asarray(descriptors, dtype=np.float32),
                            descriptor_genres=np.array(list(descriptor_genres), dtype=str),
                            strategy=np.concatenate([np.full(len(v), s, dtype=bool) for v, s in docs.values()]),
                            doc_ids=np.array([d for d, (v, _) in docs.items() for _ in range(len(v))], dtype=str))


def load_evidence_bank(model: str, path: Path | None = None) -> EvidenceBank | None:
    """The evidence bank of ``model`` read from ``path`` (default :func:`evidence_bank_path`), or None when there is no such file.

    Reads the file on every call (no cache; the bank's fitted probe and topicality
    model live on the returned object): a run reads it once, in its
    :class:`analyser.bundle.ModelBundle`. The genre set beside it
    (:func:`genre_set_path`), when there is one, comes with it.
    """
    path = path or evidence_bank_path(model)
    z = load_vector_bank(path)
    if z is None:
        return None
    negative = z["negative"].astype(bool) if "negative" in z else None
    parts = (BankParts(z["part_vectors"].astype(np.float32), z["part_rows"].astype(np.int64), z["part_key_elements"].astype(str))
             if "part_vectors" in z else None)
    return EvidenceBank(model, z["vectors"], z["key_element_ids"], z["evidence"].astype(bool), z["doc_ids"], negative,
                        load_genre_set(genre_set_path(path)), parts)


def _parts_arrays(parts: BankParts | None) -> dict[str, np.ndarray]:
    """The arrays a bank file stores for :class:`BankParts` (none without parts)."""
    if parts is None:
        return {}
    return {"part_vectors": np.asarray(parts.vectors, dtype=np.float16), "part_rows": np.asarray(parts.rows, dtype=np.int64),
            "part_key_elements": np.asarray(parts.key_elements, dtype=str)}


def add_negatives(bank: EvidenceBank, negatives: Mapping[str, np.ndarray], out: Path | None = None) -> Path:
    """Write ``bank`` with the passages of negative documents added (replacing earlier negatives); atomic.

    Args:
        bank: the evidence bank of annotated strategies (its negatives, if any, are replaced).
        negatives: doc_id → (n, dim) L2-normalised passage embeddings of a
            document that answers no key element (as the match stage cuts and
            embeds its passages, e.g. from an analysis and its embedding cache).
        out: target file (default: :func:`evidence_bank_path`).
    """
    base = bank.without_negatives()
    vecs = [base.vectors] + [np.asarray(v, dtype=np.float32) for v in negatives.values() if len(v)]
    n_neg = sum(len(v) for v in negatives.values())
    k = len(base.key_element_ids)
    evidence = np.vstack([base.evidence, np.zeros((n_neg, k), dtype=bool)])
    doc_ids = np.concatenate([base.doc_ids.astype(str), np.array([d for d, v in negatives.items() for _ in range(len(v))], dtype=str)])
    negative = np.concatenate([np.zeros(len(base.vectors), dtype=bool), np.ones(n_neg, dtype=bool)])
    path = save_vector_bank(out or evidence_bank_path(bank.model), np.vstack(vecs), key_element_ids=base.key_element_ids,
                            evidence=evidence, doc_ids=doc_ids, negative=negative, **_parts_arrays(base.parts))
    return path



def _fit_one_feature(x: np.ndarray, y: np.ndarray):  # noqa: ANN202 - sklearn estimator or None
    """A one-feature logistic regression with classes weighted equally (standardised feature, C 1.0).

    Shared by the title model and the title-page naming model of :class:`EvidenceBank`.

    Args:
        x: (n, 1) feature per training document.
        y: (n,) 0/1 labels.

    Returns:
        The fitted sklearn pipeline, or None when ``y`` holds one class only.
    """
    if len(set(y.tolist())) < 2:
        return None
    w = np.where(y == 1, len(y) / (2.0 * y.sum()), len(y) / (2.0 * (len(y) - y.sum())))
    return stored_or_fit(x, y, w, 1.0, 2000, True, lambda: _logistic(1.0, 2000, scaled=True).fit(
        x, y, logisticregression__sample_weight=w), name="one feature")


def _logistic(c: float, max_iter: int, scaled: bool = False):  # noqa: ANN202 - sklearn estimator
    """An unfitted scikit-learn ``LogisticRegression(C=c, max_iter=max_iter)``, behind a ``StandardScaler`` when
    ``scaled`` (imported here: a run whose fits are all stored, :mod:`analyser.stored_fits`, never imports it)."""
    from sklearn.linear_model import LogisticRegression

    if not scaled:
        return LogisticRegression(C=c, max_iter=max_iter)
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=max_iter))

def build_evidence_bank(golds: Sequence[dict], encoder: Encoder, key_element_ids: Sequence[str], out: Path | None = None,
                        extra: Sequence[tuple[str, Collection[str], str]] = (),
                        extra_sentences: Sequence[Sequence[tuple[str, str]]] = ()) -> Path:
    """Embed the answer blocks of annotated strategies with their evidence labels; written atomically.

    Args:
        golds: gold annotations (``gold/SCHEMA.md``).
        encoder: the encoder the bank is for.
        key_element_ids: the template's key elements (column order).
        out: target file (default: :func:`evidence_bank_path`).
        extra: further annotated paragraphs (text, key elements it evidences, doc_id), e.g. the
            hand-written compact examples of :func:`analyser.bank_build.load_compact_examples`.
        extra_sentences: aligned with ``extra`` (or empty): each paragraph's (key element, sentence)
            pairs, stored as its :class:`BankParts` (a paragraph without sentences: an empty sequence).

    Raises:
        ValueError: when ``extra_sentences`` is neither empty nor as long as ``extra``, or names a key
            element its paragraph does not evidence.
    """
    texts, rows, docs = [], [], []
    for g in golds:
        evidences = _gold_evidences(g)
        for b in g["blocks"]:
            if b["role"] in PASSAGE_ROLES and len(b["text"].split()) >= 3:
                texts.append(b["text"])
                rows.append([kid in evidences.get(b["id"], ()) for kid in key_element_ids])
                docs.append(g["doc_id"])
    if extra_sentences and len(extra_sentences) != len(extra):
        raise ValueError(f"extra_sentences: {len(extra_sentences)} entries for {len(extra)} paragraphs")
    part_texts: list[str] = []
    part_rows: list[int] = []
    part_kids: list[str] = []
    for n, (text, kids, doc_id) in enumerate(extra):
        for kid, sentence in (extra_sentences[n] if extra_sentences else ()):
            if kid not in kids:
                raise ValueError(f"extra paragraph {n + 1}: sentence of {kid}, which the paragraph does not evidence")
            part_texts.append(sentence)
            part_rows.append(len(texts))
            part_kids.append(kid)
        texts.append(text)
        rows.append([kid in kids for kid in key_element_ids])
        docs.append(doc_id)
    vecs = encoder.encode(texts, kind="passage")
    parts = (BankParts(encoder.encode(part_texts, kind="passage"), np.array(part_rows, dtype=np.int64), np.array(part_kids, dtype=str))
             if part_texts else None)
    return save_vector_bank(out or evidence_bank_path(encoder.name), vecs, key_element_ids=np.array(list(key_element_ids)),
                            evidence=np.array(rows, dtype=bool), doc_ids=np.array(docs), **_parts_arrays(parts))


def _gold_evidences(gold: dict) -> dict[str, set[str]]:
    """block id → the key elements the block evidences in ``gold`` (``coverage[].evidence``)."""
    evidences: dict[str, set[str]] = {}
    for kid, cov in gold["coverage"].items():
        for bid in cov.get("evidence", []):
            evidences.setdefault(bid, set()).add(kid)
    return evidences


_ITEM_MARKER = re.compile(r"^\s*(?:\(?\d{1,3}[.)](?!\d)|[-•*–▪●◦]\s)\s*")
"""A list item's marker at the start of a passage: "1.", "12)", "(3)", "-", "•" (not "2.1.2" nor "2025")."""
ITEM_UNIT_WORDS = 200
"""Words from which a unit of joined one-sentence passages (:func:`item_units`) is closed and the next begun: about the
512 tokens e5 reads of a passage in the languages with the longest words (the rest of a longer unit would not be read)."""


_NORMALISE_DIGITS = re.compile(r"\d+")


def repeated_passages(texts: list[str]) -> np.ndarray:
    """Which passages are boilerplate repeated in the document (fifteenth session, scope15): a passage whose text, lower-cased
    with its figures and whitespace collapsed ("Οι λεπτομέρειες των μέτρων … περιγράφονται στο παράρτημα …", "12. The
    review will report in 2027." and "13. The review will report in 2028." alike), stands in two or more passages. Such
    a paragraph (under every heading of fresh11's Greek two-column strategy, 336 of its 583 answer words; a review sentence
    repeated 140 times in fresh8's numbered strategy) is furniture, not an answer: it carries no weight in the scope
    score, as a table of figures does not (:func:`analyser.scope.figure_table`), and :func:`item_units` leaves it out of
    the joined read; a document made only of repeats is read as it is.

    Returns:
        A bool array (P,), True for every copy of a repeated passage.
    """
    keys = [" ".join(_NORMALISE_DIGITS.sub("0", t.lower()).split()) for t in texts]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    return np.array([counts[k] >= 2 for k in keys], dtype=bool)


def item_units(passages: Sequence[Passage], sentences_of: Sequence[Sequence[str]]) -> list[tuple[tuple[int, ...], str]] | None:
    """The document's answer text as units for a second scope read (thirteenth session, scope11): each run of two or more
    consecutive passages of a single sentence in one section joined into one unit (their list markers ``_ITEM_MARKER``
    dropped, closed at :data:`ITEM_UNIT_WORDS`), every other passage a unit of its own. Returns (passage indices, text)
    per unit, in order (a unit of one passage: its own text, read as it was); None when no run of two exists (the units
    would be the passages).

    A strategy written as numbered one-sentence paragraphs ("1. Denmark received 2 300 applications in 2025.",
    "2. …") is read one sentence at a time: the topicality model, fitted on paragraphs, reads each bare sentence
    with its number as a list line or a figure (fresh8 #5's English one 0.46, scope_heldout11's Greek one 0.42);
    joined per section, they read as the paragraph they make. A strategy of one line per Annex section (fourteenth
    session, scope14: "2.3.3. Accoglienza: 95 000 posti …", each line its section's whole answer) is joined across
    sections: a run goes on past a section's end while every passage in it is the only passage of its section.
    """
    units: list[tuple[tuple[int, ...], str]] = []
    run: list[int] = []

    def close() -> None:
        if len(run) == 1:
            units.append(((run[0],), passages[run[0]].text))
        elif run:
            units.append((tuple(run), " ".join(_ITEM_MARKER.sub("", passages[i].text, count=1) for i in run)))
        run.clear()

    per_section = Counter(p.section_id for p in passages)
    repeated = repeated_passages([p.text for p in passages])

    def one_line_sections(i: int) -> bool:  # the run and passage i are each the whole answer of their section
        return per_section[passages[i].section_id] == 1 and all(per_section[passages[j].section_id] == 1 for j in run)

    for i, (p, ss) in enumerate(zip(passages, sentences_of)):
        if repeated[i] and not repeated.all():  # boilerplate repeated in the document: no unit (fifteenth session)
            continue
        if len(ss) != 1:
            close()
            units.append(((i,), p.text))
            continue
        if run and ((passages[run[0]].section_id != p.section_id and not one_line_sections(i))
                    or sum(len(passages[j].text.split()) for j in run) >= ITEM_UNIT_WORDS):
            close()
        run.append(i)
    close()
    return units if any(len(idx) > 1 for idx, _ in units) else None


def build_passages(seg: Segmentation, encoder: Encoder, language: str, cfg: MatchConfig,
                   non_answers: list[NonAnswer] | None = None) -> tuple[list[Passage], list[list[str]]]:
    """Cut the answer blocks into passages of whole sentences within the token budget.

    A sentence that states nothing yet (a placeholder or a bare cross-reference,
    :func:`analyser.non_answer.non_answer_kind`) is left out: it is no evidence, and a block of such sentences
    only gives no passage. Each one left out is appended to ``non_answers`` when given.

    Returns:
        (passages, sentences of each passage).
    """
    passages: list[Passage] = []
    sentences_of: list[list[str]] = []
    blocks = [sb for sb in seg.blocks if sb.role in PASSAGE_ROLES and sb.block.text.strip()]
    sent_lists = [split_sentences(sb.block.text, language) or [sb.block.text] for sb in blocks]
    # a table row whose first cell reproduces an Annex question keeps only its answer cells
    sent_lists = [answer_cells(table_rows(sb.block.text) or [" ".join(ln.split()) for ln in sb.block.text.split("\n") if ln.strip()],
                               sb.template_rows) if sb.template_rows else ss for sb, ss in zip(blocks, sent_lists)]
    kept_lists: list[list[str]] = []
    for sb, ss in zip(blocks, sent_lists):
        kept = []
        for sent in ss:
            found = non_answer_kind(sent, sb.block.language or language)
            if found is None:
                kept.append(sent)
            elif non_answers is not None:
                non_answers.append(NonAnswer(sb.section_id, sb.block.id, found[0], sent, found[1]))
        kept_lists.append(kept)
    sent_lists = kept_lists
    blocks, sent_lists = [sb for sb, ss in zip(blocks, sent_lists) if ss], [ss for ss in sent_lists if ss]
    flat = [s for ss in sent_lists for s in ss]
    counts = iter(encoder.count_tokens(flat) if flat else [])
    for sb, sents in zip(blocks, sent_lists):
        chunk: list[str] = []
        pages: list[int] = []
        used = 0
        truncated = False
        sent_pages = iter(sentence_pages_in_block(sb.block, sents))

        def flush() -> None:
            nonlocal chunk, pages, used, truncated
            if chunk:
                starts, offset = [], 0
                for k, (sent, page) in enumerate(zip(chunk, pages)):
                    if k and page != pages[k - 1]:
                        starts.append((offset, page))
                    offset += len(sent) + 1
                passages.append(
                    Passage(
                        id=f"{seg.doc_id}:P{len(passages) + 1:04d}",
                        block_ids=(sb.block.id,),
                        section_id=sb.section_id,
                        page=pages[0],
                        text=" ".join(chunk),
                        n_tokens=used,
                        truncated=truncated,
                        page_starts=tuple(starts),
                    )
                )
                sentences_of.append(list(chunk))
            chunk, pages, used, truncated = [], [], 0, False

        for sent in sents:
            n = next(counts)
            page = next(sent_pages)
            if n > cfg.max_tokens:
                flush()
                cut, n = _cut_to_budget(sent, encoder, cfg.max_tokens)
                chunk, pages, used, truncated = [cut], [page], n, True
                logger.warning("%s: sentence of %d tokens cut to the model limit in block %s", seg.doc_id, n, sb.block.id)
                flush()
                continue
            if used + n > cfg.max_tokens:
                flush()
            chunk.append(sent)
            pages.append(page)
            used += n
        flush()
    return passages, sentences_of


def answer_cells(rows: Sequence[str], template_rows: Sequence[int]) -> list[str]:
    """The rows of a table block with the reproduced question cell of ``template_rows`` cut off.

    Args:
        rows: the block's rows (:func:`analyser.text.table_rows`, cells joined by " | ").
        template_rows: 0-based rows whose first cell is template text
            (:attr:`analyser.schema.SegmentedBlock.template_rows`).

    Returns:
        The rows in order; a template row keeps its other non-empty cells
        joined by " | ", and is left out when none has text (an unanswered question).

    >>> answer_cells(["— How? | We do.", "— Why? |", "2026 | 900"], (0, 1))
    ['We do.', '2026 | 900']
    """
    out: list[str] = []
    skip = set(template_rows)
    for r, row in enumerate(rows):
        if r in skip:
            rest = [c.strip() for c in row.split("|")[1:] if c.strip()]
            if rest:
                out.append(" | ".join(rest))
        else:
            out.append(row)
    return out


def sentence_pages_in_block(block: Block, sentences: Sequence[str]) -> list[int]:
    """The page on which each sentence of ``block`` starts.

    Args:
        block: a parsed block (:attr:`Block.page_starts` tells where its text
            continues on a later page).
        sentences: the block's sentences in order, as :func:`split_sentences`
            returns them (whitespace of the text collapsed to single spaces).

    Returns:
        One 1-based page per sentence. A sentence not found in the block text
        gets the page of the sentence before it (the block's page for the first).
    """
    if not block.page_starts:
        return [block.page] * len(sentences)
    text = block.text
    norm_parts: list[str] = []
    origin: list[int] = []  # offset in ``text`` of every character of the normalised text
    for m in re.finditer(r"\S+", text):
        if norm_parts:
            norm_parts.append(" ")
            origin.append(m.start())
        norm_parts.append(m.group())
        origin.extend(range(m.start(), m.end()))
    norm = "".join(norm_parts)
    out: list[int] = []
    cursor = 0
    page = block.page
    for sent in sentences:
        probe = " ".join(sent.split())
        at = norm.find(probe, cursor) if probe else -1
        if at >= 0:
            page = block.page_at(origin[at])
            cursor = at + len(probe)
        out.append(page)
    return out


def sentence_pages(matches: Matches) -> list[int]:
    """The page on which each sentence of ``matches.sentences`` starts (:meth:`Passage.page_at`).

    Uses only the public fields ``sentences``, ``sentence_passage`` and
    ``passages`` (the sentences of a passage are consecutive and its text is
    their join with single spaces).

    Returns:
        (S,) 1-based pages, one per sentence.
    """
    out: list[int] = []
    offset, previous = 0, -1
    for sent, p in zip(matches.sentences, np.asarray(matches.sentence_passage).tolist()):
        if p != previous:
            offset, previous = 0, p
        out.append(matches.passages[int(p)].page_at(offset))
        offset += len(sent) + 1
    return out


def _cut_to_budget(sentence: str, encoder: Encoder, budget: int) -> tuple[str, int]:
    words = sentence.split()
    lo, hi = 1, len(words)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if encoder.count_tokens([" ".join(words[:mid])])[0] <= budget:
            lo = mid
        else:
            hi = mid - 1
    text = " ".join(words[:lo])
    return text, encoder.count_tokens([text])[0]


def key_element_queries(template: Template, language: str, cfg: MatchConfig) -> tuple[list[str], list[str], list[int]]:
    """Query texts for every key element.

    Returns:
        (key element ids, query texts, owner index into the ids for each query).
    """
    ids = [k.id for k in template.key_elements()]
    langs = tuple(dict.fromkeys([language, *cfg.query_languages]))
    texts: list[str] = []
    owner: list[int] = []
    for row, ke in enumerate(template.key_elements()):
        variants = [ke.texts[lang] for lang in langs if ke.texts.get(lang)]
        if not variants:
            variants = [ke.en]
        for v in dict.fromkeys(variants):
            texts.append(_strip_bullet(v))
            owner.append(row)
    return ids, texts, owner


def _strip_bullet(text: str) -> str:
    return text.lstrip("—–-•  ").strip()


def match(
    seg: Segmentation,
    template: Template,
    encoder: Encoder,
    language: str,
    cfg: MatchConfig | None = None,
    progress: Callable[[int], None] | None = None,
    *,
    evidence_bank: EvidenceBank | bool | None = None,
    aspects: AspectSet | bool | None = None,
) -> Matches:
    """Embed the answer passages and compare every key element with them.

    Args:
        seg: the segmented document.
        template: key elements and their wording per language.
        encoder: multilingual encoder ("query: " for key elements, "passage: " for text).
        language: ISO 639-1 code of the document.
        cfg: stage settings.
        progress: called with the number of texts embedded after each batch.
        evidence_bank: the k-NN evidence bank (a run passes its
            :attr:`analyser.bundle.ModelBundle.evidence_bank`; None: the one shipped
            for the encoder, read from its file now; False: none, ``exemplar_sim`` stays None).
        aspects: the run's aspect definitions (:attr:`analyser.bundle.ModelBundle.aspects`), for
            ``sentence_aspect_z``; None: the shipped ``data/aspects.yaml``; False: none (the field stays None).

    Returns:
        :class:`Matches`; with no answer text, P = S = 0 and the matrices are empty.
    """
    cfg = cfg or MatchConfig()
    non_answers: list[NonAnswer] = []
    passages, sentences_of = build_passages(seg, encoder, language, cfg, non_answers)
    ids, q_texts, owner = key_element_queries(template, language, cfg)
    q_vecs = encoder.encode(q_texts, kind="query", batch_size=cfg.batch_size)
    sentences = [s for ss in sentences_of for s in ss]
    sentence_passage = np.array([p for p, ss in enumerate(sentences_of) for _ in ss], dtype=np.int32)
    texts = [p.text for p in passages] + sentences
    vecs = encoder.encode(texts, kind="passage", batch_size=cfg.batch_size, progress=progress) if texts else np.zeros((0, encoder.dim), np.float32)
    p_vecs, s_vecs = vecs[: len(passages)], vecs[len(passages) :]
    owner_arr = np.array(owner)
    counts = np.bincount(owner_arr, minlength=len(ids)).astype(np.float32)[:, None]

    def combine(m: np.ndarray) -> np.ndarray:
        out = np.zeros((len(ids), m.shape[1]), dtype=np.float32)
        np.add.at(out, owner_arr, m)
        return out / counts

    langs = tuple(lang for lang in dict.fromkeys([language, *cfg.query_languages]) if lang in template.languages())
    bank: EvidenceBank | None
    if evidence_bank is None or evidence_bank is True:
        bank = load_evidence_bank(encoder.name)
    else:
        bank = evidence_bank or None
    base = Matches(
        key_element_ids=tuple(ids),
        passages=tuple(passages),
        sentences=tuple(sentences),
        sentence_passage=sentence_passage,
        passage_sim=combine(q_vecs @ p_vecs.T) if len(passages) else np.zeros((len(ids), 0), np.float32),
        sentence_sim=combine(q_vecs @ s_vecs.T) if len(sentences) else np.zeros((len(ids), 0), np.float32),
        query_languages=langs,
        passage_vectors=p_vecs,
        non_answers=tuple(non_answers),
    )
    if aspects is not False:
        aspect_set = load_aspects() if aspects is None or aspects is True else aspects
        z, owners = aspect_evidence(aspect_set, encoder, s_vecs, cfg.batch_size)
        base = dataclasses.replace(base, sentence_aspect_z=z, aspect_key_elements=owners)
    if bank is None:
        return base
    title_sim = title_other = None
    if bank.genre_set is not None and bank.genre_set.kinds is not None:
        title = title_page(seg)
        if title:
            title_sim = bank.title(encoder.encode(title, kind="passage", batch_size=cfg.batch_size), seg.doc_id)
            if bank.genre_set.naming_kinds is not None:
                lines = naming_lines(title)  # a place and date or a file number names no kind (neutral_title_line)
                title_other = (bank.title_names_other(encoder.encode(lines, kind="passage", batch_size=cfg.batch_size), seg.doc_id)
                               if lines else 0.0)
    with_bank = with_bank_evidence(base, bank, p_vecs, s_vecs, seg.doc_id)
    item_topic = item_words = None
    topic = with_bank.topic_sim
    units = item_units(passages, sentences_of) if topic is not None else None
    if units is not None and topic is not None:  # only the joined units are embedded; a passage alone keeps its own reading
        joined = [k for k, (idx, _) in enumerate(units) if len(idx) > 1]
        joined_topic = bank.topicality(encoder.encode([units[k][1] for k in joined], kind="passage", batch_size=cfg.batch_size),
                                       seg.doc_id)
        item_topic = np.array([topic[idx[0]] for idx, _ in units], dtype=np.float32)
        item_topic[joined] = joined_topic
        item_words = np.array([len(text.split()) for _, text in units], dtype=np.float64)
    return dataclasses.replace(with_bank, title_sim=title_sim, title_other_sim=title_other, item_topic_sim=item_topic,
                               item_words=item_words)


def with_bank_evidence(
    m: Matches,
    bank: EvidenceBank,
    p_vecs: np.ndarray,
    s_vecs: np.ndarray,
    doc_id: str | Collection[str],
) -> Matches:
    """``m`` with the evidence bank's votes, probe, topicality and genre of its passages and sentences.

    Used by :func:`match` and by the leave-one-document-out calibration
    (:func:`analyser.calibrate.document_features`, with a fold's documents in ``doc_id``).

    Args:
        m: matches without bank evidence (``exemplar_sim`` … None).
        bank: the evidence bank.
        p_vecs: (P, dim) passage embeddings of ``m``; s_vecs: (S, dim) its sentence embeddings.
        doc_id: documents the bank leaves out.

    Returns:
        The matches with every bank field set.
    """
    ids = m.key_element_ids
    s_ex, s_pr = sentence_evidence(bank, s_vecs, ids, doc_id)
    win = window_evidence(bank, s_vecs, np.asarray(m.sentence_passage), m.sentence_sim, ids, doc_id)
    return dataclasses.replace(
        m,
        window_passage=win[0],
        window_sentences=win[1],
        window_exemplar_sim=win[2],
        window_probe_sim=win[3],
        window_topic_sim=win[4],
        window_sim=win[5],
        exemplar_sim=bank.votes(p_vecs, ids, doc_id, sentences=(s_vecs, np.asarray(m.sentence_passage))),
        probe_sim=bank.probe(p_vecs, ids, doc_id),
        passage_vectors=p_vecs,
        topic_sim=bank.topicality(p_vecs, doc_id),
        genre_sim=bank.genre(p_vecs, doc_id),
        sentence_exemplar_sim=s_ex,
        sentence_probe_sim=s_pr,
    )


def sentence_evidence(
    bank: EvidenceBank, s_vecs: np.ndarray, key_element_ids: Sequence[str], doc_id: str | Collection[str]
) -> tuple[np.ndarray, np.ndarray]:
    """The evidence bank's k-NN vote and probe on every sentence of a document on its own.

    The bank holds annotated answer *blocks*; a block of the development strategies answers
    one key element (1.04–1.12 key elements per evidence block in the twelve fictional ones),
    so a passage that answers three in a sentence each finds neighbours of its dominant
    element only. Each sentence, centred on the mean of the document's sentences like a
    passage on its passages' (:func:`centre_document`), asks the bank on its own.

    Args:
        bank: the evidence bank.
        s_vecs: (S, dim) L2-normalised sentence embeddings of one document.
        key_element_ids: rows of the results.
        doc_id: documents the bank leaves out (the document itself; a fold's held-out ones).

    Returns:
        (votes, probe): float32 (K, S) each, as :meth:`EvidenceBank.votes` and :meth:`EvidenceBank.probe`.
    """
    return bank.votes(s_vecs, key_element_ids, doc_id), bank.probe(s_vecs, key_element_ids, doc_id)


WINDOW_MAX = 3
"""Longest sentence window (in sentences) scored on its own within a multi-sentence passage."""


def sentence_windows(sentence_passage: np.ndarray, max_len: int = WINDOW_MAX) -> tuple[np.ndarray, np.ndarray]:
    """Windows of 1 to ``max_len`` consecutive sentences inside each passage of two sentences or more.

    A window never spans two passages and never is the whole passage (that is the passage itself).

    Args:
        sentence_passage: int (S,) the passage of each sentence (sentences in passage order).
        max_len: longest window.

    Returns:
        (passage of each window: int (W,), [first sentence, sentence after the last]: int (W, 2)).
    """
    sp = np.asarray(sentence_passage, dtype=np.int64)
    passages: list[int] = []
    spans: list[tuple[int, int]] = []
    for p in np.unique(sp):
        idx = np.flatnonzero(sp == p)
        for length in range(1, min(max_len, len(idx) - 1) + 1):
            for a in range(len(idx) - length + 1):
                passages.append(int(p))
                spans.append((int(idx[a]), int(idx[a]) + length))
    return np.array(passages, dtype=np.int64), np.array(spans, dtype=np.int64).reshape(-1, 2)


def window_evidence(
    bank: EvidenceBank,
    s_vecs: np.ndarray,
    sentence_passage: np.ndarray,
    sentence_sim: np.ndarray,
    key_element_ids: Sequence[str],
    doc_id: str | Collection[str],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray | None, np.ndarray]:
    """The bank's k-NN vote, probe and topicality on every sentence window of a document (:func:`sentence_windows`).

    A compact strategy answers return, Dublin transfers and voluntary departure in one paragraph of three
    sentences; the paragraph's vote and probe go to its dominant key element. A window of one to three of its
    sentences is scored like a passage: its embedding is the re-normalised sum of its sentences' embeddings
    (no extra encoding), centred on the document's windows like passages on passages.

    A one-sentence window is *not* :func:`sentence_evidence` of that sentence: it is centred on the mean of the
    document's windows (sentences of multi-sentence passages, counted once per window holding them), the sentence
    on the mean of all its sentences. On nl-2025 (real model, 489 sentences, 981 windows of which 449 of one
    sentence) the two differ by up to 0.32 in vote and 0.04 in probe, so they are not shared; sharing would save
    about 0.06 s of the 0.3 s this takes (tenth session).

    Args:
        bank: the evidence bank.
        s_vecs: (S, dim) L2-normalised sentence embeddings of one document.
        sentence_passage: int (S,) the passage of each sentence.
        sentence_sim: float32 (K, S) each key element's cosine to each sentence (:attr:`Matches.sentence_sim`).
        key_element_ids: rows of the results.
        doc_id: documents the bank leaves out.

    Returns:
        (window passage (W,), window spans (W, 2), votes (K, W), probe (K, W), topicality (W,) or None, cosine (K, W)).
    """
    w_pass, spans = sentence_windows(sentence_passage)
    k = len(key_element_ids)
    if len(w_pass) == 0:
        empty = np.zeros((k, 0), dtype=np.float32)
        return w_pass, spans, empty, empty, (None if not bank.has_negatives else np.zeros(0, np.float32)), empty
    sums = np.stack([s_vecs[a:b].sum(axis=0) for a, b in spans])
    norms = np.linalg.norm(sums, axis=1)
    norms[norms == 0] = 1.0
    w_vecs = (sums / norms[:, None]).astype(np.float32)
    query_of = np.concatenate([np.full(b - a, j) for j, (a, b) in enumerate(spans)])
    parts = np.concatenate([s_vecs[a:b] for a, b in spans])
    votes = bank.votes(w_vecs, key_element_ids, doc_id, sentences=(parts, query_of))
    probe = bank.probe(w_vecs, key_element_ids, doc_id)
    topic = bank.topicality(w_vecs, doc_id)
    sim = (np.stack([sentence_sim[:, a:b].sum(axis=1) for a, b in spans], axis=1) / norms[None, :]).astype(np.float32)
    return w_pass, spans, votes, probe, topic, sim
