"""Leave-one-document-out figures of variants of the aspect stage (issue 13): what README reports as tried.

Every variant is scored like :func:`analyser.aspect_fit.evaluate_aspects_lodo` (the aspect calibration
refitted without the held-out document, the key element's features from the coverage calibration's
leave-one-document-out predictions, covered vs absent kept with the coverage calibration) and printed
as three-class accuracy of the key-element label against both golds (the label the gold aspects give,
and the annotators' key-element gold), overall, over the fictional documents and on nl-2025, with
aspect macro-F1. Variants:

* ``base``: the shipped feature set (``FEATURES_KE``, with ``sib_margin`` since the fifth session), C = ``ASPECT_C``;
* combination rules: the coverage calibration's label alone; a partial calibration label forcing a
  missing aspect (:func:`analyser.aspect_score.anchor_partial`); covered only when the text-only
  model agrees;
* feature sets: text only; without ``ke_partial`` (with and without ``partial_prior``, C 0.03-1);
* a negation contrast per aspect: a sentence's cosine to "The strategy does not describe this,
  nothing is provided: <descriptor>" minus its cosine to "The strategy describes this:
  <descriptor>" (language-independent; z-scored over the document), at the best sentence and as
  the maximum over the aspect's 3/5/10 nearest sentences;
* the aspect's best sentence within its key element's own section (and subsections).

Needs the real model (the sentences are rebuilt from the analyses with ``<out>/.cache``; nothing is
embedded again but the variant queries). Usage, from the repository root with ``PYTHONPATH=src``::

    python scripts/aspect_variants.py --out OUT --negatives NEG            # OUT: corpus/ analysed; NEG: negatives/train
    python scripts/aspect_variants.py --out OUT --predictions P.json       # reuse the coverage LODO predictions

``--save-predictions P.json`` writes the coverage calibration's leave-one-document-out predictions
(the slow part, minutes) for later runs.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

import numpy as np

from analyser.aspect_calibration import ASPECT_C, FEATURES_BASE, FEATURES_KE, macro_f1
from analyser.aspect_fit import load_ke_predictions, lodo_probabilities, read_aspect_data, with_ke_predictions
from analyser.aspect_score import AspectCoverage, anchor_covered, anchor_partial, aspect_queries, sentences_from_matches
from analyser.aspects import derive_label, load_aspects

ROOT = Path(__file__).resolve().parents[1]
POSITIVE = "The strategy describes this: {}"
NEGATED = "The strategy does not describe this, nothing is provided: {}"


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-6)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "gold")
    ap.add_argument("--negatives", type=Path, help="analysis of tests/data/negatives/train (as the shipped calibration)")
    ap.add_argument("--predictions", type=Path, help="coverage LODO predictions written by --save-predictions")
    ap.add_argument("--save-predictions", type=Path)
    args = ap.parse_args(argv)

    from analyser.calibrate import calibrate_from_outputs, load_documents
    from analyser.embed import CachedEncoder, EmbeddingCache, load_encoder

    aspects = load_aspects()
    data = read_aspect_data(args.out, args.gold)
    enc = CachedEncoder(load_encoder(data.model.split(",")[0]), EmbeddingCache(args.out / ".cache"))
    if args.predictions:
        pred = load_ke_predictions(args.predictions)
    else:
        pred = calibrate_from_outputs(args.out, args.gold, write=False, encoder=enc, negatives=args.negatives).predictions
        if args.save_predictions:
            args.save_predictions.write_text(json.dumps(pred))
    rows = with_ke_predictions(data.rows, pred, aspects)
    docs = sorted(data.languages)

    def probs(rows, features=FEATURES_KE, c=ASPECT_C):
        return lodo_probabilities(rows, aspects, features, c)

    def report(name, p, rule="base"):
        labels, covered = {}, {}
        for d in docs:
            kel = {ke: v[1] for ke, v in pred[d].items()}
            cov = [AspectCoverage(a.id, a.key_element, p[(d, a.id)] >= 0.5, p[(d, a.id)], None) for a in aspects]
            if rule == "anchor_partial":
                cov = anchor_partial(cov, kel)
            cov = anchor_covered(cov, kel)
            by = collections.defaultdict(list)
            for x in cov:
                by[x.key_element].append(x.covered)
                covered[(d, x.id)] = x.covered
            for ke, flags in by.items():
                labels[(d, ke)] = kel[ke] if rule == "ke_only" else derive_label(flags)

        def acc(gold, ds):
            return np.mean([labels[(d, ke)] == gold[(d, ke)] for d in ds for ke in aspects.key_element_ids])
        fict = [d for d in docs if d != "nl-2025"]
        nl = ["nl-2025"] if "nl-2025" in docs else []
        f1 = macro_f1([y for *_, y in rows], [covered[(d, aid)] for d, aid, _, _ in rows])
        line = (f"{name:34} overall {acc(data.gold_labels, docs):.3f} / {acc(data.ke_gold_labels, docs):.3f}"
                f"  fictional {acc(data.gold_labels, fict):.3f} / {acc(data.ke_gold_labels, fict):.3f}")
        if nl:
            line += f"  nl-2025 {acc(data.gold_labels, nl):.3f} / {acc(data.ke_gold_labels, nl):.3f}"
        print(line + f"  aspect macro-F1 {f1:.3f}")

    print("three-class accuracy: gold aspects / key-element gold")
    base = probs(rows)
    report("base", base)
    report("coverage calibration's label alone", base, "ke_only")
    report("partial label forces a missing aspect", base, "anchor_partial")
    text = probs(rows, FEATURES_BASE)
    report("text only", text)
    report("covered when text-only agrees", {k: min(base[k], text[k]) for k in base})
    no_kp = FEATURES_BASE + ("ke_score", "ke_absent")
    report("without ke_partial", probs(rows, no_kp))
    for c in (0.03, 0.1, 0.3, 1.0):
        report(f"without ke_partial, partial_prior C={c}", probs(rows, no_kp + ("partial_prior",), c))

    # sentence-level variants: negation contrast and own-section evidence
    texts, idx, _ = aspect_queries(aspects, None)
    idx = np.asarray(idx)
    q = enc.encode(texts, kind="query")
    qc = _unit(q - q.mean(0))
    pos = enc.encode([POSITIVE.format(a.descriptor) for a in aspects], kind="query")
    neg = enc.encode([NEGATED.format(a.descriptor) for a in aspects], kind="query")
    extra: dict[tuple[str, str], dict[str, float]] = {}
    for doc in load_documents(args.out, args.gold, enc, doc_ids=docs):
        sents = sentences_from_matches(doc.matches)
        v = np.asarray(enc.encode([s.text for s in sents], kind="passage"), dtype=np.float32)
        cos = _unit(v - v.mean(0)) @ qc.T
        per = np.stack([cos[:, idx == j].max(1) for j in range(len(aspects))], 1)
        zrow = (per - per.mean(1, keepdims=True)) / (per.std(1, keepdims=True) + 1e-6)
        margin = v @ neg.T - v @ pos.T  # > 0: reads as the negated ask
        mz = (margin - margin.mean()) / (margin.std() + 1e-6)
        for j, a in enumerate(aspects):
            f = {"neg_best": float(mz[zrow[:, j].argmax(), j])}
            for k in (3, 5, 10):
                f[f"neg_max{k}"] = float(mz[np.argsort(-per[:, j])[:k], j].max())
            sec = a.key_element.rsplit(".", 1)[0]
            own = np.array([s.section_id is not None and (s.section_id == sec or s.section_id.startswith(sec + "."))
                            for s in sents])
            f["z_own"] = float(zrow[own, j].max()) if own.any() else -3.0
            extra[(doc.doc_id, a.id)] = f
    rows2 = [(d, aid, {**f, **extra[(d, aid)]}, y) for d, aid, f, y in rows]
    for name in ("neg_best", "neg_max3", "neg_max5", "neg_max10", "z_own"):
        report(f"+ {name}", probs(rows2, FEATURES_KE + (name,)))
    report("z_sentence from the own section", probs([(d, aid, {**f, "z_sentence": f["z_own"]}, y) for d, aid, f, y in rows2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
