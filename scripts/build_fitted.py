"""Write ``src/analyser/data/exemplars/fitted.json``: the evidence bank's logistic regressions, fitted once.

A run fits the evidence bank's models (topicality, genre, title, title-page naming: :class:`analyser.match.EvidenceBank`)
on the shipped bank arrays; :mod:`analyser.stored_fits` reads the fits stored here instead (same probabilities to
the bit, no scikit-learn import). Stored: the fits a new document uses (nothing left out) and those of each
development-corpus document left out (the gold of ``tests/data/gold``: the benchmark and the corpus tests analyse
them). ``analyser banks build`` and ``analyser banks negatives`` rebuild it after writing the banks
(:func:`analyser.bank_build.rebuild_fitted`); this script does it for the shipped banks alone, and
``analyser banks check`` tells in one line whether it is current.

Usage: ``PYTHONPATH=src python scripts/build_fitted.py [--model multilingual-e5-small]`` (no encoder needed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analyser.bank_build import fit_all, left_out_ids as _left_out_ids, rebuild_fitted  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"

__all__ = ["fit_all", "left_out_ids", "main"]


def left_out_ids(gold: Path = GOLD) -> list[str]:
    """'' (nothing left out) and the doc_id of every annotated document of the development corpus."""
    return _left_out_ids(gold)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="multilingual-e5-small")
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args()
    written = rebuild_fitted(args.model, args.gold)
    print(f"{written.fits} fits written to {written.path} ({written.path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
