"""Append compact examples to the shipped evidence bank without re-embedding anything else (recall11).

Usage: python scripts/bank_append_compact.py NEW_EXAMPLES.yaml [BANK.evidence.npz]

``analyser banks build --negatives NEG`` rebuilds the whole bank (gold blocks, compact examples, negatives' passages);
run on another analysis of the negatives it also changes their rows. This script adds only the examples of
``NEW_EXAMPLES.yaml`` (format of ``tests/data/compact/train/examples.yaml``) as rows of the bank document
``compact-train`` with their sentences as :class:`analyser.match.BankParts`, so a before/after comparison sees only
them. The merged bank is what ``banks build`` gives with the examples appended to ``examples.yaml`` up to row order
and the negatives' analysis.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from analyser.bank_build import load_compact_examples, rebuild_fitted
from analyser.embed import load_encoder, load_vector_bank, save_vector_bank

BANK = Path("src/analyser/data/exemplars/multilingual-e5-small.evidence.npz")


def main(argv: list[str]) -> None:
    new = load_compact_examples(argv[0])
    path = Path(argv[1]) if len(argv) > 1 else BANK
    bank = load_vector_bank(path)
    enc = load_encoder("multilingual-e5-small")
    kids = bank["key_element_ids"].tolist()
    n0 = len(bank["vectors"])
    vecs = enc.encode([e.text for e in new], kind="passage")
    part_texts = [s for e in new for _, s in e.sentences]
    part_vecs = enc.encode(part_texts, kind="passage")
    part_rows = np.array([n0 + i for i, e in enumerate(new) for _ in e.sentences], dtype=np.int64)
    part_kids = np.array([k for e in new for k, _ in e.sentences], dtype=bank["part_key_elements"].dtype)
    evidence = np.array([[k in e.key_elements for k in kids] for e in new], dtype=bool)
    out = {
        "key_element_ids": bank["key_element_ids"],
        "evidence": np.concatenate([bank["evidence"], evidence]),
        "doc_ids": np.concatenate([bank["doc_ids"], np.array([e.doc_id for e in new], dtype=bank["doc_ids"].dtype)]),
        "negative": np.concatenate([bank["negative"], np.zeros(len(new), dtype=bool)]),
        "part_vectors": np.concatenate([bank["part_vectors"].astype(np.float32), part_vecs]).astype(np.float16),
        "part_rows": np.concatenate([bank["part_rows"], part_rows]),
        "part_key_elements": np.concatenate([bank["part_key_elements"], part_kids]),
    }
    save_vector_bank(path, np.concatenate([bank["vectors"], vecs]), **out)
    print(f"{path}: {n0} + {len(new)} rows, {len(bank['part_rows'])} + {len(part_rows)} sentences")
    fits = rebuild_fitted("multilingual-e5-small", Path("tests/data/gold"), path.parent)  # fitted.json beside the bank
    print(f"{fits.fits} stored fits of the evidence bank → {fits.path}")


if __name__ == "__main__":
    main(sys.argv[1:])
