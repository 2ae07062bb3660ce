"""Stated-not-done aspects (issue 13): a sentence that SAYS the ask is not done is no evidence of it.

Hand-made pairs written before any development document's sentences were read: for each, the sentence
that does the ask and the sentence that states it is not done, in languages other than Dutch; then negation
that still addresses an ask (a safeguard, a refusal that is the policy) which must NOT be read as stated
not done.
"""

from __future__ import annotations

import pytest

from analyser.aspect_score import AspectCoverage, AspectEvidence, key_element_labels
from analyser.aspects import load_aspects
from analyser.aspects_stated import (STATED_LANGUAGES, STATED_RULE_VERSION, apply_stated_not_done, aspect_names,
                                     named_stated, stated_labels, stated_not_done)

# (language, done, stated not done)
PAIRS = [
    ("en", "We will join the EU Talent Partnerships with Morocco in 2026.",
     "There are no plans to join the EU Talent Partnerships during this strategy period."),
    ("en", "EUAA recommendations on reception capacity will be followed up in 2026.",
     "No further EUAA recommendations will follow from this exercise."),
    ("en", "Ireland takes part in the resettlement framework with 500 places a year.",
     "Ireland does not participate in the Union Resettlement Framework."),
    ("en", "A national monitoring mechanism for fundamental rights is set up by the Ombudsman.",
     "A separate monitoring mechanism has not yet been established."),
    ("en", "Frontex supports the return flights organised by the police.",
     "Joint return operations with Frontex are not foreseen for now."),
    ("en", "The EUAA operational plan's recommendations are implemented by 2026.",
     "No recommendations will result from the EUAA pilot exercise."),
    ("en", "The Schengen evaluation's findings are followed up by the border police.",
     "The Schengen evaluation is left out of consideration in this strategy."),
    ("de", "Die Teilnahme an Talentpartnerschaften mit Tunesien ist für 2026 geplant.",
     "Eine Teilnahme an Talentpartnerschaften ist derzeit nicht vorgesehen."),
    ("de", "Deutschland beteiligt sich am Neuansiedlungsrahmen der Union mit 6 000 Plätzen.",
     "Deutschland beteiligt sich nicht am Neuansiedlungsrahmen der Union."),
    ("fr", "La France participe au cadre de réinstallation de l'Union avec 3 000 places.",
     "Il n'est pas prévu de participer au cadre de réinstallation pendant cette période."),
    ("fr", "Un mécanisme de suivi des droits fondamentaux est confié au Défenseur des droits.",
     "Aucun mécanisme de suivi spécifique n'est prévu à ce stade."),
    ("es", "España participará en las asociaciones en materia de talento con Marruecos.",
     "No está previsto participar en las asociaciones en materia de talento."),
    ("it", "L'Italia partecipa al quadro dell'Unione per il reinsediamento con 1 000 posti.",
     "L'Italia non partecipa al quadro dell'Unione per il reinsediamento."),
    ("pt", "Portugal vai aderir às parcerias de talentos com Cabo Verde.",
     "Não está prevista a adesão às parcerias de talentos."),
    ("pl", "Polska uczestniczy w unijnych ramach przesiedleń.",
     "Udział w unijnych ramach przesiedleń nie jest przewidziany."),
    ("cs", "Česká republika se účastní rámce Unie pro přesídlování.",
     "Účast v rámci Unie pro přesídlování se nepředpokládá."),
    ("sv", "Sverige deltar i unionens vidarebosättningsram med 900 platser.",
     "Sverige deltar inte i unionens vidarebosättningsram."),
    ("da", "Der oprettes en uafhængig overvågningsmekanisme.",
     "Der er ingen planer om at oprette en overvågningsmekanisme."),
    ("fi", "Suomi osallistuu unionin uudelleensijoittamiskehykseen.",
     "Suomi ei osallistu unionin uudelleensijoittamiskehykseen."),
    ("ro", "România participă la cadrul Uniunii pentru relocare.",
     "Participarea la cadrul Uniunii pentru relocare nu este prevăzută."),
    ("hu", "Magyarország részt vesz az uniós áttelepítési keretben.",
     "Magyarország nem vesz részt az uniós áttelepítési keretben."),
    ("bg", "България участва в рамката на Съюза за презаселване.",
     "Участие в рамката на Съюза за презаселване не е предвидено."),
    ("el", "Η Ελλάδα συμμετέχει στο πλαίσιο επανεγκατάστασης της Ένωσης.",
     "Δεν προβλέπεται συμμετοχή στο πλαίσιο επανεγκατάστασης."),
    ("lt", "Lietuva dalyvauja Sąjungos perkėlimo sistemoje.",
     "Dalyvavimas Sąjungos perkėlimo sistemoje nenumatytas."),
    ("lv", "Latvija piedalās Savienības pārmitināšanas satvarā.",
     "Dalība Savienības pārmitināšanas satvarā nav paredzēta."),
    ("et", "Eesti osaleb liidu ümberasustamise raamistikus.",
     "Eesti ei osale liidu ümberasustamise raamistikus."),
    ("sk", "Slovensko sa zúčastňuje na rámci Únie pre presídľovanie.",
     "Slovensko sa nezúčastňuje na rámci Únie pre presídľovanie."),
    ("sl", "Slovenija sodeluje v okviru Unije za preselitev.",
     "Sodelovanje v okviru Unije za preselitev ni predvideno."),
    ("hr", "Hrvatska sudjeluje u okviru Unije za preseljenje.",
     "Sudjelovanje u okviru Unije za preseljenje nije predviđeno."),
    ("mt", "Malta tipparteċipa fil-qafas tal-Unjoni għar-risistemazzjoni.",
     "Il-parteċipazzjoni fil-qafas tal-Unjoni għar-risistemazzjoni mhix prevista."),
    ("ga", "Glacfaidh Éire páirt i gcreat athlonnaithe an Aontais.",
     "Níl sé beartaithe páirt a ghlacadh i gcreat athlonnaithe an Aontais."),
]

