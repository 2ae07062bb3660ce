"""Known low-severity defects (fifth session), each reproduced with a small input; the exact message asserted.

Hashing encoder only (the session's ``fake_run`` copied by the ``out`` fixture) unless a test says otherwise.
"""

from __future__ import annotations

import json
import warnings

import pytest
from typer.testing import CliRunner

import analyser
from analyser.api import ReviewScopeWarning
from analyser.cli import app

from conftest import cli_output

runner = CliRunner()


def _out_of_scope(out, doc_id: str) -> None:
    """Mark a document of the output as out of scope, as the scope stage does (all absent, W601)."""
    path = out / doc_id / "analysis.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["in_scope"], data["in_scope_score"] = False, 0.12
    for cov in data["coverage"].values():
        cov["label"] = "absent"
    data["warnings"] = [{"code": "W601", "message": "not an asylum and migration strategy: test; coverage not assessed"}]
    path.write_text(json.dumps(data), encoding="utf-8")


# ------------------------------------------------------------------ 1. a review confirming coverage out of scope


def test_review_confirming_coverage_on_an_out_of_scope_document_warns_and_the_report_says_so(out):
    """`analyser review` of an out-of-scope document: "addressed" warns W515 naming the document and
    the key element (review kept, exit 0), "absent" does not; the gap reports list W515 among the warnings."""
    _out_of_scope(out, "xa-2025")
    result = runner.invoke(app, ["review", "xa-2025", "2.1.2.c", "addressed", "--out", str(out)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, cli_output(result)
    warned = [line for line in cli_output(result).splitlines() if "W515" in line]
    assert warned == ["warning: [W515] 'xa-2025' is out of scope (not an asylum and migration strategy, its coverage "
                      "was not assessed): the review 2.1.2.c (addressed) confirms coverage the analyser did not "
                      "assess; kept and applied"]
    md = (out / "xa-2025" / "report.md").read_text(encoding="utf-8")
    assert "**W515** 'xa-2025' is out of scope" in md
    assert "W515" in (out / "xa-2025" / "report.html").read_text(encoding="utf-8")
    # a review that agrees the document covers nothing raises nothing
    result = runner.invoke(app, ["review", "xa-2025", "2.1.1.a", "absent", "--out", str(out)], env={"COLUMNS": "400"})
    assert result.exit_code == 0 and "W515" not in cli_output(result)
    # an in-scope document: no warning
    result = runner.invoke(app, ["review", "xd-2025", "2.1.2.c", "addressed", "--out", str(out)], env={"COLUMNS": "400"})
    assert result.exit_code == 0 and "W515" not in cli_output(result)
    assert "W515" not in (out / "xd-2025" / "report.md").read_text(encoding="utf-8")


def test_api_review_of_an_aspect_on_an_out_of_scope_document_issues_a_review_scope_warning(out):
    """The API: one ReviewScopeWarning "[W515] …" for a covered aspect; the typed analysis carries W515."""
    _out_of_scope(out, "xa-2025")
    res = analyser.load(out)
    with pytest.warns(ReviewScopeWarning) as caught:
        res.review("xa-2025", "2.1.1.b/resettlement", "covered")
    assert [str(w.message) for w in caught] == [
        "[W515] 'xa-2025' is out of scope (not an asylum and migration strategy, its coverage was not assessed): "
        "the review 2.1.1.b/resettlement (covered) confirms coverage the analyser did not assess; kept and applied"]
    assert [w.code for w in res.analysis("xa-2025").warnings] == ["W601", "W515"]
    assert [w.code for w in res.analysis("xa-2025", reviewed=False).warnings] == ["W601"]
    with warnings.catch_warnings():
        warnings.simplefilter("error", ReviewScopeWarning)
        res.review("xa-2025", "2.1.1.b/resettlement", "missing")  # no warning


# ------------------------------------------------------------------ 2. the decision threshold in the gap reports


def test_gap_reports_state_the_thresholds_of_the_calibration_actually_used(tmp_path, repo_root):
    """`analyse --calibration C.json --aspect-calibration A.json`: analysis.json records the covered threshold
    of C.json and the aspect threshold of A.json, and both gap reports state them (0.437 and 0.62 here,
    numbers no code holds); the label follows the stated rule."""
    import dataclasses

    from analyser.aspect_calibration import calibration_path
    from analyser.score import _prior

    cal = tmp_path / "C.json"
    cal.write_text(json.dumps(dataclasses.replace(_prior("hashing-fake"), covered_threshold=0.437).to_json()), encoding="utf-8")
    asp = json.loads(calibration_path("multilingual-e5-small").read_text(encoding="utf-8"))
    asp["threshold"] = 0.62
    (tmp_path / "C.aspects.json").write_text(json.dumps(asp), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyse", str(repo_root / "tests/data/dev/xp-2025.txt"), "--out", str(out), "--model", "hashing",
                                 "--calibration", str(cal), "--aspect-calibration", str(tmp_path / "C.aspects.json")])
    assert result.exit_code == 0, cli_output(result)
    data = json.loads((out / "xp-2025" / "analysis.json").read_text(encoding="utf-8"))
    assert (data["calibration"]["covered_threshold"], data["calibration"]["aspect_threshold"]) == (0.437, 0.62)
    rule = ("Labels: a key element is absent when its score is below 0.437, the decision threshold of the calibration "
            "used (hashing-fake 0.1.0, uncalibrated prior); a covered one is addressed when every aspect it bundles is "
            "covered (aspect score at least 0.62, and a sentence nearer to the aspect than to the other "
            "aspects of its key element) and partial when only some are.")
    assert f"- {rule}" in (out / "xp-2025" / "report.md").read_text(encoding="utf-8").splitlines()
    assert f'<dd id="label-rule">{rule}</dd>' in (out / "xp-2025" / "report.html").read_text(encoding="utf-8")
    for ke in data["coverage"].values():
        assert (ke["label"] == "absent") == (ke["score"] < 0.437)


def test_gap_report_of_the_shipped_calibration_and_of_an_old_analysis(out):
    """The number printed is the one stored in the calibration file shipped for e5 (read here, not typed),
    and an analysis written before the thresholds were recorded says so instead of inventing one."""
    from analyser.output.facts import label_rule
    from analyser.schema import CalibrationInfo, load_analysis
    from analyser.score import default_calibration_path

    shipped = json.loads(default_calibration_path("multilingual-e5-small").read_text(encoding="utf-8"))
    a = load_analysis(out / "xa-2025" / "analysis.json")
    e5 = a.model_copy(update={"calibration": CalibrationInfo(model="multilingual-e5-small", version=shipped["version"],
                                                              fitted_on=tuple(shipped["fitted_on"]),
                                                              covered_threshold=shipped["covered_threshold"], aspect_threshold=0.5)})
    assert f"below {shipped['covered_threshold']:g}, the decision threshold" in label_rule(e5)
    old = a.model_copy(update={"calibration": CalibrationInfo(model="hashing-fake", version="0.1.0")})
    assert label_rule(old) == ("Labels: from the calibration hashing-fake 0.1.0, uncalibrated prior; its decision threshold "
                               "is not recorded in this analysis (written by an earlier version; `analyser analyse --force` records it).")


# ------------------------------------------------------------------ 3. eval without gold for any document


def test_eval_of_a_folder_without_gold_for_any_document_is_one_coded_line_and_fails(out, tmp_path, repo_root):
    """`analyser eval OUT --gold G` where G has gold only for other documents: E406 naming OUT, the
    analysed documents and the gold's, exit 2, no empty table."""
    import shutil

    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("nl-2025.gold.json", "xb-2025.gold.json"):
        shutil.copy(repo_root / "tests/data/gold" / name, gold / name)
    result = runner.invoke(app, ["eval", str(out), "--gold", str(gold), "--no-lodo"], env={"COLUMNS": "400"})
    text = cli_output(result)
    assert result.exit_code == 2, text
    assert text.strip().splitlines() == [
        f"error: [E406] {out}: no analysed document has gold annotations in {gold} (analysed: xa-2025, xd-2025, "
        "xo-2025; gold for: nl-2025, xb-2025); nothing to evaluate"]


# ------------------------------------------------------------------ 4. evaluate_negatives on a damaged analysis


def _negatives(tmp_path):
    """Two negative analyses (n1 with 2 of 4 key elements covered, n2 none) and a third, damaged, one."""
    for doc_id, labels in (("n1", ["addressed", "absent", "absent", "partial"]), ("n2", ["absent"] * 4)):
        (tmp_path / doc_id).mkdir()
        cov = {f"k{i}": {"label": lab, "score": 0.8 if lab != "absent" else 0.1, "evidence": []} for i, lab in enumerate(labels)}
        (tmp_path / doc_id / "analysis.json").write_text(json.dumps(
            {"schema_version": "1.0", "doc_id": doc_id, "source": {"path": f"{doc_id}.txt", "sha256": "", "pages": 0},
             "language": "de", "template": "eu-2025-503", "model": {"name": "hashing-fake"}, "blocks": [], "sections": {},
             "coverage": cov}))
    (tmp_path / "n3").mkdir()
    (tmp_path / "n3" / "analysis.json").write_text('{"schema_version": "1.0", "doc_id": "n3", "cover', encoding="utf-8")
    (tmp_path / "run.json").write_text(json.dumps({"documents": [{"doc_id": d, "status": "success"} for d in ("n1", "n2", "n3")]}))
    return tmp_path / "n3" / "analysis.json"


def test_evaluate_negatives_skips_a_damaged_analysis_with_w410_like_the_cli(tmp_path):
    """The library (was: E403 raised) skips n3 with the CLI's W410 line, the rate goes on over n1 and n2."""
    from analyser.evaluate import NegativeSkippedWarning, evaluate_negatives, false_coverage_rate

    damaged = _negatives(tmp_path)
    told = []
    res = evaluate_negatives(tmp_path, on_unreadable=told.append)
    assert [r.doc_id for r in res] == ["n1", "n2"] and false_coverage_rate(res) == pytest.approx(2 / 8)
    assert [str(w) for w in told] == [
        f"[W410] {damaged}: cannot read this negative document's analysis (Unterminated string starting at: "
        "line 1 column 43 (char 42)); skipped, the figures go on without it"]
    with pytest.warns(NegativeSkippedWarning, match=r"^\[W410\] .*n3.*skipped, the figures go on without it$"):
        assert [r.doc_id for r in evaluate_negatives(tmp_path)] == ["n1", "n2"]


# ------------------------------------------------------------------ 5. background_vector checks the bank manifest


def test_background_vector_refuses_a_bank_that_does_not_match_its_manifest(tmp_path, repo_root):
    """The centring vector of compare/similarity reads the exemplar bank as a run does: a half-replaced
    pair (the exemplars of another build beside the manifest) is E413, not a silently wrong vector."""
    import numpy as np

    from analyser.bundle import BundlePaths, background_vector
    from analyser.errors import ScoreError

    def build(name: str, *docs: str):
        gold = tmp_path / f"gold-{name}"
        gold.mkdir()
        for d in docs:
            (gold / f"{d}.gold.json").write_bytes((repo_root / "tests/data/gold" / f"{d}.gold.json").read_bytes())
        result = runner.invoke(app, ["banks", "build", "--gold", str(gold), "--model", "hashing", "--out", str(tmp_path / name)])
        assert result.exit_code == 0, cli_output(result)
        return BundlePaths.for_model("hashing-fake", bank_dir=tmp_path / name)

    one, two = build("one", "xa-2025"), build("two", "xa-2025", "xd-2025")
    vec = background_vector("hashing-fake", bank_dir=tmp_path / "one")
    assert vec is not None and vec.shape == (384,) and np.isfinite(vec).all()
    one.exemplars.write_bytes(two.exemplars.read_bytes())  # a kill between the two files of a bank build
    with pytest.raises(ScoreError) as exc:
        background_vector("hashing-fake", bank_dir=tmp_path / "one")
    assert str(exc.value) == (f"[E413] {tmp_path / 'one'}: the bank files of hashing-fake do not match their manifest "
                              "(hashing-fake.npz differ(s) from hashing-fake.banks.json): a bank build was "
                              "interrupted; run `analyser banks build` again")


# ------------------------------------------------------------------ 6. E109 offset after a UTF-8 byte order mark


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_e109_names_the_byte_offset_in_the_file_also_after_a_utf8_bom(tmp_path, bom):
    """cp1252 "Stratégie" after a UTF-8 BOM: the bad byte é is byte 8 of the file (5 without the BOM);
    the message said 5 in both cases (the decoder counted after the BOM)."""
    from analyser.errors import ParseError
    from analyser.parse import parse

    path = tmp_path / "latin.txt"
    data = bom + "Stratégie française".encode("cp1252")
    path.write_bytes(data)
    with pytest.raises(ParseError) as exc:
        parse(path)
    offset = data.index("é".encode("cp1252"))
    assert offset == 5 + len(bom)
    assert str(exc.value) == (f"[E109] {path}: cannot read text file "
                              f"(not UTF-8 or UTF-16 text; save it as UTF-8 (invalid continuation byte at byte {offset}))")


# ------------------------------------------------------------------ 7. the run journal on a full disk


def _enospc_after(monkeypatch, n_bytes: int):
    """os.write writes at most ``n_bytes`` of the next call, then fails with ENOSPC (a disk that fills mid-write)."""
    import errno
    import os

    from analyser import runstate

    real = os.write
    state = {"left": n_bytes}

    def write(fd, data):
        if state["left"] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = real(fd, bytes(data[:state["left"]]))
        state["left"] -= n
        return n

    monkeypatch.setattr(runstate.os, "write", write)
    return real


def test_journal_append_on_a_full_disk_leaves_no_torn_line(tmp_path, monkeypatch):
    """ENOSPC after 17 bytes of the second document's line: OSError, the journal byte for byte as before;
    the next append lands on a line of its own and every finished document reads back."""
    import os

    from analyser.runstate import JOURNAL_NAME, RunJournal, read_journal

    journal = RunJournal(tmp_path, {"model": "hashing-fake"})
    journal.add({"doc_id": "a", "status": "success"})
    before = (tmp_path / JOURNAL_NAME).read_bytes()
    real = _enospc_after(monkeypatch, 17)
    with pytest.raises(OSError) as exc:
        journal.add({"doc_id": "b", "status": "success", "errors": [{"code": "W101", "message": "page 2 unreadable"}]})
    assert exc.value.strerror == "No space left on device"
    assert (tmp_path / JOURNAL_NAME).read_bytes() == before
    monkeypatch.setattr(os, "write", real)
    journal.add({"doc_id": "c", "status": "partial"})
    assert read_journal(tmp_path) == ({"model": "hashing-fake"}, [{"doc_id": "a", "status": "success"},
                                                                  {"doc_id": "c", "status": "partial"}])


def test_journal_torn_by_a_kill_mid_write_loses_no_later_document(tmp_path):
    """A writer killed mid-line left a torn tail: the next line is not glued to it; and a journal where an
    earlier version glued a record to a torn line still gives that record back."""
    from analyser.runstate import JOURNAL_NAME, RunJournal, read_journal

    journal = RunJournal(tmp_path, {"model": "hashing-fake"})
    with open(tmp_path / JOURNAL_NAME, "ab") as fh:
        fh.write(b'{"doc_id": "b", "status": "succ')  # killed here
    journal.add({"doc_id": "c", "status": "success"})
    assert read_journal(tmp_path)[1] == [{"doc_id": "c", "status": "success"}]
    with open(tmp_path / JOURNAL_NAME, "ab") as fh:
        fh.write(b'{"doc_id": "d", "errors": [{"co' + b'{"doc_id": "e", "status": "failed", "errors": [{"code": "E102"}]}\n')
    assert [r["doc_id"] for r in read_journal(tmp_path)[1]] == ["c", "e"]


def test_a_run_whose_journal_append_hits_a_full_disk_goes_on_and_says_so(tmp_path, monkeypatch, repo_root, fake_encoder):
    """analyse_corpus: the first document's journal line fails with ENOSPC; the run finishes, run.json lists
    both documents and carries W516 naming the document, no journal is left."""
    import errno

    from analyser.pipeline import analyse_corpus
    from analyser.runstate import JOURNAL_NAME, RunJournal

    real, calls = RunJournal.add, []

    def add(self, result):
        calls.append(result["doc_id"])
        if len(calls) == 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, result)

    monkeypatch.setattr(RunJournal, "add", add)
    out = tmp_path / "out"
    docs = [repo_root / "tests/data/dev" / f"{d}.txt" for d in ("xl-2025", "xp-2025")]
    results = analyse_corpus(docs, out=out, encoder=fake_encoder)
    assert [r.status for r in results] == ["success", "success"]
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert [d["doc_id"] for d in run["documents"]] == ["xl-2025", "xp-2025"]
    assert [w for w in run["warnings"] if "W516" in w] == [
        f"[W516] {out / JOURNAL_NAME}: cannot append {calls[0]!r} to the run journal (No space left on device); the "
        "journal is left as it was and the run goes on (its document is committed; only a kill before the run ends "
        "would leave it out of run.json)"]
    assert not (out / JOURNAL_NAME).exists()


