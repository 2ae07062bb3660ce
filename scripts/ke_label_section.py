"""Aspect evidence aggregated over the key element's own section (issue 13, twelfth session): diagnosis and LODO.

Why a real long strategy differs from the fictional ones: it answers an ask over several paragraphs of the key
element's own section, in policy prose without the Annex's words, so the ask's best single sentence anywhere
(``z_sentence``, the aspect model's evidence) is weak while the section as a whole covers it. This script
measures that reading directly:

* per aspect, over the answer sentences of its key element's own section (:func:`analyser.score._own_passages`,
  subsections lending as the pipeline does), the row z-score of the aspect against all aspects
  (``zrow`` of :func:`analyser.aspect_score.aspect_features`, same centring): ``sec_top`` (the best), ``sec_top3``
  (the mean of the best three, fewer when the section has fewer sentences), ``sec_noisyor`` (1 - prod(1 -
  sigmoid(z - 2)) over the section's sentences), ``sec_n`` (log1p of the section's sentences where the aspect
  is the nearest of its key element's aspects);
* per key element, the weakest of its aspects (``min_sec_top3``, ``min_sec_noisyor``, ``min_sec_n``): an
  addressed answer answers every ask somewhere in its section.

``--diag``: ROC AUC, fictional documents and nl-2025 apart, of each feature between (a) gold-covered and
gold-missing aspects of key elements answered in part (the aspect layer's own question) and (b) gold-addressed and
gold-partial key elements (the addressed/partial call), beside ``z_sentence`` / ``asp_min_z``.
``--lodo``: the addressed model (folds of ``ke_label_ordinal.py --dump``) with the key-element features added,
at C 0.3 / 1 / 3, the label from the aspects as ``analyser eval``; and the aspect calibration with the aspect
features added (``--aspect``).

Usage (repository root, ``PYTHONPATH=src``, real model's analyses)::

    python scripts/ke_label_section.py --out OUT --diag
    python scripts/ke_label_section.py --out OUT --lodo --load FOLDS.pkl
"""

from __future__ import annotations

import argparse
import math
import pickle
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CS = (0.3, 1.0, 3.0)
EPS = 1e-6


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), EPS)


def section_features(doc, aspects, qvecs: np.ndarray, qidx: np.ndarray, template) -> tuple[dict, dict]:
    """(aspect id -> features, key element id -> features) of one :class:`analyser.calibrate.DocumentMatches`."""
    from analyser.score import _own_passages

    m = doc.matches
    s = np.asarray(doc.sentence_vecs, dtype=np.float32)
    n_a = len(aspects)
    q = _unit(qvecs - qvecs.mean(axis=0))
    if len(s) > 1:
        s = _unit(s - s.mean(axis=0))
    cos = s @ q.T
    per = np.stack([cos[:, qidx == j].max(axis=1) for j in range(n_a)], axis=1)
    zrow = (per - per.mean(axis=1, keepdims=True)) / (per.std(axis=1, keepdims=True) + EPS)
    p_sections = np.array([p.section_id or "" for p in m.passages])
    s_sections = p_sections[np.asarray(m.sentence_passage, dtype=np.int64)] if len(s) else np.array([], dtype=str)
    sec_of = {k.id: k.section_id for k in template.key_elements()}
    afe, kfe = {}, {}
    for ke in aspects.key_element_ids:
        idx = [j for j, a in enumerate(aspects) if a.key_element == ke]
        own = _own_passages(s_sections, sec_of[ke]) if len(s) else np.zeros(0, bool)
        rows = np.flatnonzero(own)
        for j in idx:
            a = aspects.aspects[j]
            if len(rows):
                z = np.sort(zrow[rows, j])[::-1]
                sib = [i for i in idx if i != j]
                nearest = (zrow[np.ix_(rows, [j])][:, 0] >= zrow[np.ix_(rows, sib)].max(axis=1)) if sib else np.ones(len(rows), bool)
                f = {"sec_top": float(z[0]), "sec_top3": float(z[:3].mean()),
                     "sec_noisyor": float(1 - np.prod(1 - 1 / (1 + np.exp(-(z - 2.0))))),
                     "sec_n": float(np.log1p(nearest.sum())), "z_any": float(zrow[:, j].max())}
            else:
                f = {"sec_top": -3.0, "sec_top3": -3.0, "sec_noisyor": 0.0, "sec_n": 0.0,
                     "z_any": float(zrow[:, j].max()) if len(s) else -3.0}
            f["sec_gap"] = f["sec_top3"] - f["z_any"]
            afe[a.id] = f
        fs = [afe[aspects.aspects[j].id] for j in idx]
        kfe[ke] = {f"min_{k}": float(min(f[k] for f in fs)) for k in fs[0]}
        kfe[ke].update({f"mean_{k}": float(np.mean([f[k] for f in fs])) for k in fs[0]})
        kfe[ke]["n_own"] = float(np.log1p(len(rows)))
    return afe, kfe


