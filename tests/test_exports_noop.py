"""A re-run that changed nothing (every document reused) leaves the corpus exports as they are
(``OUT/.exports.json``, :func:`analyser.pipeline.maintenance._write_exports_if_changed`); anything they are made of
changing (a review, a document, an export file deleted or rewritten) writes them again, as before."""

from __future__ import annotations

import shutil

from conftest import FAKE_RUN_DOCS, REPO

from analyser.pipeline import analyse_corpus

DEV = REPO / "tests" / "data" / "dev"
EXPORTS = ("summary.csv", "coverage.parquet", "similarity.parquet", "aspects.csv", "aspects.parquet", "coverage.xlsx",
           "report.html")


def _stamps(out):
    return {n: (out / n).stat().st_mtime_ns for n in EXPORTS}


def test_noop_rerun_keeps_the_exports_and_changes_rewrite_them(fake_run, tmp_path, fake_encoder):
    src, _ = fake_run
    out = tmp_path / "out"
    shutil.copytree(src, out)
    docs = [DEV / f"{d}.txt" for d in FAKE_RUN_DOCS]
    analyse_corpus(docs, out=out, encoder=fake_encoder)  # the copy's paths and times: exports written, stamp made
    assert (out / ".exports.json").is_file()
    before = _stamps(out)
    summary = (out / "summary.csv").read_bytes()

    res = analyse_corpus(docs, out=out, encoder=fake_encoder)
    assert all(r.reused for r in res)
    assert _stamps(out) == before and (out / "summary.csv").read_bytes() == summary

    (out / "report.html").unlink()  # an export deleted: all written again, the same content
    analyse_corpus(docs, out=out, encoder=fake_encoder)
    assert (out / "report.html").is_file() and (out / "summary.csv").read_bytes() == summary
    assert _stamps(out)["summary.csv"] != before["summary.csv"]

    before = _stamps(out)
    (out / "reviews.csv").write_text("doc_id,key_element,label\nxa-2025,1.a,absent\n", encoding="utf-8")
    analyse_corpus(docs, out=out, encoder=fake_encoder)  # a review: exports written with it
    assert _stamps(out)["summary.csv"] != before["summary.csv"]
    before = _stamps(out)
    analyse_corpus(docs, out=out, encoder=fake_encoder)
    assert _stamps(out) == before

    analyse_corpus(docs[:2], out=out, encoder=fake_encoder, prune=True)  # a document removed: written without it
    assert "xo-2025" not in (out / "summary.csv").read_text(encoding="utf-8")