# negation that still addresses an ask: a safeguard, the policy itself, a limit of a measure that is done
ADDRESSING_NEGATIONS = [
    "No one is returned without an individual assessment of the risk of refoulement.",
    "We will not tolerate irregular migration and will step up border surveillance.",
    "Detention of children is not used; alternatives to detention are applied instead.",
    "Niemand wird ohne Prüfung des Einzelfalls zurückgeführt.",
    "Aucun demandeur n'est laissé sans hébergement pendant la procédure.",
    "Ninguna solicitud se rechaza sin entrevista personal.",
    "Nessun minore non accompagnato viene trattenuto.",
    "Żaden cudzoziemiec nie zostanie wydalony bez oceny ryzyka.",
    "Applicants who do not cooperate lose their reception allowance.",
    "The screening does not exceed seven days at the external border.",
    "Applications that are not admissible are decided within ten days.",
    "Persons who are not granted protection are returned promptly.",
    "The border procedure is not applicable to unaccompanied minors.",
    "Das Grenzverfahren ist auf unbegleitete Minderjährige nicht anwendbar, sie kommen in Obhut.",
    "La procédure à la frontière ne s'applique pas aux mineurs non accompagnés.",
    "Procedura graniczna nie dotyczy małoletnich bez opieki.",
    "Nenumatytiems atvejams parengtas nenumatytų situacijų planas.",
    # "not applicable" answers the ask: the fictional xb-2025's gold calls "rescue at sea is not relevant for a
    # landlocked state" covered
    "Contingency planning for reception: not applicable.",
    "Verpflichtungen gegenüber auf See geretteten Personen sind für Binnenstaaten nicht einschlägig.",
    "Sans objet.",
    "Unaccompanied minors are left out of the border procedure.",  # a safeguard, not the ask left out
]


@pytest.mark.parametrize("lang,done,not_done", PAIRS, ids=[f"{p[0]}-{i}" for i, p in enumerate(PAIRS)])
def test_pairs_done_versus_stated_not_done(lang, done, not_done):
    assert stated_not_done(done) is None
    assert stated_not_done(not_done) is not None


