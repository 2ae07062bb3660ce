"""Measure the lone moves of bare own chapters against gold (issue 14, segpara7).

Usage::

    python scripts/lone_moves.py GOLD_DIR [GOLD_DIR ...] [--only DOC_ID,...] [--skip SUBSTRING]

(with the real model: ``ANALYSER_MODEL_DIR`` set).

For every document whose bare own chapters (unlabelled, unnumbered titles over text) reach the joint assignment
(segment/outline.py ``_reassign_jointly``), lists each *lone move* the joint search could make from the one-by-one
sections: a chapter to a free leaf section (no heading, no other placed text), its own section left to none. Per move
it prints the summed-evidence gain (hub-corrected title and text, order penalty included) and the readings a rule
could ask, with the verdict against the gold section of the chapter's heading: ``right`` (to its gold section, away
from a wrong one), ``WRONG`` (away from its gold section) or ``neutral`` (wrong to wrong). Real model only.

Readings per move (standardised units unless a rank):
  gain      summed-evidence gain of the move alone
  lead      hub-corrected evidence of the target less the current section's
  hubrank   rank of the target on the chapter's hub-corrected evidence (1: its leader)
  trank     rank of the target by the title alone (title cosines with the title read as text)
  crank     rank of the target by the pooled text alone; ccur: the current section's
  mutual    the chapter is the one of the document's bare chapters reading the target highest
  claim     the chapter is the one of the document's bare chapters reading its current section highest
  zlead     lead with each section's evidence standardised over the bare chapters (column z)
  fits      whether the target fits between the neighbouring chapters' sections in Annex order; fits_cur: the current
  n         the number of bare chapters
  rule      the move meets ``_lone_moves_in_order``'s conditions from the one-by-one sections (a chapter on either
            side, the others in ascending Annex order, the target between its neighbours', gain >= own_lone_margin)
"""
from __future__ import annotations

import sys
from collections.abc import Sequence

import numpy as np

from analyser.embed import load_encoder
from analyser.embed.cache import CachedEncoder
from analyser.evaluate import gold_document, load_gold_dir
from analyser.segment import outline
from analyser.segment import segment
from analyser.template import load_template

STATE: dict = {}
ROWS: list[dict] = []


def _capture_hub(title_z, content_z, rows, min_rows):
    STATE["zt"], STATE["zc"], STATE["rows"] = title_z, content_z, list(rows)
    return _orig_hub(title_z, content_z, rows, min_rows)


def _rank(row: np.ndarray, c: int) -> int:
    return int((row > row[c]).sum()) + 1


def _capture_joint(nodes, taken, hub_total, out, section_of, family, order, headed, cfg, settled, blocks):
    pos = {s: c for c, s in enumerate(order)}
    ks = sorted(taken)
    mine = {j for k in ks for j in (nodes[k].index, *nodes[k].unit)}
    blocked = set(headed) | {h.section_ids[0] for h in out if h.index not in mine}
    blocked |= {sec for j, sec in enumerate(section_of) if j not in mine and sec is not None}
    cur = [pos[taken[k]] for k in ks]
    free = [c for c, s in enumerate(order) if len(family[c]) == 1 and s not in blocked and c not in cur]
    zt, zc, rows = STATE["zt"], STATE["zc"], STATE["rows"]
    sd = hub_total[rows].std(axis=0)
    sd = np.where(sd > 1e-9, sd, 1.0)
    colz = hub_total / sd
    gold = STATE["gold"]
    start = outline._joint_value(hub_total, ks, cur, cfg.own_order_penalty, cur)
    for a, k in enumerate(ks):
        g = gold.get(blocks[nodes[k].index].id)
        prev_c = cur[a - 1] if a > 0 else None
        next_c = cur[a + 1] if a + 1 < len(ks) else None

        def fits(c: int) -> bool:
            return (prev_c is None or prev_c < c) and (next_c is None or c < next_c)

        others = cur[:a] + cur[a + 1:]
        ordered = len(others) >= cfg.own_lone_min_ordered and all(x < y for x, y in zip(others, others[1:]))
        between = prev_c is not None and next_c is not None

        for c in free:
            trial = list(cur)
            trial[a] = c
            gain = outline._joint_value(hub_total, ks, trial, cfg.own_order_penalty, cur) - start
            verdict = "right" if order[c] == g else ("WRONG" if order[cur[a]] == g else "neutral")
            ROWS.append(dict(
                doc=STATE["doc"], title=blocks[nodes[k].index].text[:34], gold=g, cur=order[cur[a]], to=order[c],
                verdict=verdict, gain=gain, lead=float(hub_total[k, c] - hub_total[k, cur[a]]),
                hubrank=_rank(hub_total[k], c), trank=_rank(zt[k], c), trank_cur=_rank(zt[k], cur[a]),
                crank=_rank(zc[k], c), ccur=_rank(zc[k], cur[a]),
                mutual=max(rows, key=lambda m: float(hub_total[m, c])) == k,
                claim=max(rows, key=lambda m: float(hub_total[m, cur[a]])) == k,
                zlead=float(colz[k, c] - colz[k, cur[a]]), fits=fits(c), fits_cur=fits(cur[a]),
                n=len(ks), rule=between and ordered and fits(c) and gain >= cfg.own_lone_margin))
    return _orig_joint(nodes, taken, hub_total, out, section_of, family, order, headed, cfg, settled, blocks)


_orig_hub = outline._hub_corrected
_orig_joint = outline._reassign_jointly
outline._hub_corrected = _capture_hub
outline._reassign_jointly = _capture_joint


def main(argv: Sequence[str]) -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Lone moves of bare own chapters against gold.")
    ap.add_argument("dirs", nargs="+", help="gold folders (tests/data/segment_docs, ...)")
    ap.add_argument("--only", default="", help="comma-separated doc ids")
    ap.add_argument("--skip", default=None, help="skip doc ids containing this")
    args = ap.parse_args(list(argv))
    dirs, only, skip = args.dirs, set(filter(None, args.only.split(","))), args.skip
    enc = CachedEncoder(load_encoder(None), precomputed=False)
    tpl = load_template()
    for d in dirs:
        for doc_id, g in load_gold_dir(d).items():
            if (only and doc_id not in only) or (skip and skip in doc_id):
                continue
            STATE.update(doc=doc_id, gold={b["id"]: b["section"] for b in g["blocks"]})
            segment(gold_document(g), tpl, enc)
    keys = ["gain", "lead", "hubrank", "trank", "trank_cur", "crank", "ccur", "mutual", "claim", "zlead", "fits", "fits_cur", "n", "rule"]
    print(f"{'doc':22s} {'title':34s} gold   cur    to     verdict " + " ".join(keys))
    for r in ROWS:
        if r["verdict"] == "neutral" and r["gain"] < 0:
            continue
        print(f"{r['doc']:22s} {r['title']:34s} {r['gold'] or '-':6s} {r['cur']:6s} {r['to']:6s} {r['verdict']:7s} "
              + " ".join(f"{r[k]:.2f}" if isinstance(r[k], float) else str(r[k]) for k in keys))


if __name__ == "__main__":
    main(sys.argv[1:])
