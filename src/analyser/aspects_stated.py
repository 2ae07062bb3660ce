"""Stated not done: an aspect whose best evidence sentence SAYS the ask is not done is not covered.

A sentence that says an ask is not done ("There are no plans to join the EU Talent Partnerships",
"Deutschland beteiligt sich nicht am Neuansiedlungsrahmen", "Il n'est pas prévu de participer …") is as
similar to the ask, in embedding space, as one that does it: the aspect calibration
(:mod:`analyser.aspect_score`) reads it as evidence and a partial answer comes out addressed. No similarity
feature tells the two apart (README, issue 13). This module reads the words: explicit non-performance
formulas about the ask itself, in the 24 official languages of the EU, found in the aspect's best evidence
sentence.

Narrow on purpose, because negation is everywhere in a strategy and most of it addresses an ask ("no one
is returned without an individual assessment", "we will not tolerate irregular migration", "the border
procedure is not applicable to unaccompanied minors"): only formulas of non-performance count (no plans
to, is not planned / foreseen / envisaged / provided for, does not participate / take part, has not (yet)
been set up / established / adopted, no … will follow) and of leaving the ask out of the document (is left
out of consideration, falls outside the scope of this strategy). A plain "not" with any other verb is not a
formula. The key element's label then follows from its aspects (:func:`analyser.aspects.derive_label`): partial
when another ask is covered; when every ask it covered is stated not done it stays partial (:func:`stated_labels`):
covered versus absent remains the coverage calibration's decision, as in
:func:`analyser.aspect_score.anchor_covered` (the document speaks of the key element; it says its asks are not done).
Such a partial key element is the one case of a partial label without a covered aspect. "Not applicable" is NOT one: a member state that says an ask does not apply to it ("obligations to
persons rescued at sea are not relevant for a landlocked state") has answered it (the gold of the fictional
development document xb-2025 calls that aspect covered).

Sources: the formulas answers to the Commission's questionnaires and national reports use to say that a
measure is not taken ("not foreseen", "nicht vorgesehen", "n'est pas prévu", "no está previsto", "nie
dotyczy", "nu este cazul" …), written for each language the way :func:`analyser.scope.legal_preamble`
writes the preamble formulas.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # no import at run time: aspect_score calls this module
    from .aspect_score import AspectCoverage
    from .aspects import AspectSet

__all__ = ["STATED_FORMULAS", "STATED_LANGUAGES", "stated_not_done", "aspect_names", "named_stated",
           "apply_stated_not_done", "stated_labels", "STATED_RULE_VERSION"]

STATED_RULE_VERSION = 1
"""Version of the stated-not-done rule the pipeline applied to an analysis's aspects, recorded as
``aspects_stated_rule`` of ``analysis.json`` (:class:`analyser.schema.Analysis`): an analysis that has it carries
the rule's flags (``stated_not_done`` is written only when true), one without it was written before the rule
and is read with the rule applied again (:func:`analyser.aspect_fit.read_aspect_data`)."""

STATED_FORMULAS: dict[str, tuple[str, ...]] = {
    "en": (r"\bno\s+(?:current\s+|further\s+|concrete\s+)?(?:plans?|intention)\s+(?:to|for|of)\b",
           r"\b(?:is|are|was|were|be|been)\s+(?:currently\s+|therefore\s+|also\s+|yet\s+|at\s+present\s+)?not\s+"
           r"(?:\w+ly\s+)?(?:planned|foreseen|envisaged|intended|provided\s+for)\b",
           r"\bnot\s+(?:currently\s+|yet\s+)?(?:planned|foreseen|envisaged)\b",
           r"\b(?:does|do|did|will|shall)\s+not\s+(?:currently\s+|yet\s+)?(?:participate|take\s+part|intend\s+to)\b",
           r"\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:set\s+up|established|introduced|adopted|implemented|decided"
           r"|launched|started|created)\b",
           r"\bno\s+(?:[\w-]+\s+){0,4}(?:will|shall)\s+(?:follow|result|be\s+(?:set\s+up|established|introduced|developed"
           r"|created))\b",
           r"\b(?:is|are|has\s+been|have\s+been)\s+(?:therefore\s+)?(?:left\s+out\s+of\s+(?:consideration|account"
           r"|this\s+(?:strategy|document))|not\s+(?:addressed|covered|discussed|described)\s+(?:here|in\s+this\s+"
           r"(?:strategy|document|chapter|section)))\b",
           r"\b(?:falls?|lies?)\s+outside\s+the\s+scope\s+of\s+this\s+(?:strategy|document)\b"),
    "de": (r"\bnicht\s+(?:vorgesehen|geplant|beabsichtigt)\b",
           r"\bkeine\s+(?:[\w-]+\s+){0,3}(?:vorgesehen|geplant|beabsichtigt)\b",
           r"\bkeine\s+pläne\b",
           r"\bbeteiligt\s+sich\s+nicht\b", r"\bnimmt\s+(?:[\w-]+\s+){0,4}nicht\s+teil\b",
           r"\b(?:wurde|wurden|ist|sind)\s+(?:bisher\s+|noch\s+)*nicht\s+(?:eingerichtet|umgesetzt|eingeführt"
           r"|beschlossen|geschaffen)\b",
           r"\bwerden\s+(?:sich\s+)?keine\s+(?:[\w-]+\s+){0,4}(?:folgen|ergeben)\b",
           r"\baußer\s+betracht\s+(?:gelassen|bleiben|bleibt)\b"),
    "fr": (r"\bn['’](?:est|était)\s+pas\s+(?:encore\s+)?(?:prévue?s?|envisagée?s?|planifiée?s?)\b",
           r"\bne\s+sont\s+pas\s+(?:encore\s+)?(?:prévue?s|envisagée?s|planifiée?s)\b",
           r"\baucune?\s+(?:[\w'’-]+\s+){0,4}n['’](?:est|a\s+été)\s+(?:encore\s+)?(?:prévue?|envisagée?"
           r"|mise?\s+en\s+place)\b",
           r"\baucune?\s+(?:[\w'’-]+\s+){0,4}ne\s+(?:sera|seront)\s+(?:formulée?s?|émise?s?|prévue?s?)\b",
           r"\bne\s+participe(?:nt|ra|ront)?\s+pas\b", r"\bne\s+prend\s+pas\s+part\b",
           r"\bn['’](?:envisage|prévoit)\s+pas\b",
           r"\bn['’]a\s+pas\s+(?:encore\s+)?été\s+(?:mise?s?\s+en\s+(?:place|œuvre|oeuvre)|adoptée?|créée?"
           r"|décidée?)\b",
           r"\bn['’]est\s+pas\s+(?:traitée?|abordée?|décrite?)\s+(?:ici|dans\s+(?:la\s+présente|cette)\s+"
           r"(?:stratégie|section|partie))\b"),
    "nl": (r"\bniet\s+(?:voorzien|gepland|beoogd)\b",
           r"\bgeen\s+(?:[\w-]+\s+){0,3}(?:voorzien|gepland|beoogd)\b",
           r"\bgeen\s+plannen\b",
           r"\bneemt\s+(?:[\w-]+\s+){0,3}niet\s+deel\b", r"\bdoet\s+(?:[\w-]+\s+){0,3}niet\s+mee\b",
           r"\b(?:zal|zullen)\s+(?:er\s+)?geen\s+(?:[\w-]+\s+){0,4}(?:volgen|voortvloeien)\b",
           r"\bgeen\s+(?:[\w-]+\s+){0,4}(?:zal|zullen)\s+(?:[\w-]+\s+)?(?:volgen|voortvloeien)\b",
           r"\b(?:is|zijn|werd|werden)\s+(?:nog\s+)?niet\s+(?:ingevoerd|opgezet|ingesteld|vastgesteld|besloten"
           r"|gestart)\b",
           r"\bbuiten\s+beschouwing\s+(?:gelaten|gehouden|blijven|blijft)\b"),
    "es": (r"\bno\s+(?:está|están|estaba|se\s+ha)\s+previst[oa]s?\b",
           r"\bno\s+se\s+(?:prevé|prevén|contempla|contemplan|planea|planean)\b",
           r"\bno\s+(?:participa|participará|participan|participarán)\b",
           r"\bno\s+hay\s+planes\b", r"\bno\s+tiene\s+previsto\b",
           r"\b(?:todavía|aún)\s+no\s+se\s+han?\s+(?:establecido|adoptado|creado|puesto\s+en\s+marcha)\b"),
    "it": (r"\bnon\s+(?:è|sono)\s+(?:ancora\s+)?previst[oaie]\b", r"\bnon\s+(?:si\s+)?prevede\b",
           r"\bnon\s+(?:partecipa|partecipano|parteciperà)\b",
           r"\bnon\s+(?:è|sono)\s+(?:ancora\s+)?stat[oaie]\s+(?:istituit|adottat|avviat|creat)\w*"),
    "pt": (r"\bnão\s+(?:está|estão)\s+previst[oa]s?\b", r"\bnão\s+se\s+prevê\b",
           r"\bnão\s+(?:participa|participará|participam)\b", r"\bnão\s+há\s+planos\b",
           r"\bainda\s+não\s+(?:foi|foram)\s+(?:criad|adotad|estabelecid|implementad)\w*"),
    "pl": (r"\bnie\s+(?:jest|są)\s+(?:jeszcze\s+)?przewidzian[aey]\b", r"\bnie\s+przewiduje\s+się\b",
           r"\bnie\s+planuje\s+się\b", r"\bnie\s+(?:uczestniczy|bierze\s+udziału)\b", r"\bnie\s+ma\s+planów\b",
           r"\bnie\s+(?:zostały|został[aoy]?)\s+jeszcze\s+(?:utworzon|ustanowion|wdrożon|przyjęt)\w*"),
    "cs": (r"\bnení\s+(?:zatím\s+)?(?:plánován|předpokládán)[aoý]?\b", r"\bse\s+nepředpokládá\b",
           r"\bnepředpokládá\s+se\b", r"\bnepočítá\s+se\b", r"\b(?:neúčastní\s+se|se\s+neúčastní)\b"),
    "sk": (r"\bnie\s+je\s+(?:zatiaľ\s+)?(?:plánovan|predpokladan)[éáýo]\b", r"\b(?:nepredpokladá\s+sa|sa\s+nepredpokladá)\b",
           r"\b(?:neplánuje\s+sa|sa\s+neplánuje)\b", r"\b(?:nezúčastňuje\s+sa|sa\s+nezúčastňuje)\b"),
    "sl": (r"\bni\s+(?:še\s+)?(?:predviden|načrtovan)[oa]?\b", r"\bne\s+sodeluje\b"),
    "hr": (r"\bnije\s+(?:još\s+)?(?:predviđen|planiran)[oa]?\b", r"\bne\s+sudjeluje\b", r"\bne\s+planira\s+se\b",
           r"\bnema\s+planova\b"),
    "hu": (r"\bnem\s+tervez\w*", r"\bnincs\s+(?:\w+\s+)?tervben\b", r"\bnem\s+vesz\s+részt\b",
           r"\bnem\s+került\s+(?:még\s+)?sor\b"),
    "ro": (r"\bnu\s+(?:este|sunt)\s+(?:încă\s+)?(?:prevăzut|planificat)\w*", r"\bnu\s+se\s+(?:prevede|preconizează)\b",
           r"\bnu\s+participă\b"),
    "bg": (r"\bне\s+(?:е|са)\s+(?:все\s+още\s+)?(?:предвиден|планиран)\w*", r"\bне\s+се\s+(?:предвижда|планира)\b",
           r"\bне\s+участва\b"),
    "el": (r"\bδεν\s+(?:προβλέπεται|προβλέπονται|σχεδιάζεται|σχεδιάζονται|συμμετέχει|συμμετέχουν)\b",
           r"\bδεν\s+έχει\s+(?:ακόμη\s+)?(?:συσταθεί|θεσπιστεί|δημιουργηθεί)\b"),
    "lt": (r"\b(?:nėra\s+numatyt\w*|neplanuojam\w*)",
           r"\bnenumatyt(?:a|as)\b(?!\s+(?:atvej|situacij|aplinkyb|įvyk))", r"\bnedalyvauja\b"),
    "lv": (r"\bnav\s+(?:paredzēt|plānot)\w*", r"\bnetiek\s+plānot\w*", r"\bnepiedalās\b"),
    "et": (r"\bei\s+(?:ole\s+)?(?:kavandatud|plaanis|ette\s+nähtud|planeeritud)\b", r"\bei\s+osale\b"),
    "fi": (r"\bei\s+(?:ole\s+)?(?:suunniteltu|suunnitella|tarkoitus)\b", r"\bei\s+osallistu\b"),
    "da": (r"\b(?:er|bliver)\s+ikke\s+(?:planlagt|forudset|påtænkt)\b", r"\bingen\s+planer\b", r"\bdeltager\s+ikke\b"),
    "sv": (r"\b(?:planeras|avses)\s+inte\b", r"\bär\s+inte\s+(?:planerad|planerat|planerade)\b", r"\binga\s+planer\b",
           r"\bdeltar\s+inte\b", r"\bhar\s+ännu\s+inte\s+(?:inrättats|införts|beslutats)\b"),
    "mt": (r"\bmh(?:ux|ix|uwiex)\s+(?:previst|ippjanat)\w*", r"\bma\s+[jt]ipparteċipa(?:x|wx)\b"),
    "ga": (r"\bníl\s+(?:sé\s+)?(?:beartaithe|i\s+gceist|pleanáilte)\b",
           r"\bní\s+(?:ghlacann|ghlacfaidh)\s+(?:\S+\s+){0,2}páirt\b"),
}
"""Language -> the formulas (regular expressions, matched case-insensitively on the sentence) that state an ask
is not done. All languages are tried on every sentence: the formulas are specific enough not to meet one
another across languages, and the evidence sentence of a multilingual document may be in any of them."""

STATED_LANGUAGES: tuple[str, ...] = tuple(sorted(STATED_FORMULAS))

_PATTERN = re.compile("|".join(f"(?:{p})" for ps in STATED_FORMULAS.values() for p in ps), re.IGNORECASE | re.UNICODE)


def stated_not_done(sentence: str | None) -> str | None:
    """The non-performance formula a sentence states (its matched words, whitespace collapsed), or None.

    Args:
        sentence: one sentence of answer text (an aspect's best evidence), any language.

    Returns:
        E.g. ``"no plans to"`` for "There are no plans to join the EU Talent Partnerships.", None for
        "We will join the EU Talent Partnerships." and for negation that addresses an ask ("No one is
        returned without an individual assessment.").
    """
    if not sentence:
        return None
    m = _PATTERN.search(sentence)
    if m is None:
        return None
    return " ".join(m.group(0).split()).rstrip(".;:)!").strip()


_NAME_TOKEN = re.compile(r"\b(?:[A-Z][\w-]*[A-Za-z]|\d{4}/\d{1,4})\b")
_GENERIC_NAMES = frozenset({"EU", "Union", "European", "Member", "State", "States", "Regulation", "Directive",
                            "Article", "Annex", "Council", "Parliament", "Commission"})


def aspect_names(aspects: AspectSet) -> dict[str, tuple[str, ...]]:
    """Aspect id -> the names that are its own: words of its English descriptor that its official wording in
    another language repeats verbatim (names are not translated: "EUAA", "Frontex", "2022/922"), capitalised
    or a regulation number, not generic ("EU", "Union", "Regulation" …) and named by no other aspect of the
    same key element. An aspect without such a name gets ``()`` (it is judged on its evidence sentence alone).
    """
    raw: dict[str, set[str]] = {}
    for a in aspects:
        wordings = " ".join(a.wording.values())
        toks = {t for t in _NAME_TOKEN.findall(a.descriptor)[1:] if t not in _GENERIC_NAMES and len(t) >= 3}
        raw[a.id] = {t for t in toks if re.search(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", wordings)}
    out: dict[str, tuple[str, ...]] = {}
    for a in aspects:
        others = set().union(*(raw[b.id] for b in aspects.for_key_element(a.key_element) if b.id != a.id))
        out[a.id] = tuple(sorted(raw[a.id] - others))
    return out


def named_stated(sentences: Sequence[str], names: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, str]]:
    """Aspect id -> (formula, sentence) for the first answer sentence that states something is not done AND
    names one of the aspect's own names (:func:`aspect_names`): "no recommendations will follow from the
    EUAA monitoring" says the ask on EUAA monitoring is not done wherever the aspect's best evidence lies.

    Args:
        sentences: the document's answer sentences (member-state text only), in order.
        names: :func:`aspect_names`.
    """
    out: dict[str, tuple[str, str]] = {}
    stating = [(s, f) for s in sentences if (f := stated_not_done(s)) is not None]
    for aid, own in names.items():
        for s, f in stating:
            if any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", s) for n in own):
                out[aid] = (f, s)
                break
    return out


def apply_stated_not_done(coverage: Sequence[AspectCoverage], ke_labels: Mapping[str, str] | None = None,
                          named: Mapping[str, tuple[str, str]] | None = None
                          ) -> tuple[list[AspectCoverage], dict[str, str]]:
    """Mark not covered every aspect whose best evidence sentence states the ask is not done.

    Args:
        coverage: the aspects of one document (:func:`analyser.aspect_score.score_aspects`, after
            :func:`analyser.aspect_score.anchor_covered`).
        ke_labels: key element id -> the coverage calibration's label; the aspects of a key element
            labelled ``absent`` are left alone (their nearest sentences are not shown as evidence).
        named: :func:`named_stated` of the document: an aspect whose own name a stating sentence carries
            counts as stated not done too.

    Returns:
        (a new list in the same order, with ``covered`` False for those aspects; score and evidence
        kept, aspect id -> the formula found, for every aspect whose evidence states it, covered
        before or not).
    """
    out: list[AspectCoverage] = []
    flags: dict[str, str] = {}
    for c in coverage:
        formula = None
        if c.evidence is not None and (ke_labels is None or ke_labels.get(c.key_element) != "absent"):
            formula = stated_not_done(c.evidence.sentence)
        if formula is None and named and c.id in named and (ke_labels is None or ke_labels.get(c.key_element) != "absent"):
            formula = named[c.id][0]
        if formula is not None:
            flags[c.id] = formula
            if c.covered:
                c = dataclasses.replace(c, covered=False)
        out.append(c)
    return out, flags


def stated_labels(labels: Mapping[str, str], ke_labels: Mapping[str, str], flagged_key_elements: set[str]) -> dict[str, str]:
    """The key-element labels once stated-not-done aspects are not covered.

    A key element the coverage calibration found covered (partial or addressed) whose aspects are now
    all not covered because its evidence states an ask not done is ``partial`` (it speaks of the key
    element, but says the ask is not done), never ``absent``: covered versus absent stays the coverage
    calibration's decision, as in :func:`analyser.aspect_score.anchor_covered`.

    Args:
        labels: key element id -> the label its aspects give (:func:`analyser.aspects.derive_label`).
        ke_labels: key element id -> the coverage calibration's label.
        flagged_key_elements: key elements with at least one stated-not-done aspect.
    """
    return {ke: ("partial" if ke in flagged_key_elements and lab == "absent" and ke_labels.get(ke) in ("partial", "addressed")
                 else lab) for ke, lab in labels.items()}
