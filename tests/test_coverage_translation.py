"""The same strategy in two languages must get the same coverage labels (issue 5).

``tests/data/translation/xa-2025-part-en.txt`` is sections 2 (introduction),
2.1 (heading), 2.1.2, 2.1.3, 2.4, 2.5 and 2.6 of the development document
xa-2025 (English), template text included, cut from ``tests/data/dev/xa-2025.txt``.
``xa-2025-part-it.txt`` is our own faithful Italian translation of it (Italian has
no development document and no template pack, so the reproduced template text
is unknown wording to the analyser too). Both go through the whole pipeline
with the real model. The evidence bank leaves xa-2025 out, as it would for an
unseen strategy, so neither version meets its own annotated blocks.

Measured at the time of writing (24 key elements of those sections): 3-class
labels agree on 23 of 24 and covered-vs-absent on 24 of 24; the one
difference is 2.4.e (en addressed 0.94, it partial 0.86). It was 21 and 23
of 24 before three changes: the evidence bank centres each document's
embeddings (the language offset no longer counts), an Italian answer restating
the 2.6 question is no longer taken for template text (each question is
reproduced once), and the Annex's footnote on Directive 2008/115/EC is a
footnote in text files, not answer text.

Clear cases must agree exactly: the never-answered elements are absent in both
versions (same label, no evidence); the elements answered at length under a
sub-heading of their own section are covered in both, with the best evidence in
the same section.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "translation"
SECTIONS = ("2.1.2", "2.1.3", "2.4", "2.5", "2.6")
# clear cases by the gold of xa-2025: never answered (2.1.2.b, 2.4.c), or answered at length
# under a sub-heading of their own section
CLEAR_ABSENT = ("2.1.2.b", "2.4.c")
CLEAR_COVERED = ("2.p", "2.1.2.a", "2.1.2.c", "2.1.2.d", "2.1.3.a", "2.4.d", "2.4.e", "2.4.f", "2.5.a", "2.5.d", "2.6.b", "2.6.c")
MIN_LABEL_AGREEMENT = 0.85  # three-class, over the 24 key elements of the translated sections
MIN_COVERED_AGREEMENT = 0.90  # covered vs absent


@pytest.fixture(scope="module")
def pair(e5_encoder, gold):
    import analyser.match as match_module
    from analyser.bundle import ModelBundle
    from analyser.pipeline import Analyser

    bank = match_module.load_evidence_bank(e5_encoder.name)
    assert bank is not None
    keep = bank.doc_ids != "xa-2025"
    without_xa = match_module.EvidenceBank(bank.model, bank.vectors[keep], bank.key_element_ids, bank.evidence[keep], bank.doc_ids[keep],
                                             None if bank.negative is None else bank.negative[keep])
    analyser = Analyser(bundle=ModelBundle.load(encoder=e5_encoder, evidence_bank=without_xa))
    out = {}
    for lang in ("en", "it"):
        res = analyser.analyse(DATA / f"xa-2025-part-{lang}.txt")
        assert res.result.status == "success", res.result.errors
        out[lang] = res.analysis.to_dict()  # the analysis.json object
    kids = [k for k in gold["xa-2025"]["coverage"] if k == "2.p" or k.rsplit(".", 1)[0] in SECTIONS]
    return out["en"], out["it"], kids


def test_translation_is_read_as_italian(pair):
    en, it, kids = pair
    assert en["language"] == "en" and it["language"] == "it"
    assert len(kids) == 24
    assert en["follows_template"] and it["follows_template"]


def test_same_labels_in_both_languages(pair, gold):
    en, it, kids = pair
    lines = [f"{k:8} gold={gold['xa-2025']['coverage'][k]['label']:9} en={en['coverage'][k]['label']:9} {en['coverage'][k]['score']:.2f}"
             f"  it={it['coverage'][k]['label']:9} {it['coverage'][k]['score']:.2f}" for k in kids]
    print("\n" + "\n".join(lines))
    same = np.mean([en["coverage"][k]["label"] == it["coverage"][k]["label"] for k in kids])
    covered = np.mean([(en["coverage"][k]["label"] == "absent") == (it["coverage"][k]["label"] == "absent") for k in kids])
    assert same >= MIN_LABEL_AGREEMENT, f"3-class agreement {same:.3f}"
    assert covered >= MIN_COVERED_AGREEMENT, f"covered-vs-absent agreement {covered:.3f}"


@pytest.mark.parametrize("kid", CLEAR_ABSENT + CLEAR_COVERED)
def test_clear_cases_agree_exactly(pair, kid):
    en, it, _ = pair
    a, b = en["coverage"][kid], it["coverage"][kid]
    if kid in CLEAR_ABSENT:
        assert a["label"] == b["label"] == "absent", (kid, a["label"], b["label"])
        assert a["evidence"] == b["evidence"] == []
    else:
        assert a["label"] != "absent" and b["label"] != "absent", (kid, a["label"], b["label"])
        # the evidence stands in the same section in both versions
        assert a["evidence"][0]["section"] == b["evidence"][0]["section"]
