"""Leave-one-document-out figures of four more variants of the addressed/partial call (issue 13, ninth session).

The suspects of the ninth session's brief, each measured at C 0.3 / 1 / 3 like ``ke_label_twins.py``:

* ``balanced``: the shipped addressed model (``FEATURES``, standardised over every training row as
  :func:`analyser.score.fit_calibration`) with ``class_weight="balanced"`` (addressed outnumbers partial about
  3 to 1 in the training folds, so the unweighted model leans to addressed; nl-2025's misses lean the other way);
* ``ordinal``: a cumulative-logit model of absent < partial < addressed (one weight vector over ``FEATURES``, two
  cut points; fitted as a logistic regression on the stacked binary problems y >= 1 and y >= 2 with a step
  indicator), used only for the addressed/partial call of key elements the shipped covered model calls covered,
  so covered vs absent, the score and the false-coverage rate stay the shipped fold's;
* ``+ sent_share``: sentence depth that does not scale with the document's length: of the answer sentences in
  the key element's own section (:func:`analyser.score._own_passages`), the share whose nearest key element of
  that section (centred sentence cosine) is this one, against the uniform share 1 / (number of the section's
  key elements): ``log((n_top + 0.5) / (n_own / n_siblings + 0.5))``;
* ``+ sent_depth``: ``log1p(n_top)`` minus the document's mean of the same over its 44 key elements;
* ``+ n_aspects``: log of the number of the key element's aspects (more asks, more to leave out; structure only);
* ``+ mass_rel``: the evidence bank's vote mass (``ex_centred``, log of the summed k-NN votes) minus the
  document's mean over its key elements (per-document normalisation of evidence counts/mass).

Folds as :func:`analyser.calibrate.lodo_documents` without negatives (as ``analyser eval``): every annotated
document held out, the evidence bank leaving it out, training documents' features with the bank minus
themselves and the held-out one; covered vs absent and the score are the shipped fit's. The label then follows
from the aspects (:func:`analyser.aspect_fit.evaluate_aspects_lodo`, stated-not-done rule on, as the pipeline)
and three-class accuracy against the key-element gold is printed overall, over the twelve fictional documents
and on nl-2025, with the ROC AUC of P(addressed) between gold addressed and gold partial covered key elements.
A variant "holds" when it is at least the shipped figure on the fictional documents AND on nl-2025 at every C.
Usage, from the repository root with ``PYTHONPATH=src`` and the real model's analyses::

    python scripts/ke_label_ordinal.py --out OUT [--dump F | --load F] [--verbose]

Figures (ninth session, analyses of main ``66feb14`` made afresh with the real model; README "Coverage quality"):
the shipped fit 0.895 / fictional 0.905 / nl-2025 0.773 (34/44), addressed AUC nl-2025 0.805. None holds.
``balanced`` 0.883 / 0.888 / 0.818 at every C (nl-2025 36/44, fictional 469 against 478 of 528), AUC nl-2025
0.771-0.778: a level shift, not a better ranking; nl-2025 gains 2.3.1.b and 2.6.a, which the coverage call still
reads partial: the aspect calibration, fitted on the other documents' predictions with more partial calls, trusts
``ke_partial`` less. ``--partial-weights`` (the weight of partial between the shipped 1 and balanced, about 6.5)
traces the trade-off: fictional 0.907-0.888 falling, nl-2025 0.750 (x1.5-2.5), 0.750-0.795 (x3-5), 0.818
(balanced), not monotone at small weights. ``ordinal`` fictional 0.894 / 0.900 / 0.903, nl-2025 0.750;
``+ sent_share`` 0.907 / 0.905 / 0.894, 0.795 / 0.773 / 0.773; ``+ sent_depth`` 0.902 / 0.907 / 0.902, 0.773;
``+ mass_rel`` 0.903 / 0.900 / 0.898, 0.773 / 0.773 / 0.795; ``balanced + sent_share`` 0.890-0.892, 0.795-0.818;
``ordinal + sent_share`` 0.894-0.903, 0.750. ``+ n_aspects`` (added after the others were measured) HOLDS: fictional
0.915 / 0.911 / 0.909, nl-2025 0.773 at every C, addressed AUC nl-2025 0.852 / 0.845 / 0.842 (shipped 0.805), fictional
0.928; shipped in the addressed model only (:data:`analyser.score.ADDRESSED_ONLY`). Folds dumped by this code since
then carry ``n_aspects`` in every row, so the "shipped fit" line includes it.
"""

