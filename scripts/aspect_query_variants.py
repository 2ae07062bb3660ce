"""Leave-one-document-out figures of the aspect stage under other aspect queries and evidence rules (issue 13, sixth session).

Recomputes every aspect's text features (:func:`analyser.aspect_features`) of the analysed development
documents with another query set or sentence selection, keeps the key element's features from the
coverage calibration's leave-one-document-out predictions (``scripts/aspect_variants.py
--save-predictions``), refits the aspect calibration without each document in turn and prints three-class
accuracy of the derived key-element label against the annotators' key-element gold (overall, the twelve
fictional documents, nl-2025) and the gold aspects, with aspect macro-F1, like ``analyser eval``.

Needs the real model (sentences come from ``<out>/.cache``; only the variant queries are embedded).
Usage, from the repository root with ``PYTHONPATH=src``::

    python scripts/aspect_query_variants.py --out OUT --predictions P.json [--errors]

Variants: the request framing stripped from the official Dutch wording and the descriptors
(:func:`strip_framing`), as replacement or extra queries; the Dutch fragments several aspects share dropped;
the English descriptor only; the text features times ``ke_partial``; the features over the clauses of
enumerating sentences (:func:`clauses`); aspects allowed to turn a covered key element absent; a control with
every aspect's queries handed to a random other aspect. For each query variant it also prints the share of
gold-covered aspects whose evidence sentence lies in a gold evidence block of the key element (the evidence
an analyst is shown). Figures: README, "Coverage quality", sixth session.

``--errors`` prints, for every nl-2025 key element whose derived label is wrong under the shipped
queries, each aspect's gold label, held-out probability, features and evidence sentence.
"""

from __future__ import annotations

import argparse
import collections
import json
import pickle
import re
from pathlib import Path

import numpy as np

from analyser.aspect_calibration import ASPECT_C, FEATURES_KE, macro_f1
from analyser.aspect_fit import load_ke_predictions, lodo_probabilities, read_aspect_data, with_ke_predictions
from analyser.aspect_score import AspectCoverage, anchor_covered, aspect_features, sentences_from_matches
from analyser.aspects import derive_label, load_aspects

ROOT = Path(__file__).resolve().parents[1]
TEXT_FEATURES = ("z_sentence", "z_document", "wins", "sibling_z", "below_sibling", "sib_margin")


