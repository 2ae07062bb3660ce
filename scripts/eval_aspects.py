"""Leave-one-document-out evaluation (and fit) of aspect coverage on the development corpus.

Reads the analyses of an output folder of ``analyser analyse`` over the annotated documents
(``<out>/<doc_id>/analysis.json``: the answer passages, the language, the key elements' scores),
splits the passages into sentences, embeds them (e5 ``"passage: "``, through the output folder's
embedding cache) and the aspects' descriptors and official wording (``"query: "``), computes the
aspect features (:mod:`analyser.aspect_score`) and, leaving each document out in turn, fits the
aspect calibration on the others and scores the held-out one.

Prints aspect-level macro-F1 (covered / not covered) per document and per language, and the
three-class accuracy of the key-element label derived from the aspects, against the key-element
gold, overall and on nl-2025; beside it the key-element label of the coverage calibration alone
(also leave-one-document-out, from ``analyser.calibrate``) for comparison.

Two feature sets: ``text`` (sentence evidence only) and ``ke`` (plus the key element's own
calibrated score; in leave-one-document-out that score is itself leave-one-document-out).

Usage::

    python scripts/eval_aspects.py --out /tmp/out                  # reuse an output folder
    python scripts/eval_aspects.py --out /tmp/out --run corpus/    # analyse corpus/ into it first
    python scripts/eval_aspects.py --out /tmp/out --write          # also write the shipped calibrations

Run from the repository root with ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from analyser.aspect_score import (
    FEATURES_BASE,
    FEATURES_KE,
    AspectCoverage,
    anchor_partial,
    aspect_features,
    aspect_queries,
    calibration_path,
    fit_aspect_calibration,
    macro_f1,
)
from analyser.aspects import derive_label, load_aspects, load_gold_aspects_dir
from analyser.embed import CachedEncoder, EmbeddingCache, load_encoder
from analyser.evaluate import load_gold_dir
from analyser.io import write_text_atomic
from analyser.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def read_documents(out: Path, doc_ids: list[str]) -> dict[str, dict]:
    """doc_id -> analysis.json of every annotated document analysed in ``out``."""
    docs = {}
    for d in doc_ids:
        p = out / d / "analysis.json"
        if p.exists():
            docs[d] = json.loads(p.read_text(encoding="utf-8"))
    return docs


def sentences_of(analysis: dict) -> list[str]:
    """The answer sentences of an analysis, passage by passage."""
    lang = analysis.get("language") or "xx"
    out = []
    for p in analysis["passages"]:
        out.extend(split_sentences(p["text"], lang) or [p["text"]])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True, help="output folder of analyser analyse")
    ap.add_argument("--run", type=Path, help="analyse this corpus folder into --out first")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "gold")
    ap.add_argument("--model", default="multilingual-e5-small")
    ap.add_argument("--write", action="store_true", help="write the calibrations fitted on every document")
    ap.add_argument("--c", type=float, default=0.1, help="inverse L2 regularisation of the logistic model")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    ap.add_argument("--dump", type=Path, help="write the feature rows (doc, aspect, features, gold) as JSON here")
    ap.add_argument("--insample-ke", action="store_true",
                    help="skip the LODO key-element scores (faster; ke figures then in-sample)")
    args = ap.parse_args(argv)

    if args.run:
        cmd = [sys.executable, "-m", "analyser.cli", "analyse", str(args.run), "--out", str(args.out), "-q",
               "--model", args.model]
        print("running:", " ".join(cmd), flush=True)
        subprocess.run(cmd, check=False)

    aspects = load_aspects()
    gold_aspects = load_gold_aspects_dir(args.gold, aspects)
    gold_ke = load_gold_dir(args.gold)
    docs = read_documents(args.out, sorted(gold_aspects))
    if len(docs) < 2:
        print(f"{args.out}: {len(docs)} annotated document(s) analysed; need two or more", file=sys.stderr)
        return 1
    lang_of = {d: gold_ke[d].get("language", "und") for d in docs}

    encoder = CachedEncoder(load_encoder(args.model), EmbeddingCache(args.out / ".cache"))
    qtexts, qidx, qlangs = aspect_queries(aspects)
    qvecs = encoder.encode(qtexts, kind="query")

    # key-element scores: leave-one-document-out from the coverage calibration (honest), else in-sample
    ke_lodo: dict[str, dict[str, tuple[float, str]]] = {}
    try:
        from analyser.calibrate import calibrate_from_outputs

        if args.insample_ke:
            raise RuntimeError("--insample-ke")

        rep = calibrate_from_outputs(args.out, args.gold, write=False, doc_ids=list(docs))
        ke_lodo = rep.predictions
        print(f"key-element coverage calibration, LODO: 3-class accuracy {rep.accuracy3:.3f}", flush=True)
    except Exception as exc:  # noqa: BLE001 - report and go on with the in-sample scores
        print(f"warning: no LODO key-element scores ({exc}); using the analyses' in-sample scores", flush=True)

    feats: dict[str, list[dict]] = {}
    feats_insample: dict[str, list[dict]] = {}
    for d, a in docs.items():
        sents = sentences_of(a)
        svecs = encoder.encode(sents, kind="passage") if sents else np.zeros((0, qvecs.shape[1]), np.float32)
        keep = [i for i, lang in enumerate(qlangs) if lang in ("en", a.get("language"))]
        ke_scores = {k: v[0] for k, v in ke_lodo.get(d, {}).items()} or {k: c["score"] for k, c in a["coverage"].items()}
        ke_labels = {k: v[1] for k, v in ke_lodo.get(d, {}).items()} or {k: c["label"] for k, c in a["coverage"].items()}
        ke_in = {k: c["score"] for k, c in a["coverage"].items()}
        ke_in_labels = {k: c["label"] for k, c in a["coverage"].items()}
        qv, qi = qvecs[keep], [qidx[i] for i in keep]
        feats[d], _, _ = aspect_features(aspects, svecs, qv, qi, ke_scores, ke_labels)
        feats_insample[d], _, _ = aspect_features(aspects, svecs, qv, qi, ke_in, ke_in_labels)
        print(f"{d}: {len(sents)} answer sentences", flush=True)

    rows = [(d, asp.id, feats[d][j], gold_aspects[d].covered[asp.id]) for d in docs for j, asp in enumerate(aspects)]
    gold_labels = {(d, ke): gold_ke[d]["coverage"][ke]["label"] for d in docs for ke in aspects.key_element_ids}
    if args.dump:
        args.dump.write_text(json.dumps({"rows": rows, "ke_lodo": ke_lodo}), encoding="utf-8")
    results = {}
    for name, fset in (("text", FEATURES_BASE), ("ke", FEATURES_KE)):
        pred: dict[tuple[str, str], bool] = {}
        prob: dict[tuple[str, str], float] = {}
        for d in docs:
            train = [r for r in rows if r[0] != d]
            cal = fit_aspect_calibration(train, fset, aspects, model=args.model, c=args.c, gold_labels=gold_labels)
            for r in rows:
                if r[0] == d:
                    p = cal.probability(r[2], r[1])
                    prob[(d, r[1])], pred[(d, r[1])] = p, p >= cal.threshold
        results[name] = report(name, docs, aspects, gold_aspects, gold_labels, lang_of, pred, ke_lodo)
        if name == "ke":
            anchored = {}
            for d in docs:
                labels = {ke: v[1] for ke, v in ke_lodo.get(d, {}).items()} or {
                    ke: c["label"] for ke, c in docs[d]["coverage"].items()}
                cov = [AspectCoverage(a.id, a.key_element, pred[(d, a.id)], prob[(d, a.id)], None) for a in aspects]
                for c in anchor_partial(cov, labels):
                    anchored[(d, c.id)] = c.covered
            results["ke-anchored"] = report("ke, partial anchored to the coverage calibration", docs, aspects,
                                            gold_aspects, gold_labels, lang_of, anchored, ke_lodo)

    if args.write:
        for name, fset, with_ke in (("text", FEATURES_BASE, False), ("ke", FEATURES_KE, True)):
            # the shipped calibration with ke_score is fitted on the in-sample scores, as the pipeline gives them
            rows_fit = rows if not with_ke else [(d, asp.id, feats_insample[d][j], gold_aspects[d].covered[asp.id])
                                                 for d in docs for j, asp in enumerate(aspects)]
            cal = fit_aspect_calibration(rows_fit, fset, aspects, model=args.model, c=args.c, gold_labels=gold_labels)
            r = results[name]
            cal = dataclasses.replace(cal, figures={"lodo_aspect_macro_f1": r["aspect_macro_f1"],
                                                    "lodo_accuracy3": r["accuracy3"],
                                                    "lodo_accuracy3_nl_2025": r["accuracy3_nl"]})
            path = calibration_path(args.model, with_ke)
            write_text_atomic(path, json.dumps(cal.to_json(), indent=1) + "\n")
            print(f"written {path} (threshold {cal.threshold})")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


def report(name, docs, aspects, gold_aspects, gold_labels, lang_of, pred, ke_lodo) -> dict:
    """Print and return the figures of one feature set."""
    print(f"\n== features: {name} (leave-one-document-out)")
    print(f"{'doc':10} {'lang':4} {'aspect-F1':>9} {'acc3(aspects)':>13} {'acc3(KE cal)':>12}")
    per_doc, by_lang = {}, defaultdict(lambda: ([], []))
    all_y, all_p, hits, hits_ke = [], [], [], []
    confusion = defaultdict(int)
    for d in docs:
        y = [gold_aspects[d].covered[a.id] for a in aspects]
        p = [pred[(d, a.id)] for a in aspects]
        all_y += y
        all_p += p
        by_lang[lang_of[d]][0].extend(y)
        by_lang[lang_of[d]][1].extend(p)
        h, hk = [], []
        for ke in aspects.key_element_ids:
            lab = derive_label([pred[(d, a.id)] for a in aspects.for_key_element(ke)])
            g = gold_labels[(d, ke)]
            h.append(lab == g)
            confusion[(g, lab)] += 1
            if d in ke_lodo:
                hk.append(ke_lodo[d][ke][1] == g)
        hits += h
        hits_ke += hk
        per_doc[d] = {"aspect_macro_f1": macro_f1(np.array(y), np.array(p)), "accuracy3": float(np.mean(h)),
                      "accuracy3_ke": float(np.mean(hk)) if hk else None}
        print(f"{d:10} {lang_of[d]:4} {per_doc[d]['aspect_macro_f1']:9.3f} {per_doc[d]['accuracy3']:13.3f} "
              f"{per_doc[d]['accuracy3_ke'] if hk else float('nan'):12.3f}")
    per_lang = {lang: macro_f1(np.array(y), np.array(p)) for lang, (y, p) in sorted(by_lang.items())}
    print("aspect macro-F1 per language: " + ", ".join(f"{k} {v:.3f}" for k, v in per_lang.items()))
    f1 = macro_f1(np.array(all_y), np.array(all_p))
    acc = float(np.mean(hits))
    acc_nl = per_doc.get("nl-2025", {}).get("accuracy3", float("nan"))
    print(f"overall: aspect macro-F1 {f1:.3f}; key-element label from aspects: 3-class accuracy {acc:.3f}"
          f" (nl-2025 {acc_nl:.3f}); coverage calibration alone {np.mean(hits_ke) if hits_ke else float('nan'):.3f}")
    print("confusion gold -> derived: " + ", ".join(f"{g}->{p} {n}" for (g, p), n in sorted(confusion.items())))
    return {"features": name, "aspect_macro_f1": f1, "accuracy3": acc, "accuracy3_nl": acc_nl,
            "accuracy3_ke_calibration": float(np.mean(hits_ke)) if hits_ke else None,
            "per_document": per_doc, "per_language": per_lang}


if __name__ == "__main__":
    raise SystemExit(main())