# ------------------------------------------------------------------ 8. words broken in narrow table cells


def _narrow_table_pdf(path) -> None:
    """A ruled table with narrow columns (reportlab): long German words broken by the layout at the cell's
    edge without a hyphen, one cut with a line-end hyphen, normal wraps, and a single word that fills its
    cell before a lower-case word the table writes elsewhere too ("von")."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    st = ParagraphStyle("cell", fontName="Helvetica", fontSize=10, leading=12, splitLongWords=1)
    fill = stringWidth("Integration", "Helvetica", 10) + 12 + 1  # padding 6 + 6: "Integration" fills the cell
    rows = [["Maßnahme", "Zuständigkeit", "Ziel", "Anmerkung"],
            [Paragraph("Erstaufnahmeeinrichtungen ausbauen", st), Paragraph("Bundesministerium des Innern", st),
             Paragraph("Integration von Kindern", st), ""],
            [Paragraph("Rückkehr-<br/>beratung stärken", st), Paragraph("Länder und Kommunen", st), "",
             Paragraph("Schutz von Frauen", st)]]
    table = Table(rows, colWidths=[70, 80, fill, 150])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])


def test_words_broken_in_narrow_table_cells_are_joined_with_and_without_hyphen(tmp_path):
    """Was: "Erstaufnahm eeinrichtung en ausbauen", "Bundesministe rium", "Rückkehr-beratung"."""
    import pdfplumber

    from analyser.parse import parse

    pdf = tmp_path / "narrow.pdf"
    _narrow_table_pdf(pdf)
    with pdfplumber.open(pdf) as doc:  # the input really breaks those words at the cells' edges
        words = [w["text"] for w in doc.pages[0].extract_words()]
    assert {"Erstaufnahm", "eeinrichtung", "Bundesministe", "rium", "Rückkehr-", "beratung", "Integration"} <= set(words)
    tables = [b.text for b in parse(pdf).blocks if b.kind == "table"]
    assert tables == ["Maßnahme | Zuständigkeit | Ziel | Anmerkung\n"
                      "Erstaufnahmeeinrichtungen ausbauen | Bundesministerium des Innern | Integration von Kindern | \n"
                      "Rückkehrberatung stärken | Länder und Kommunen | | Schutz von Frauen"]


# ------------------------------------------------------------------ 9. crops on two-column pages


def test_crop_on_a_two_column_page_shows_only_the_sentences_column(repo_root):
    """tests/data/fresh/sl-2026.pdf (typeset in two columns): a sentence of column 1 and one of column 2 on
    page 1 each give a crop about one column wide (the page is 595 pt, a column 233 pt); before, both crops
    spanned the two columns (the 680-px maximum). The highlight stays inside the crop."""
    from analyser.output.crops import MAX_WIDTH, RESOLUTION, crop_key, page_columns, pdf_crops
    from analyser.parse import parse

    pdf = repo_root / "tests/data/fresh/sl-2026.pdf"
    left = ("Približno devet desetin jih je državo vstopilo nedovoljeno čez kopensko mejo, večina pa je v "
            "dveh tednih zapustila azilni dom in nadaljevala pot v druge države članice.")
    right = ("Osebe z mednarodno zaščito prejmejo 300 ur tečaja slovenščine, pomoč pri iskanju stanovanja in "
             "zaposlitve ter priznavanje izobrazbe.")
    items = [{"page": 1, "sentence": s, "text": s} for s in (left, right)]
    crops = pdf_crops(pdf, items, columns=page_columns(parse(pdf)))  # the column bounds the parse stage found
    column_px = (283 - 50 + 2 * 14) * RESOLUTION / 72.0  # the column's text plus the 14-pt margins
    for s in (left, right):
        crop = crops[crop_key(1, s, s)]
        assert crop.page == 1
        assert crop.width < MAX_WIDTH
        assert abs(crop.width - column_px) < 0.1 * column_px, (crop.width, column_px)
        assert all(0 <= b[0] < b[2] <= 1.0 for b in crop.boxes)