@pytest.mark.parametrize("sentence", ADDRESSING_NEGATIONS)
def test_negation_that_addresses_an_ask_is_not_stated_not_done(sentence):
    assert stated_not_done(sentence) is None


def test_every_eu_language_has_formulas():
    assert set(STATED_LANGUAGES) == {"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
                                     "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"}


def test_matched_formula_is_returned():
    assert stated_not_done("Deutschland beteiligt sich nicht am Neuansiedlungsrahmen.") == "beteiligt sich nicht"


def _cov(aid, covered, sentence, score=0.9):
    ev = AspectEvidence("d:P1", 3, "2.1.1", sentence, 0.8) if sentence is not None else None
    return AspectCoverage(aid, aid.split("/")[0], covered, score, ev)


def test_apply_flips_a_covered_aspect_and_flags_it():
    cov = [_cov("2.1.1.b/legal-migration", True, "Labour migration is promoted through a new permit."),
           _cov("2.1.1.b/talent-partnerships", True, "There are no plans to join the EU Talent Partnerships.")]
    out, flags = apply_stated_not_done(cov)
    assert [c.covered for c in out] == [True, False]
    assert flags == {"2.1.1.b/talent-partnerships": "no plans to"}
    assert out[1].score == 0.9 and out[1].evidence == cov[1].evidence  # kept with its evidence


def test_apply_leaves_uncovered_and_evidence_free_aspects_alone():
    cov = [_cov("2.5.b/judiciary", False, "The judiciary is not foreseen to get extra staff."),
           _cov("2.5.b/staff", True, None)]
    out, flags = apply_stated_not_done(cov)
    assert [c.covered for c in out] == [False, True]
    assert flags == {"2.5.b/judiciary": "is not foreseen"}


def test_aspect_names_are_untranslated_words_no_sibling_shares():
    names = aspect_names(load_aspects())
    assert names["2.p/euaa-frontex-monitoring"] == ("EUAA", "Frontex")  # both repeated in the Dutch wording
    assert names["2.2.1.c/schengen-evaluation"] == ("2022/922",)  # a regulation number is a name
    assert names["2.1.1.b/talent-partnerships"] == ()  # "EU" is generic, "Talent" is translated
    assert names["2.p/other-strategies"] == ()


def test_named_stated_needs_both_the_formula_and_the_aspect_s_name():
    names = {"2.6.c/frontex": ("Frontex",), "2.6.c/toolbox": ()}
    sents = ["Frontex supports our return flights.",  # names it, states nothing
             "There are no plans to extend the Toolbox.",  # states, names no name of frontex
             "Joint operations with Frontex are not planned at sea."]
    assert named_stated(sents, names) == {"2.6.c/frontex": ("are not planned", sents[2])}


def test_apply_with_a_named_sentence_flags_an_aspect_whose_evidence_is_elsewhere():
    cov = [_cov("2.6.c/frontex", True, "Frontex supports our return flights."),
           _cov("2.6.c/toolbox", True, "The Toolbox is applied in full.")]
    out, flags = apply_stated_not_done(cov, {"2.6.c": "addressed"},
                                       named={"2.6.c/frontex": ("are not planned", "Joint operations with Frontex are not planned.")})
    assert [c.covered for c in out] == [False, True] and flags == {"2.6.c/frontex": "are not planned"}
    out, flags = apply_stated_not_done(cov, {"2.6.c": "absent"},
                                       named={"2.6.c/frontex": ("are not planned", "Joint operations with Frontex are not planned.")})
    assert flags == {}  # an absent key element shows no evidence: nothing to flag