def load_sentences(out: Path, gold: Path, cache: Path | None):
    """doc_id -> (sentences, (n, dim) passage embeddings); pickled to ``cache`` for re-runs."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    from analyser.calibrate import load_documents
    from analyser.embed import CachedEncoder, EmbeddingCache, load_encoder

    data = read_aspect_data(out, gold)
    enc = CachedEncoder(load_encoder(data.model.split(",")[0]), EmbeddingCache(out / ".cache"))
    docs = {}
    for doc in load_documents(out, gold, enc, doc_ids=sorted(data.languages)):
        sents = sentences_from_matches(doc.matches)
        vecs = np.asarray(enc.encode([s.text for s in sents], kind="passage"), dtype=np.float32)
        docs[doc.doc_id] = (sents, vecs)
    if cache is not None:
        cache.write_bytes(pickle.dumps(docs))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "gold")
    ap.add_argument("--predictions", type=Path, required=True)
    ap.add_argument("--sentences", type=Path, help="pickle of the documents' sentences and embeddings (made on first use)")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)

    from analyser.embed import load_encoder

    aspects = load_aspects()
    data = read_aspect_data(args.out, args.gold)
    pred = load_ke_predictions(args.predictions)
    rows = with_ke_predictions(data.rows, pred, aspects)
    docs = sorted(data.languages)
    sents = load_sentences(args.out, args.gold, args.sentences)
    enc = load_encoder(data.model.split(",")[0])

    def probs(rows, features=FEATURES_KE, c=ASPECT_C):
        return lodo_probabilities(rows, aspects, features, c)

    def labels_of(p, may_absent=False):
        labels, covered = {}, {}
        for d in docs:
            kel = {ke: v[1] for ke, v in pred[d].items()}
            cov = [AspectCoverage(a.id, a.key_element, p[(d, a.id)] >= 0.5, p[(d, a.id)], None) for a in aspects]
            # may_absent: the aspects may turn a covered key element absent (none of its aspects covered)
            cov = anchor_covered(cov, {k: v for k, v in kel.items() if v == "absent"} if may_absent else kel)
            by = collections.defaultdict(list)
            for x in cov:
                by[x.key_element].append(x.covered)
                covered[(d, x.id)] = x.covered
            for ke, flags in by.items():
                labels[(d, ke)] = derive_label(flags)
        return labels, covered

    gold_blocks = {}
    for d in docs:
        g = json.loads((args.gold / f"{d}.gold.json").read_text(encoding="utf-8"))
        text = {b["id"]: " ".join(b["text"].split()) for b in g["blocks"]}
        gold_blocks[d] = {ke: [text[b] for b in c.get("evidence", []) if b in text] for ke, c in g["coverage"].items()}
    gold_cov = {(d, aid): y for d, aid, _, y in rows}

    def evidence_hits(feats):
        """share of gold-covered aspects whose evidence sentence lies in a gold evidence block of the key element"""
        out = {}
        for part, ds in (("fictional", [d for d in docs if d != "nl-2025"]), ("nl-2025", ["nl-2025"])):
            hits = [any(" ".join(feats[(d, a.id)][1].split())[:80] in b for b in gold_blocks[d].get(a.key_element, []))
                    for d in ds for a in aspects if gold_cov[(d, a.id)]]
            out[part] = float(np.mean(hits))
        return f"evidence in gold blocks: fictional {out['fictional']:.3f} nl-2025 {out['nl-2025']:.3f}"

    def report(name, rows_v, features=FEATURES_KE, may_absent=False):
        if isinstance(rows_v, tuple):  # (rows, feats) of variant_rows
            print(f"{'':44} {evidence_hits(rows_v[1])}")
            rows_v = rows_v[0]
        p = probs(rows_v, features)
        labels, covered = labels_of(p, may_absent)

        def acc(gold, ds):
            return np.mean([labels[(d, ke)] == gold[(d, ke)] for d in ds for ke in aspects.key_element_ids])
        fict = [d for d in docs if d != "nl-2025"]
        f1 = macro_f1([y for *_, y in rows_v], [covered[(d, aid)] for d, aid, _, _ in rows_v])
        print(f"{name:44} key-element gold: overall {acc(data.ke_gold_labels, docs):.3f} fictional {acc(data.ke_gold_labels, fict):.3f}"
              f" nl-2025 {acc(data.ke_gold_labels, ['nl-2025']):.3f} | gold aspects {acc(data.gold_labels, docs):.3f}"
              f" nl {acc(data.gold_labels, ['nl-2025']):.3f} | aspect-F1 {f1:.3f}"
              f" | {sum(labels[k] != ref[k] for k in labels) if ref else 0} labels moved", flush=True)
        return p, labels

    def variant_rows(texts, idx, select=None):
        """rows with the text features recomputed from the queries ``texts`` (aspect index ``idx``)."""
        q = np.asarray(enc.encode(texts, kind="query"), dtype=np.float32)
        feats = {}
        for d in docs:
            s, v = sents[d]
            if select is not None:
                keep = select(d, s)
                s, v = [x for x, k in zip(s, keep) if k], v[np.asarray(keep, bool)]
            f, ev, _ = aspect_features(aspects, v, q, idx)
            for a, fa, e in zip(aspects, f, ev):
                feats[(d, a.id)] = ({k: fa[k] for k in TEXT_FEATURES}, s[int(e)].text if e >= 0 else "")
        return [(d, aid, {**f, **feats[(d, aid)][0]}, y) for d, aid, f, y in rows], feats

    def queries(langs=("nl",), en=True, extra=None, drop=None, transform=None):
        texts, idx = [], []
        for i, a in enumerate(aspects):
            qs = ([a.descriptor] if en else []) + [a.wording[lang] for lang in langs if a.wording.get(lang)]
            if transform is not None:
                qs = [transform(t) for t in qs]
            if drop is not None:
                qs = [t for t in qs if not drop(a, t)]
            qs += (extra or {}).get(a.id, [])
            if not qs:
                qs = [a.descriptor]
            texts += qs
            idx += [i] * len(qs)
        return texts, idx

    ref: dict = {}
    base_p, base_labels = report("shipped features (stored)", rows)
    ref.update(base_labels)
    report("aspects may turn a covered key element absent", rows, may_absent=True)
    t, i = queries()
    rows0, feats0 = variant_rows(t, i)
    report("recomputed, same queries (sanity)", (rows0, feats0))
    if args.errors:
        print_errors(aspects, data, base_p, base_labels, feats0)

    # (b) wording: drop the official fragments that several aspects share or that carry no content
    counts = collections.Counter(a.wording.get("nl", "") for a in aspects)
    report("nl wording shared by several aspects dropped", variant_rows(*queries(drop=lambda a, t: t != a.descriptor and counts[t] > 1)))
    extra_stripped = {a.id: [strip_framing(a.wording["nl"])] for a in aspects
                      if a.wording.get("nl") and strip_framing(a.wording["nl"]) != a.wording["nl"]}
    report("nl framing stripped (replaces)", variant_rows(*queries(drop=lambda a, t: a.id in extra_stripped and t == a.wording.get("nl"), extra=extra_stripped)))
    report("nl framing stripped (added)", variant_rows(*queries(extra=extra_stripped)))
    report("framing stripped, descriptor and nl", variant_rows(*queries(transform=strip_framing)))
    shared = lambda a, t: t != a.descriptor and counts[t] > 1  # noqa: E731
    report("framing stripped + shared nl dropped", variant_rows(*queries(transform=strip_framing, drop=shared)))
    report("English descriptor only", variant_rows(*queries(langs=())))
    # text evidence weighed apart where the coverage calibration calls the key element partial
    inter = [(d, aid, {**f, **{f"partial_{k}": f["ke_partial"] * f[k] for k in ("z_sentence", "z_document", "sib_margin", "wins")}}, y)
             for d, aid, f, y in rows]
    for extra_feats in (("partial_z_sentence",), ("partial_z_document",), ("partial_sib_margin",),
                        ("partial_z_sentence", "partial_z_document", "partial_sib_margin", "partial_wins")):
        report("+ " + ", ".join(extra_feats), inter, FEATURES_KE + extra_feats)
    # several asks answered in one enumerating sentence: features over its clauses as well
    clause_rows = clause_variant(aspects, docs, sents, enc, queries(), rows, args.sentences)
    for name, extra_feats in (("+ clause_margin", ("clause_margin",)), ("+ clause_z", ("clause_z",)),
                              ("+ clause_margin, clause_z", ("clause_margin", "clause_z"))):
        report(name, clause_rows, FEATURES_KE + extra_feats)
    report("sib_margin and z_sentence over sentences and clauses",
           [(d, aid, {**f, "sib_margin": max(f["sib_margin"], f["clause_margin"]), "z_sentence": max(f["z_sentence"], f["clause_z"])}, y)
            for d, aid, f, y in clause_rows])
    t, i = queries()
    perm = np.random.default_rng(0).permutation(len(aspects))
    report("control: queries of shuffled aspects", variant_rows(t, [int(perm[j]) for j in i]))
    return 0


CLAUSE = re.compile(r"\s*[;:]\s+|,\s+")
MIN_CLAUSE_WORDS = 4


def clauses(text: str) -> list[str]:
    """The clauses of one sentence (split at ``;``, ``:`` and commas; parts of at least
    :data:`MIN_CLAUSE_WORDS` words, a shorter part joined to the next); [] when it has one clause only."""
    parts, cur = [], ""
    for p in CLAUSE.split(text):
        cur = f"{cur}, {p}" if cur else p
        if len(cur.split()) >= MIN_CLAUSE_WORDS:
            parts.append(cur)
            cur = ""
    if cur and parts:
        parts[-1] = f"{parts[-1]}, {cur}"
    return parts if len(parts) > 1 else []


def clause_variant(aspects, docs, sents, enc, query_set, rows, cache):
    """rows plus ``clause_margin`` and ``clause_z``: ``sib_margin`` and ``z_sentence`` computed over the clauses
    of the document's sentences (a sentence with one clause counts as one), with the same centring."""
    texts, idx = query_set
    q = np.asarray(enc.encode(texts, kind="query"), dtype=np.float32)
    store = cache.with_suffix(".clauses.pkl") if cache else None
    units = pickle.loads(store.read_bytes()) if store and store.exists() else {}
    extra = {}
    for d in docs:
        s, v = sents[d]
        if d not in units:
            cl, cv = [], []
            for x, vec in zip(s, v):
                parts = clauses(x.text)
                if parts:
                    cl += parts
                    cv.append(np.asarray(enc.encode(parts, kind="passage"), dtype=np.float32))
                else:
                    cl.append(x.text)
                    cv.append(vec[None, :])
            units[d] = (cl, np.concatenate(cv))
        cl, cv = units[d]
        f, _, _ = aspect_features(aspects, cv, q, idx)
        for a, fa in zip(aspects, f):
            extra[(d, a.id)] = {"clause_margin": fa["sib_margin"], "clause_z": fa["z_sentence"]}
    if store:
        store.write_bytes(pickle.dumps(units))
    return [(d, aid, {**f, **extra[(d, aid)]}, y) for d, aid, f, y in rows]


