"""Command line (typer) with the fake encoder: exit codes, messages, outputs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyser import __version__
from analyser.cli import app

REPO = Path(__file__).parents[1]
GOLD_DIR = REPO / "tests" / "data" / "gold"

runner = CliRunner()


def _output(result) -> str:
    """stdout and stderr of a CliRunner result (click ≥ 8.2 keeps stderr apart)."""
    text = result.output
    try:
        err = result.stderr
    except (ValueError, AttributeError):
        err = ""
    return text + ("" if err and err in text else err)


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    src = tmp_path_factory.mktemp("cli_in")
    shutil.copy(REPO / "corpus" / "xb-2025.word.pdf", src / "xb-2025.word.pdf")
    (src / "broken.pdf").write_text("this is plain text, not a PDF\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("cli_out")
    result = runner.invoke(app, ["analyse", str(src), "--out", str(out), "--model", "hashing", "--quiet"])
    return src, out, result


def test_version():
    # `analyser --version` with no command must print the version, not "Missing command."
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == __version__


def test_analyse_partial_failure_exit_1(analysed):
    _, out, result = analysed
    text = _output(result)
    assert result.exit_code == 1, text
    assert "broken" in text
    assert "E103" in text
    assert "1 of 2 documents analysed" in text
    assert (out / "xb-2025" / "analysis.json").is_file()
    assert (out / "xb-2025" / "report.md").is_file()
    assert not (out / "broken").exists()
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["counts"]["success"] == 1 and run["counts"]["failed"] == 1
    assert run["model"] == "hashing-fake"


def test_analyse_empty_folder_exit_2(tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    result = runner.invoke(app, ["analyse", str(empty), "--out", str(tmp_path / "out"), "--model", "hashing"])
    assert result.exit_code == 2
    assert "E501" in _output(result)
    assert not (tmp_path / "out" / "run.json").exists()


def test_eval_prints_table(analysed, tmp_path):
    _, out, _ = analysed
    json_out = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", str(out), "--gold", str(GOLD_DIR), "--json", str(json_out)])
    text = _output(result)
    assert result.exit_code == 0, text
    assert "xb-2025" in text
    assert "Evaluation of" in text
    rows = json.loads(json_out.read_text(encoding="utf-8"))
    assert [r["doc_id"] for r in rows] == ["xb-2025"]  # only the analysed gold document
    assert 0.0 <= rows[0]["section_accuracy"] <= 1.0
    assert rows[0]["word_recall"] > 0.9
    assert "need two or more annotated documents: skipped" in text  # one document: no leave-one-out


def test_eval_missing_gold_exit_2(analysed, tmp_path):
    _, out, _ = analysed
    result = runner.invoke(app, ["eval", str(out), "--gold", str(tmp_path)])
    assert result.exit_code == 2
    assert "E402" in _output(result)


def test_usage_errors_exit_2(tmp_path):
    pdf = REPO / "corpus" / "xb-2025.word.pdf"
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["analyse", str(pdf), "--out", str(blocker), "--model", "hashing"])
    assert result.exit_code == 2
    assert "[E502]" in _output(result) and "a-file" in _output(result)
    result = runner.invoke(app, ["analyse", str(pdf), "--lang", "xx", "--out", str(tmp_path / "o"), "--model", "hashing"])
    assert result.exit_code == 2
    assert "'xx' is not an EU language code" in _output(result)
    result = runner.invoke(app, ["eval", str(tmp_path / "nowhere"), "--gold", str(GOLD_DIR)])
    assert result.exit_code == 2
    assert "no such output folder" in _output(result)


def test_duplicate_doc_ids_skipped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = (REPO / "tests" / "data" / "dev" / "xb-2025.txt").read_text(encoding="utf-8")
    (src / "de-2026.txt").write_text(text, encoding="utf-8")
    (src / "de-2026.word.txt").write_text(text, encoding="utf-8")  # same id once the layout suffix is dropped
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyse", str(src), "--out", str(out), "--model", "hashing", "--quiet"])
    assert result.exit_code == 1, _output(result)  # an input left out is an error
    assert "[E503]" in _output(result) and "de-2026.word.txt" in _output(result)
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert [d["status"] for d in run["documents"]] == ["success", "failed"]


def test_template_extract_writes_a_pack(tmp_path):
    src = REPO / "tests" / "data" / "dev" / "xm-2025.txt"
    result = runner.invoke(app, ["template", "extract", str(src), "--lang", "hu", "--out", str(tmp_path)])
    assert result.exit_code == 0, _output(result)
    assert "17 sections, 33 questions" in _output(result)
    pack = json.loads((tmp_path / "hu.json").read_text(encoding="utf-8"))
    assert pack["language"] == "hu" and pack["template"] == "eu-2025-503"
    result = runner.invoke(app, ["template", "extract", str(REPO / "README.md"), "--lang", "en", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "[E201]" in _output(result)


def test_eval_ignores_folders_of_earlier_runs(analysed, tmp_path):
    """Only the documents of the latest run (run.json) are scored."""
    _, out, _ = analysed
    stale = tmp_path / "out"
    shutil.copytree(out, stale)
    shutil.copytree(stale / "xb-2025", stale / "xa-2025")  # a folder left by an earlier run
    json_out = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", str(stale), "--gold", str(GOLD_DIR), "--json", str(json_out)])
    assert result.exit_code == 0, _output(result)
    assert [r["doc_id"] for r in json.loads(json_out.read_text(encoding="utf-8"))] == ["xb-2025"]
    (stale / "run.json").unlink()  # without a run record every analysis folder counts
    result = runner.invoke(app, ["eval", str(stale), "--gold", str(GOLD_DIR), "--json", str(json_out)])
    assert [r["doc_id"] for r in json.loads(json_out.read_text(encoding="utf-8"))] == ["xa-2025", "xb-2025"]


def test_eval_prints_leave_one_document_out_figures(fake_run, tmp_path):
    """`analyser eval` also scores every document with a calibration fitted without it (issue 5)."""
    out, _ = fake_run
    json_out = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", str(out), "--gold", str(GOLD_DIR), "--json", str(json_out)])
    text = _output(result)
    assert result.exit_code == 0, text
    assert "leave-one-document-out over 3 documents, 132 key elements" in text
    assert "evaluated, not written" in text
    assert "per language:" in text and " bg " in text and " pl " in text
    rows = {r["doc_id"]: r for r in json.loads(json_out.read_text(encoding="utf-8"))}
    assert set(rows) == {"xa-2025", "xd-2025", "xo-2025"}
    for r in rows.values():
        assert 0.0 <= r["lodo_agreement"] <= 1.0 and 0.0 <= r["lodo_accuracy3"] <= 1.0
    result = runner.invoke(app, ["eval", str(out), "--gold", str(GOLD_DIR), "--no-lodo"])
    assert result.exit_code == 0 and "leave-one-document-out" not in _output(result)


def test_eval_bad_analyses_give_clear_errors(fake_run, tmp_path):
    """Corrupt, stale and mixed-model analyses: a coded message, never a traceback, and no stale document counted."""
    out, _ = fake_run
    work = tmp_path / "out"
    shutil.copytree(out, work)
    # a folder of an earlier run (not in run.json) is not scored, not even leave-one-document-out
    shutil.copytree(work / "xa-2025", work / "xb-2025")
    result = runner.invoke(app, ["eval", str(work), "--gold", str(GOLD_DIR)])
    assert result.exit_code == 0, _output(result)
    assert "leave-one-document-out over 3 documents" in _output(result)
    # an analysis made with another model: the leave-one-out figures are refused, the rest is printed
    path = work / "xd-2025" / "analysis.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["model"]["name"] = "another-model"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(work), "--gold", str(GOLD_DIR)])
    assert result.exit_code == 0, _output(result)
    assert "[E404]" in _output(result) and "another-model" in _output(result)
    # a damaged analysis.json: exit 2 naming the file
    path.write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(work), "--gold", str(GOLD_DIR)])
    assert result.exit_code == 2
    assert "[E403]" in _output(result) and "xd-2025" in _output(result)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    result = runner.invoke(app, ["calibrate", str(work), "--gold", str(GOLD_DIR), "--output", str(tmp_path / "c.json")])
    assert result.exit_code == 2 and "[E403]" in _output(result)


def test_warning_lines_carry_their_code_on_a_reused_run_too(tmp_path):
    """A reused document's warnings came back from analysis.json without their code: the first run printed
    "tr-2026: [W111] …", the next one "tr-2026: …/tr-2026.txt: the text is in 'tr' …" (fresh-eyes trial)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "tr-2026.txt").write_text(
        "Ulusal iltica ve göç yönetiminin bağlamı\n\nTürkiye, dünyada en fazla mülteci barındıran ülkedir. 2024 yılında "
        "geçici koruma altındaki Suriyelilerin sayısı 3,1 milyon olarak kaydedilmiştir. Kabul ve barınma merkezlerinin "
        "kapasitesi 20.000 kişiye çıkarılacaktır. Refakatsiz çocuklar özel merkezlerde barındırılacaktır.\n", encoding="utf-8")
    out = tmp_path / "out"
    lines = []
    for _ in range(2):
        result = runner.invoke(app, ["analyse", str(src), "--out", str(out), "--model", "hashing", "--quiet"])
        assert result.exit_code == 0, _output(result)
        lines.append([ln for ln in _output(result).splitlines() if ln.startswith("tr-2026:")])
    first, again = lines
    assert first == again
    assert len(first) == 1 and first[0].startswith(f"tr-2026: [W111] {src / 'tr-2026.txt'}: the text is in 'tr'")
