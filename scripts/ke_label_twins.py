"""Leave-one-document-out figures of the addressed/partial call fitted without each training document's near-twins (issue 13).

Diagnosis it tests (README "Coverage quality"): the coverage calibration's addressed model rests on the evidence
bank's k-NN votes and probe. A fictional development document, scored as a training example, still finds its
siblings (one author, one plan) among the bank's blocks, so its votes are high for addressed and partial answers
alike, while a real strategy, which has no twin in the bank, gets votes like the fictional documents' partial
answers: its addressed key elements read partial. Here every training document's features for the addressed model
are recomputed with the bank minus its ``K`` nearest twins (the other annotated documents that supply most of its
passages' nearest bank blocks), so that the model learns from votes of the kind an unseen document gets.

Per fold (one annotated document ``d`` held out, the bank also leaves it out, as
:func:`analyser.calibrate.lodo_documents`):

* the covered-vs-absent call and the score are the shipped fit's (features with the bank minus ``{t, d}``), so the
  coverage figures and the false-coverage rate cannot move;
* the addressed model is refitted (standardised over every training row as :func:`analyser.score.fit_calibration`,
  logistic regression at C 0.3 / 1 / 3) on the training documents' covered rows with the bank minus
  ``{t, d} | twins_K(t)``;
* the held-out document is scored for the addressed model with the bank minus ``{d}`` (``--held plain``, as the
  pipeline scores an unseen document: the whole bank) or minus ``{d} | twins_K(d)`` (``--held twins``).

Then the label follows from the aspects as ``analyser eval`` does (:func:`analyser.aspect_fit.evaluate_aspects_lodo`
with these predictions) and three-class accuracy against the key-element gold is printed overall, over the fictional
documents and on nl-2025. nl-2025 takes no part in choosing anything: its figure is printed beside the others.
Twins are ranked by the share of a document's passages' 5 nearest bank blocks (raw cosine) that come from each other
annotated document (negatives and compact examples are never dropped). Usage, from the repository root with
``PYTHONPATH=src`` and the real model's analyses::

    python scripts/ke_label_twins.py --out OUT [--negatives NEG] [--k 0,2,4,6] [--held plain,twins] [--dump F | --load F]

It also prints, from the same folds, the addressed model over the bank's evidence judged against the document's own
level (each feature against the document's 44 key elements: ``doc-centre``, ``doc-z``, ``doc-rank``, ``doc-both``),
over other feature sets (``--features whole=ex_max,...``), the shipped model with other addressed thresholds, and for
every variant the ROC AUC of P(addressed) between gold addressed and gold partial covered key elements.

Figures (eighth session, baseline analyses of main ``6503974``, no negatives as ``analyser eval``; README "Coverage
quality" has them all): the shipped fit 0.893 / fictional 0.905 / nl-2025 0.750 (addressed AUC nl-2025 0.805); twins
left out at K 1-11 move nl-2025 between 0.727 and 0.795 and the fictional documents between 0.877 and 0.915 with C
and K, AUC flat or lower (0.714-0.805); document-relative features nl-2025 0.750-0.795, fictional 0.890-0.907, AUC
0.751-0.815; no addressed threshold between 0.2 and 0.7 takes nl-2025 above 0.750. Nothing shipped.
"""

from __future__ import annotations

import argparse
import pickle
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CS = (0.3, 1.0, 3.0)


