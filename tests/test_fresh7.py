"""Defects found by the fresh-eyes tester of the tenth session (fast tests: parse only, hashing encoder, CLI).

Inputs and findings: ``tests/data/fresh7/README.md``; the binaries are written by ``tests/data/fresh7/make_inputs.py``.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest

from analyser.parse import parse

FRESH7 = Path(__file__).parent / "data" / "fresh7"
SRC = Path(__file__).resolve().parents[1] / "src"
TEXTS = ("hu-2026.en-template.txt", "cs-2026.mislabelled.txt", "ro-2026.stats-annex.txt")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _cli(*args: str, limit_bytes: int | None = None) -> subprocess.CompletedProcess:
    def _limit() -> None:  # a full disk: writes beyond the limit fail with EFBIG (Python ignores SIGXFSZ)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run([sys.executable, "-m", "analyser", *args], capture_output=True, text=True, env=_env(),
                          timeout=600, preexec_fn=_limit if limit_bytes else None)


def _analyse(inp: Path, out: Path) -> subprocess.CompletedProcess:
    return _cli("analyse", str(inp), "--out", str(out), "--model", "hashing")


def _inputs(tmp_path: Path, names=TEXTS) -> Path:
    inp = tmp_path / "in"
    inp.mkdir()
    for n in names:
        shutil.copy(FRESH7 / n, inp / n)
    return inp


def _run_json(out: Path) -> dict:
    return {d["doc_id"]: d for d in json.loads((out / "run.json").read_text(encoding="utf-8"))["documents"]}


# ------------------------------------------------------------------------------------------------ fixed
def test_restored_older_analysis_json_is_recomputed(tmp_path: Path) -> None:
    """Before: an ``analysis.json`` written by an older version (``schema_version`` 0.7, no aspects), restored from a
    backup into an output whose store still held the document, was reused as "unchanged" and its reports re-rendered
    from it: the gap report lost every "Lacks: …", the folder and the store disagreed, and ``analyser.load()`` served
    the old record. Now a reused analysis must be of this schema and version, this document, file and model."""
    inp = _inputs(tmp_path, TEXTS[:2])
    out = tmp_path / "out"
    assert _analyse(inp, out).returncode == 0
    path = out / "hu-2026.en-template" / "analysis.json"
    old = json.loads(path.read_text(encoding="utf-8"))
    old["schema_version"], old["analyser_version"] = "0.7", "0.0.9"
    for c in old["coverage"].values():
        c.pop("aspects", None)
    path.write_text(json.dumps(old), encoding="utf-8")
    p = _analyse(inp, out)
    assert p.returncode == 0, p.stdout + p.stderr
    new = json.loads(path.read_text(encoding="utf-8"))
    assert new["schema_version"] == "1.0" and "aspects" in new["coverage"]["2.1.2.c"]
    assert {d: r["reused"] for d, r in _run_json(out).items()} == {"hu-2026.en-template": False,
                                                                   "cs-2026.mislabelled": True}
    # an analysis.json copied from another document's folder is not taken for this one either
    shutil.copy(out / "cs-2026.mislabelled" / "analysis.json", path)
    assert _analyse(inp, out).returncode == 0
    assert json.loads(path.read_text(encoding="utf-8"))["doc_id"] == "hu-2026.en-template"


# ------------------------------------------------------------------------------------------------ what works (guards)
def test_changed_file_with_the_same_mtime_is_recomputed(tmp_path: Path) -> None:
    """A file edited in place (one figure changed, modification time put back) is analysed again, not reused."""
    inp = _inputs(tmp_path, TEXTS[1:2])
    out = tmp_path / "out"
    assert _analyse(inp, out).returncode == 0
    f = inp / "cs-2026.mislabelled.txt"
    st = f.stat()
    f.write_text(f.read_text(encoding="utf-8").replace("navráceno 1 500", "navráceno 9 999"), encoding="utf-8")
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert _analyse(inp, out).returncode == 0
    assert _run_json(out)["cs-2026.mislabelled"]["reused"] is False
    assert "navráceno 9 999" in (out / "cs-2026.mislabelled" / "analysis.json").read_text(encoding="utf-8")


def test_review_of_ids_that_do_not_exist_is_one_line(tmp_path: Path) -> None:
    """A review of a key element the Annex lacks (2.7.a), of a section id (2.1.2), of a key element in capitals and
    of an aspect that does not exist: E508 naming the id, exit 2, nothing written to reviews.csv."""
    inp = _inputs(tmp_path, TEXTS[1:2])
    out = tmp_path / "out"
    assert _analyse(inp, out).returncode == 0
    for ke in ("2.7.a", "2.1.2", "2.1.2.C", "2.1.2.c/nonexistent"):
        p = _cli("review", "cs-2026.mislabelled", ke, "addressed", "--out", str(out))
        assert p.returncode == 2
        lines = (p.stdout + p.stderr).strip().splitlines()
        assert lines == [f"error: [E508] '{ke}': not a key element of the template nor an aspect of aspects.yaml"]
    assert not (out / "reviews.csv").exists() or len((out / "reviews.csv").read_text().splitlines()) <= 1


def test_text_encodings_and_line_ends_read_alike(tmp_path: Path) -> None:
    """The Croatian strategy in UTF-16 LE with BOM and CRLF, UTF-16 BE without BOM, UTF-8 with BOM and CRLF and
    old-Mac CR line ends: the same blocks, no CR or BOM in any text."""
    text = (FRESH7 / "hr-2026.utf16-crlf.txt").read_bytes().decode("utf-16")
    variants = {"be.txt": text.encode("utf-16-be"), "u8.txt": text.encode("utf-8-sig"),
                "cr.txt": text.replace("\r\n", "\r").encode("utf-8")}
    ref = [(b.kind, b.text) for b in parse(FRESH7 / "hr-2026.utf16-crlf.txt").blocks]
    assert len(ref) == 10
    assert ref[1] == ("list_item", "1. Kontekst nacionalnog upravljanja azilom i migracijama")
    assert not any("\r" in t or "\ufeff" in t for _, t in ref)
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
        assert [(b.kind, b.text) for b in parse(tmp_path / name).blocks] == ref, name


def test_pdf_with_a_broken_xref_is_read() -> None:
    """Every xref offset +7 and startxref pointing into an object: read as a viewer reads it (one page, the four
    numbered headings and their paragraphs)."""
    doc = parse(FRESH7 / "pt-2026.broken-xref.pdf")
    assert doc.n_pages == 1
    heads = [b.text for b in doc.blocks if b.text[:2] in ("1.", "2.")]
    assert heads == ["1. Contexto da gestão nacional do asilo e da migração", "2.1.2. Dimensão interna",
                     "2.3.3. Um sistema de acolhimento robusto",
                     "2.6. Capacidade suficiente para executar a estratégia"]


def test_full_disk_mid_run_keeps_finished_documents(tmp_path: Path) -> None:
    """A file-size limit of 60 kB (a disk that fills up) while the reports (≈ 62 kB) of a re-run are written: one line
    E513 naming the file, exit 2, no temporary file left; the two documents of the earlier run stay valid, and the next run
    without the limit finishes the third."""
    inp = _inputs(tmp_path, TEXTS[:2])
    out = tmp_path / "out"
    assert _analyse(inp, out).returncode == 0
    before = {d: (out / d / "analysis.json").read_bytes() for d in ("hu-2026.en-template", "cs-2026.mislabelled")}
    shutil.copy(FRESH7 / TEXTS[2], inp / TEXTS[2])
    p = _cli("analyse", str(inp), "--out", str(out), "--model", "hashing", limit_bytes=60_000)
    assert p.returncode == 2
    errors = [ln for ln in (p.stdout + p.stderr).splitlines() if "[E" in ln]
    assert len(errors) == 1 and "[E513]" in errors[0] and "File too large" in errors[0]
    # the line names the file that could not be written, not only the output folder (before: "[E513] OUT: cannot
    # write the outputs (File too large)": a failed write() carries no file name; io.atomic_path now adds it)
    named = errors[0].split("[E513] ")[1].split(": cannot write")[0]
    assert named.startswith(str(out) + os.sep) and Path(named).parent.name in before, errors[0]
    assert not [f for f in out.rglob("*") if f.name.endswith((".part", ".tmp"))]
    assert {d: (out / d / "analysis.json").read_bytes() for d in before} == before
    assert _analyse(inp, out).returncode == 0
    assert _run_json(out)["ro-2026.stats-annex"]["status"] == "success"


def test_report_while_analyse_runs(tmp_path: Path) -> None:
    """``report`` three times while ``analyse`` writes documents: each exits 0; the final exports list every
    document (the last writer is the run)."""
    inp = _inputs(tmp_path)
    for n in ("sv-2026.amendment.txt", "ga-en-2026.sequential.txt", "fr-council-decision.txt"):
        shutil.copy(FRESH7 / n, inp / n)
    out = tmp_path / "out"
    run = subprocess.Popen([sys.executable, "-m", "analyser", "analyse", str(inp), "--out", str(out), "--model",
                            "hashing"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_env())
    codes = []
    for _ in range(3):
        time.sleep(3)
        if (out / "analysis.duckdb").exists():
            codes.append(_cli("report", str(out)).returncode)
    assert run.wait(timeout=600) == 0
    assert set(codes) <= {0}
    docs = {ln.split(",")[0] for ln in (out / "summary.csv").read_text(encoding="utf-8").splitlines()[1:]}
    assert docs == {p.stem for p in inp.iterdir()}


# ------------------------------------------------------------------------------------------------ open defects
# fresh7 #10 (a strict xfail until the tenth session's merge): an older analysis is served with a warning naming it.
def test_load_warns_about_an_older_analysis(tmp_path: Path) -> None:
    import analyser

    inp = _inputs(tmp_path, TEXTS[:1])
    out = tmp_path / "out"
    assert _analyse(inp, out).returncode == 0
    path = out / "hu-2026.en-template" / "analysis.json"
    old = json.loads(path.read_text(encoding="utf-8"))
    old["schema_version"] = "0.7"
    path.write_text(json.dumps(old), encoding="utf-8")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        analyser.load(out).analysis("hu-2026.en-template")
    assert any("schema 0.7" in str(x.message) and "hu-2026.en-template" in str(x.message) for x in w)
    with warnings.catch_warnings(record=True) as w:  # the current schema: no warning
        warnings.simplefilter("always")
        old["schema_version"] = analyser.output.SCHEMA_VERSION
        path.write_text(json.dumps(old), encoding="utf-8")
        analyser.load(out).analysis("hu-2026.en-template")
    assert not [x for x in w if "schema" in str(x.message)]