def test_label_follows_the_aspects_once_stated_not_done():
    cov = [_cov("2.1.1.b/legal-migration", True, "Labour migration is promoted through a new permit."),
           _cov("2.1.1.b/talent-partnerships", True, "There are no plans to join the EU Talent Partnerships."),
           _cov("2.1.1.b/resettlement", True, "Resettlement is not foreseen in 2026.")]
    out, _ = apply_stated_not_done(cov, {"2.1.1.b": "addressed"})
    assert key_element_labels(out) == {"2.1.1.b": "partial"}
    out, flags = apply_stated_not_done(cov[1:], {"2.1.1.b": "addressed"})
    assert key_element_labels(out) == {"2.1.1.b": "absent"}
    # every ask it covered is stated not done: partial, never absent (covered vs absent is the calibration's)
    assert stated_labels(key_element_labels(out), {"2.1.1.b": "addressed"}, {"2.1.1.b"}) == {"2.1.1.b": "partial"}
    assert stated_labels({"2.5.b": "absent"}, {"2.5.b": "absent"}, {"2.5.b"}) == {"2.5.b": "absent"}
    assert stated_labels({"2.5.b": "absent"}, {"2.5.b": "addressed"}, set()) == {"2.5.b": "absent"}


def test_stated_of_reads_back_with_the_pipelines_sentence_splitter():
    """An analysis written before the rule is read with it again, its passages split by
    :func:`analyser.text.split_sentences` in its language (no regex splitter of its own)."""
    from analyser.aspect_fit import _stated_of

    aspects = load_aspects()
    aid = next(a.id for a in aspects if "EUAA" in aspect_names(aspects).get(a.id, ()))
    items = {a.id: {"id": a.id, "evidence": None} for a in aspects}
    old = {"language": "en", "passages": [{"text": "One sentence. No further EUAA recommendations will follow from this "
                                                    "exercise.\nHeading"}]}
    assert _stated_of(old, items, aspects) == {aid: named_stated(
        ["No further EUAA recommendations will follow from this exercise."], aspect_names(aspects))[aid][0]}


def test_stated_of_trusts_the_rule_version_marker():
    """``aspects_stated_rule`` says the pipeline applied the rule: no flag means not stated, and the rule is not
    run again (before the marker, every unflagged analysis was re-read as an old one)."""
    from analyser.aspect_fit import _stated_of

    aspects = load_aspects()
    a0 = next(iter(aspects)).id
    sentence = "There are no plans to join the EU Talent Partnerships during this strategy period."
    items = {a.id: {"id": a.id, "evidence": {"sentence": sentence} if a.id == a0 else None} for a in aspects}
    assert _stated_of({"language": "en"}, items, aspects) == {a0: stated_not_done(sentence)}  # old: re-read
    assert _stated_of({"language": "en", "aspects_stated_rule": STATED_RULE_VERSION}, items, aspects) == {}
    flagged = dict(items, **{a0: {**items[a0], "stated_not_done": True, "stated_formula": "no plans to"}})
    assert _stated_of({"language": "en", "aspects_stated_rule": STATED_RULE_VERSION}, flagged, aspects) == {a0: "no plans to"}


def test_sentence_top_aspects_is_the_nearest_aspect_by_the_evidence_cosine():
    import numpy as np

    from analyser.aspect_score import sentence_top_aspects

    aspects = load_aspects()
    n = len(aspects)
    q = np.eye(n, dtype=np.float32)  # one query per aspect, orthogonal
    s = np.zeros((3, n), dtype=np.float32)
    s[0, 5], s[0, 7] = 0.9, 0.4
    s[1, 7] = 1.0
    s[2, 2], s[2, 9] = 0.3, 0.95
    s /= np.linalg.norm(s, axis=1, keepdims=True)
    assert sentence_top_aspects(aspects, s, q, list(range(n)), [0, 2]) == {0: [5], 2: [9]}
    assert sentence_top_aspects(aspects, s, q, list(range(n)), [0], k=2) == {0: [5, 7]}
    assert sentence_top_aspects(aspects, s[:0], q, list(range(n)), [0]) == {}


def test_gap_report_marks_a_missing_aspect_stated_not_done():
    from analyser.output.facts import lacking_aspects

    cov = {"label": "partial", "aspects": [
        {"id": "2.1.1.b/legal-migration", "covered": True, "descriptor": "Legal migration."},
        {"id": "2.1.1.b/talent-partnerships", "covered": False, "descriptor": "Talent Partnerships.", "stated_not_done": True},
        {"id": "2.1.1.b/resettlement", "covered": False, "descriptor": "Resettlement."}]}
    assert lacking_aspects(cov) == ["Talent Partnerships. (stated not done)", "Resettlement."]
