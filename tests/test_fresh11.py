"""Defects found by the fresh-eyes tester of the fourteenth session (fast tests: hashing encoder, CLI, scope cues).

Inputs and findings: ``tests/data/fresh11/README.md``; the binaries are written by ``tests/data/fresh11/make_inputs.py``.
The real-model findings are in ``tests/test_fresh11_model.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace

from typer.testing import CliRunner

from analyser.cli import app
from analyser.scope import legal_headings
from conftest import cli_output

FRESH11 = Path(__file__).parent / "data" / "fresh11"
runner = CliRunner()


def _links(tmp_path: Path) -> tuple[Path, Path]:
    """A loop of two links and a link to a missing file, in ``tmp_path/in``."""
    d = tmp_path / "in"
    d.mkdir()
    os.symlink("loop2.txt", d / "loop1.txt")
    os.symlink("loop1.txt", d / "loop2.txt")
    os.symlink(str(tmp_path / "gone.txt"), d / "dangling.txt")
    return d / "loop1.txt", d / "dangling.txt"


def test_a_symbolic_link_that_leads_nowhere_is_named_as_such_and_writes_nothing(tmp_path) -> None:
    """fresh11 #6: ``analyse in/loop1.txt --out X`` (a loop of links) said "[E101] …: file not found" (the entry is
    there) and created X with a store, empty exports and a run.json of one failed document. Now E113 says what it is
    (a loop, or the missing target), and with no other input nothing is written."""
    loop, dangling = _links(tmp_path)
    out = tmp_path / "X"
    result = runner.invoke(app, ["analyse", str(loop), str(dangling), "--out", str(out), "--model", "hashing"])
    assert result.exit_code == 1
    assert cli_output(result).splitlines() == [
        f"error: [E113] {loop}: a symbolic link that leads to no file (a loop of links); give the file itself",
        f"error: [E113] {dangling}: a symbolic link that leads to no file (its target {tmp_path / 'gone.txt'} does not "
        "exist); give the file itself",
        f"nothing analysed; {out} not created"]
    assert not out.exists()


def test_a_symbolic_link_loop_beside_a_file_fails_alone(tmp_path) -> None:
    loop, _ = _links(tmp_path)
    out = tmp_path / "Y"
    result = runner.invoke(app, ["analyse", str(loop), str(FRESH11 / "ro-2026.roman-numbering.txt"), "--out", str(out),
                                 "--model", "hashing", "--quiet", "--no-images"])
    assert result.exit_code == 1
    assert (f"loop1: [E113] {loop}: a symbolic link that leads to no file (a loop of links); give the file itself"
            in " ".join(cli_output(result).split()))
    assert (out / "ro-2026.roman-numbering" / "analysis.json").is_file()


def test_a_table_of_contents_alone_is_front_matter_and_answers_nothing(tmp_path) -> None:
    """fresh11 #1: ``es-2026.toc-only.txt`` (a Spanish contents page: "2.1.2. Retorno ....... 12", nothing else) was
    in scope 0.84 (real model) with its contents list an answer of section 1 covering 1.b (addressed 0.99), 2.1.2.c,
    2.3.3.a and 2.3.4.a (partial 0.77–1.00) by the entries' titles. Now the contents list and its title "Índice" are
    front matter (real model: out, "no answer text")."""
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyse", str(FRESH11 / "es-2026.toc-only.txt"), "--out", str(out), "--model",
                                 "hashing", "--quiet", "--no-images"])
    assert result.exit_code == 0, cli_output(result)
    a = json.loads((out / "es-2026.toc-only" / "analysis.json").read_text(encoding="utf-8"))
    assert [(b["role"], b["text"][:6]) for b in a["blocks"]] == [("front_matter", "Estrat"), ("front_matter", "Índice"),
                                                                 ("front_matter", "1. Sit")]
    assert not [k for k, c in a["coverage"].items() if c["label"] != "absent"]


def _seg(*texts: str) -> SimpleNamespace:
    return SimpleNamespace(blocks=[SimpleNamespace(role="answer", block=SimpleNamespace(text=t)) for t in texts])


def test_abbreviated_bulgarian_article_headings_count() -> None:
    """fresh11 #2: a Bulgarian state budget law ("Чл. 27. (1) Приема бюджета …") was no legal act: "Чл." (член
    abbreviated) was not an article word, so the law was in scope (real model 0.51) with 2.6.a and 2.6.d addressed.
    A strategy citing "чл. 7 от Регламента" (no full stop after the number) is no heading. (Czech/Slovak "Čl." stays
    no article word, as ``test_scope.py::test_inline_article_headings_make_a_legal_act`` decides.)"""
    assert legal_headings(_seg("Чл. 1. (1) Приема държавния бюджет", "Чл. 27. Приема бюджета",
                               "§ 1. Законът влиза")) == (3, 3)
    assert legal_headings(_seg("чл. 7 от Регламент (ЕС) 2024/1351 изисква стратегия",
                               "Чл. 7 от Регламента изисква национална стратегия за управление")) == (0, 2)
