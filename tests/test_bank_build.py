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
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from analyser.bank_build import COMPACT_DOC_ID, COMPACT_TRAIN, load_compact_examples
from analyser.cli import app

TESTS = Path(__file__).parent
GOLD = TESTS / "data" / "gold"
NEG = TESTS / "data" / "negatives" / "train"
COMPACT_FILE = Path(__file__).parents[1] / COMPACT_TRAIN
SCRIPT = json.loads((TESTS / "data" / "banks" / "hashing-fake.script-digests.json").read_text(encoding="utf-8"))


def _digest(path: Path) -> dict[str, str]:
    """sha256 of every array of a bank file; an evidence bank's hand-written compact examples (rows of doc_id
    ``compact-train`` and their sentences, which the script did not have) are checked against their file and left out first."""
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    if "doc_ids" in arrays and "evidence" in arrays:
        compact = arrays["doc_ids"] == COMPACT_DOC_ID
        examples = load_compact_examples(COMPACT_FILE)
        assert int(compact.sum()) == len(examples) == 33  # 23 of compact2, 10 of recall11
        kids = arrays["key_element_ids"].tolist()
        assert [sorted(kids[j] for j in np.flatnonzero(row)) for row in arrays["evidence"][compact]] == [
            sorted(e.key_elements) for e in examples]
        # each example's sentences with their key elements (match.BankParts), pointing at its row
        rows = np.flatnonzero(compact)
        assert arrays["part_rows"].tolist() == [int(r) for r, e in zip(rows, examples) for _ in e.sentences]
        assert arrays["part_key_elements"].tolist() == [k for e in examples for k, _ in e.sentences]
        assert arrays["part_vectors"].shape == (sum(len(e.sentences) for e in examples), arrays["vectors"].shape[1])
        arrays = {k: (np.array(v[~compact].tolist()) if k == "doc_ids" else v[~compact]) if len(v) == len(compact) and k != "key_element_ids"
                  else v for k, v in arrays.items() if not k.startswith("part_")}
    return {k: hashlib.sha256(f"{v.dtype.str}{v.shape}".encode() + np.ascontiguousarray(v).tobytes()).hexdigest()
            for k, v in sorted(arrays.items())}


def _run(*args: str) -> str:
    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.output


NEG_RUN = TESTS / "data" / "banks" / "negatives-run"
"""The hashing-encoder analyses of neg-frontmatter-en and neg-taxform-bg (``run.json`` and the two ``analysis.json``) as
main 94459d3 wrote them: the script digests were recorded from such analyses, so that `banks negatives` is compared with
the script on the same passages, whatever later segmentation changes make of the two texts (the twelfth session's tmpl12
made one taxform block with figures an answer: 11 passages)."""


@pytest.fixture(scope="module")
def negatives_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("neg") / "run"
    shutil.copytree(NEG_RUN, out)
    return out


def test_the_two_negatives_still_analyse(tmp_path):
    """The stored analyses stand for what `analyse` makes of the two texts today: the same blocks, text for text (only
    roles and sections may differ with later segmentation changes)."""
    _run("analyse", str(NEG / "neg-frontmatter-en.txt"), str(NEG / "neg-taxform-bg.txt"), "--out", str(tmp_path), "--model", "hashing", "-q")
    for d in ("neg-frontmatter-en", "neg-taxform-bg"):
        now = json.loads((tmp_path / d / "analysis.json").read_text(encoding="utf-8"))
        stored = json.loads((NEG_RUN / d / "analysis.json").read_text(encoding="utf-8"))
        assert [b["text"] for b in now["blocks"]] == [b["text"] for b in stored["blocks"]]


def test_build_writes_what_the_script_wrote(tmp_path):
    out = _run("banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fitted.json", "hashing-fake.banks.json", "hashing-fake.evidence.npz", "hashing-fake.npz"]
    assert _digest(tmp_path / "hashing-fake.npz") == SCRIPT["exemplars-gold"]
    assert _digest(tmp_path / "hashing-fake.evidence.npz") == SCRIPT["evidence-gold"]
    assert "section exemplars" in out and "evidence blocks" in out
    assert f"stored fits of the evidence bank → {tmp_path / 'fitted.json'}" in out.replace("\n", "")


