"""Write the genre model's training set beside the shipped evidence bank (``data/exemplars/<model>.genre.npz``).

Usage (real model; CORPUS, TRAIN, ONTOPIC, KINDS: ``analyser analyse`` outputs of ``corpus/``,
``tests/data/negatives/train``, ``tests/data/negatives/on_topic`` and ``tests/data/negatives/kinds``):

    PYTHONPATH=src python scripts/build_genre.py CORPUS TRAIN ONTOPIC [--kinds KINDS] [--bank-dir DIR]

Strategies: every document of CORPUS and the off-topic strategies in the Annex's structure
among the training negatives (:data:`STRATEGIES_IN_TRAIN`); other genres: the rest of TRAIN
and every document of ONTOPIC. The title model (:meth:`analyser.match.EvidenceBank.title`) reads the
title pages of all of them and of KINDS (press releases, municipal and regional plans, a budget, a
Commission communication: documents of other kinds that the passage genre model does not learn
from); the naming model (:meth:`analyser.match.EvidenceBank.title_names_other`) reads the lines of the same
title pages and the neutral lines of ``data/title_neutral_lines.txt``. Never the held-out negatives.
Then the evidence bank's stored fits beside it (``fitted.json``) are made anew (:func:`analyser.bank_build.rebuild_fitted`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from analyser.bank_build import build_genre_set, rebuild_fitted
from analyser.embed import load_encoder

STRATEGIES_IN_TRAIN = ("neg-agriculture-el", "neg-culture-pl", "neg-digital-nl", "neg-education-de", "neg-energy-fr",
                       "neg-health-en", "neg-transport-it")
"""Training negatives that are strategies of other policy fields: negatives for the topic, strategies for the genre."""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("train", type=Path)
    ap.add_argument("on_topic", type=Path)
    ap.add_argument("--kinds", type=Path, default=None, help="analyses of tests/data/negatives/kinds (title model only)")
    ap.add_argument("--bank-dir", type=Path, default=None)
    ap.add_argument("--gold", type=Path, default=Path("tests/data/gold"), help="gold of the development corpus (its left-out fits)")
    args = ap.parse_args()
    train = sorted(p.parent.name for p in args.train.glob("*/analysis.json"))
    others = [d for d in train if d not in STRATEGIES_IN_TRAIN]
    path, n_s, n_o = build_genre_set({args.corpus: None, args.train: STRATEGIES_IN_TRAIN}, {args.train: others, args.on_topic: None},
                                     load_encoder(None), bank_dir=args.bank_dir,
                                     kinds={args.kinds: None} if args.kinds is not None else None)
    print(f"{path}: {n_s} strategies, {n_o} documents of other genres")
    fits = rebuild_fitted("multilingual-e5-small", args.gold, args.bank_dir)  # the genre fits read the new set
    print(f"{fits.fits} stored fits of the evidence bank → {fits.path}")


if __name__ == "__main__":
    main()