FRAMING = [re.compile(p, re.I) for p in (
    r"^(geef|beschrijf|voeg)\s+", r"^de wijze waarop\s+", r"^hoe\s+(wordt deze\s+)?",
    r"^rekening (wordt of zal worden |wordt |zal worden )?(gehouden|houdend) met\s+",
    r"^maatregelen (om|ter|die gericht zijn op)\s+(te zorgen voor\s+)?",
    r"^(how|taking into account)\s+", r"\s+are taken into account\.?$")]
"""The request framing of the official wording and the descriptors ("de wijze waarop rekening wordt gehouden met ..."):
it matches any sentence that "takes something into account" whatever the something."""


def strip_framing(text: str) -> str:
    """``text`` without the request framing of :data:`FRAMING` (applied until nothing changes)."""
    prev = None
    while prev != text:
        prev = text
        for p in FRAMING:
            text = p.sub("", text).strip()
    return text or prev


def print_errors(aspects, data, p, labels, feats):
    gold = json.loads((ROOT / "tests" / "data" / "gold" / "nl-2025.aspects.json").read_text())["key_elements"]
    for ke in aspects.key_element_ids:
        g = data.ke_gold_labels[("nl-2025", ke)]
        if labels[("nl-2025", ke)] == g:
            continue
        print(f"== {ke}: gold {g}, derived {labels[('nl-2025', ke)]}")
        for a in aspects.for_key_element(ke):
            f, ev = feats[("nl-2025", a.id)]
            print(f"   {a.id:36} gold {str(gold[ke]['aspects'][a.id]):5} p {p[('nl-2025', a.id)]:.2f} "
                  + " ".join(f"{k}={v:.2f}" for k, v in f.items()) + f"\n      evidence: {ev[:200]}")


if __name__ == "__main__":
    raise SystemExit(main())
