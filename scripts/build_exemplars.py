"""Build the k-NN banks: section exemplars (free-form segmentation) and evidence (coverage).

Usage:
    python scripts/build_exemplars.py [GOLD_DIR] [MODEL]
        rebuild both banks from the development gold (the evidence bank loses its negatives);
    python scripts/build_exemplars.py --negatives OUT [MODEL]
        add the passages of the negative documents analysed into OUT
        (``analyser analyse tests/data/negatives/train --out OUT``) to the
        evidence bank, replacing earlier negatives. Their passages are cut and
        embedded as the match stage does (embeddings from ``OUT/.cache``).
        Never pass the held-out negatives (tests/data/negatives/heldout).
"""
from __future__ import annotations

import sys

from analyser.calibrate import load_negative_documents
from analyser.embed import load_encoder
from analyser.evaluate import load_gold_dir
from analyser.match import add_negatives, build_evidence_bank, load_evidence_bank
from analyser.segment import build_exemplars
from analyser.template import load_template

if len(sys.argv) > 2 and sys.argv[1] == "--negatives":
    encoder = load_encoder(sys.argv[3] if len(sys.argv) > 3 else None)
    bank = load_evidence_bank(encoder.name)
    if bank is None:
        sys.exit(f"no evidence bank for {encoder.name}: build it from the gold first")
    docs = load_negative_documents(sys.argv[2], encoder)
    print(add_negatives(bank, {d.doc_id: d.passage_vecs for d in docs}), f"+ {len(docs)} negative documents,",
          sum(len(d.passage_vecs) for d in docs), "passages")
    sys.exit(0)

gold_dir = sys.argv[1] if len(sys.argv) > 1 else "tests/data/gold"
encoder = load_encoder(sys.argv[2] if len(sys.argv) > 2 else None)
golds = list(load_gold_dir(gold_dir).values())
print(build_exemplars(golds, encoder))
print(build_evidence_bank(golds, encoder, [k.id for k in load_template().key_elements()]))