def test_one_command_rebuilds_the_stored_fits_too(tmp_path, negatives_run):
    """``banks build`` and ``banks negatives`` leave fitted.json current with the bank they wrote; a bank rebuilt
    another way (the library call alone) leaves it stale, told in one line by ``banks check``."""
    from analyser.bank_build import build_banks, fit_all, fitted_stale, left_out_ids
    from analyser.embed import HashingEncoder

    _run("banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(tmp_path))
    assert fitted_stale("hashing-fake", tmp_path) is None
    assert "stored fits of hashing-fake: current" in _run("banks", "check", "--model", "hashing", "--out", str(tmp_path))
    fits = json.loads((tmp_path / "fitted.json").read_text(encoding="utf-8"))["fits"]
    assert fits == {}  # no negatives, no genre set beside it: nothing to fit
    _run("banks", "negatives", str(negatives_run), "--model", "hashing", "--out", str(tmp_path))
    assert fitted_stale("hashing-fake", tmp_path) is None
    fits = json.loads((tmp_path / "fitted.json").read_text(encoding="utf-8"))["fits"]
    assert fits == fit_all("hashing-fake", left_out_ids(GOLD), tmp_path)  # the topicality fits, one per left-out document
    assert len(fits) == len(left_out_ids(GOLD)) and {e["model"] for e in fits.values()} == {"hashing-fake"}
    build_banks(GOLD, HashingEncoder(), out_dir=tmp_path)  # the negatives dropped, the fits not rebuilt
    res = CliRunner().invoke(app, ["banks", "check", "--model", "hashing", "--out", str(tmp_path)])
    assert res.exit_code == 1
    assert res.output == (f"{tmp_path / 'fitted.json'} is stale for hashing-fake: hashing-fake.evidence.npz changed since "
                          "its fits were made; rebuild it with `analyser banks build` (or `python scripts/build_fitted.py`)\n")


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
    from analyser.bundle import BundlePaths

    for folder in (tmp_path, both):  # `banks negatives` keeps the pair's manifest up to date
        assert BundlePaths.for_model("hashing-fake", bank_dir=folder).bank_mismatches() == []


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


def _one_gold(tmp_path: Path, *docs: str) -> Path:
    gold = tmp_path / ("gold-" + "-".join(docs))
    gold.mkdir()
    for d in docs:
        (gold / f"{d}.gold.json").write_bytes((GOLD / f"{d}.gold.json").read_bytes())
    return gold


def _bytes(paths) -> tuple[bytes, bytes]:
    return paths.exemplars.read_bytes(), paths.evidence_bank.read_bytes()


def test_a_kill_between_the_two_bank_files_is_detected_and_recovered(tmp_path, monkeypatch):
    """`banks build` wrote the two files one after the other: a kill between them left the new
    exemplars beside the old evidence bank, and runs read the mismatched pair. Now the pair is
    committed by a manifest of both digests: a run refuses the half-replaced pair (E413 naming the
    file), and the next bank command finishes the replacement from the staged copy."""
    from analyser import bank_build
    from analyser.bundle import BundlePaths, ModelBundle
    from analyser.config import RunConfig
    from analyser.embed import HashingEncoder
    from analyser.errors import ScoreError

    banks = tmp_path / "banks"
    _run("banks", "build", "--gold", str(_one_gold(tmp_path, "xa-2025")), "--model", "hashing", "--out", str(banks))
    paths = BundlePaths.for_model("hashing-fake", bank_dir=banks)
    manifest = json.loads(paths.banks_manifest.read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == ["hashing-fake.evidence.npz", "hashing-fake.npz"]
    paths.check_banks()
    old = _bytes(paths)
    # the pair a complete build from two documents gives
    clean = tmp_path / "clean"
    gold2 = _one_gold(tmp_path, "xa-2025", "xd-2025")
    _run("banks", "build", "--gold", str(gold2), "--model", "hashing", "--out", str(clean))
    new = _bytes(BundlePaths.for_model("hashing-fake", bank_dir=clean))
    assert new != old

    real = bank_build.write_bytes_atomic
    calls = []

    def killed_after_the_first_file(path, data):
        calls.append(Path(path).name)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the process dies here
        return real(path, data)

    monkeypatch.setattr(bank_build, "write_bytes_atomic", killed_after_the_first_file)
    result = CliRunner().invoke(app, ["banks", "build", "--gold", str(gold2), "--model", "hashing", "--out", str(banks)])
    assert result.exit_code != 0 and calls == ["hashing-fake.npz", "hashing-fake.evidence.npz"]
    monkeypatch.setattr(bank_build, "write_bytes_atomic", real)
    assert paths.exemplars.read_bytes() == new[0] and paths.evidence_bank.read_bytes() == old[1]  # half replaced
    with pytest.raises(ScoreError) as exc:
        paths.check_banks()
    assert str(exc.value) == (f"[E413] {banks}: the bank files of hashing-fake do not match their manifest "
                              "(hashing-fake.evidence.npz differ(s) from hashing-fake.banks.json): a bank build was "
                              "interrupted; run `analyser banks build` again")
    bundle = ModelBundle.load(RunConfig(model="hashing"), encoder=HashingEncoder())
    bundle.paths = paths
    with pytest.raises(ScoreError, match=r"\[E413\]"):
        bundle.evidence_bank
    assert bank_build.recover_banks(paths) == ["hashing-fake.evidence.npz"]
    assert _bytes(paths) == new and sorted(p.name for p in banks.iterdir()) == [
        "fitted.json", "hashing-fake.banks.json", "hashing-fake.evidence.npz", "hashing-fake.npz"]
    paths.check_banks()


def test_a_kill_before_the_manifest_keeps_the_old_pair(tmp_path, monkeypatch):
    """Killed after both new files are staged but before the manifest: the old pair stays in use,
    consistent; the next build removes the staged leftovers."""
    from analyser import bank_build
    from analyser.bundle import BundlePaths

    banks = tmp_path / "banks"
    _run("banks", "build", "--gold", str(_one_gold(tmp_path, "xa-2025")), "--model", "hashing", "--out", str(banks))
    paths = BundlePaths.for_model("hashing-fake", bank_dir=banks)
    old = _bytes(paths)

    def killed(path, text):
        raise KeyboardInterrupt

    monkeypatch.setattr(bank_build, "write_text_atomic", killed)
    gold2 = _one_gold(tmp_path, "xa-2025", "xd-2025")
    assert CliRunner().invoke(app, ["banks", "build", "--gold", str(gold2), "--model", "hashing", "--out", str(banks)]).exit_code != 0
    monkeypatch.undo()
    assert _bytes(paths) == old
    paths.check_banks()
    assert sorted(p.name for p in banks.iterdir() if p.name.endswith(".staged")) == [
        ".hashing-fake.evidence.npz.staged", ".hashing-fake.npz.staged"]
    assert bank_build.recover_banks(paths) == []
    assert not [p for p in banks.iterdir() if p.name.endswith(".staged")] and _bytes(paths) == old


# ------------------------------------------------------------------ defects a fresh user found (were in test_fresh_findings.py)


runner = CliRunner()



def _folder_digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.npz"))}


def _set_scope(out: Path, in_scope: bool, score: float) -> None:
    for path in out.glob("*/analysis.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["in_scope"], data["in_scope_score"] = in_scope, score
        path.write_text(json.dumps(data), encoding="utf-8")


def test_banks_negatives_refuses_strategies(out, tmp_path):
    """`banks negatives` took an output folder of development strategies (in scope, with gold
    annotations) as negatives: "+ 3 negative documents … passages" and exit 0, poisoning the
    evidence bank with answers of real strategies."""
    banks = tmp_path / "banks"
    build = runner.invoke(app, ["banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(banks)])
    assert build.exit_code == 0, build.output
    before = _folder_digest(banks)
    result = runner.invoke(app, ["banks", "negatives", str(out), "--model", "hashing", "--out", str(banks)])
    assert result.exit_code == 2
    assert re.search(r"\[E\d{3}\]", result.output)
    assert _folder_digest(banks) == before


def test_banks_build_refuses_gold_without_blocks(tmp_path):
    """A gold file with `"blocks": []` (or bad labels/unknown key elements/unknown evidence ids)
    gave "0 section exemplars", "0 evidence blocks", exit 0: an empty bank was written."""
    gold = tmp_path / "gold"
    gold.mkdir()
    data = json.loads((GOLD / "nl-2025.gold.json").read_text(encoding="utf-8"))
    data["blocks"] = []
    (gold / "nl-2025.gold.json").write_text(json.dumps(data), encoding="utf-8")
    banks = tmp_path / "banks"
    result = runner.invoke(app, ["banks", "build", "--gold", str(gold), "--model", "hashing", "--out", str(banks)])
    assert result.exit_code == 2
    assert "[E402]" in result.output and "nl-2025.gold.json" in result.output
    assert not list(banks.glob("*.npz")) if banks.exists() else True


def test_banks_build_with_bad_negatives_leaves_the_existing_banks(tmp_path):
    """`banks build --negatives NOPE` rebuilt and replaced both banks from the gold, then failed on
    the negatives (E410, exit 2): the command failed but the banks were already replaced by banks
    without negatives (half done). The negatives should be checked before anything is written."""
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD / "nl-2025.gold.json", gold / "nl-2025.gold.json")
    banks = tmp_path / "banks"
    first = runner.invoke(app, ["banks", "build", "--gold", str(gold), "--model", "hashing", "--out", str(banks)])
    assert first.exit_code == 0, first.output
    before = _folder_digest(banks)
    result = runner.invoke(app, ["banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(banks),
                                 "--negatives", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "[E410]" in result.output
    assert _folder_digest(banks) == before


def test_banks_negatives_refuses_documents_assessed_in_scope(out, tmp_path):
    """Without gold for them, documents whose scope was assessed as in scope (score < 1.0) are refused (E412)."""
    banks = tmp_path / "banks"
    assert runner.invoke(app, ["banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(banks)]).exit_code == 0
    before = _folder_digest(banks)
    _set_scope(out, True, 0.81)
    no_gold = tmp_path / "no-gold"
    no_gold.mkdir()
    result = runner.invoke(app, ["banks", "negatives", str(out), "--model", "hashing", "--out", str(banks),
                                 "--gold", str(no_gold)])
    assert result.exit_code == 2
    assert "[E412]" in result.output and "xa-2025 is an asylum and migration strategy (in scope, score 0.81)" in result.output
    assert _folder_digest(banks) == before


def test_banks_negatives_accept_in_scope_takes_on_topic_negatives_but_never_gold_documents(out, tmp_path):
    """`--accept-in-scope`: on-topic documents that are not strategies (papers, NGO reports, press releases) are
    added as negatives precisely because the current model takes them for strategies; the gold check stays."""
    banks = tmp_path / "banks"
    assert runner.invoke(app, ["banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(banks)]).exit_code == 0
    before = _folder_digest(banks)
    _set_scope(out, True, 0.81)
    refused = runner.invoke(app, ["banks", "negatives", str(out), "--model", "hashing", "--out", str(banks),
                                  "--gold", str(GOLD), "--accept-in-scope"])
    assert refused.exit_code == 2
    assert "[E412]" in refused.output and "xa-2025 has gold annotations in" in refused.output
    assert _folder_digest(banks) == before
    no_gold = tmp_path / "no-gold"
    no_gold.mkdir()
    result = runner.invoke(app, ["banks", "negatives", str(out), "--model", "hashing", "--out", str(banks),
                                 "--gold", str(no_gold), "--accept-in-scope"])
    assert result.exit_code == 0, result.output
    assert "+ 3 negative documents" in result.output
    assert _folder_digest(banks) != before


def test_banks_negatives_takes_documents_out_of_scope(out, tmp_path):
    """Documents assessed out of scope and without gold are taken as negatives: the evidence bank changes."""
    banks = tmp_path / "banks"
    assert runner.invoke(app, ["banks", "build", "--gold", str(GOLD), "--model", "hashing", "--out", str(banks)]).exit_code == 0
    before = _folder_digest(banks)
    _set_scope(out, False, 0.12)
    no_gold = tmp_path / "no-gold"
    no_gold.mkdir()
    result = runner.invoke(app, ["banks", "negatives", str(out), "--model", "hashing", "--out", str(banks),
                                 "--gold", str(no_gold)])
    assert result.exit_code == 0, result.output
    assert "+ 3 negative documents" in result.output
    assert _folder_digest(banks) != before


def test_banks_build_refuses_gold_with_unknown_key_element(tmp_path):
    """A gold file naming a key element the template does not have is E402 naming the file; no bank is written."""
    gold = tmp_path / "gold"
    gold.mkdir()
    data = json.loads((GOLD / "nl-2025.gold.json").read_text(encoding="utf-8"))
    data["coverage"]["9.z"] = {"label": "absent", "evidence": []}
    (gold / "nl-2025.gold.json").write_text(json.dumps(data), encoding="utf-8")
    banks = tmp_path / "banks"
    result = runner.invoke(app, ["banks", "build", "--gold", str(gold), "--model", "hashing", "--out", str(banks)])
    assert result.exit_code == 2
    assert "[E402]" in result.output and "nl-2025.gold.json" in result.output and "9.z" in result.output
    assert not banks.exists() or not list(banks.glob("*.npz"))


def test_the_manifest_check_hashes_a_bank_file_again_only_when_it_changed(tmp_path, monkeypatch):
    """Every bundle load hashed both bank files to compare them with the manifest; the digest is now
    remembered by (path, inode, size, mtime), so a second load hashes nothing and a replaced file is
    hashed again (and a half-replaced pair still refused)."""
    import analyser.bundle as bundle
    from analyser.bundle import BundlePaths
    from analyser.errors import ScoreError
    from analyser.io import write_bytes_atomic

    banks = tmp_path / "banks"
    _run("banks", "build", "--gold", str(_one_gold(tmp_path, "xa-2025")), "--model", "hashing", "--out", str(banks))
    paths = BundlePaths.for_model("hashing-fake", bank_dir=banks)
    hashed: list[str] = []
    real = bundle.file_sha256
    monkeypatch.setattr(bundle, "file_sha256", lambda p: hashed.append(Path(p).name) or real(p))
    paths.check_banks()
    paths.check_banks()
    assert sorted(hashed) == ["hashing-fake.evidence.npz", "hashing-fake.npz"]  # once each, not per load
    write_bytes_atomic(paths.evidence_bank, paths.evidence_bank.read_bytes() + b"\0")  # replaced: a new file
    with pytest.raises(ScoreError, match=r"\[E413\].*hashing-fake.evidence.npz differ"):
        paths.check_banks()
    assert sorted(hashed) == ["hashing-fake.evidence.npz", "hashing-fake.evidence.npz", "hashing-fake.npz"]


def test_compact_examples_are_read_with_their_key_elements():
    examples = load_compact_examples(COMPACT_FILE)
    first = examples[0]
    assert (first.doc_id, first.language, first.section) == ("compact-train", "es", "2.1.2")
    assert first.key_elements == {"2.1.2.a", "2.1.2.c", "2.1.2.d"}
    assert first.text.startswith("La unidad Dublín de la Policía Nacional ejecuta los traslados")
    assert {e.language for e in examples} == {"es", "fr", "nl", "cs", "ro", "da", "en", "hu", "it", "sv"}


@pytest.mark.parametrize(("body", "reason"), [
    ("- language: fr\n  section: '2.1.2'\n  sentences:\n    - ['2.3.3.a', 'Hébergement.']\n    - ['2.1.2.c', 'Retour.']\n",
     "compact example 1: key element(s) not of section 2.1.2: 2.3.3.a"),
    ("- language: fr\n  section: '2.1.2'\n  sentences:\n    - ['2.1.2.c', 'Retour.']\n    - ['2.1.2.c', 'Expulsion.']\n",
     "compact example 1: fewer than two key elements"),
    ("- language: fr\n  sentences: []\n", "compact example 1: needs language, section and sentences"),
    ("language: fr\n", "compact examples: not a list of entries"),
    ("- [unclosed\n", "compact examples: ParserError)"),
])
def test_a_malformed_compact_example_file_is_refused_with_e402(tmp_path, body, reason):
    from analyser.errors import ScoreError

    path = tmp_path / "examples.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ScoreError) as exc:
        load_compact_examples(path)
    assert str(exc.value).startswith(f"[E402] {path}: cannot read gold annotations ({reason}")
