"""Command line (typer) with the fake encoder: exit codes, messages, outputs."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyser import __version__
from analyser.cli import app

from conftest import cli_output

REPO = Path(__file__).parents[1]
GOLD_DIR = REPO / "tests" / "data" / "gold"

runner = CliRunner()




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
    text = cli_output(result)
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
    assert "E501" in cli_output(result)
    assert not (tmp_path / "out" / "run.json").exists()


def test_eval_prints_table(analysed, tmp_path):
    _, out, _ = analysed
    json_out = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", str(out), "--gold", str(GOLD_DIR), "--json", str(json_out)])
    text = cli_output(result)
    assert result.exit_code == 0, text
    assert "xb-2025" in text
    assert "Evaluation of" in text
    rows = json.loads(json_out.read_text(encoding="utf-8"))
    assert [r["doc_id"] for r in rows] == ["xb-2025"]  # only the analysed gold document
    assert 0.0 <= rows[0]["section_accuracy"] <= 1.0
    assert rows[0]["word_recall"] > 0.9
    assert "need two or more annotated documents: skipped" in text  # one document: no leave-one-out
    assert "fitted again without each" not in text


def test_eval_missing_gold_exit_2(analysed, tmp_path):
    _, out, _ = analysed
    result = runner.invoke(app, ["eval", str(out), "--gold", str(tmp_path)])
    assert result.exit_code == 2
    assert "E402" in cli_output(result)


def test_usage_errors_exit_2(tmp_path):
    pdf = REPO / "corpus" / "xb-2025.word.pdf"
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["analyse", str(pdf), "--out", str(blocker), "--model", "hashing"])
    assert result.exit_code == 2
    assert "[E502]" in cli_output(result) and "a-file" in cli_output(result)
    result = runner.invoke(app, ["analyse", str(pdf), "--lang", "xx", "--out", str(tmp_path / "o"), "--model", "hashing"])
    assert result.exit_code == 2
    assert "'xx' is not an EU language code" in cli_output(result)
    result = runner.invoke(app, ["eval", str(tmp_path / "nowhere"), "--gold", str(GOLD_DIR)])
    assert result.exit_code == 2
    assert "no such output folder" in cli_output(result)


def test_duplicate_doc_ids_skipped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = (REPO / "tests" / "data" / "dev" / "xb-2025.txt").read_text(encoding="utf-8")
    (src / "de-2026.txt").write_text(text, encoding="utf-8")
    (src / "de-2026.word.txt").write_text(text, encoding="utf-8")  # same id once the layout suffix is dropped
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyse", str(src), "--out", str(out), "--model", "hashing", "--quiet"])
    assert result.exit_code == 1, cli_output(result)  # an input left out is an error
    assert "[E503]" in cli_output(result) and "de-2026.word.txt" in cli_output(result)
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert [d["status"] for d in run["documents"]] == ["success", "failed"]


def test_template_extract_writes_a_pack(tmp_path):
    src = REPO / "tests" / "data" / "dev" / "xm-2025.txt"
    result = runner.invoke(app, ["template", "extract", str(src), "--lang", "hu", "--out", str(tmp_path)])
    assert result.exit_code == 0, cli_output(result)
    assert "17 sections, 33 questions" in cli_output(result)
    pack = json.loads((tmp_path / "hu.json").read_text(encoding="utf-8"))
    assert pack["language"] == "hu" and pack["template"] == "eu-2025-503"
    result = runner.invoke(app, ["template", "extract", str(REPO / "README.md"), "--lang", "en", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "[E201]" in cli_output(result)


def test_eval_ignores_folders_of_earlier_runs(analysed, tmp_path):
    """Only the documents of the latest run (run.json) are scored."""
    _, out, _ = analysed
    stale = tmp_path / "out"
    shutil.copytree(out, stale)
    shutil.copytree(stale / "xb-2025", stale / "xa-2025")  # a folder left by an earlier run
    json_out = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", str(stale), "--gold", str(GOLD_DIR), "--json", str(json_out)])
    assert result.exit_code == 0, cli_output(result)
    assert [r["doc_id"] for r in json.loads(json_out.read_text(encoding="utf-8"))] == ["xb-2025"]
    (stale / "run.json").unlink()  # without a run record every analysis folder counts
    result = runner.invoke(app, ["eval", str(stale), "--gold", str(GOLD_DIR), "--json", str(json_out)])
    assert [r["doc_id"] for r in json.loads(json_out.read_text(encoding="utf-8"))] == ["xa-2025", "xb-2025"]


def test_eval_prints_leave_one_document_out_figures(fake_run, tmp_path):
    """`analyser eval` also scores every document with a calibration fitted without it (issue 5)."""
    out, _ = fake_run
    json_out = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", str(out), "--gold", str(GOLD_DIR), "--json", str(json_out)])
    text = cli_output(result)
    assert result.exit_code == 0, text
    assert "leave-one-document-out over 3 documents, 132 key elements" in text
    assert "evaluated, not written" in text
    assert "per language:" in text and " bg " in text and " pl " in text
    rows = {r["doc_id"]: r for r in json.loads(json_out.read_text(encoding="utf-8"))}
    assert set(rows) == {"xa-2025", "xd-2025", "xo-2025"}
    for r in rows.values():
        assert 0.0 <= r["lodo_agreement"] <= 1.0 and 0.0 <= r["lodo_accuracy3"] <= 1.0
    result = runner.invoke(app, ["eval", str(out), "--gold", str(GOLD_DIR), "--no-lodo"])
    assert result.exit_code == 0 and "leave-one-document-out" not in cli_output(result)


def test_eval_bad_analyses_give_clear_errors(fake_run, tmp_path):
    """Corrupt, stale and mixed-model analyses: a coded message, never a traceback, and no stale document counted."""
    out, _ = fake_run
    work = tmp_path / "out"
    shutil.copytree(out, work)
    # a folder of an earlier run (not in run.json) is not scored, not even leave-one-document-out
    shutil.copytree(work / "xa-2025", work / "xb-2025")
    result = runner.invoke(app, ["eval", str(work), "--gold", str(GOLD_DIR)])
    assert result.exit_code == 0, cli_output(result)
    assert "leave-one-document-out over 3 documents" in cli_output(result)
    # an analysis made with another model: the leave-one-out figures are refused, the rest is printed
    path = work / "xd-2025" / "analysis.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["model"]["name"] = "another-model"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(work), "--gold", str(GOLD_DIR)])
    assert result.exit_code == 0, cli_output(result)
    assert "[E404]" in cli_output(result) and "another-model" in cli_output(result)
    # a damaged analysis.json: skipped naming the file, the rest evaluated, exit 1
    path.write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(work), "--gold", str(GOLD_DIR)])
    assert result.exit_code == 1
    assert "[E403]" in cli_output(result) and "xd-2025" in cli_output(result)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    result = runner.invoke(app, ["calibrate", str(work), "--gold", str(GOLD_DIR), "--output", str(tmp_path / "c.json")])
    assert result.exit_code == 1 and "[E403]" in cli_output(result)


def _damage(work: Path) -> tuple[Path, Path]:
    """Two damaged analyses in a copy of the fake run: xa truncated (not JSON), xo JSON without blocks."""
    xa, xo = work / "xa-2025" / "analysis.json", work / "xo-2025" / "analysis.json"
    text = xa.read_text(encoding="utf-8")
    xa.write_text(text[: len(text) // 2], encoding="utf-8")
    data = json.loads(xo.read_text(encoding="utf-8"))
    del data["blocks"]
    xo.write_text(json.dumps(data), encoding="utf-8")
    return xa, xo


def test_eval_skips_damaged_analyses_and_goes_on(fake_run, tmp_path):
    """Two damaged analysis.json: one E403 warning line each naming the file, the third document is
    evaluated all the same, exit 1 naming the skipped documents at the end (a damaged folder the latest
    run did not analyse is not read)."""
    work = tmp_path / "out"
    shutil.copytree(fake_run[0], work)
    xa, xo = _damage(work)
    shutil.copytree(work / "xo-2025", work / "xb-2025")  # a damaged folder of an earlier run: not read, not warned
    json_out = tmp_path / "rows.json"
    result = runner.invoke(app, ["eval", str(work), "--gold", str(GOLD_DIR), "--no-lodo", "--json", str(json_out)],
                           env={"COLUMNS": "400"})
    text = result.output  # stdout and stderr interleaved (click >= 8.2)
    assert result.exit_code == 1, text
    warned = [line for line in text.splitlines() if "[E403]" in line]
    assert len(warned) == 2, text
    assert str(xa) in warned[0] and warned[0].startswith("warning:") and warned[0].endswith("; skipped")
    assert str(xo) in warned[1] and "blocks" in warned[1]
    assert [r["doc_id"] for r in json.loads(json_out.read_text(encoding="utf-8"))] == ["xd-2025"]
    assert "skipped: 2 damaged analyses (xa-2025, xo-2025)" in text


def test_calibrate_skips_damaged_analyses_and_goes_on(fake_run, tmp_path):
    """`calibrate` with one damaged analysis.json: E403 warning naming it, the calibration is fitted on the
    other two documents and written, exit 1."""
    work = tmp_path / "out"
    shutil.copytree(fake_run[0], work)
    xa = work / "xa-2025" / "analysis.json"
    xa.write_text("{not json", encoding="utf-8")
    target = tmp_path / "c.json"
    result = runner.invoke(app, ["calibrate", str(work), "--gold", str(GOLD_DIR), "--output", str(target)],
                           env={"COLUMNS": "400"})
    text = result.output  # stdout and stderr interleaved (click >= 8.2)
    assert result.exit_code == 1, text
    assert [line for line in text.splitlines() if "[E403]" in line] == [
        f"warning: [E403] {xa}: cannot read analysis (Expecting property name enclosed in double "
        "quotes: line 1 column 2 (char 1)); skipped"]
    assert sorted(json.loads(target.read_text(encoding="utf-8"))["fitted_on"]) == ["xd-2025", "xo-2025"]
    assert "skipped: 1 damaged analyses (xa-2025)" in text


def test_analyse_takes_the_language_code_in_any_case(tmp_path):
    """`analyse --lang EN` was refused (E521) while `--lang en` worked; an unknown code is still E521."""
    src = REPO / "tests" / "data" / "dev" / "xa-2025.txt"
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyse", str(src), "--out", str(out), "--model", "hashing", "--quiet", "--lang", "EN"])
    assert result.exit_code == 0, cli_output(result)
    assert json.loads((out / "xa-2025" / "analysis.json").read_text(encoding="utf-8"))["language"] == "en"
    result = runner.invoke(app, ["analyse", str(src), "--out", str(out), "--model", "hashing", "--quiet", "--lang", "XX"])
    assert result.exit_code == 2
    assert "[E521] language 'XX' is not an EU language code" in cli_output(result)


@pytest.mark.parametrize(("content", "reason"), [
    ([], "the file holds an empty list, not a gold object with doc_id, blocks and coverage"),
    ({}, "no doc_id (the file holds an empty object)"),
    ("LANGUAGE=[]", "language is an empty list, not a string"),
    ("LANGUAGE={}", "language is an empty object, not a string"),
    ("ROLE=[]", "block b0001: role is an empty list, not a string"),
    ("SECTION={}", "block b0001: section is an empty object, not a string or null"),
    ("BLOCKS={}", "blocks is an empty object, not a list of blocks"),
    ("COVERAGE=[]", "coverage is an empty list, not an object of key elements"),
    ("EVIDENCE={}", "coverage 1.a: evidence is an empty object, not a list of block ids"),
])
def test_eval_gold_with_empty_lists_or_objects_is_a_plain_e402(fake_run, tmp_path, content, reason):
    """Gold files (or fields) that are [] or {}: one E402 line naming the file and what is wrong in plain
    words (was "unhashable type: 'list'" tracebacks, or E403 blaming the analysis.json)."""
    gold = tmp_path / "gold"
    gold.mkdir()
    for doc in ("xd-2025", "xo-2025"):
        shutil.copy(GOLD_DIR / f"{doc}.gold.json", gold)
    if isinstance(content, str):
        data = json.loads((GOLD_DIR / "xa-2025.gold.json").read_text(encoding="utf-8"))
        what, value = content.split("=")
        value = json.loads(value)
        if what == "ROLE" or what == "SECTION":
            data["blocks"][0][what.lower()] = value
        elif what == "EVIDENCE":
            data["coverage"]["1.a"]["evidence"] = value
        else:
            data[what.lower()] = value
        content = data
    path = gold / "xa-2025.gold.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    for cmd in (["eval", str(fake_run[0]), "--gold", str(gold), "--no-lodo"],
                ["calibrate", str(fake_run[0]), "--gold", str(gold), "--output", str(tmp_path / "c.json")]):
        result = runner.invoke(app, cmd, env={"COLUMNS": "400"})
        assert result.exit_code == 2, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert f"error: [E402] {path}: cannot read gold annotations ({reason})" in result.output
    assert not (tmp_path / "c.json").exists()


def test_analyse_takes_an_aspect_calibration_file(tmp_path):
    """`analyse --aspect-calibration FILE` beside `--calibration`: the file decides the aspects, is part of
    the run fingerprint (a new file recomputes, the same file reuses), and a missing or malformed file is
    one coded line (E422) and exit 2, as E401 for `--calibration`."""
    shipped = REPO / "src" / "analyser" / "data" / "calibration" / "multilingual-e5-small.aspects.json"
    strict = json.loads(shipped.read_text(encoding="utf-8"))
    strict["threshold"] = 0.999999  # hardly any aspect covered: covered key elements become partial
    strict_file = tmp_path / "strict.aspects.json"
    strict_file.write_text(json.dumps(strict), encoding="utf-8")
    src = REPO / "tests" / "data" / "dev" / "xa-2025.txt"

    def labels(out):
        cov = json.loads((out / "xa-2025" / "analysis.json").read_text(encoding="utf-8"))["coverage"]
        return {k: c["label"] for k, c in cov.items()}

    def run(out, *extra):
        result = runner.invoke(app, ["analyse", str(src), "--out", str(out), "--model", "hashing", "--quiet", *extra])
        assert result.exit_code == 0, cli_output(result)
        return json.loads((out / "run.json").read_text(encoding="utf-8"))

    shipped_run = run(tmp_path / "a")
    strict_run = run(tmp_path / "b", "--aspect-calibration", str(strict_file))
    base, tight = labels(tmp_path / "a"), labels(tmp_path / "b")
    assert {k for k, v in base.items() if v == "absent"} == {k for k, v in tight.items() if v == "absent"}
    assert sum(v == "addressed" for v in tight.values()) < sum(v == "addressed" for v in base.values())
    assert shipped_run["fingerprint"] != strict_run["fingerprint"]
    # the same file again: reused; the shipped one on that output: recomputed
    assert run(tmp_path / "b", "--aspect-calibration", str(strict_file))["documents"][0]["reused"] is True
    assert run(tmp_path / "b")["documents"][0]["reused"] is False
    assert labels(tmp_path / "b") == base
    for bad, reason in ((tmp_path / "nope.json", "file not found"), (tmp_path / "bad.json", "JSONDecodeError")):
        if bad.name == "bad.json":
            bad.write_text("{not json", encoding="utf-8")
        result = runner.invoke(app, ["analyse", str(src), "--out", str(tmp_path / "c"), "--model", "hashing", "--quiet",
                                     "--aspect-calibration", str(bad)])
        assert result.exit_code == 2
        assert f"error: [E422] {bad}: cannot read aspect calibration ({reason}" in cli_output(result)


# ------------------------------------------------------------------ defects a fresh user found (were in test_fresh_findings.py)



def test_eval_of_a_missing_folder_is_a_coded_error(tmp_path):
    """`analyser eval /no/such --gold tests/data/gold` said "error: …: no such output folder" with no code."""
    result = runner.invoke(app, ["eval", str(tmp_path / "nope"), "--gold", str(GOLD_DIR)])
    assert result.exit_code == 2
    assert re.search(r"\[E\d{3}\] .*nope", result.output)


def test_eval_of_a_folder_that_is_not_an_output_is_a_coded_error(tmp_path):
    """`analyser eval EMPTY_FOLDER --gold …` printed empty tables and exited 0."""
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["eval", str(empty), "--gold", str(GOLD_DIR)])
    assert result.exit_code == 2
    assert re.search(r"\[E\d{3}\]", result.output)


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
        assert result.exit_code == 0, cli_output(result)
        lines.append([ln for ln in cli_output(result).splitlines() if ln.startswith("tr-2026:")])
    first, again = lines
    assert first == again
    assert len(first) == 1 and first[0].startswith(f"tr-2026: [W111] {src / 'tr-2026.txt'}: the text is in 'tr'")
