"""``analyser banks build`` / ``banks negatives`` write the banks the old ``scripts/build_exemplars.py`` wrote.

``tests/data/banks/hashing-fake.script-digests.json`` holds the sha256 of every array of the
banks the script wrote with the hashing encoder (commit 6dcc034, before the command existed):
``exemplars-gold`` and ``evidence-gold`` from ``build_exemplars.py tests/data/gold hashing``,
``evidence-neg`` after ``build_exemplars.py --negatives NEG hashing`` where NEG is
``analyser analyse neg-frontmatter-en.txt neg-taxform-bg.txt --model hashing`` (from
``tests/data/negatives/train``, analysed before any hashing bank existed). Each digest covers
the array's dtype, shape and bytes (the ``.npz`` zip itself carries timestamps).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from analyser.cli import app

TESTS = Path(__file__).parent
GOLD = TESTS / "data" / "gold"
NEG = TESTS / "data" / "negatives" / "train"
SCRIPT = json.loads((TESTS / "data" / "banks" / "hashing-fake.script-digests.json").read_text(encoding="utf-8"))


def _digest(path: Path) -> dict[str, str]:
    with np.load(path, allow_pickle=False) as z:
        return {k: hashlib.sha256(f"{z[k].dtype.str}{z[k].shape}".encode() + np.ascontiguousarray(z[k]).tobytes()).hexdigest()
                for k in sorted(z.files)}


def _run(*args: str) -> str:
    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.output


@pytest.fixture(scope="module")
def negatives_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("neg")
    _run("analyse", str(NEG / "neg-frontmatter-en.txt"), str(NEG / "neg-taxform-bg.txt"), "--out", str(out), "--model", "hashing", "-q")
    return out


def test_build_writes_what_the_script_wrote(tmp_path):
    out = _run("banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hashing-fake.evidence.npz", "hashing-fake.npz"]
    assert _digest(tmp_path / "hashing-fake.npz") == SCRIPT["exemplars-gold"]
    assert _digest(tmp_path / "hashing-fake.evidence.npz") == SCRIPT["evidence-gold"]
    assert "section exemplars" in out and "evidence blocks" in out


def test_negatives_added_as_the_script_added_them(tmp_path, negatives_run):
    _run("banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(tmp_path))
    out = _run("banks", "negatives", str(negatives_run), "--model", "hashing", "--out", str(tmp_path))
    assert "+ 2 negative documents, 10 passages" in out
    assert _digest(tmp_path / "hashing-fake.evidence.npz") == SCRIPT["evidence-neg"]
    assert _digest(tmp_path / "hashing-fake.npz") == SCRIPT["exemplars-gold"]  # the exemplars are untouched
    # the same in one command, and adding again replaces the earlier negatives
    both = tmp_path / "both"
    _run("banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(both), "--negatives", str(negatives_run))
    _run("banks", "negatives", str(negatives_run), "--model", "hashing", "--out", str(both))
    assert _digest(both / "hashing-fake.evidence.npz") == SCRIPT["evidence-neg"]


def test_negatives_without_a_bank_is_one_coded_line(tmp_path, negatives_run):
    res = CliRunner().invoke(app, ["banks", "negatives", str(negatives_run), "--model", "hashing", "--out", str(tmp_path)])
    assert res.exit_code == 2
    assert f"[E411] {tmp_path / 'hashing-fake.evidence.npz'}: no evidence bank for hashing-fake" in res.output.replace("\n", "")
    assert list(tmp_path.iterdir()) == []


def test_build_without_gold_is_one_coded_line(tmp_path):
    res = CliRunner().invoke(app, ["banks", "build", "--gold", str(tmp_path), "--model", "hashing", "--out", str(tmp_path / "b")])
    assert res.exit_code == 2
    assert "[E402]" in res.output and "no *.gold.json files" in res.output
    assert not (tmp_path / "b").exists()
