"""Benchmark E5Encoder.encode against a direct SentenceTransformer.encode call.

Both paths embed the same passages with the same prompt ("passage: "), batch
size and normalisation; E5Encoder adds global length sorting, chunking for
progress callbacks and the float32 copy. The overhead ratio should be <= 1.2.

Usage::

    python scripts/bench_embed.py [--n N] [--batch-size 32] [--repeats 2] [--model DIR]

By default the passages are the texts of all ``answer`` and
``answer_list_item`` blocks in ``tests/data/gold/*.gold.json``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "gold"
ROLES = {"answer", "answer_list_item"}

logger = logging.getLogger("bench_embed")


def gold_passages(gold_dir: Path = GOLD) -> list[str]:
    """Answer texts of the gold files, in file and reading order.

    Args:
        gold_dir: folder of ``*.gold.json`` files.

    Returns:
        Non-empty texts of blocks whose role is ``answer`` or ``answer_list_item``.
    """
    texts: list[str] = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        texts.extend(b["text"] for b in doc["blocks"] if b.get("role") in ROLES and b.get("text", "").strip())
    return texts


def best_of(fn, repeats: int) -> tuple[float, np.ndarray]:
    """Run ``fn`` ``repeats`` times; return the fastest time (s) and the last result."""
    best, out = float("inf"), None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="number of passages (default: all gold answers)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=2, help="timed runs per path; the best is kept")
    parser.add_argument("--model", default=None, help="model folder (default: analyser.models.default_model_dir())")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    from analyser.embed import E5Encoder
    from analyser.models import default_model_dir

    texts = gold_passages()
    if args.n is not None:
        texts = (texts * (args.n // max(1, len(texts)) + 1))[: args.n]
    t0 = time.perf_counter()
    enc = E5Encoder(args.model or default_model_dir())
    load_s = time.perf_counter() - t0
    tokens = enc.count_tokens(texts)
    print(f"model      : {enc.path} (loaded in {load_s:.1f} s incl. torch import)")
    print(
        f"passages   : {len(texts)}, tokens/passage median {int(np.median(tokens))}, "
        f"max {max(tokens)}, > {enc.max_tokens}: {sum(t > enc.max_tokens for t in tokens)}"
    )
    print(f"batch size : {args.batch_size}, best of {args.repeats}")

    enc.encode(texts[: args.batch_size], kind="passage", batch_size=args.batch_size)  # warm-up
    t_direct, direct = best_of(
        lambda: enc.model.encode(
            texts,
            prompt_name="passage",
            batch_size=args.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        ),
        args.repeats,
    )
    t_ours, ours = best_of(lambda: enc.encode(texts, kind="passage", batch_size=args.batch_size), args.repeats)

    print(f"direct     : {len(texts) / t_direct:7.1f} passages/s ({t_direct:.1f} s)  SentenceTransformer.encode")
    print(f"E5Encoder  : {len(texts) / t_ours:7.1f} passages/s ({t_ours:.1f} s)  analyser.embed.E5Encoder.encode")
    ratio = t_ours / t_direct
    print(f"ratio      : {ratio:.3f} (time E5Encoder / direct; target <= 1.2)")
    print(f"max |diff| : {float(np.abs(ours - direct).max()):.2e}")
    return 0 if ratio <= 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())
