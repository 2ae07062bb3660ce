"""Print, stage by stage, where a key element's answer sentence loses (recall11 diagnosis).

Usage: python scripts/diag_recall.py OUT DOC_ID KEY_ELEMENT "start of the answer sentence" [...more triples]

Rebuilds the document's matches from ``OUT/<doc_id>/analysis.json`` with the shipped evidence bank (embedding cache
of ``OUT``), then prints for the passage, the sentence and every window holding the sentence: section, the key
element's k-NN vote, probe, topicality against the negatives, its rank among the 44 on vote + probe and the unit's
focus; the passage's and the sentence's five nearest bank rows; and the key element's features, each view's
calibrated score.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from analyser.calibrate import segmentation_from_analysis
from analyser.embed import CachedEncoder, EmbeddingCache, load_encoder
from analyser.embed import centre_document
from analyser.match import MatchConfig, load_evidence_bank, match
from analyser.schema import Analysis
from analyser.score import compute_features, load_calibration, unit_views
from analyser.template import load_template


def main(argv: list[str]) -> None:
    out = Path(argv[0])
    args = argv[1:]
    template = load_template()
    enc = CachedEncoder(load_encoder("multilingual-e5-small"), EmbeddingCache(out / ".cache"))
    bank = load_evidence_bank("multilingual-e5-small")
    cal = load_calibration("multilingual-e5-small")
    cache: dict = {}
    for i in range(0, len(args), 3):
        doc_id, kid, start = args[i:i + 3]
        if doc_id not in cache:
            data = Analysis.model_validate_json((out / doc_id / "analysis.json").read_text(encoding="utf-8"))
            seg = segmentation_from_analysis(data)
            m = match(seg, template, enc, data.language, MatchConfig(), evidence_bank=bank)
            cache[doc_id] = (data, seg, m, compute_features(m, seg, template, scope_score=data.in_scope_score))
        data, seg, m, feats = cache[doc_id]
        ids = list(m.key_element_ids)
        r = ids.index(kid)
        print(f"=== {doc_id} {kid} «{start[:60]}» in_scope {data.in_scope} {data.in_scope_score:.2f}; label "
              f"{data.coverage[kid].label} {data.coverage[kid].score:.2f}")
        s_idx = [j for j, s in enumerate(m.sentences) if s.startswith(start[:40]) or start[:40] in s]
        if not s_idx:
            print("  sentence not found among the answer sentences")
            p_idx = [j for j, p in enumerate(m.passages) if start[:30] in p.text]
            print("  in passages:", p_idx)
            continue
        s = s_idx[0]
        p = int(m.sentence_passage[s])
        n_sent = int((np.asarray(m.sentence_passage) == p).sum())

        def rank(col: np.ndarray) -> str:
            order = np.argsort(-col)
            return f"rank {int(np.flatnonzero(order == r)[0]) + 1}, first {[ids[o] for o in order[:3]]}"

        pv = m.exemplar_sim[:, p] + m.probe_sim[:, p]
        print(f"  passage P{p} section {m.passages[p].section_id} sentences {n_sent} words {len(m.passages[p].text.split())}: "
              f"vote {m.exemplar_sim[r, p]:.2f} probe {m.probe_sim[r, p]:.2f} topic {m.topic_sim[p]:.2f}; {rank(pv)}")
        sv = m.sentence_exemplar_sim[:, s] + m.sentence_probe_sim[:, s]
        print(f"  sentence S{s}: vote {m.sentence_exemplar_sim[r, s]:.2f} probe {m.sentence_probe_sim[r, s]:.2f}; {rank(sv)}")
        cs = m.sentence_sim - m.sentence_sim.mean(axis=0, keepdims=True)
        print(f"  sentence centred cosine {cs[r, s]:.3f}; {rank(cs[:, s])}")
        if m.window_passage is not None:
            for w in np.flatnonzero((m.window_sentences[:, 0] <= s) & (m.window_sentences[:, 1] > s)):
                wv = m.window_exemplar_sim[:, w] + m.window_probe_sim[:, w]
                print(f"  window W{w} {tuple(m.window_sentences[w])}: vote {m.window_exemplar_sim[r, w]:.2f} probe "
                      f"{m.window_probe_sim[r, w]:.2f} topic {m.window_topic_sim[w]:.2f}; {rank(wv)}")
        keep, bvecs, prior = bank._centred((doc_id,))
        # the passage centred on the document's passages as the bank's votes centre it (recall13: printed for every
        # passage, not only one-sentence ones)
        q = centre_document(m.passage_vectors, prior)[p]
        sv_all = enc.encode(list(m.sentences), kind="passage")
        qs = centre_document(sv_all, prior)[s]
        for name, vec in (("passage", q), ("sentence", qs)):
            if vec is None:
                continue
            sims = bvecs @ vec
            top = np.argsort(-sims)[:5]
            kept_ids = bank.doc_ids[keep]
            kept_ev = bank.evidence[keep]
            kept_neg = bank.negative[keep] if bank.negative is not None else np.zeros(keep.sum(), bool)
            nb = [f"{kept_ids[t]}{'(neg)' if kept_neg[t] else ''}:{sims[t]:.3f}:" +
                  ",".join(bank.key_element_ids[kept_ev[t]].tolist()) for t in top]
            print(f"  {name} neighbours: {nb}")
        f = feats[kid]
        keys = ("ex_max", "ex_own", "pr_max", "pr_own", "own_centred", "own_share", "comb_max", "topic_doc", "ex_topic",
                "pr_topic", "topic_best", "win", "win_ex_own", "win_pr_own")
        print("  feats " + " ".join(f"{k}={f.get(k, float('nan')):.2f}" for k in keys))
        print("  views p_cov " + " ".join(f"{cal._p_cov(v):.2f}" for v in unit_views(f)), f"p_covered {cal.p_covered(f):.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
