"""Defects found by the fresh-eyes tester of the thirteenth session (fast tests: parse only, hashing encoder, CLI).

Inputs and findings: ``tests/data/fresh10/README.md``; the binaries are written by ``tests/data/fresh10/make_inputs.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyser.cli import app
from analyser.parse import parse
from analyser.parse.tables import qa_cells
from analyser.runstate import JOURNAL_NAME
from conftest import cli_output, fill_disk

FRESH10 = Path(__file__).parent / "data" / "fresh10"
runner = CliRunner()


def test_a_strategy_that_is_one_section_question_answer_table_is_read_apart() -> None:
    """``et-2026.one-table.pdf``: the whole Estonian strategy one ruled table "Jagu | Küsimus | Vastus" whose first
    cells carry the section's title after its number ("2.1.2. Tagasipöördumine") and whose questions are short
    ("Millised on vastuvõtutingimused?", three words). It was one ``table`` block placed in 2.4, and the document was
    put out of scope (W601, genre 0.34): nothing of the strategy was assessed."""
    doc = parse(FRESH10 / "et-2026.one-table.pdf")
    kinds = [(b.kind, b.text.split("|")[0].strip()[:12]) for b in doc.blocks]
    assert kinds[0] == ("table", "Jagu")
    assert [t for k, t in kinds if k == "heading"] == ["1. Riiklik o", "2.1.2. Tagas", "2.3.3. Vastu", "2.6. Suutlik"]
    assert sum(k == "paragraph" for k, _ in kinds) == 8  # a question and an answer per row
    assert doc.blocks[2].text == "Mida näitavad arvud ja riskianalüüs?"


def test_question_answer_table_keeps_refusing_measures_and_sentences_in_the_first_cell() -> None:
    """The relaxed section cell is a number and a short title, never a sentence; a short cell without a question
    mark is no question (a table of measures: number and name | body | deadline stays a table)."""
    measures = [["Nr", "Meede", "Vastutaja"],
                ["1.1 Uued kohad", "Ehitame 300 uut kohta Vao keskusesse", "Siseministeerium ja omavalitsused 2027"],
                ["1.2 Koolitus", "Koolitame 40 ametnikku aastas", "Politsei- ja Piirivalveamet"]]
    assert qa_cells(measures) is None
    sentence = [["Osa", "Küsimus", "Vastus"],
                ["2.1 Eesti ehitab keskuse.", "Kus asub keskus?", "Keskus asub Vaos ja sellel on 600 kohta."],
                ["2.2", "Kes vastutab?", "Vastutab siseministeerium koos omavalitsustega."]]
    assert qa_cells(sentence) is None


def test_a_failed_commit_of_a_new_document_does_not_claim_an_earlier_analysis(tmp_path, monkeypatch) -> None:
    """A first run on a full disk (tmpfs of 600 kB) said of every document "E515 …; its earlier analysis is kept"
    when nothing of it had ever been stored."""
    import analyser.io as aio

    fill_disk(monkeypatch, (aio,), lambda name, mode: name.endswith(".part") and "w" in mode
              and not Path(name).name.startswith(f".{JOURNAL_NAME}."))
    src = FRESH10 / "hr-2026.excerpt-A-B.txt"
    result = runner.invoke(app, ["analyse", str(src), "--out", str(tmp_path / "out"), "--model", "hashing", "--quiet"])
    text = " ".join(cli_output(result).split())
    assert result.exit_code == 2, text
    assert (f"[E515] {src}: the analysis could not be committed to the store (No space left on device); it has no "
            "earlier analysis; run again") in text
    assert "its earlier analysis is kept" not in text


def _analysed(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyse", str(FRESH10 / "hr-2026.excerpt-A-B.txt"), "--out", str(out),
                                 "--model", "hashing", "--quiet", "--no-images"])
    assert result.exit_code == 0, cli_output(result)
    return out


def _leftovers(out: Path) -> tuple[list[Path], list[Path]]:
    """(the temporaries a kill -9 of report/review/analyse leaves, files that must stay) written into ``out``."""
    doc = out / "hr-2026.excerpt-A-B"
    stale = [doc / ".report.html.v4cr9clw.part", doc / ".report.md.k2_9xq0a.part", doc / ".analysis.json.a1b2c3d4.part",
             out / ".summary.csv.zz81kq0p.part", out / ".coverage.xlsx.0abcdefg.part", out / ".reviews.csv.qq1w2e3r.part"]
    (out / "notes").mkdir()
    keep = [doc / "report.html", doc / "analysis.json", out / "summary.csv",
            doc / ".notes.txt.abcdefgh.part",  # an analyst's own temporary (not a name the analyser writes)
            out / ".compare-a-b.html.abcdefgh.part",  # compare takes no lock: a running one may own it
            doc / ".report.html.part",  # not the atomic writer's name
            out / "notes" / ".report.html.abcdefgh.part"]  # not a document folder (no analysis.json)
    for f in stale + keep:
        if not f.exists():
            f.write_text("<html><body>half", encoding="utf-8")
    return stale, keep


@pytest.mark.parametrize("command", ["report", "review", "analyse", "compare"])
def test_a_killed_commands_part_files_are_removed_by_the_next_command(tmp_path, command) -> None:
    """fresh10 #8: a kill -9 of ``report`` or ``review`` while it wrote a report left
    ``OUT/<doc_id>/.report.html.<random>.part`` (3 of 8 kills) and no later command removed it. Now every command
    (through ``recover_output``) removes the atomic writer's temporaries of the files the analyser writes, in the
    document folders and ``OUT``, when no process holds the run and refresh locks; finished files, an analyst's
    files and the temporaries of unlocked writers (``compare``) stay."""
    out = _analysed(tmp_path)
    stale, keep = _leftovers(out)
    before = {f: f.read_bytes() for f in keep}
    args = {"report": ["report", str(out), "--no-images"],
            "review": ["review", "hr-2026.excerpt-A-B", "1.a", "absent", "--out", str(out)],
            "analyse": ["analyse", str(FRESH10 / "hr-2026.excerpt-A-B.txt"), "--out", str(out), "--model", "hashing",
                        "--quiet", "--no-images"],
            "compare": ["compare", "hr-2026.excerpt-A-B", "hr-2026.excerpt-A-B", "--out", str(out)]}[command]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, cli_output(result)
    assert [f for f in stale if f.exists()] == []
    assert all(f.exists() for f in keep)
    assert {f: f.read_bytes() for f in keep if f.name.endswith(".part")} == {
        f: b for f, b in before.items() if f.name.endswith(".part")}


def test_part_files_are_kept_while_another_process_may_own_them(tmp_path) -> None:
    """While a refresh (``.refresh.lock``) or an ``analyse`` run (``.analyse.lock``) holds its lock, its temporaries
    may be live: nothing is removed (the next command does it); a held ``reviews.csv.lock`` keeps only
    ``reviews.csv``'s temporaries."""
    import fcntl

    from analyser.pipeline.maintenance import drop_stale_parts

    out = _analysed(tmp_path)
    stale, _ = _leftovers(out)
    for name in (".refresh.lock", ".analyse.lock"):
        with open(out / name, "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            assert drop_stale_parts(out) == []
            assert all(f.exists() for f in stale)
    with open(out / "reviews.csv.lock", "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert sorted(drop_stale_parts(out)) == sorted(f for f in stale if "reviews" not in f.name)
    assert drop_stale_parts(out) == [out / ".reviews.csv.qq1w2e3r.part"]


def test_the_unreadable_inputs_fail_alone_with_one_coded_line_each(tmp_path) -> None:
    """Zero-byte .docx, a BOM-only text, a PNG named .txt, glyphs drawn as vector outlines (no text layer) and an
    encrypted PDF whose name has quotes, spaces and non-ASCII letters: one coded line each, naming the file."""
    names = ["zero-byte.docx", "bom-only.txt", "lt-2026.screenshot.txt", "el-2026.text-as-outlines.pdf",
             'Strategija 2026 – "osnutek" (šifrirano).pdf']
    result = runner.invoke(app, ["analyse", *[str(FRESH10 / n) for n in names], "--out", str(tmp_path / "out"),
                                 "--model", "hashing", "--quiet"])
    text = cli_output(result)
    assert result.exit_code == 1, text
    assert "Traceback" not in text
    for name, code in zip(names, ["E102", "E107", "E109", "E107", "E105"]):
        assert f"[{code}] {FRESH10 / name}: " in text, (name, text)
    assert "give the password with --password" in text
    # a PNG named .txt said "not UTF-8 or UTF-16 text; save it as UTF-8 (invalid start byte at byte 0)"
    assert (f"[E109] {FRESH10 / 'lt-2026.screenshot.txt'}: cannot read text file (it is a PNG image, not text; save the "
            "strategy's text as UTF-8 .txt, or give the original PDF or .docx)") in " ".join(text.split())


def test_a_word_draft_with_tracked_deletions_says_that_deleted_text_was_left_out(tmp_path) -> None:
    """fresh10 #9: ``cs-2026.moved-tracked.docx`` (tracked changes: "2 000" deleted, "1 500" inserted, a sentence
    moved, the whole answer of 2.4 deleted) was read as accepted without a word, while a PDF's struck text says
    W103. Now W104 counts the deleted characters ("2 000" and the 2.4 answer: 5 + 116; a moved-away run is not
    counted, Word reads it where it was moved to), in the
    parse and on the command line; a Word file without tracked deletions says nothing."""
    src = FRESH10 / "cs-2026.moved-tracked.docx"
    doc = parse(src)
    w104 = (f"[W104] {src}: the Word file holds tracked changes; 121 deleted character(s) (2 deletion(s)) were left "
            "out and the insertions read, as if every change were accepted (a draft?); check the analysis against "
            "the final text")
    assert doc.warnings == (w104,)
    text = " ".join(b.text for b in doc.blocks)
    assert "1 500" in text and "10 000 nouzových" not in text and "Bělé-Jezové" not in text
    assert parse(FRESH10 / "fi-2026.autonumber-bullets.docx").warnings == ()
    result = runner.invoke(app, ["analyse", str(src), "--out", str(tmp_path / "out"), "--model", "hashing", "--quiet",
                                 "--no-images"])
    assert result.exit_code == 0, cli_output(result)
    assert f"cs-2026.moved-tracked: {w104}" in " ".join(cli_output(result).split())


def test_analyse_of_paths_that_do_not_exist_creates_no_output_folder(tmp_path) -> None:
    """fresh10 #9: ``analyse /typo --out X`` said E101 (exit 1) and created X with a store, empty exports and a
    run.json of one failed document. Now: one E101 line per path, exit 1, X not created; an existing X is left
    byte for byte as it was (a run.json of the earlier run, not one of a failed /typo)."""
    missing = [tmp_path / "typo", tmp_path / "no-such-folder" / "x.pdf"]
    out = tmp_path / "X"
    result = runner.invoke(app, ["analyse", *map(str, missing), "--out", str(out), "--model", "hashing"])
    assert result.exit_code == 1
    assert cli_output(result).splitlines() == [f"error: [E101] {missing[0]}: file not found",
                                               f"error: [E101] {missing[1]}: file not found",
                                               f"nothing analysed; {out} not created"]
    assert not out.exists()
    out = _analysed(tmp_path)
    before = {f: f.read_bytes() for f in out.rglob("*") if f.is_file()}
    result = runner.invoke(app, ["analyse", str(missing[0]), "--out", str(out), "--model", "hashing", "--prune"])
    assert result.exit_code == 1
    assert cli_output(result).splitlines()[-1] == f"nothing analysed; {out} left as it was"
    assert {f: f.read_bytes() for f in out.rglob("*") if f.is_file()} == before
    # one path there and one missing: the run goes on as before (E101 for the missing one, exit 1)
    result = runner.invoke(app, ["analyse", str(missing[0]), str(FRESH10 / "hr-2026.excerpt-A-B.txt"), "--out",
                                 str(tmp_path / "Y"), "--model", "hashing", "--quiet", "--no-images"])
    assert result.exit_code == 1 and f"typo: [E101] {missing[0]}: file not found" in cli_output(result)
    assert (tmp_path / "Y" / "hr-2026.excerpt-A-B" / "analysis.json").is_file()


def test_publishing_a_stage_leaves_a_killed_writers_temporary_behind(tmp_path) -> None:
    """A kill -9 of ``analyse`` while it wrote a staged report left ``.staging/<doc_id>/.report.html.<random>.part``;
    publishing the stage (the run's commit, or the next command's recovery) moved it into the document folder with
    the finished files. Now it is dropped with the stage."""
    from analyser.runstate import publish, stage_dir

    stage = stage_dir(tmp_path, "doc")
    stage.mkdir(parents=True)
    for name in ("analysis.json", "report.html", ".report.html.v4cr9clw.part", "commit.json"):
        (stage / name).write_text("x", encoding="utf-8")
    folder = publish(tmp_path, "doc")
    assert sorted(f.name for f in folder.iterdir()) == ["analysis.json", "report.html"]
    assert not stage.exists()
