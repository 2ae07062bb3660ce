"""Build the k-NN exemplar bank of the free-form segmenter from the development gold.

Usage: python scripts/build_exemplars.py [GOLD_DIR] [MODEL]
"""
from __future__ import annotations

import sys

from analyser.embed import load_encoder
from analyser.evaluate import load_gold_dir
from analyser.segment import build_exemplars

gold_dir = sys.argv[1] if len(sys.argv) > 1 else "tests/data/gold"
encoder = load_encoder(sys.argv[2] if len(sys.argv) > 2 else None)
print(build_exemplars(list(load_gold_dir(gold_dir).values()), encoder))

from analyser.match import build_evidence_bank  # noqa: E402

print(build_evidence_bank(list(load_gold_dir(gold_dir).values()), encoder))