from __future__ import annotations

import argparse
import math
import pickle
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CS = (0.3, 1.0, 3.0)


def depth_features(doc, template) -> dict[str, dict[str, float]]:
    """Key element -> ``sent_share``, ``sent_depth`` of one :class:`analyser.calibrate.DocumentMatches`."""
    from analyser.score import _own_passages

    m = doc.matches
    ids = list(m.key_element_ids)
    sec_of = {k.id: k.section_id for k in template.key_elements()}
    ssim = m.sentence_sim
    n_top: dict[str, int] = {k: 0 for k in ids}
    share: dict[str, float] = {}
    if ssim.shape[1]:
        centred = ssim - ssim.mean(axis=0, keepdims=True)
        p_sections = np.array([p.section_id or "" for p in m.passages])
        s_sections = p_sections[np.asarray(m.sentence_passage, dtype=np.int64)]
        for sec in sorted(set(sec_of.values())):
            sib = [i for i, k in enumerate(ids) if sec_of[k] == sec]
            own = _own_passages(s_sections, sec)
            if not own.any():
                for i in sib:
                    share[ids[i]] = math.log(0.5 / 0.5)
                continue
            top = np.asarray(sib)[centred[np.ix_(sib, np.flatnonzero(own))].argmax(axis=0)]
            uniform = own.sum() / len(sib)
            for i in sib:
                n_top[ids[i]] = int((top == i).sum())
                share[ids[i]] = math.log((n_top[ids[i]] + 0.5) / (uniform + 0.5))
    else:
        share = {k: 0.0 for k in ids}
    mean_depth = float(np.mean([math.log1p(v) for v in n_top.values()]))
    return {k: {"sent_share": share.get(k, 0.0), "sent_depth": math.log1p(n_top[k]) - mean_depth} for k in ids}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "gold")
    ap.add_argument("--dump", type=Path, help="write the folds and depth features here (pickle)")
    ap.add_argument("--load", type=Path, help="read them from a --dump instead of computing them")
    ap.add_argument("--verbose", action="store_true", help="per-document figures and nl-2025's misses of every variant")
    ap.add_argument("--only", default="", help="comma-separated variant names (default: every variant)")
    ap.add_argument("--partial-weights", default="",
                    help="comma-separated weights of the partial class (addressed 1) as more variants ``partial xW``: "
                         "the trade-off between balanced and the shipped fit (a diagnostic)")
    ap.add_argument("--aspect-grid", action="store_true",
                    help="also the aspect calibration at C 0.1 / 0.3 / 1 with and without ke_partial (the shipped predictions)")
    ap.add_argument("--detail", default="", help="NAME:C: every key element whose label from the aspects differs from the shipped fit's")
    args = ap.parse_args(argv)

    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    from analyser.aspect_fit import evaluate_aspects_lodo, read_aspect_data
    from analyser.aspects import load_aspects
    from analyser.calibrate import _label, document_rows, load_documents
    from analyser.calibrate_fit import fit_from_examples
    from analyser.score import FEATURES
    from analyser.template import load_template

    template = load_template()
    aspects = load_aspects()
    if args.load:
        saved = pickle.loads(args.load.read_bytes())
    else:
        from analyser.bundle import load_checked_evidence_bank
        from analyser.schema import load_analysis

        docs = load_documents(args.out, args.gold, None, template)
        model = load_analysis(args.out / docs[0].doc_id / "analysis.json").model.name
        bank = load_checked_evidence_bank(model)
        folds = {}
        for d in docs:
            train = []
            for t in docs:
                if t.doc_id != d.doc_id:
                    train += [(t.doc_id, ke, f, lab) for ke, (_, f, lab)
                              in zip(t.gold["coverage"], document_rows(t, template, bank, {t.doc_id, d.doc_id}))]
            held = [(d.doc_id, ke, f, lab) for ke, (_, f, lab) in zip(d.gold["coverage"], document_rows(d, template, bank, {d.doc_id}))]
            folds[d.doc_id] = {"train": train, "held": held}
            for t in docs:
                t._cache.clear()
            print(f"fold {d.doc_id} done", flush=True)
        saved = {"model": model, "folds": folds, "depth": {d.doc_id: depth_features(d, template) for d in docs},
                 "gold": {d.doc_id: d.gold["coverage"] for d in docs}}
        if args.dump:
            args.dump.write_bytes(pickle.dumps(saved))
    folds, depth, gold, model = saved["folds"], saved["depth"], saved["gold"], saved["model"]
    ids = sorted(folds)
    fict = [d for d in ids if d != "nl-2025"]
    data = read_aspect_data(args.out, args.gold)

    def extra(rows):
        """(doc, ke) -> features plus depth and document-relative vote mass."""
        out = {}
        by_doc: dict[str, list] = {}
        for t, ke, f, _ in rows:
            by_doc.setdefault(t, []).append((ke, f))
        for t, items in by_doc.items():
            mu = float(np.mean([f.get("ex_centred", 0.0) for _, f in items]))
            for ke, f in items:
                out[(t, ke)] = {**f, **depth[t][ke], "mass_rel": f.get("ex_centred", 0.0) - mu,
                                "n_aspects": math.log(len(aspects.for_key_element(ke)))}
        return out

    shipped, cals, p_add, preds = {}, {}, {}, {}
    variants = [("balanced", FEATURES, "balanced"), ("ordinal", FEATURES, "ordinal"),
                ("+ sent_share", FEATURES + ("sent_share",), "plain"),
                ("+ sent_depth", FEATURES + ("sent_depth",), "plain"),
                ("+ mass_rel", FEATURES + ("mass_rel",), "plain"),
                ("balanced + sent_share", FEATURES + ("sent_share",), "balanced"),
                ("ordinal + sent_share", FEATURES + ("sent_share",), "ordinal"),
                ("+ n_aspects", FEATURES + ("n_aspects",), "plain")]
    variants += [(f"partial x{w}", FEATURES, f"w{w}") for w in args.partial_weights.split(",") if w]
    if args.only:
        variants = [v for v in variants if v[0] in args.only.split(",")]
    for d in ids:
        fold = folds[d]
        cal = cals[d] = fit_from_examples([(f, lab) for _, _, f, lab in fold["train"]], model)
        shipped[d] = {ke: _label(cal, f) for _, ke, f, _ in fold["held"]}
        p_add[("shipped",)] = p_add.get(("shipped",), {}) | {(d, ke): cal.p_addressed(f) for _, ke, f, _ in fold["held"]}
        xt, xh = extra(fold["train"]), extra(fold["held"])
        labs = np.array([lab for *_, lab in fold["train"]])
        for name, feats, mode in variants:
            x = np.array([[xt[(t, ke)].get(n, 0.0) for n in feats] for t, ke, _, _ in fold["train"]])
            h = np.array([[xh[(t, ke)].get(n, 0.0) for n in feats] for t, ke, _, _ in fold["held"]])
            mu, sd = x.mean(0), x.std(0)
            sd[sd == 0] = 1.0
            xs, hs = (x - mu) / sd, (h - mu) / sd
            for c in CS:
                if mode == "ordinal":
                    yo = np.array([{"absent": 0, "partial": 1, "addressed": 2}[v] for v in labs])
                    z = np.vstack([np.hstack([xs, np.zeros((len(xs), 1))]), np.hstack([xs, np.ones((len(xs), 1))])])
                    lr = LogisticRegression(C=c, max_iter=3000).fit(z, np.concatenate([yo >= 1, yo >= 2]))
                    q = lr.predict_proba(np.hstack([hs, np.ones((len(hs), 1))]))[:, 1]
                else:
                    cov = labs != "absent"
                    cw = "balanced" if mode == "balanced" else {False: float(mode[1:]), True: 1.0} if mode.startswith("w") else None
                    lr = LogisticRegression(C=c, max_iter=3000, class_weight=cw)
                    lr.fit(xs[cov], labs[cov] == "addressed")
                    q = lr.predict_proba(hs)[:, 1]
                key = (name, c)
                out = {}
                for (_, ke, _, _), qq in zip(fold["held"], q):
                    p, lab = shipped[d][ke]
                    out[ke] = (p, lab if lab == "absent" else ("addressed" if qq >= 0.5 else "partial"))
                    p_add.setdefault(key, {})[(d, ke)] = float(qq)
                preds.setdefault(key, {})[d] = out

    def auc(keys, scores):
        ks_ = [k for k in scores if k[0] in keys and gold[k[0]][k[1]]["label"] != "absent"]
        y = [gold[d][ke]["label"] == "addressed" for d, ke in ks_]
        return roc_auc_score(y, [scores[k] for k in ks_]) if 0 < sum(y) < len(y) else float("nan")

    reps = {}

    def figures(pred, name, scores):
        rep = reps[name] = evaluate_aspects_lodo(data, aspects, ke_predictions=pred)
        acc = lambda ds: np.mean([rep.labels[(d, ke)] == gold[d][ke]["label"] for d in ds for ke in gold[d]])  # noqa: E731
        cacc = lambda ds: np.mean([pred[d][ke][1] == gold[d][ke]["label"] for d in ds for ke in gold[d]])  # noqa: E731
        print(f"{name:30} from aspects: all {acc(ids):.3f} fict {acc(fict):.3f} nl {acc(['nl-2025']):.3f}"
              f" | coverage label: all {cacc(ids):.3f} fict {cacc(fict):.3f} nl {cacc(['nl-2025']):.3f}"
              f" | addressed AUC nl {auc(['nl-2025'], scores):.3f} fict {auc(fict, scores):.3f}", flush=True)
        if args.verbose:
            g = gold["nl-2025"]
            print("   per doc: " + " ".join(f"{d[:2]} {acc([d]):.2f}" for d in ids))
            print("   nl-2025 misses: " + ", ".join(f"{ke} {g[ke]['label'][:4]}->{rep.labels[('nl-2025', ke)][:4]}"
                                                    for ke in g if rep.labels[("nl-2025", ke)] != g[ke]["label"]), flush=True)
        return acc(fict), acc(["nl-2025"])

    base = figures(shipped, "shipped fit", p_add[("shipped",)])
    if args.aspect_grid:  # how far the aspect layer trusts the coverage call's partial (re-check of an earlier session's try)
        from analyser.aspect_calibration import FEATURES_KE

        no_partial = tuple(f for f in FEATURES_KE if f not in ("ke_partial", "partial_prior"))
        for fname, feats in (("aspects with ke_partial", FEATURES_KE), ("aspects without ke_partial", no_partial)):
            for c in (0.1, 0.3, 1.0):
                rep = evaluate_aspects_lodo(data, aspects, ke_predictions=shipped, features=feats, c=c)
                acc = lambda ds: np.mean([rep.labels[(d, ke)] == gold[d][ke]["label"] for d in ds for ke in gold[d]])  # noqa: E731
                print(f"{fname} C={c}: from aspects all {acc(ids):.3f} fict {acc(fict):.3f} nl {acc(['nl-2025']):.3f}", flush=True)
    names = sorted({k[0] for k in preds}, key=lambda n: [k[0] for k in preds].index(n))
    held_up = []
    for name in names:
        res = [figures(preds[(name, c)], f"{name} C={c}", p_add[(name, c)]) for c in CS]
        ok = all(f >= base[0] - 1e-9 and n >= base[1] - 1e-9 for f, n in res)
        print(f"  -> {'HOLDS' if ok else 'does not hold'} (fictional {' / '.join(f'{f:.3f}' for f, _ in res)};"
              f" nl-2025 {' / '.join(f'{n:.3f}' for _, n in res)}; shipped {base[0]:.3f} / {base[1]:.3f})", flush=True)
        if ok:
            held_up.append(name)
    print("variants that hold at every C:", held_up or "none")
    if args.detail:  # which key elements a variant flips against the shipped fit (coverage call, label from the aspects, gold)
        name, _, c = args.detail.rpartition(":")
        rep, pred = reps[f"{name} C={float(c)}"], preds[(name, float(c))]
        gained = lost = 0
        for d in ids:
            for ke, g in gold[d].items():
                a, b = reps["shipped fit"].labels[(d, ke)], rep.labels[(d, ke)]
                if a != b:
                    gained += b == g["label"]
                    lost += a == g["label"]
                    print(f"  {d} {ke}: coverage {shipped[d][ke][1]} -> {pred[d][ke][1]}; from aspects {a} -> {b}; gold {g['label']}")
        print(f"  right after, wrong before: {gained}; wrong after, right before: {lost}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
