"""The evidence bank's stored fits (``data/exemplars/fitted.json``, :mod:`analyser.stored_fits`): current with the
shipped bank (a stale file told in one line), and giving the very probabilities (to the bit) of the scikit-learn fits they replace."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from analyser import stored_fits
from analyser.bank_build import fitted_stale
from analyser.match import load_evidence_bank

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from build_fitted import fit_all, left_out_ids  # noqa: E402

MODEL = "multilingual-e5-small"


@pytest.fixture(scope="module")
def refitted():
    """Every fit of the shipped bank made anew (the build script's), with stored fits switched back on after."""
    try:
        yield fit_all(MODEL, left_out_ids())
    finally:
        stored_fits.USE_STORED = True
        stored_fits.RECORDED.clear()


def test_shipped_fits_are_stamped_with_the_shipped_bank():
    """The cheap check (sha256 of the bank files, scikit-learn's version): what ``analyser banks check`` tells."""
    assert fitted_stale(MODEL) is None


def test_a_stale_fitted_json_is_told_in_one_line(tmp_path):
    """A bank changed after its fits were stored (rebuilt without ``analyser banks build``, or by hand): one line
    naming the file, the model, what changed and the command to run; ``analyser banks check`` exits 1 with it."""
    from typer.testing import CliRunner

    from analyser.cli import app

    src = stored_fits.fitted_path().parent
    for name in (f"{MODEL}.evidence.npz", f"{MODEL}.genre.npz", "fitted.json"):
        (tmp_path / name).write_bytes((src / name).read_bytes())
    assert fitted_stale(MODEL, tmp_path) is None
    bank = load_evidence_bank(MODEL, tmp_path / f"{MODEL}.evidence.npz")
    np.savez_compressed(tmp_path / f"{MODEL}.evidence.npz", vectors=bank.vectors[:-1],  # one passage fewer
                        key_element_ids=bank.key_element_ids, evidence=bank.evidence[:-1], doc_ids=bank.doc_ids[:-1])
    want = (f"{tmp_path / 'fitted.json'} is stale for {MODEL}: {MODEL}.evidence.npz changed since its fits were made; "
            "rebuild it with `analyser banks build` (or `python scripts/build_fitted.py`)")
    assert fitted_stale(MODEL, tmp_path) == want
    res = CliRunner().invoke(app, ["banks", "check", "--out", str(tmp_path)])
    assert res.exit_code == 1 and res.output == want + "\n"
    (tmp_path / "fitted.json").unlink()
    assert fitted_stale(MODEL, tmp_path) == want.replace(f"{MODEL}.evidence.npz changed since its fits were made", "is missing")


def test_stored_fits_are_current(refitted):
    """Rebuild with ``analyser banks build`` (or ``python scripts/build_fitted.py``) when this fails (a bank, a fit
    or scikit-learn changed)."""
    stored = json.loads(stored_fits.fitted_path().read_text(encoding="utf-8"))["fits"]
    assert len(refitted) == 4 * len(left_out_ids())
    assert sorted(stored) == sorted(refitted)  # the same fits' inputs (digests)
    for digest, entry in refitted.items():
        assert stored[digest].keys() == entry.keys() and stored[digest]["name"] == entry["name"]
        for k in ("coef", "intercept", "mean", "scale"):
            if k in entry:  # equal here; a few ulps apart would be another BLAS's fit, not a stale file
                assert np.allclose(stored[digest][k], entry[k], rtol=1e-9, atol=0), (entry["name"], k)


def _outputs(bank, d: str, vecs: np.ndarray) -> list:
    lines = vecs[:7]
    return [bank.topicality(vecs, d), bank.genre(vecs, d), bank.title(vecs[:3], d), bank.title(lines[:1], d),
            bank.title_names_other(lines, d), bank.title_names_other(vecs[5:6], d)]


def test_stored_fits_give_sklearns_probabilities(refitted):
    rng = np.random.default_rng(0)
    fresh = load_evidence_bank(MODEL)
    stored = load_evidence_bank(MODEL)
    assert stored is not None and fresh is not None
    # real passages of the bank (float32, as a run's) and random unit vectors
    noise = rng.normal(size=(20, fresh.vectors.shape[1])).astype(np.float32)
    vecs = np.vstack([fresh.vectors[::37], noise / np.linalg.norm(noise, axis=1, keepdims=True)])
    for d in left_out_ids():
        stored_fits.USE_STORED = False
        want = _outputs(fresh, d, vecs)
        stored_fits.USE_STORED = True
        stored_fits.RECORDED.clear()
        got = _outputs(stored, d, vecs)
        assert stored_fits.RECORDED == {}, d  # nothing fitted: all read from fitted.json
        for a, b in zip(got, want):
            assert np.array_equal(np.asarray(a), np.asarray(b)) and np.asarray(a).dtype == np.asarray(b).dtype, d


def test_another_fit_is_fitted_as_before():
    """A fit not stored (two documents left out, as the calibration's) is made by scikit-learn and recorded."""
    bank = load_evidence_bank(MODEL)
    two = sorted(set(bank.doc_ids.tolist()))[:2]
    stored_fits.RECORDED.clear()
    p = bank.topicality(bank.vectors[:3], two)
    assert p.shape == (3,) and p.dtype == np.float32 and len(stored_fits.RECORDED) == 1
    stored_fits.RECORDED.clear()


def test_entry_of_refuses_other_estimators():
    from sklearn.linear_model import LogisticRegression

    x = np.array([[0.0], [1.0], [2.0]])
    with pytest.raises(ValueError, match="not a binary 0/1 logistic regression"):
        stored_fits.entry_of(LogisticRegression().fit(x, [0, 1, 2]))
