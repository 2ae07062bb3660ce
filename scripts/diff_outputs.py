"""Compare two output folders of `analyser analyse`, ignoring timestamps and the folders' own paths.

Usage::

    python scripts/diff_outputs.py OUT_BEFORE OUT_AFTER

Used to check that a refactoring changes no output (issue 18): run the same
documents with ``--model hashing`` before and after, then compare. Text files
(JSON, Markdown, HTML, CSV) are compared after replacing ISO timestamps and the
output folder's path; Parquet files by content (pandas ``equals``); the DuckDB
store, caches and ``crops.json`` are skipped. Prints one line per differing
file and exits 1 when any differ.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

SKIP = {"analysis.duckdb", "analysis.duckdb.wal", "crops.json", "coverage.xlsx", ".analyse.lock", ".run-journal.jsonl"}
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


def _norm(text: str, root: Path) -> str:
    return TIMESTAMP.sub("<time>", text.replace(str(root.resolve()), "<out>").replace(str(root), "<out>"))


def diff(a: Path, b: Path) -> list[str]:
    """Relative paths of files that differ or exist on one side only."""
    files = lambda root: {p.relative_to(root) for p in root.rglob("*")  # noqa: E731
                          if p.is_file() and p.name not in SKIP and ".cache" not in p.parts}
    fa, fb = files(a), files(b)
    out = [f"only in {a}: {p}" for p in sorted(fa - fb)] + [f"only in {b}: {p}" for p in sorted(fb - fa)]
    for rel in sorted(fa & fb):
        pa, pb = a / rel, b / rel
        if rel.suffix == ".parquet":
            same = pd.read_parquet(pa).equals(pd.read_parquet(pb))
        else:
            same = _norm(pa.read_text(encoding="utf-8"), a) == _norm(pb.read_text(encoding="utf-8"), b)
        if not same:
            out.append(f"differs: {rel}")
    return out


def main() -> None:
    a, b = map(Path, sys.argv[1:3])
    lines = diff(a, b)
    print("\n".join(lines) if lines else f"identical: {a} and {b} (timestamps and paths aside)")
    sys.exit(1 if lines else 0)


if __name__ == "__main__":
    main()