def compute(out: Path, gold: Path) -> dict:
    """Section features of every annotated document of ``out`` (embeddings from its cache)."""
    from analyser.aspect_score import aspect_queries
    from analyser.aspects import load_aspects
    from analyser.calibrate import load_documents
    from analyser.embed import CachedEncoder, EmbeddingCache, load_encoder
    from analyser.schema import load_analysis
    from analyser.template import load_template

    template = load_template()
    aspects = load_aspects()
    docs = load_documents(out, gold, None, template)
    model = load_analysis(out / docs[0].doc_id / "analysis.json").model.name
    enc = CachedEncoder(load_encoder(model), EmbeddingCache(out / ".cache"))
    texts, idx, _ = aspect_queries(aspects, None)
    qvecs = np.asarray(enc.encode(texts, kind="query"), dtype=np.float32)
    res = {}
    for d in docs:
        res[d.doc_id] = section_features(d, aspects, qvecs, np.asarray(idx), template)
    return res


def _auc(y, x) -> float:
    from sklearn.metrics import roc_auc_score

    y = np.asarray(y, bool)
    return float(roc_auc_score(y, x)) if 0 < y.sum() < len(y) else float("nan")


def diag(out: Path, gold_dir: Path, sec: dict) -> None:
    """AUCs of the section features against the gold (aspects of partial key elements; addressed vs partial)."""
    from analyser.aspect_fit import read_aspect_data
    from analyser.aspects import load_aspects

    aspects = load_aspects()
    data = read_aspect_data(out, gold_dir)
    ke_of = {a.id: a.key_element for a in aspects}
    stored = {(d, aid): f for d, aid, f, _ in data.rows}
    for group, docs in (("fictional", [d for d in sec if d != "nl-2025"]), ("nl-2025", ["nl-2025"])):
        rows = [(d, aid, cov) for d, aid, f, cov in data.rows if d in docs
                and data.gold_labels.get((d, ke_of[aid])) == "partial"]
        y = [c for *_, c in rows]
        line = [f"{group} aspects of gold-partial key elements (n={len(rows)}, covered {sum(y)}):"]
        for k in ("z_sentence", "sib_margin", "wins"):
            line.append(f"{k} {_auc(y, [stored[(d, a)][k] for d, a, _ in rows]):.3f}")
        for k in ("z_any", "sec_top", "sec_top3", "sec_noisyor", "sec_n", "sec_gap"):
            line.append(f"{k} {_auc(y, [sec[d][0][a][k] for d, a, _ in rows]):.3f}")
        print(" ".join(line))
        kes = [(d, ke) for d in docs for ke in aspects.key_element_ids
               if data.ke_gold_labels.get((d, ke)) in ("addressed", "partial") and len(aspects.for_key_element(ke)) > 1]
        y = [data.ke_gold_labels[k] == "addressed" for k in kes]
        line = [f"{group} key elements gold addressed vs partial, >1 aspect (n={len(kes)}, addressed {sum(y)}):"]
        min_z = [min(stored[(d, a.id)]["z_sentence"] for a in aspects.for_key_element(ke)) for d, ke in kes]
        line.append(f"asp_min_z {_auc(y, min_z):.3f}")
        ke_score = [stored[(d, aspects.for_key_element(ke)[0].id)].get("ke_score", 0.0) for d, ke in kes]
        line.append(f"ke_score(in-sample) {_auc(y, ke_score):.3f}")
        for k in ("min_sec_top", "min_sec_top3", "min_sec_noisyor", "min_sec_n", "min_sec_gap", "mean_sec_top3", "n_own"):
            line.append(f"{k} {_auc(y, [sec[d][1][ke][k] for d, ke in kes]):.3f}")
        print(" ".join(line))
        # consistency check: z_any is the stored z_sentence when the sentences are the pipeline's
        diffs = [abs(sec[d][0][aid]["z_any"] - stored[(d, aid)]["z_sentence"]) for d, aid, _ in rows]
        print(f"   z_any vs stored z_sentence: max |diff| {max(diffs) if diffs else 0:.4f}")


