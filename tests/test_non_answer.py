"""Placeholders and bare cross-references are no evidence (:mod:`analyser.non_answer`, fresh8 #1, #2).

The sentences are the inputs of ``tests/data/fresh8`` (lt, sl, de), ``tests/data/pending11`` (dev: pt, ro, hr, sv)
and the development corpus's answer sentences that a first version of the formulas read wrongly (kept: they are
answers). Hashing encoder only; the real-model figures are in ``test_pending11_model.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyser.match import MatchConfig, build_passages
from analyser.non_answer import has_quantity, internal_reference, non_answer_kind

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("sentence", "language", "kind"), [
    ("Bus nustatyta vėliau.", "lt", "placeholder"),
    ("Rengiama.", "lt", "placeholder"),
    ("Grąžinimo priemonės bus nustatytos atskirame veiksmų plane, kuris šiuo metu rengiamas.", "lt", "placeholder"),
    ("Rizikos analizė šiuo metu rengiama; duomenys bus pateikti 2027 m.", "lt", "placeholder"),
    ("Wird derzeit im Rahmen des nationalen Notfallplans ausgearbeitet.", "de", "placeholder"),
    ("A definir.", "pt", "placeholder"),
    ("As medidas de resposta a chegadas em massa serão definidas num plano posterior, atualmente em elaboração.", "pt",
     "placeholder"),
    ("Urmează să fie stabilit.", "ro", "placeholder"),
    ("U pripremi.", "hr", "placeholder"),
    ("Fastställs senare.", "sv", "placeholder"),
    ("To be determined.", "fr", "placeholder"),  # English formulas apply to every document
    ("Glej Načrt ukrepov za vračanje 2025–2029, točke 3.1 do 3.4.", "sl", "reference"),
    ("Glej Program Sklada za azil, migracije in vključevanje 2021–2027 ter proračun za leti 2026 in 2027.", "sl",
     "reference"),
    ("Ver o Plano Nacional de Acolhimento 2025–2029, capítulo 4.", "pt", "reference"),
    ("A se vedea Strategia națională privind imigrația 2021–2024, secțiunea 5.", "ro", "reference"),
    ("Se Migrationsverkets beredskapsplan för massinflöde, avsnitt 3 och 4.", "sv", "reference"),
    ("See the National Action Plan on Integration 2024–2030, chapter 4.", "en", "reference"),
])
def test_non_answers(sentence, language, kind):
    found = non_answer_kind(sentence, language)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(("sentence", "language"), [
    # answers of the development corpus (xp-2025) a first version of the Lithuanian formulas took for placeholders
    ("Planas atnaujinamas kasmet, remiantis nuolatine PAT ir MPD rizikos analize, ir kas dvejus metus išbandomas "
     "nacionalinėse pratybose.", "lt"),
    ("Komisijos pranešimus ir situacijos apžvalgas, rengiamas pagal Migracijos parengties ir krizių valdymo planą.", "lt"),
    # a reference inside the document: the answer stands in another section (xb-2025 2.3.4)
    ("Siehe hierzu die Ausführungen unter 2.3.3.", "de"),
    ("Vidjeti gore.", "hr"),
    ("Zie hieronder meer over deze voorstellen.", "nl"),  # nl-2025: "see below", flagged by W602 before the fix
    # a real answer, and a deferral that states a measure with its quantity
    ("Azilni dom v Ljubljani bo do leta 2027 imel 1 200 mest; prosilci prejmejo nastanitev, hrano in zdravstveno "
     "oskrbo.", "sl"),
    ("A reception centre of 300 places is currently being prepared in Vilnius.", "en"),
    # Romanian sentences open with the reflexive "Se": the Swedish/Danish "Se" is not tried on them
    ("Se asigură cazarea tuturor solicitanților în centrele regionale.", "ro"),
    ("Se till att alla sökande får boende.", "sv"),
])
def test_answers_stay(sentence, language):
    assert non_answer_kind(sentence, language) is None


def test_quantities_and_internal_references():
    assert has_quantity("1 200 mest") and has_quantity("28 %") and has_quantity("EUR 55 million")
    assert not has_quantity("Načrt ukrepov 2025–2029, točke 3.1 do 3.4, poglavje 4")
    assert internal_reference("Siehe hierzu die Ausführungen unter 2.3.3.")
    assert not internal_reference("Glej Načrt ukrepov za vračanje 2025–2029, točke 3.1 do 3.4.")


def test_placeholder_sections_give_no_passage_and_a_w602_warning(tmp_path, fake_encoder):
    """The Lithuanian draft of placeholders: no passage at all, and W602 lists each sentence (each clause of a
    semicolon sentence, recall11's units: 12 for 10 sentences) with its section;
    in the Slovenian strategy of references only the reception answer is a passage."""
    from analyser.pipeline import analyse_corpus

    docs = [DATA / "fresh8" / "lt-2026.to-be-determined.txt", DATA / "fresh8" / "sl-2026.references-only.txt"]
    results = analyse_corpus(docs, out=tmp_path, encoder=fake_encoder)
    assert sorted(r.status for r in results) == ["success", "success"]
    lt = json.loads((tmp_path / "lt-2026.to-be-determined" / "analysis.json").read_text(encoding="utf-8"))
    assert lt["passages"] == []
    w602 = [w["message"] for w in lt["warnings"] if w["code"] == "W602"]
    assert len(w602) == 1 and w602[0].startswith("12 answer sentence(s) state nothing yet")
    assert 'section 2.3.4 placeholder: "Rengiama."' in w602[0]
    sl = json.loads((tmp_path / "sl-2026.references-only" / "analysis.json").read_text(encoding="utf-8"))
    assert [(p["section"], p["text"][:10]) for p in sl["passages"]] == [("2.3.3", "Azilni dom")]
    assert 'section 2.1.2 reference: "Glej Načrt ukrepov za vračanje 2025–2029, točke 3.1 do 3.4."' in \
        [w["message"] for w in sl["warnings"] if w["code"] == "W602"][0]


def test_real_answer_next_to_a_placeholder_counts(fake_encoder):
    """Per sentence: "Rengiama." is left out, the measure beside it in the same block stays a passage."""
    from analyser.schema import Block, SegmentedBlock, Segmentation

    text = "Rengiama. Kalbos kursai ir įdarbinimo paslaugos teikiami visiems pabėgėliams nuo pirmos dienos."
    block = Block(id="b0001", page=1, text=text, kind="paragraph")
    seg = Segmentation(doc_id="t", blocks=(SegmentedBlock(block=block, role="answer", section_id="2.3.4"),),
                       sections={})
    found: list = []
    passages, sentences = build_passages(seg, fake_encoder, "lt", MatchConfig(), found)
    assert sentences == [["Kalbos kursai ir įdarbinimo paslaugos teikiami visiems pabėgėliams nuo pirmos dienos."]]
    assert [(n.section_id, n.kind, n.sentence) for n in found] == [("2.3.4", "placeholder", "Rengiama.")]
