"""Benchmark a whole batch run: cold, then warm (unchanged) re-run, and peak memory per document.

Usage::

    python scripts/bench_run.py                      # corpus/ with the real model
    python scripts/bench_run.py --model hashing      # the test encoder (pipeline cost only)
    python scripts/bench_run.py --out /tmp/bench     # keep the output folder

The cold run starts from an empty output folder and an empty embedding cache;
the warm run repeats it on the same, unchanged files, where every document
should be reused from the store (target: warm ≤ 10 % of cold). Peak memory
per document is the peak resident set size (VmHWM) while that document was
analysed, reset before each document through ``/proc/self/clear_refs``
(Linux); it includes the loaded model and interpreter. Figures are printed
as a table and as one JSON line.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _rss_peak_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "corpus"))
    ap.add_argument("--model", default=None, help="encoder (default: multilingual-e5-small; 'hashing' for the test encoder)")
    ap.add_argument("--out", default=None, help="output folder (default: a temporary one, removed)")
    args = ap.parse_args()

    from analyser.pipeline import AnalyserConfig, analyse_corpus

    out = Path(args.out or tempfile.mkdtemp(prefix="bench_run_"))
    if out.exists():
        shutil.rmtree(out)
    peaks: dict[str, float] = {}
    current: dict[str, str] = {}

    def on_stage(doc_id: str, stage: str) -> None:
        if stage == "parse":
            _reset_peak()
            current["doc"] = doc_id

    def on_document(res) -> None:  # noqa: ANN001
        if current.get("doc") == res.doc_id and (mb := _rss_peak_mb()) is not None:
            peaks[res.doc_id] = mb
        print(f"  {res.doc_id}: {res.status}{' (reused)' if res.reused else ''}", file=sys.stderr)

    t0 = time.perf_counter()
    cold = analyse_corpus([args.corpus], out, AnalyserConfig(model=args.model), on_stage=on_stage, on_document=on_document)
    t_cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    warm = analyse_corpus([args.corpus], out, AnalyserConfig(model=args.model), on_document=on_document)
    t_warm = time.perf_counter() - t0

    n = len(cold)
    print(f"\n{'document':12} {'peak RSS MB':>12}")
    for doc_id, mb in sorted(peaks.items()):
        print(f"{doc_id:12} {mb:12.0f}")
    print(f"\ndocuments: {n}; reused on the warm run: {sum(r.reused for r in warm)}")
    print(f"cold run: {t_cold:8.1f} s ({t_cold / max(n, 1):.1f} s/document)")
    print(f"warm run: {t_warm:8.1f} s")
    print(f"warm / cold: {t_warm / t_cold:.3f} (target ≤ 0.10)")
    print(json.dumps({"documents": n, "cold_s": round(t_cold, 2), "warm_s": round(t_warm, 2),
                      "ratio": round(t_warm / t_cold, 4), "peak_rss_mb": {k: round(v) for k, v in peaks.items()}}))
    if not args.out:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
