"""The stated-not-done rule's effect on the key-element label from aspects, leave-one-document-out (issue 13).

Runs the coverage calibration leave-one-document-out once (as ``analyser eval`` does, no negatives), then the aspect
figures of :func:`analyser.aspect_fit.evaluate_aspects_lodo` with and without the rule of
:mod:`analyser.aspects_stated`, and prints every aspect the rule flags (document, aspect, gold aspect, formula,
sentence), every key element whose derived label it changes (with the annotators' key-element gold), and the
three-class accuracy against the key-element gold overall, over the fictional documents and per document.
A fictional key element flipped addressed -> partial against its gold is a false positive of the rule.

Usage, from the repository root with ``PYTHONPATH=src`` and analyses made with the real model::

    python scripts/ke_label_stated.py --out OUT [--gold tests/data/gold]

Figures (eighth session, the baseline analyses of main ``6503974`` read back, the rule applied to their stored
evidence sentences and passages): README "Coverage quality", issue 13.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--gold", default=Path("tests/data/gold"), type=Path)
    args = ap.parse_args(argv)

    from analyser.aspect_fit import evaluate_aspects_lodo, read_aspect_data
    from analyser.calibrate import calibrate_from_outputs

    data = read_aspect_data(args.out, args.gold)
    report = calibrate_from_outputs(args.out, args.gold, write=False, doc_ids=set(data.languages))
    gold_of = {(d, aid): y for d, aid, _, y in data.rows}
    print("aspects the rule flags (doc, aspect, gold aspect covered, formula):")
    for (d, aid), f in sorted(data.stated.items()):
        print(f"  {d} {aid} gold={gold_of[(d, aid)]} formula={f!r}")
    runs = {flag: evaluate_aspects_lodo(data, ke_predictions=report.predictions, stated=flag) for flag in (False, True)}
    before, after = runs[False].labels, runs[True].labels
    print("key elements whose derived label the rule changes (doc, key element, before -> after, key-element gold):")
    for key in sorted(before):
        if before[key] != after[key]:
            g = data.ke_gold_labels.get(key, "?")
            tag = "FALSE POSITIVE" if not key[0].startswith("nl-") and after[key] != g else ""
            print(f"  {key[0]} {key[1]}: {before[key]} -> {after[key]} (gold {g}) {tag}")
    for flag, r in runs.items():
        fict = [r.labels[k] == g for k, g in data.ke_gold_labels.items() if k in r.labels and k[0] != "nl-2025"]
        nl = [r.labels[k] == g for k, g in data.ke_gold_labels.items() if k in r.labels and k[0] == "nl-2025"]
        print(f"rule {'on ' if flag else 'off'}: accuracy3 (key-element gold) overall {r.accuracy3_ke:.3f}; fictional "
              f"{sum(fict) / max(len(fict), 1):.3f} ({sum(fict)}/{len(fict)}); nl-2025 {sum(nl) / max(len(nl), 1):.3f} "
              f"({sum(nl)}/{len(nl)}); aspect macro-F1 {r.aspect_macro_f1:.3f}; against gold aspects {r.accuracy3:.3f}")
    print("nl-2025 key elements still wrong with the rule (key element: derived / gold):")
    for (d, ke), g in sorted(data.ke_gold_labels.items()):
        if d == "nl-2025" and runs[True].labels.get((d, ke)) != g:
            print(f"  {ke}: {runs[True].labels[(d, ke)]} / {g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