def lodo(out: Path, gold_dir: Path, sec: dict, folds_path: Path, kfeats: list[str], afeats: list[str]) -> None:
    """The addressed model with key-element section features; the aspect calibration with aspect ones."""
    from sklearn.linear_model import LogisticRegression

    from analyser.aspect_calibration import FEATURES_KE
    from analyser.aspect_fit import evaluate_aspects_lodo, read_aspect_data
    from analyser.aspects import load_aspects
    from analyser.calibrate import _label
    from analyser.calibrate_fit import fit_from_examples
    from analyser.score import FEATURES

    aspects = load_aspects()
    saved = pickle.loads(folds_path.read_bytes())
    folds, gold, model = saved["folds"], saved["gold"], saved["model"]
    ids = sorted(folds)
    fict = [d for d in ids if d != "nl-2025"]
    data = read_aspect_data(out, gold_dir)

    def acc(rep, ds):
        return float(np.mean([rep.labels[(d, ke)] == gold[d][ke]["label"] for d in ds for ke in gold[d]]))

    shipped = {}
    for d in ids:
        cal = fit_from_examples([(f, lab) for _, _, f, lab in folds[d]["train"]], model)
        shipped[d] = {ke: _label(cal, f) for _, ke, f, _ in folds[d]["held"]}
    base = evaluate_aspects_lodo(data, aspects, ke_predictions=shipped)
    print(f"shipped fit: fict {acc(base, fict):.3f} nl {acc(base, ['nl-2025']):.3f} all {acc(base, ids):.3f}"
          f" aspect macro-F1 {base.macro_f1 if hasattr(base, 'macro_f1') else float('nan'):.3f}", flush=True)
    nl_miss = lambda rep: ", ".join(f"{ke} {gold['nl-2025'][ke]['label'][:4]}->{rep.labels[('nl-2025', ke)][:4]}"  # noqa: E731
                                    for ke in gold["nl-2025"] if rep.labels[("nl-2025", ke)] != gold["nl-2025"][ke]["label"])
    print("   nl misses:", nl_miss(base))
    for feat in kfeats:
        extra = tuple(feat.split("+"))
        res = []
        for c in CS:
            preds = {}
            for d in ids:
                tr, he = folds[d]["train"], folds[d]["held"]
                x = np.array([[f[n] for n in FEATURES] + [sec[t][1][ke][e] for e in extra] for t, ke, f, _ in tr])
                h = np.array([[f[n] for n in FEATURES] + [sec[t][1][ke][e] for e in extra] for t, ke, f, _ in he])
                labs = np.array([lab for *_, lab in tr])
                mu, sd = x.mean(0), x.std(0)
                sd[sd == 0] = 1.0
                cov = labs != "absent"
                lr = LogisticRegression(C=c, max_iter=3000).fit(((x - mu) / sd)[cov], labs[cov] == "addressed")
                q = lr.predict_proba((h - mu) / sd)[:, 1]
                preds[d] = {}
                for (_, ke, _, _), qq in zip(he, q):
                    p, lab = shipped[d][ke]
                    preds[d][ke] = (p, lab if lab == "absent" else ("addressed" if qq >= 0.5 else "partial"))
            rep = evaluate_aspects_lodo(data, aspects, ke_predictions=preds)
            res.append((acc(rep, fict), acc(rep, ["nl-2025"]), acc(rep, ids)))
            print(f"  addressed + {feat} C={c}: fict {res[-1][0]:.3f} nl {res[-1][1]:.3f} all {res[-1][2]:.3f}", flush=True)
            print("     nl misses:", nl_miss(rep))
    for feat in afeats:
        extra = tuple(feat.split("+"))
        rows = [(d, aid, {**f, **{e: sec[d][0][aid][e] for e in extra}}, cov) for d, aid, f, cov in data.rows]
        data2 = type(data)(rows, data.gold_labels, data.languages, data.ke_labels, data.model, data.ke_gold_labels, data.stated)
        for c in (0.1, 0.3, 1.0):
            rep = evaluate_aspects_lodo(data2, aspects, ke_predictions=shipped, features=FEATURES_KE + extra, c=c)
            print(f"  aspects + {feat} C={c}: fict {acc(rep, fict):.3f} nl {acc(rep, ['nl-2025']):.3f} all {acc(rep, ids):.3f}", flush=True)
            print("     nl misses:", nl_miss(rep))


