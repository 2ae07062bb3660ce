"""Write ``src/analyser/data/exemplars/fitted.json``: the evidence bank's logistic regressions, fitted once.

A run fits the evidence bank's models (topicality, genre, title, title-page naming: :class:`analyser.match.EvidenceBank`)
on the shipped bank arrays; :mod:`analyser.stored_fits` reads the fits stored here instead (same probabilities to
the bit, no scikit-learn import). Stored: the fits a new document uses (nothing left out) and those of each
development-corpus document left out (``corpus/``: the benchmark and the corpus tests analyse them). Run it after
rebuilding a bank (``tests/test_stored_fits.py`` fails until then; a run meanwhile fits as before).

Usage: ``PYTHONPATH=src python scripts/build_fitted.py [--model multilingual-e5-small]`` (no encoder needed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402

from analyser import stored_fits  # noqa: E402
from analyser.match import load_evidence_bank  # noqa: E402
from analyser.parse import doc_id_of  # noqa: E402


def left_out_ids(corpus: Path = ROOT / "corpus") -> list[str]:
    """'' (nothing left out) and the doc_id of every document of the development corpus."""
    return ["", *sorted(doc_id_of(p) for p in corpus.iterdir() if p.is_file() and not p.name.startswith("."))]


def fit_all(model: str, doc_ids: list[str]) -> dict[str, dict]:
    """Make every fit of the bank of ``model`` for each left-out doc_id anew; returns the recorded entries."""
    stored_fits.USE_STORED = False
    stored_fits.RECORDED.clear()
    bank = load_evidence_bank(model)
    if bank is None:
        raise SystemExit(f"no evidence bank for {model}")
    vec = np.zeros((1, bank.vectors.shape[1]), dtype=np.float32)
    vec[0, 0] = 1.0
    for d in doc_ids:
        bank.topicality(vec, d)
        bank.genre(vec, d)
        bank.title(vec, d)
        bank.title_names_other(vec, d)
    return dict(stored_fits.RECORDED)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="multilingual-e5-small")
    args = ap.parse_args()
    entries = fit_all(args.model, left_out_ids())
    path = stored_fits.write_fitted(entries)
    print(f"{len(entries)} fits written to {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
