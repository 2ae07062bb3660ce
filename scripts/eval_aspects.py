"""Leave-one-document-out figures (and refit) of the aspect calibration: a thin wrapper of the package.

The logic lives in :mod:`analyser.aspect_fit` (``analyser eval`` prints the same figures, ``analyser
calibrate`` refits and writes the aspect calibration with analysts' reviews of aspects). This script
only adds the text-only calibration (``*.aspects-text.json``) and a JSON dump of the figures.

Usage::

    python scripts/eval_aspects.py --out /tmp/out                  # figures of an output folder
    python scripts/eval_aspects.py --out /tmp/out --write          # also write the shipped calibrations
    python scripts/eval_aspects.py --out /tmp/out --insample-ke    # skip the coverage calibration's LODO (fast)

Run from the repository root with ``PYTHONPATH=src``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analyser.aspect_calibration import ASPECT_C, FEATURES_BASE, FEATURES_KE
from analyser.aspect_fit import calibrate_aspects, read_aspect_data
from analyser.errors import AnalyserError

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, required=True, help="output folder of analyser analyse")
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "gold")
    ap.add_argument("--write", action="store_true", help="write the calibrations fitted on every document")
    ap.add_argument("--c", type=float, default=ASPECT_C, help="inverse L2 regularisation of the logistic model")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    ap.add_argument("--insample-ke", action="store_true", help="the analyses' own key-element scores (no coverage LODO)")
    args = ap.parse_args(argv)
    try:
        data = read_aspect_data(args.out, args.gold)
        if len(data.languages) < 2:
            print(f"{args.out}: {len(data.languages)} annotated document(s) analysed; need two or more", file=sys.stderr)
            return 1
        predictions = None
        if not args.insample_ke:
            from analyser.calibrate import calibrate_from_outputs

            predictions = calibrate_from_outputs(args.out, args.gold, write=False, doc_ids=list(data.languages)).predictions
        results = {}
        for name, features in (("text", FEATURES_BASE), ("ke", FEATURES_KE)):
            rep = calibrate_aspects(args.out, args.gold, None, ke_predictions=predictions, features=features,
                                    c=args.c, write=args.write)
            print(f"\n== features: {name}\n{rep}")
            results[name] = {"aspect_macro_f1": rep.aspect_macro_f1, "accuracy3": rep.accuracy3, "accuracy3_ke": rep.accuracy3_ke,
                             "per_document": rep.per_document, "per_language": rep.per_language}
    except AnalyserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
