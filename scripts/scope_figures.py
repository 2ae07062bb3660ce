"""Print the scope decision of analysed documents against an evidence bank (before/after a bank change).

Usage: PYTHONPATH=src python scripts/scope_figures.py OUT [OUT ...] [--bank PATH.evidence.npz]

For each ``analysis.json`` of the latest run in each OUT folder, the answer passages are
rebuilt from the stored segmentation, embedded (with ``OUT/.cache``) and scored by the
bank's topicality and genre models with the document itself left out (so a training negative,
an on-topic negative or a development strategy is judged as a new document would be); prints
doc_id, language, the scope score, the genre score, the title-page score ("-": no front matter), in/out and the
reason. ``--no-genre`` drops the genre and the title model (both live in the genre set; the figures of before
them). Reads nothing but the given folders and the bank.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from analyser.calibrate import segmentation_from_analysis
from analyser.embed import CachedEncoder, EmbeddingCache, load_encoder
from analyser.evaluate import analysed_gold_documents
from analyser.match import MatchConfig, load_evidence_bank, match
from analyser.schema import load_analysis
from analyser.scope import assess_scope
from analyser.template import load_template


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outs", nargs="+", type=Path)
    ap.add_argument("--bank", type=Path, default=None, help="evidence bank file (default: the shipped one)")
    ap.add_argument("--no-genre", action="store_true", help="without the genre model")
    args = ap.parse_args()
    template = load_template()
    inner = load_encoder(None)
    bank = load_evidence_bank(inner.name, args.bank)
    if args.no_genre and bank is not None:
        bank = dataclasses.replace(bank, genre_set=None)
    for out in args.outs:
        cache = EmbeddingCache(out / ".cache") if (out / ".cache").exists() else None
        enc = CachedEncoder(inner, cache)
        ids = sorted(p.parent.name for p in out.glob("*/analysis.json"))
        for doc_id, path in analysed_gold_documents(out, ids).items():
            data = load_analysis(path)
            seg = segmentation_from_analysis(data)
            m = match(seg, template, enc, data.language, MatchConfig(), evidence_bank=bank)
            d = assess_scope(m, seg)
            genre = "  -  " if d.genre is None else f"{d.genre:.3f}"
            genre += "  -  " if d.title is None else f" {d.title:.3f}"
            print(f"{out.name:12} {doc_id:28} {data.language:3} {d.score:6.3f} {genre} {'IN ' if d.in_scope else 'out'} {d.reason}",
                  flush=True)


if __name__ == "__main__":
    main()