def twin_ranking(docs, bank, centred: bool = False) -> dict[str, list[str]]:
    """doc_id -> the other annotated documents, most-supplying first (share of its passages' 5 nearest bank blocks).

    ``centred``: every document's vectors centred on its own mean first, as the bank's votes see them
    (:func:`analyser.embed.banks.centre_document`), so that a shared language does not make twins.
    """
    from analyser.embed.banks import centre_document

    ann = {d.doc_id for d in docs if not d.negative}
    vectors = bank.vectors
    if centred:
        vectors = np.zeros_like(bank.vectors)
        for u in np.unique(bank.doc_ids):
            m = bank.doc_ids == u
            vectors[m] = centre_document(bank.vectors[m])
    out = {}
    for d in docs:
        if d.negative:
            continue
        keep = np.isin(bank.doc_ids, sorted(ann - {d.doc_id}))
        if not keep.any() or not len(d.passage_vecs):
            out[d.doc_id] = []
            continue
        pv = centre_document(d.passage_vecs) if centred else d.passage_vecs
        sims = pv @ vectors[keep].T
        top = np.argsort(-sims, axis=1)[:, :5]
        src = bank.doc_ids[keep][top].ravel()
        counts = {u: int((src == u).sum()) for u in ann - {d.doc_id}}
        out[d.doc_id] = sorted(counts, key=lambda u: (-counts[u], u))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "gold")
    ap.add_argument("--negatives", type=Path)
    ap.add_argument("--k", default="0,2,4,6", help="numbers of twins left out of each training document's bank")
    ap.add_argument("--held", default="plain,twins")
    ap.add_argument("--centred", action="store_true", help="rank twins on document-centred vectors")
    ap.add_argument("--features", action="append", default=[],
                    help="NAME=f1,f2,...: also an addressed model over these features (the shipped FEATURES always)")
    ap.add_argument("--verbose", action="store_true", help="per-document figures and nl-2025's misses of every variant")
    ap.add_argument("--dump", type=Path, help="write the folds' rows here (pickle)")
    ap.add_argument("--load", type=Path, help="read the folds' rows from a --dump instead of computing them")
    args = ap.parse_args(argv)

    from sklearn.linear_model import LogisticRegression

    from analyser.aspect_fit import evaluate_aspects_lodo, read_aspect_data
    from analyser.aspects import load_aspects
    from analyser.bundle import load_checked_evidence_bank
    from analyser.calibrate import NEGATIVE_WEIGHT, _label, document_rows, load_documents, load_negative_documents
    from analyser.calibrate_fit import fit_from_examples
    from analyser.schema import load_analysis
    from analyser.scope import SCOPE_THRESHOLD
    from analyser.score import FEATURES
    from analyser.template import load_template

    template = load_template()
    aspects = load_aspects()
    docs = load_documents(args.out, args.gold, None, template)
    model = load_analysis(args.out / docs[0].doc_id / "analysis.json").model.name
    negs = load_negative_documents(args.negatives, None, template) if args.negatives else []
    bank = load_checked_evidence_bank(model)
    all_docs = docs + negs
    twins = twin_ranking(docs, bank, args.centred)
    for d, r in twins.items():
        print(f"twins of {d}: {' '.join(r[:6])}", flush=True)
    ks = [int(v) for v in args.k.split(",")]
    helds = args.held.split(",")
    gold = {d.doc_id: d.gold["coverage"] for d in docs}
    ids = [d.doc_id for d in docs]
    if args.load:
        folds = pickle.loads(args.load.read_bytes())
    else:
        folds = {}  # doc_id -> {"train": [(t, ke, f, lab, w)], "twin": {k: [(t, ke, f, lab, w)]}, "held": {k: [(ke, f)]}}
        for d in docs:
            fold = {"train": [], "twin": {k: [] for k in ks}, "held": {}}
            for t in all_docs:
                if t.doc_id == d.doc_id:
                    continue
                rows = document_rows(t, template, bank, {t.doc_id, d.doc_id})
                if t.negative and rows and float(rows[0][1].get("topic_doc", 1.0)) < SCOPE_THRESHOLD:
                    continue
                w_t = NEGATIVE_WEIGHT if t.negative else 1.0
                fold["train"] += [(t.doc_id, ke, f, lab, w_t) for ke, (_, f, lab) in zip(t.gold["coverage"], rows)]
                for k in ks:
                    if not t.negative:
                        excl = {t.doc_id, d.doc_id, *twins[t.doc_id][:k]}
                        fold["twin"][k] += [(t.doc_id, ke, f, lab, w_t) for ke, (_, f, lab)
                                            in zip(t.gold["coverage"], document_rows(t, template, bank, excl))]
                    else:
                        fold["twin"][k] += fold["train"][-len(rows):]
            for k in sorted(set(ks) | {0}):
                fold["held"][k] = [(ke, f) for ke, (_, f, _) in
                                   zip(gold[d.doc_id], document_rows(d, template, bank, {d.doc_id, *twins[d.doc_id][:k]}))]
            folds[d.doc_id] = fold
            for t in all_docs:
                t._cache.clear()
            print(f"fold {d.doc_id} done", flush=True)
        if args.dump:
            args.dump.write_bytes(pickle.dumps(folds))
    data = read_aspect_data(args.out, args.gold)
    fict = [d for d in ids if d != "nl-2025"]
    feature_sets = {"shipped": FEATURES}
    for spec in args.features:
        name, _, feats = spec.partition("=")
        feature_sets[name] = tuple(feats.split(","))
    # predictions[(features, k, held, c)][doc][ke] = (score, label); p_add[same key][(doc, ke)] = P(addressed)
    preds: dict[tuple, dict[str, dict[str, tuple[float, str]]]] = {}
    p_add: dict[tuple, dict[tuple[str, str], float]] = {}
    shipped: dict[str, dict[str, tuple[float, str]]] = {}
    cals = {}

    def fit_addressed(rows, names, c, mode="raw"):
        x = doc_relative([(t, f) for t, _, f, _, _ in rows], names, mode)
        mu, sd = x.mean(0), x.std(0)
        sd[sd == 0] = 1.0
        cov = np.array([lab != "absent" for *_, lab, _ in rows])
        y = np.array([lab == "addressed" for *_, lab, _ in rows])[cov]
        w = np.array([w for *_, w in rows])[cov]
        lr = LogisticRegression(C=c, max_iter=3000).fit(((x - mu) / sd)[cov], y, sample_weight=w)
        return lambda d, held: lr.predict_proba((doc_relative([(d, f) for _, f in held], names, mode) - mu) / sd)[:, 1]

    def put(key, d, held, pa, base):
        out = {}
        for (ke, _), q in zip(held, pa):
            p, lab = base[ke]
            out[ke] = (p, lab if lab == "absent" else ("addressed" if q >= 0.5 else "partial"))
            p_add.setdefault(key, {})[(d, ke)] = float(q)
        preds.setdefault(key, {})[d] = out

    for d in ids:
        fold = folds[d]
        train = [(f, lab) for _, _, f, lab, _ in fold["train"]]
        cal = cals[d] = fit_from_examples(train, model, weights=[w for *_, w in fold["train"]])
        base = {ke: _label(cal, f) for ke, f in fold["held"][0]}
        shipped[d] = base
        for fname, names in feature_sets.items():
            for k in ks:
                for c in CS:
                    predict = fit_addressed(fold["twin"][k], names, c)
                    for held in helds:
                        rows_h = fold["held"][0 if held == "plain" else k]
                        put((fname, f"K={k} held={held}", c), d, rows_h, predict(d, rows_h), base)
        for mode in ("centre", "z", "rank", "both"):  # direction 4: the bank's evidence against the document's own level
            for c in CS:
                predict = fit_addressed(fold["train"], FEATURES, c, mode)
                put(("doc-" + mode, "K=0 held=plain", c), d, fold["held"][0], predict(d, fold["held"][0]), base)

    def auc(keys, scores):
        from sklearn.metrics import roc_auc_score

        ks_ = [k for k in scores if k[0] in keys and gold[k[0]][k[1]]["label"] != "absent"]
        y = [gold[d][ke]["label"] == "addressed" for d, ke in ks_]
        return roc_auc_score(y, [scores[k] for k in ks_]) if 0 < sum(y) < len(y) else float("nan")

    def figures(pred, name, scores=None):
        rep = evaluate_aspects_lodo(data, aspects, ke_predictions=pred)
        acc = lambda ds: np.mean([rep.labels[(d, ke)] == gold[d][ke]["label"] for d in ds for ke in gold[d]])  # noqa: E731
        cacc = lambda ds: np.mean([pred[d][ke][1] == gold[d][ke]["label"] for d in ds for ke in gold[d]])  # noqa: E731
        g = gold["nl-2025"]
        miss = ", ".join(f"{ke} {g[ke]['label'][:4]}->{rep.labels[('nl-2025', ke)][:4]}" for ke in g
                         if rep.labels[("nl-2025", ke)] != g[ke]["label"])
        a = f" | addressed AUC nl {auc(['nl-2025'], scores):.3f} fict {auc(fict, scores):.3f}" if scores else ""
        print(f"{name:36} from aspects: all {acc(ids):.3f} fict {acc(fict):.3f} nl {acc(['nl-2025']):.3f}"
              f" | coverage label: all {cacc(ids):.3f} fict {cacc(fict):.3f} nl {cacc(['nl-2025']):.3f}{a}", flush=True)
        if args.verbose:
            print("   per doc: " + " ".join(f"{d[:2]} {acc([d]):.2f}" for d in ids))
            print("   nl-2025 misses: " + miss, flush=True)

    figures(shipped, "shipped fit")
    for key, pred in sorted(preds.items()):
        figures(pred, f"{key[0]} {key[1]} C={key[2]}", p_add[key])
    # the shipped addressed model with another decision threshold (a diagnostic: is the call's level or its ranking wrong?)
    for t in (0.2, 0.3, 0.4, 0.6, 0.7):
        pred = {d: {ke: (p, lab if lab == "absent" else ("addressed" if cals[d].p_addressed(f) >= t else "partial"))
                    for (ke, f), (p, lab) in zip(folds[d]["held"][0], (shipped[d][ke] for ke, _ in folds[d]["held"][0]))}
                for d in ids}
        figures(pred, f"shipped, addressed threshold {t}")
    # headroom (a diagnostic): the gold's addressed/partial call wherever the gold and the calibration both say covered
    figures({d: {ke: (p, lab if lab == "absent" or gold[d][ke]["label"] == "absent" else gold[d][ke]["label"])
                 for ke, (p, lab) in shipped[d].items()} for d in ids}, "oracle addressed/partial call")
    # the aspect calibration given the coverage model's graded P(addressed) (logit; -10 for an absent key element)
    # besides or instead of the hard ke_partial
    import dataclasses
    import math

    from analyser.aspect_calibration import FEATURES_KE
    from analyser.aspect_fit import with_ke_predictions

    ke_of = {a.id: a.key_element for a in aspects}
    p_addr = {d: {ke: cals[d].p_addressed(f) for ke, f in folds[d]["held"][0]} for d in ids}
    logit = lambda p: math.log(min(max(p, 1e-4), 1 - 1e-4) / (1 - min(max(p, 1e-4), 1 - 1e-4)))  # noqa: E731
    rows = [(d, aid, {**f, "ke_addr": logit(p_addr[d][ke_of[aid]]) if shipped[d][ke_of[aid]][1] != "absent" else -10.0}, y)
            for d, aid, f, y in with_ke_predictions(data.rows, shipped, aspects)]
    data2 = dataclasses.replace(data, rows=rows, ke_labels={d: {k: v[1] for k, v in shipped[d].items()} for d in ids})
    no_partial = tuple(f for f in FEATURES_KE if f not in ("ke_partial", "partial_prior"))
    for name, feats in (("aspects + ke_addr", FEATURES_KE + ("ke_addr",)), ("aspects, ke_addr for ke_partial", no_partial + ("ke_addr",))):
        for c in (0.1, 0.3, 1.0):
            rep = evaluate_aspects_lodo(data2, aspects, features=feats, c=c)
            acc = lambda ds: np.mean([rep.labels[(d, ke)] == gold[d][ke]["label"] for d in ds for ke in gold[d]])  # noqa: E731
            print(f"{name} C={c}: from aspects all {acc(ids):.3f} fict {acc(fict):.3f} nl {acc(['nl-2025']):.3f}"
                  f" (aspect F1 {rep.aspect_macro_f1:.3f})", flush=True)
    return 0


def doc_relative(rows, names, mode: str = "raw") -> np.ndarray:
    """(n, F) feature matrix of (doc_id, features) rows; ``mode`` other than raw: each feature against the document's
    own 44 key elements (``centre``: minus its mean; ``z``: standardised; ``rank``: rank / 43; ``both``: raw and centred)."""
    x = np.array([[f.get(n, 0.0) for n in names] for _, f in rows], dtype=float)
    if mode == "raw" or not len(x):
        return x
    docs = np.array([d for d, _ in rows])
    z = np.zeros_like(x)
    for d in np.unique(docs):
        m = docs == d
        mu, sd = x[m].mean(0), x[m].std(0)
        sd[sd == 0] = 1.0
        if mode in ("centre", "both"):
            z[m] = x[m] - mu
        elif mode == "z":
            z[m] = (x[m] - mu) / sd
        elif mode == "rank":
            z[m] = np.argsort(np.argsort(x[m], axis=0), axis=0) / max(1, int(m.sum()) - 1)
    return np.hstack([x, z]) if mode == "both" else z

if __name__ == "__main__":
    raise SystemExit(main())
