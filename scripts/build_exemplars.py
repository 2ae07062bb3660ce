"""Build the k-NN banks from the development gold: section exemplars (free-form
segmentation) and evidence (coverage).

Usage: python scripts/build_exemplars.py [GOLD_DIR] [MODEL]
"""
from __future__ import annotations

import sys

from analyser.embed import load_encoder
from analyser.evaluate import load_gold_dir
from analyser.match import build_evidence_bank
from analyser.segment import build_exemplars
from analyser.template import load_template

gold_dir = sys.argv[1] if len(sys.argv) > 1 else "tests/data/gold"
encoder = load_encoder(sys.argv[2] if len(sys.argv) > 2 else None)
golds = list(load_gold_dir(gold_dir).values())
print(build_exemplars(golds, encoder))
print(build_evidence_bank(golds, encoder, [k.id for k in load_template().key_elements()]))
