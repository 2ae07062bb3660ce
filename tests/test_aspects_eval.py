"""scripts/eval_aspects.py on the pipeline's output with the hashing encoder (fast; figures not meaningful)."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_aspects.py"


@pytest.fixture(scope="module")
def eval_aspects():
    spec = importlib.util.spec_from_file_location("eval_aspects", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_eval_prints_figures_per_document_and_language(fake_run, eval_aspects, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    figures = tmp_path / "figures.json"
    assert eval_aspects.main(["--out", str(out), "--model", "hashing", "--insample-ke", "--json", str(figures)]) == 0
    text = capsys.readouterr().out
    for d, lang in (("xa-2025", "en"), ("xd-2025", "pl"), ("xo-2025", "bg")):
        assert any(line.startswith(f"{d:10} {lang:4}") for line in text.splitlines()), d
    assert "aspect macro-F1 per language: bg " in text
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert set(data) == {"text", "ke", "ke-anchored"}
    assert sorted(data["ke"]["per_document"]) == ["xa-2025", "xd-2025", "xo-2025"]
    for r in data.values():
        assert 0.0 <= r["accuracy3"] <= 1.0 and 0.0 <= r["aspect_macro_f1"] <= 1.0


def test_eval_needs_two_analysed_documents(eval_aspects, tmp_path, capsys):
    assert eval_aspects.main(["--out", str(tmp_path), "--model", "hashing", "--insample-ke"]) == 1
    assert "0 annotated document(s) analysed; need two or more" in capsys.readouterr().err
