"""Compare output folders of `analyser analyse`, and keep the reference outputs of ``tests/test_outputs_identical.py``.

Usage::

    python scripts/diff_outputs.py OUT_BEFORE OUT_AFTER   # compare two output folders
    python scripts/diff_outputs.py --check                # this tree's outputs against tests/data/reference
    python scripts/diff_outputs.py --update               # rewrite tests/data/reference (after an intended change)

Used to check that a refactoring changes no output (issue 18).

* Two folders: run the same documents with ``--model hashing`` before and after,
  then compare. Text files (JSON, Markdown, HTML, CSV) are compared after
  replacing ISO timestamps and the output folder's path; Parquet files by
  content (pandas ``equals``); the DuckDB store, caches and ``crops.json`` are
  skipped. Prints one line per differing file and exits 1 when any differ.
* ``--update`` / ``--check``: analyses :data:`REFERENCE_INPUTS` (a PDF strategy of
  the corpus, a partial strategy as text, an off-topic text) with the hashing
  encoder (:func:`reference_run`) and writes / compares :data:`REFERENCE_FILES`
  (``analysis.json``, ``report.md`` of each document, ``summary.csv`` and
  ``aspects.csv``) under ``tests/data/reference/``, normalised by
  :func:`normalise` (the input and output folders' paths replaced by ``<in>`` and
  ``<out>``, timestamps by ``<time>``). ``--check`` exits 1 and names the files
  that differ.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
REFERENCE_DIR = REPO / "tests" / "data" / "reference"
REFERENCE_INPUTS = (
    REPO / "corpus" / "xl-2025.word.pdf",
    REPO / "tests" / "data" / "partial" / "xb-2025.ch23.txt",
    REPO / "tests" / "data" / "negatives" / "heldout" / "ho-sport-fr.txt",
)
"""The documents of the reference run: a PDF strategy, a partial strategy (text), an off-topic text."""
REFERENCE_FILES = ("summary.csv", "aspects.csv") + tuple(
    f"{p.name.split('.')[0] if p.suffix == '.pdf' else p.stem}/{name}"
    for p in REFERENCE_INPUTS for name in ("analysis.json", "report.md"))
"""Paths, relative to the output folder, of the files kept as reference."""

SKIP = {"analysis.duckdb", "analysis.duckdb.wal", "crops.json", "coverage.xlsx", ".analyse.lock", ".run-journal.jsonl"}
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


def _norm(text: str, root: Path) -> str:
    return TIMESTAMP.sub("<time>", text.replace(str(root.resolve()), "<out>").replace(str(root), "<out>"))


def normalise(text: str, inputs: Path, out: Path) -> str:
    """``text`` with the folders ``inputs`` and ``out`` named ``<in>`` and ``<out>`` and ISO timestamps ``<time>``."""
    for folder, name in ((inputs, "<in>"), (out, "<out>")):
        text = text.replace(str(folder.resolve()), name).replace(str(folder), name)
    return TIMESTAMP.sub("<time>", text)


def reference_run(work: Path) -> dict[str, str]:
    """Analyse :data:`REFERENCE_INPUTS` under ``work`` with the hashing encoder, no page crops.

    The inputs are copied to ``work/in`` (so that their paths do not depend on
    the checkout) and analysed into ``work/out`` by the ``analyse`` command, in
    this process. Returns ``{relative path: normalised text}`` of
    :data:`REFERENCE_FILES`; a missing file maps to ``"<missing>"``.

    Raises:
        RuntimeError: the command exited non-zero (its output in the message).
    """
    from typer.testing import CliRunner

    from analyser.cli import app

    src, out = work / "in", work / "out"
    src.mkdir(parents=True, exist_ok=True)
    for p in REFERENCE_INPUTS:
        shutil.copy(p, src / p.name)
    result = CliRunner().invoke(app, ["analyse", *(str(src / p.name) for p in REFERENCE_INPUTS),
                                      "--out", str(out), "--model", "hashing", "--no-images", "--quiet"])
    if result.exit_code != 0:
        raise RuntimeError(f"analyse exited {result.exit_code}: {result.output}")
    return {rel: normalise((out / rel).read_text(encoding="utf-8"), src, out) if (out / rel).exists() else "<missing>"
            for rel in REFERENCE_FILES}


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


def _reference(update: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        now = reference_run(Path(tmp))
    if update:
        for rel, text in now.items():
            path = REFERENCE_DIR / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        print(f"wrote {len(now)} reference files to {REFERENCE_DIR}")
        return 0
    bad = [rel for rel, text in now.items()
           if not (REFERENCE_DIR / rel).exists() or (REFERENCE_DIR / rel).read_text(encoding="utf-8") != text]
    print("\n".join(f"differs: {rel}" for rel in bad) if bad else f"identical to {REFERENCE_DIR}")
    return 1 if bad else 0


def main() -> None:
    args = sys.argv[1:]
    if args in (["--update"], ["--check"]):
        sys.exit(_reference(args == ["--update"]))
    if len(args) != 2:
        sys.exit(__doc__)
    a, b = map(Path, args)
    lines = diff(a, b)
    print("\n".join(lines) if lines else f"identical: {a} and {b} (timestamps and paths aside)")
    sys.exit(1 if lines else 0)


if __name__ == "__main__":
    main()
