"""Break the CPU time of a cold single-document run down by stage (issue 17).

Runs ``analyse_corpus`` on one document into a fresh output folder (empty
embedding cache) in this process, the stages one after another (the
background model and spaCy preload is switched off so that every CPU second
lands in one stage), and prints per stage the process CPU seconds (all
threads: ONNX Runtime's intra-op threads included) and wall seconds, and per
caller of the encoder the texts and tokens actually embedded (after the
caches), their padded tokens, the CPU of the forward passes (the threads
that ran them) and of the whole ``encode`` calls (the process).

Figures: CPU seconds of the process (``time.process_time``), so a busy
machine inflates them much less than wall time. ``--profile FILE`` also
writes a cProfile of the run (main thread; ``--cpu-profile``: timed in
process CPU seconds rather than wall seconds).

Usage::

    PYTHONPATH=src python scripts/profile_cold.py [corpus/nl-2025.word.pdf] [--profile /tmp/cold.prof]
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

T_START = time.process_time()
W_START = time.perf_counter()

ROOT = Path(__file__).resolve().parents[1]

STAGES: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])  # name -> [cpu, wall, calls]
EMBED: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))  # caller -> figures
_stack: list[str] = []
DUMP: list[dict] = []


def _timed(name: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        _stack.append(name)
        c0, w0 = time.process_time(), time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            dc, dw = time.process_time() - c0, time.perf_counter() - w0
            _stack.pop()
            rec = STAGES[name]
            rec[0] += dc
            rec[1] += dw
            rec[2] += 1
            for outer in _stack:  # an inner stage's time is not counted again in its caller's "own" figure
                STAGES[outer + " (inner)"][0] += dc
                STAGES[outer + " (inner)"][1] += dw
    return wrapper


def _patch(module, attr: str, name: str) -> None:
    setattr(module, attr, _timed(name, getattr(module, attr)))


def _caller() -> str:
    for frame in inspect.stack()[2:]:
        mod = frame.frame.f_globals.get("__name__", "")
        if mod.startswith("analyser.") and not mod.startswith("analyser.embed"):
            return f"{mod.removeprefix('analyser.')}:{frame.function}"
    return "?"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("doc", nargs="?", default=str(ROOT / "corpus" / "nl-2025.word.pdf"))
    ap.add_argument("--out", default=None, help="output folder (default: a temporary one, removed)")
    ap.add_argument("--profile", default=None, help="write a cProfile of the run here")
    ap.add_argument("--cpu-profile", action="store_true",
                    help="time the cProfile in process CPU seconds instead of wall seconds (steadier on a shared "
                         "machine; every call pays a clock syscall, so small functions look dearer)")
    ap.add_argument("--json", default=None, help="write the figures as JSON here")
    ap.add_argument("--dump-texts", default=None, help="write the texts the model embedded (caller, kind, texts) as JSON here")
    args = ap.parse_args()

    c0 = time.process_time()
    import analyser.cli  # noqa: F401 - what the CLI imports before a run
    from analyser.pipeline import run as run_mod
    from analyser.pipeline import core
    imports_cpu = time.process_time() - c0

    import analyser.embed.lazy as lazy
    import analyser.embed.onnx_e5 as onnx_e5
    import analyser.embed.cache as cache
    import analyser.parse as parse_pkg
    import analyser.output as output
    import analyser.output.crops as crops
    import analyser.text as text
    import analyser.store as store
    import analyser.pipeline.maintenance as maint

    core.Analyser._preload = lambda self: None  # sequential: every second in one stage
    _patch(parse_pkg, "parse", "parse")
    _patch(core, "detect_block_languages", "language (lingua)")
    _patch(core, "detect_language", "language (lingua)")
    _patch(core, "segment", "segment")
    _patch(core, "match", "match")
    _patch(core, "assess_scope", "scope+score")
    _patch(core, "score", "scope+score")
    _patch(core, "apply_aspects", "aspects")
    _patch(core, "build_analysis", "build_analysis")
    _patch(run_mod, "write_analysis", "write analysis.json")
    _patch(run_mod, "write_reports", "write reports")
    _patch(crops, "pdf_crops", "page crops (render)")
    _patch(store.AnalysisStore, "put_document", "store put")
    _patch(run_mod, "_write_exports", "corpus exports")
    _patch(run_mod, "write_run", "run.json")
    _patch(lazy.LazyEncoder, "load", "model load")
    _patch(text, "_nlp", "spaCy load+get")
    _patch(text, "_language_detector", "lingua load")
    _patch(cache.EmbeddingCache, "_write_shard", "cache shard write")

    enc_encode = onnx_e5.OnnxE5Encoder.encode
    enc_forward = onnx_e5.OnnxE5Encoder._forward
    enc_count = onnx_e5.OnnxE5Encoder.count_tokens
    current: list[str] = ["?"]

    def encode(self, texts, *, kind, batch_size=32, progress=None):
        who = f"{_caller()} [{kind}]"
        current[0] = who
        rec = EMBED[who]
        rec["calls"] += 1
        rec["texts"] += len(texts)
        DUMP.append({"caller": who, "kind": kind, "texts": list(texts)})
        c, w = time.process_time(), time.perf_counter()
        try:
            return enc_encode(self, texts, kind=kind, batch_size=batch_size, progress=progress)
        finally:
            rec["encode_cpu"] += time.process_time() - c
            rec["encode_wall"] += time.perf_counter() - w

    def forward(self, batch_ids):
        rec = EMBED[current[0]]
        width = max(len(x) for x in batch_ids)
        rec["tokens"] += sum(len(x) for x in batch_ids)
        rec["padded"] += width * len(batch_ids)
        rec["attn"] += width * width * len(batch_ids) / 1e3
        rec["batches"] += 1
        c = time.thread_time()  # ONNX Runtime runs a batch in the calling thread (no intra-op threads)
        try:
            return enc_forward(self, batch_ids)
        finally:
            rec["forward_cpu"] += time.thread_time() - c

    def count_tokens(self, texts, *, kind="passage"):
        c = time.process_time()
        try:
            return enc_count(self, texts, kind=kind)
        finally:
            EMBED["count_tokens"]["encode_cpu"] += time.process_time() - c
            EMBED["count_tokens"]["texts"] += len(texts)

    onnx_e5.OnnxE5Encoder.encode = encode
    onnx_e5.OnnxE5Encoder._forward = forward
    onnx_e5.OnnxE5Encoder.count_tokens = count_tokens

    base = Path(args.out or tempfile.mkdtemp(prefix="profile_cold_"))
    shutil.rmtree(base, ignore_errors=True)
    prof = None
    if args.profile:
        import cProfile

        prof = cProfile.Profile(time.process_time) if args.cpu_profile else cProfile.Profile()
        prof.enable()
    c1, w1 = time.process_time(), time.perf_counter()
    results = run_mod.analyse_corpus([args.doc], base)
    run_cpu, run_wall = time.process_time() - c1, time.perf_counter() - w1
    if prof is not None:
        prof.disable()
        prof.dump_stats(args.profile)
    assert results and results[0].status == "success", results

    total_cpu = time.process_time() - T_START
    print(f"document {args.doc}: status {results[0].status}")
    print(f"process CPU {total_cpu:.2f} s (interpreter start not included); imports {imports_cpu:.2f} s; run {run_cpu:.2f} s CPU, {run_wall:.2f} s wall")
    print(f"{'stage':34}{'cpu s':>8}{'wall s':>8}{'own cpu':>9}{'calls':>7}")
    for name, (cpu, wall, calls) in sorted(STAGES.items(), key=lambda kv: -kv[1][0]):
        if name.endswith("(inner)"):
            continue
        inner = STAGES.get(name + " (inner)", [0.0, 0.0])[0]
        print(f"{name:34}{cpu:8.2f}{wall:8.2f}{cpu - inner:9.2f}{calls:7d}")
    print(f"\n{'encoder caller':52}{'calls':>6}{'texts':>7}{'batches':>8}{'tokens':>8}{'padded':>8}{'fwd cpu':>8}{'enc cpu':>8}")
    tot = defaultdict(float)
    for who, rec in sorted(EMBED.items(), key=lambda kv: -kv[1].get("forward_cpu", 0)):
        print(f"{who:52}{rec['calls']:6.0f}{rec['texts']:7.0f}{rec['batches']:8.0f}{rec['tokens']:8.0f}{rec['padded']:8.0f}"
              f"{rec['forward_cpu']:8.2f}{rec['encode_cpu']:8.2f}")
        for k, v in rec.items():
            tot[k] += v
    print(f"{'TOTAL':52}{tot['calls']:6.0f}{tot['texts']:7.0f}{tot['batches']:8.0f}{tot['tokens']:8.0f}{tot['padded']:8.0f}"
          f"{tot['forward_cpu']:8.2f}{tot['encode_cpu']:8.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"total_cpu": total_cpu, "imports_cpu": imports_cpu, "run_cpu": run_cpu,
                                               "run_wall": run_wall, "stages": STAGES, "embed": EMBED}, indent=1))
    if args.dump_texts:
        Path(args.dump_texts).write_text(json.dumps(DUMP, ensure_ascii=False))
    if not args.out:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
