"""Dump the coverage calibration's leave-one-document-out folds for experiments with the addressed/partial call (issue 13).

For every fold (one development document held out, as :func:`analyser.calibrate.lodo_documents`: the
evidence bank also leaves it out) it stores the training examples and the held-out document's rows, each
as (doc_id, key element, features, gold label, weight), plus every rebuilt document (segmentation and
matches, for structural features), pickled to ``--dump``. Refitting from the dump takes seconds; making
it takes the minutes ``analyser calibrate`` takes. Usage, from the repository root with ``PYTHONPATH=src``::

    python scripts/ke_label_dump.py --out OUT --negatives NEG --dump folds.pkl
"""

from __future__ import annotations

import argparse
import pickle
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "gold")
    ap.add_argument("--negatives", type=Path)
    ap.add_argument("--dump", type=Path, required=True)
    args = ap.parse_args(argv)

    from analyser.bundle import load_checked_evidence_bank
    from analyser.calibrate import NEGATIVE_WEIGHT, document_rows, load_documents, load_negative_documents
    from analyser.schema import load_analysis
    from analyser.scope import SCOPE_THRESHOLD
    from analyser.template import load_template

    template = load_template()
    docs = load_documents(args.out, args.gold, None, template)
    model = load_analysis(args.out / docs[0].doc_id / "analysis.json").model.name
    negs = load_negative_documents(args.negatives, None, template) if args.negatives else []
    bank = load_checked_evidence_bank(model)
    all_docs = docs + negs
    folds = {}
    for d in docs:  # held out: the annotated documents (the negatives' folds only matter to covered-vs-absent)
        train = []
        for t in all_docs:
            if t.doc_id == d.doc_id:
                continue
            rows = document_rows(t, template, bank, {t.doc_id, d.doc_id})
            if t.negative and rows and float(rows[0][1].get("topic_doc", 1.0)) < SCOPE_THRESHOLD:
                continue
            w = NEGATIVE_WEIGHT if t.negative else 1.0
            train += [(t.doc_id, kid, dict(f), lab, w) for kid, (_, f, lab) in zip(t.gold["coverage"], rows)]
        held = [(d.doc_id, kid, dict(f), lab, 1.0)
                for kid, (_, f, lab) in zip(d.gold["coverage"], document_rows(d, template, bank, {d.doc_id}))]
        folds[d.doc_id] = {"train": train, "held": held, "negative": d.negative}
        for t in all_docs:
            t._cache.clear()
        print(d.doc_id, len(train), flush=True)
    slim = {d.doc_id: {"seg": d.seg, "matches": d.matches, "gold": d.gold, "language": d.language, "negative": d.negative,
                       "evidence_passages": d.evidence_passages} for d in all_docs}
    args.dump.write_bytes(pickle.dumps({"model": model, "folds": folds, "docs": slim}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