def short(out: Path, gold_path: Path = ROOT / "tests/data/aspects_short/gold.json") -> None:
    """Focus label and aspects of a short set (tests/data/aspects_short, held out bg, el, pl; or aspects_sibling)
    against its gold."""
    import json

    gold = {k: v for k, v in json.loads(gold_path.read_text(encoding="utf-8")).items()
            if not k.startswith("_")}
    for part in ("seen", "held out"):
        labels = asp = n = 0
        for doc, g in gold.items():
            if g["heldout"] != (part == "held out"):
                continue
            cov = json.loads((out / doc / "analysis.json").read_text(encoding="utf-8"))["coverage"][g["key_element"]]
            items = {x["id"]: x for x in cov["aspects"]}
            got = {a: items[a]["covered"] for a in g["aspects"]}
            ok = sum(got[a] == y for a, y in g["aspects"].items())
            labels += cov["label"] == g["label"]
            asp += ok
            n += len(g["aspects"])
            print(f"  {doc}: {g['key_element']} {cov['label']} (gold {g['label']}) score {cov['score']:.3f}; aspects {ok}/{len(got)}"
                  f" {' '.join(f'{a.split(chr(47))[1]}={int(v)}' for a, v in got.items())}"
                  f" asp_section {cov.get('features', {}).get('asp_section', float('nan')):.2f}")
        print(f"{part}: labels {labels}/{sum(g['heldout'] == (part == 'held out') for g in gold.values())}, aspects {asp}/{n}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "gold")
    ap.add_argument("--sec", type=Path, help="pickle of the section features (written when missing)")
    ap.add_argument("--diag", action="store_true")
    ap.add_argument("--short", type=Path, help="an analysis of tests/data/aspects_short: focus labels and aspects vs its gold")
    ap.add_argument("--short-gold", type=Path, default=ROOT / "tests/data/aspects_short/gold.json",
                    help="the gold.json of the short set analysed (e.g. tests/data/aspects_sibling/gold.json)")
    ap.add_argument("--lodo", action="store_true")
    ap.add_argument("--load", type=Path, help="folds of ke_label_ordinal.py --dump")
    ap.add_argument("--kfeats", default="min_sec_top3,min_sec_noisyor,min_sec_n,mean_sec_top3")
    ap.add_argument("--afeats", default="sec_top3,sec_noisyor,sec_n")
    args = ap.parse_args(argv)
    if args.short:
        short(args.short, args.short_gold)
        return 0
    if args.sec and args.sec.exists():
        sec = pickle.loads(args.sec.read_bytes())
    else:
        sec = compute(args.out, args.gold)
        if args.sec:
            args.sec.write_bytes(pickle.dumps(sec))
    if args.diag:
        diag(args.out, args.gold, sec)
    if args.lodo:
        lodo(args.out, args.gold, sec, args.load, [f for f in args.kfeats.split(",") if f], [f for f in args.afeats.split(",") if f])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
