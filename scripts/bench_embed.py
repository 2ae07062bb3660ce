"""Benchmark embedding: passages/s, CPU time and peak memory of each inference path.

Each path runs in a fresh subprocess (so its peak RSS is its own, imports and
model load included) on the same passages with the prompt ``"passage: "``:

* ``st``   -- ``SentenceTransformer.encode`` on the same folder (the reference);
* ``fp32`` -- :class:`analyser.embed.E5Encoder` (tokenizers + transformers, no
  sentence-transformers), the default;
* ``int8`` -- the same with ``precision="int8"`` (dynamic int8 Linear layers);
* ``onnx`` -- :class:`analyser.embed.OnnxE5Encoder` (ONNX Runtime, fp32; needs the
  graph of ``analyser models build``), the default backend when present.

Printed per path: load time, passages/s and tokens/s (best of ``--repeats``),
CPU seconds (user+sys) of the encode calls, peak RSS of the process, and the
agreement with ``st`` (largest absolute difference and smallest cosine
between the two vectors of a passage). Targets: fp32 within 1e-5 of ``st``
and not slower (time ratio <= 1.2); onnx within 1e-5 of fp32 (cosine
>= 1 - 1e-4), its CPU ratio to fp32 printed; the wall times depend on the machine's
load, which is printed first, the CPU seconds much less.

With ``--layouts 1x2,2x1`` it instead compares ways of spreading the same fp32 work over the cores, as the
test suite can (``make test``: one pytest process with torch on every core, or pytest-xdist workers with one
thread each): ``PxT`` runs P processes at once, each with T torch threads (``ANALYSER_THREADS``) on every P-th
passage, and prints the slowest process's encode time and the CPU seconds of all of them.

Usage::

    python scripts/bench_embed.py [--n N] [--batch-size 32] [--repeats 2] [--model DIR] [--paths st,fp32,int8,onnx]
    python scripts/bench_embed.py --layouts 1x2,2x1 [--n N] [--repeats 1]

By default the passages are the texts of all ``answer`` and
``answer_list_item`` blocks in ``tests/data/gold/*.gold.json``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "gold"
ROLES = {"answer", "answer_list_item"}

logger = logging.getLogger("bench_embed")


def gold_passages(gold_dir: Path = GOLD) -> list[str]:
    """Texts of the gold ``answer``/``answer_list_item`` blocks, in file order."""
    texts: list[str] = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for block in data.get("blocks", []):
            if block.get("role") in ROLES and block.get("text", "").strip():
                texts.append(block["text"])
    return texts


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(path: str, texts_file: Path, out_file: Path, model: str | None, batch_size: int, repeats: int) -> None:
    """Run one path in this (fresh) process; write vectors (.npy) and figures (.json)."""
    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    from analyser.embed import E5Encoder, default_threads
    from analyser.model_build import PROMPTS, default_model_dir

    folder = Path(model) if model else default_model_dir()
    if path == "st":
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(default_threads())
        st = SentenceTransformer(str(folder), device="cpu", local_files_only=True, model_kwargs={"dtype": torch.float32})
        for kind, prefix in PROMPTS.items():
            st.prompts[kind] = prefix

        def run(texts: list[str] = texts) -> np.ndarray:
            return st.encode(texts, prompt_name="passage", batch_size=batch_size, normalize_embeddings=True,
                             convert_to_numpy=True, show_progress_bar=False)

        tokens = [len(x) for x in st.tokenizer(["passage: " + t for t in texts])["input_ids"]]
    else:
        if path == "onnx":
            from analyser.embed import OnnxE5Encoder

            enc = OnnxE5Encoder(folder, num_threads=default_threads())
        else:
            enc = E5Encoder(folder, precision=path, num_threads=default_threads())  # type: ignore[arg-type]

        def run(texts: list[str] = texts) -> np.ndarray:
            return enc.encode(texts, kind="passage", batch_size=batch_size)

        tokens = enc.count_tokens(texts)
    load_s = time.perf_counter() - t0
    run(texts[:batch_size])  # warm-up
    best = float("inf")
    cpu = 0.0
    vecs = np.zeros((0, 0), np.float32)
    for _ in range(max(1, repeats)):
        c0, t1 = _cpu(), time.perf_counter()
        vecs = run()
        elapsed = time.perf_counter() - t1
        if elapsed < best:
            best, cpu = elapsed, _cpu() - c0
    np.save(out_file.with_suffix(".npy"), np.asarray(vecs, np.float32))
    out_file.write_text(json.dumps({"load_s": load_s, "encode_s": best, "cpu_s": cpu, "peak_mb": _peak_mb(),
                                    "tokens": int(sum(min(t, 512) for t in tokens))}), encoding="utf-8")


def _layouts(texts: list[str], args: argparse.Namespace) -> int:
    """Run each ``PxT`` layout of ``args.layouts`` (P fp32 processes at once, T threads each, every P-th passage)."""
    rows: dict[str, dict] = {}
    vectors: dict[str, np.ndarray] = {}
    with tempfile.TemporaryDirectory(prefix="bench_embed_") as tmp:
        for layout in [x.strip() for x in args.layouts.split(",") if x.strip()]:
            procs, threads = (int(v) for v in layout.split("x"))
            jobs = []
            t0 = time.perf_counter()
            for i in range(procs):
                part = Path(tmp) / f"{layout}-{i}.texts.json"
                part.write_text(json.dumps(texts[i::procs]), encoding="utf-8")
                out = Path(tmp) / f"{layout}-{i}.json"
                cmd = [sys.executable, __file__, "--child", "fp32", str(part), str(out), "--batch-size", str(args.batch_size),
                       "--repeats", str(args.repeats)] + (["--model", args.model] if args.model else [])
                env = {**os.environ, "ANALYSER_THREADS": str(threads)}
                jobs.append((subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True), out))
            parts = []
            for proc, out in jobs:
                _, err = proc.communicate()
                if proc.returncode != 0 or not out.exists():
                    print(f"{layout}: failed ({proc.returncode}): {err.strip().splitlines()[-1:]}")
                    return 1
                parts.append((json.loads(out.read_text(encoding="utf-8")), np.load(out.with_suffix(".npy"))))
            vecs = np.zeros((len(texts), parts[0][1].shape[1]), np.float32)
            for i, (_, v) in enumerate(parts):
                vecs[i::procs] = v
            vectors[layout] = vecs
            rows[layout] = {"wall_s": time.perf_counter() - t0, "encode_s": max(r["encode_s"] for r, _ in parts),
                            "cpu_s": sum(r["cpu_s"] for r, _ in parts), "peak_mb": sum(r["peak_mb"] for r, _ in parts)}
    first = next(iter(vectors.values()))
    print(f"\n{'layout':7}{'wall s':>8}{'encode s':>10}{'cpu s':>8}{'peak MB':>9}{'max|diff|':>11}")
    for layout, r in rows.items():
        print(f"{layout:7}{r['wall_s']:8.1f}{r['encode_s']:10.1f}{r['cpu_s']:8.1f}{r['peak_mb']:9.0f}"
              f"{float(np.abs(vectors[layout] - first).max()):11.2e}")
    print(json.dumps({"passages": len(texts), **{k: {kk: round(vv, 3) for kk, vv in v.items()} for k, v in rows.items()}}))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="number of passages (default: all gold answers)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=2, help="timed runs per path; the best is kept")
    parser.add_argument("--model", default=None, help="model folder (default: analyser.model_build.default_model_dir())")
    parser.add_argument("--paths", default="st,fp32,int8,onnx", help="comma-separated: st, fp32, int8, onnx")
    parser.add_argument("--layouts", default=None, help="comma-separated PxT (processes x threads), e.g. 1x2,2x1")
    parser.add_argument("--child", nargs=3, metavar=("PATH", "TEXTS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.child:
        _child(args.child[0], Path(args.child[1]), Path(args.child[2]), args.model, args.batch_size, args.repeats)
        return 0

    texts = gold_passages()
    if args.n is not None:
        texts = (texts * (args.n // max(1, len(texts)) + 1))[: args.n]
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} CPUs")
    print(f"passages: {len(texts)}; batch size {args.batch_size}; best of {args.repeats}; each path in a fresh process")
    if args.layouts:
        return _layouts(texts, args)
    results: dict[str, dict] = {}
    vectors: dict[str, np.ndarray] = {}
    with tempfile.TemporaryDirectory(prefix="bench_embed_") as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        for path in [p.strip() for p in args.paths.split(",") if p.strip()]:
            out = Path(tmp) / f"{path}.json"
            cmd = [sys.executable, __file__, "--child", path, str(texts_file), str(out), "--batch-size", str(args.batch_size),
                   "--repeats", str(args.repeats)] + (["--model", args.model] if args.model else [])
            proc = subprocess.run(cmd, capture_output=True, text=True)
            if proc.returncode != 0 or not out.exists():
                print(f"{path}: failed ({proc.returncode}): {proc.stderr.strip().splitlines()[-1:] }")
                continue
            results[path] = json.loads(out.read_text(encoding="utf-8"))
            vectors[path] = np.load(out.with_suffix(".npy"))

    ref = vectors.get("st")
    print(f"\n{'path':6}{'load s':>8}{'passages/s':>12}{'tokens/s':>10}{'cpu s':>8}{'peak MB':>9}{'max|diff|':>11}{'min cos':>9}")
    for path, r in results.items():
        diff = cos = float("nan")
        if ref is not None and path != "st" and vectors[path].shape == ref.shape:
            diff = float(np.abs(vectors[path] - ref).max())
            cos = float((vectors[path] * ref).sum(axis=1).min())
        print(f"{path:6}{r['load_s']:8.1f}{len(texts) / r['encode_s']:12.1f}{r['tokens'] / r['encode_s']:10.0f}"
              f"{r['cpu_s']:8.1f}{r['peak_mb']:9.0f}{diff:11.2e}{cos:9.4f}")
    ok = True
    if "st" in results and "fp32" in results:
        ratio = results["fp32"]["encode_s"] / results["st"]["encode_s"]
        cpu_ratio = results["fp32"]["cpu_s"] / max(results["st"]["cpu_s"], 1e-9)
        diff = float(np.abs(vectors["fp32"] - vectors["st"]).max())
        print(f"fp32 / st: time {ratio:.2f}, cpu {cpu_ratio:.2f} (target <= 1.2); max |diff| {diff:.1e} (target <= 1e-5); "
              f"peak {results['fp32']['peak_mb']:.0f} vs {results['st']['peak_mb']:.0f} MB")
        ok = ratio <= 1.2 and diff <= 1e-5
    if "onnx" in results and "fp32" in results:
        diff = float(np.abs(vectors["onnx"] - vectors["fp32"]).max())
        cos = float((vectors["onnx"] * vectors["fp32"]).sum(axis=1).min())
        print(f"onnx / fp32: time {results['onnx']['encode_s'] / results['fp32']['encode_s']:.2f}, "
              f"cpu {results['onnx']['cpu_s'] / max(results['fp32']['cpu_s'], 1e-9):.2f}; max |diff| {diff:.1e}, "
              f"min cosine {cos:.6f} (targets <= 1e-5, >= 1 - 1e-4); peak {results['onnx']['peak_mb']:.0f} vs "
              f"{results['fp32']['peak_mb']:.0f} MB")
        ok = ok and diff <= 1e-5 and cos >= 1 - 1e-4
    if "int8" in results and "fp32" in results:
        print(f"int8 / fp32: time {results['int8']['encode_s'] / results['fp32']['encode_s']:.2f}, "
              f"cpu {results['int8']['cpu_s'] / max(results['fp32']['cpu_s'], 1e-9):.2f}; mean cosine to fp32 "
              f"{float((vectors['int8'] * vectors['fp32']).sum(axis=1).mean()):.4f}")
    print(json.dumps({"passages": len(texts), **{p: {k: round(v, 3) for k, v in r.items()} for p, r in results.items()}}))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
