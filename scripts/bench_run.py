"""Benchmark whole runs against the laptop targets of issue 17 (2 cores, 1.5 GB).

Every figure comes from a fresh process running ``analyser analyse`` (the
CLI, imports and model load included), measured from outside:

* wall time, CPU time (user + sys of the process and of its worker
  processes, from ``os.wait4``) and peak RSS of the largest process
  (``ru_maxrss``); with workers also the peak of the summed RSS of the
  process tree, sampled every 0.1 s with psutil;
* which heavy libraries the process imported (torch, transformers,
  sentence_transformers, onnxruntime, spacy, lingua, pdfplumber): a no-op re-run must not
  import the model's or the language tools' libraries.

Runs, each from an empty output folder (and so an empty embedding cache)
unless said otherwise:

1. ``cold``: one document (default ``corpus/nl-2025.word.pdf``, 29 pages);
2. ``no-op``: the same command again, every document reused (also for the
   corpus after ``corpus -j1``); ``--help`` and ``report`` for their imports;
3. ``corpus -j1`` and ``corpus -j2``: the development corpus with 1 and 2
   worker processes, and the quality figures of ``analyser eval`` for the
   ``-j1`` output (they must not move between versions or precisions);
4. ``1000 pages``: a generated 1,000-page PDF (reportlab, in a temporary
   folder), one process;
5. ``parse``: ``scripts/bench_parse.py`` on the corpus (pages/s of parsing and
   its ratio to plain pdfplumber extraction, wall and CPU), its summary relayed;
6. ``embed``: ``scripts/bench_embed.py`` on the default backend's path
   (passages/s, tokens/s, CPU seconds, peak RSS), its summary relayed.

``--precision int8`` adds the corpus run in int8 and prints the difference
of its quality figures from fp32 (int8 may become the default only when every
figure is within 0.01). The load average is printed first: on a shared
machine wall times are inflated, CPU times much less.

Usage::

    python scripts/bench_run.py                       # everything (about 5 min on an idle 2-core laptop)
    python scripts/bench_run.py --skip corpus,long    # only the cold and no-op single-document runs
    python scripts/bench_run.py --precision int8      # also compare int8 with fp32 on the corpus
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

TARGETS = {
    "cold_s": 25.0,  # 29-page strategy, cold, 2 cores
    "noop_s": 2.0,  # re-run, every document reused
    "peak_mb": 1536.0,  # any single-process run
    "workers_ratio": 0.6,  # corpus -j2 time / -j1 time
    "quality_delta": 0.01,  # int8 vs fp32 eval figures
}
HEAVY = ("torch", "transformers", "sentence_transformers", "onnxruntime", "spacy", "lingua", "pdfplumber", "matplotlib", "pandas")
QUALITY = ("section_accuracy", "template_f1", "role_accuracy", "word_recall", "coverage_agreement", "label_accuracy")

# Runs the CLI in this process and reports which heavy modules were imported.
_CHILD = """
import json, sys
report = sys.argv.pop(1)
from analyser.cli import app
code = 0
try:
    app(prog_name="analyser")
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
finally:
    heavy = sorted(m for m in %r if m in sys.modules)
    with open(report, "w") as fh:
        json.dump({"heavy": heavy}, fh)
sys.exit(code)
""" % (HEAVY,)


def _tree_rss_mb(pid: int) -> float:
    try:
        import psutil

        proc = psutil.Process(pid)
        total = proc.memory_info().rss
        for child in proc.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total / 2**20
    except Exception:  # noqa: BLE001 - psutil missing or the process ended
        return 0.0


def measure(args: list[str], env: dict[str, str] | None = None) -> dict:
    """Run ``analyser <args>`` in a fresh process; wall s, cpu s, peak MB (largest process and tree sum), heavy imports."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        report = fh.name
    cmd = [sys.executable, "-c", _CHILD, report, *args]
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), full_env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    tree_peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            tree_peak[0] = max(tree_peak[0], _tree_rss_mb(proc.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr_chunks: list[str] = []
    reader = threading.Thread(target=lambda: stderr_chunks.append(proc.stderr.read() if proc.stderr else ""), daemon=True)
    reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    try:
        heavy = json.loads(Path(report).read_text())["heavy"]
    except (OSError, ValueError, KeyError):
        heavy = ["?"]
    finally:
        Path(report).unlink(missing_ok=True)
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_mb": round(usage.ru_maxrss / 1024),
        "tree_peak_mb": round(max(tree_peak[0], usage.ru_maxrss / 1024)),
        "exit": proc.returncode,
        "heavy": heavy,
        "stderr_tail": "".join(stderr_chunks).strip().splitlines()[-2:],
    }


def quality(out: Path) -> dict[str, float]:
    """Mean of each ``analyser eval`` figure over the documents with gold annotations."""
    from analyser.evaluate import evaluate_dir

    results = evaluate_dir(out, ROOT / "tests" / "data" / "gold")
    means: dict[str, float] = {}
    for col in QUALITY:
        vals = [getattr(r, col) for r in results if getattr(r, col, None) is not None]
        if vals:
            means[col] = round(sum(vals) / len(vals), 4)
    return means


def _line(name: str, r: dict, target_s: float | None = None, extra: str = "") -> str:
    verdict = ""
    if target_s is not None:
        verdict = f"  wall target <= {target_s:g} s: {'met' if r['wall_s'] <= target_s else 'NOT met'} ({r['wall_s'] / target_s:.2f}x)"
    mem = f"  peak target <= {TARGETS['peak_mb']:.0f} MB: {'met' if r['peak_mb'] <= TARGETS['peak_mb'] else 'NOT met'}"
    return (f"{name:14}{r['wall_s']:9.1f}{r['cpu_s']:9.1f}{r['peak_mb']:9.0f}{r['tree_peak_mb']:10.0f}  exit {r['exit']}"
            f"  imports: {','.join(r['heavy']) or '-'}{verdict}{mem}{extra}")


def _default_path() -> str:
    """The bench_embed path of the backend a run uses: ``onnx`` when the model folder has the graph, else ``fp32``."""
    try:
        from analyser.embed import default_backend, resolve_backend
        from analyser.model_build import default_model_dir

        return "onnx" if resolve_backend(default_model_dir(), "fp32", default_backend()) == "onnx" else "fp32"
    except Exception:  # noqa: BLE001 - no model: bench_embed reports it
        return "fp32"


def _relay(name: str, cmd: list[str], keep: tuple[str, ...]) -> list[str]:
    """Run a sibling benchmark script, print its summary lines (those starting with ``keep``) indented; return them."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    proc = subprocess.run([sys.executable, *cmd], capture_output=True, text=True, env=env)
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip().startswith(keep)]
    if proc.returncode != 0:
        lines.append(f"exit {proc.returncode}: " + " ".join(proc.stderr.strip().splitlines()[-1:]))
    print(f"{name}:")
    for ln in lines:
        print("    " + ln)
    sys.stdout.flush()
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(ROOT / "corpus"))
    ap.add_argument("--doc", default=str(ROOT / "corpus" / "nl-2025.word.pdf"), help="the single document of the cold/no-op runs")
    ap.add_argument("--model", default=None, help="encoder (default: multilingual-e5-small; 'hashing' for the test encoder)")
    ap.add_argument("--pages", type=int, default=1000, help="pages of the generated long PDF")
    ap.add_argument("--precision", default="fp32", choices=("fp32", "int8"), help="int8: also run the corpus in int8 and compare")
    ap.add_argument("--skip", default="", help="comma-separated runs to skip: noop, corpus, workers, long, parse, embed")
    ap.add_argument("--out", default=None, help="keep the output folders here (default: a temporary folder, removed)")
    args = ap.parse_args()
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}

    base = Path(args.out or tempfile.mkdtemp(prefix="bench_run_"))
    if base.exists():
        shutil.rmtree(base)
    base.mkdir(parents=True)
    model = ["--model", args.model] if args.model else []
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} CPUs")
    print(f"{'run':14}{'wall s':>9}{'cpu s':>9}{'peak MB':>9}{'tree MB':>10}")
    figures: dict[str, dict] = {}
    fp32 = {"ANALYSER_PRECISION": "fp32"}

    r = figures["cold"] = measure(["analyse", args.doc, "--out", str(base / "single"), "-q", *model], fp32)
    print(_line("cold", r, TARGETS["cold_s"]), flush=True)
    if "noop" not in skip:
        r = figures["noop"] = measure(["analyse", args.doc, "--out", str(base / "single"), "-q", *model], fp32)
        loaded = [m for m in r["heavy"] if m in ("torch", "transformers", "sentence_transformers", "onnxruntime", "spacy", "lingua")]
        print(_line("no-op", r, TARGETS["noop_s"], f"  nothing heavy loaded: {'yes' if not loaded else 'NO (' + ','.join(loaded) + ')'}"), flush=True)
        r = figures["help"] = measure(["--help"])
        print(_line("--help", r), flush=True)
        r = figures["report"] = measure(["report", str(base / "single")])
        print(_line("report", r), flush=True)

    if "corpus" not in skip:
        r = figures["corpus_j1"] = measure(["analyse", args.corpus, "--out", str(base / "j1"), "-q", *model], fp32)
        print(_line("corpus -j1", r), flush=True)
        if "noop" not in skip:
            r = figures["corpus_noop"] = measure(["analyse", args.corpus, "--out", str(base / "j1"), "-q", *model], fp32)
            print(_line("corpus no-op", r, TARGETS["noop_s"]), flush=True)
        if "workers" not in skip:
            r = figures["corpus_j2"] = measure(["analyse", args.corpus, "--out", str(base / "j2"), "-q", "--workers", "2", *model], fp32)
            ratio = r["wall_s"] / max(figures["corpus_j1"]["wall_s"], 1e-9)
            cpu_ratio = r["cpu_s"] / max(figures["corpus_j1"]["cpu_s"], 1e-9)
            figures["workers_ratio"] = {"wall": round(ratio, 3), "cpu": round(cpu_ratio, 3)}
            print(_line("corpus -j2", r, extra=f"  -j2/-j1 wall {ratio:.2f} (target <= {TARGETS['workers_ratio']}: "
                        f"{'met' if ratio <= TARGETS['workers_ratio'] else 'NOT met'}), cpu {cpu_ratio:.2f}"), flush=True)
        figures["quality_fp32"] = quality(base / "j1")
        print("quality (fp32, corpus -j1): " + ", ".join(f"{k} {v:.4f}" for k, v in figures["quality_fp32"].items()), flush=True)
        if args.precision == "int8":
            r = figures["corpus_int8"] = measure(["analyse", args.corpus, "--out", str(base / "int8"), "-q", *model],
                                                 {"ANALYSER_PRECISION": "int8"})
            print(_line("corpus int8", r, extra=f"  int8/fp32 wall {r['wall_s'] / max(figures['corpus_j1']['wall_s'], 1e-9):.2f}, "
                        f"cpu {r['cpu_s'] / max(figures['corpus_j1']['cpu_s'], 1e-9):.2f}"), flush=True)
            q8 = figures["quality_int8"] = quality(base / "int8")
            deltas = {k: round(q8[k] - v, 4) for k, v in figures["quality_fp32"].items() if k in q8}
            worst = max((abs(d) for d in deltas.values()), default=0.0)
            print("quality (int8) minus fp32: " + ", ".join(f"{k} {d:+.4f}" for k, d in deltas.items())
                  + f"; within {TARGETS['quality_delta']}: {'yes' if worst <= TARGETS['quality_delta'] else 'NO'}", flush=True)

    if "long" not in skip and args.pages > 0:
        from bench_parse import _make_long_pdf

        long_pdf = base / f"long-{args.pages}.pdf"
        _make_long_pdf(long_pdf, args.pages)
        r = figures["long"] = measure(["analyse", str(long_pdf), "--out", str(base / "long"), "-q", *model], fp32)
        print(_line(f"{args.pages} pages", r), flush=True)

    if "parse" not in skip:
        figures["parse"] = _relay("parse", [str(ROOT / "scripts" / "bench_parse.py"), "--corpus", args.corpus],
                                  ("TOTAL", "targets", "issue 17", "CPU seconds"))
    if "embed" not in skip and args.model != "hashing":
        embed_args = [str(ROOT / "scripts" / "bench_embed.py"), "--paths", _default_path(), "--repeats", "1"]
        if args.model:
            embed_args += ["--model", args.model]
        figures["embed"] = _relay("embed", embed_args, ("passages", "path", "onnx", "fp32"))

    print(json.dumps({"targets": TARGETS, **figures}))
    if not args.out:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
