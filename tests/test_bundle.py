"""The model data of a run (:class:`analyser.bundle.ModelBundle`): loaded once, lazily, passed to the stages."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import analyser.bundle as bundle_module
from analyser.bundle import BundlePaths, ModelBundle, background_vector
from analyser.config import RunConfig
from analyser.embed import HashingEncoder
from analyser.match import build_evidence_bank, load_evidence_bank
from analyser.pipeline import Analyser
from analyser.segment import build_exemplars, load_exemplars

DEV = Path(__file__).parent / "data" / "dev"
DATA = Path(__file__).parents[1] / "src" / "analyser" / "data"


@pytest.fixture(scope="module")
def bank_dir(tmp_path_factory, gold, template):
    """Both k-NN banks of the hashing encoder, built from the development gold into a temporary folder."""
    out = tmp_path_factory.mktemp("banks")
    enc = HashingEncoder()
    golds = list(gold.values())
    build_exemplars(golds, enc, out=out / "hashing-fake.npz")
    build_evidence_bank(golds, enc, [k.id for k in template.key_elements()], out=out / "hashing-fake.evidence.npz")
    return out


def test_paths_of_a_model():
    p = BundlePaths.for_model("multilingual-e5-small")
    assert p.calibration == DATA / "calibration" / "multilingual-e5-small.json"
    assert p.exemplars == DATA / "exemplars" / "multilingual-e5-small.npz"
    assert p.evidence_bank == DATA / "exemplars" / "multilingual-e5-small.evidence.npz"
    assert p.aspects == DATA / "aspects.yaml"
    assert p.aspect_calibration == DATA / "calibration" / "multilingual-e5-small.aspects.json"
    # the test encoder has no aspect calibration of its own: the e5 one is used, as load_aspect_setup does
    h = BundlePaths.for_model("hashing-fake", calibration=Path("my.json"), bank_dir=Path("banks"))
    assert (h.calibration, h.exemplars, h.evidence_bank) == (Path("my.json"), Path("banks/hashing-fake.npz"),
                                                            Path("banks/hashing-fake.evidence.npz"))
    assert h.aspect_calibration == p.aspect_calibration


def test_load_with_the_hashing_encoder(tmp_path):
    b = ModelBundle.load(RunConfig(cache_dir=tmp_path / "cache"), encoder=HashingEncoder())
    assert b.model == "hashing-fake" and b.encoder.name == "hashing-fake"
    assert b.encoder.cache is not None  # the run's embedding cache wraps the encoder
    assert len(b.template.key_elements()) == 44 and len(b.aspect_hash) == 64
    assert b.calibration.model == "hashing-fake" and b.calibration.fitted_on == ()  # the uncalibrated prior
    assert (b.exemplars, b.evidence_bank, b.background_vector()) == (None, None, None)  # no banks shipped for it


def test_banks_are_read_once_and_only_when_asked(bank_dir, monkeypatch):
    calls: list[str] = []
    real_ex, real_ev = bundle_module.load_exemplars, bundle_module.load_evidence_bank
    monkeypatch.setattr(bundle_module, "load_exemplars", lambda m, p=None: calls.append("exemplars") or real_ex(m, p))
    monkeypatch.setattr(bundle_module, "load_evidence_bank", lambda m, p=None: calls.append("evidence") or real_ev(m, p))
    base = ModelBundle.load(encoder=HashingEncoder())
    paths = BundlePaths.for_model("hashing-fake", bank_dir=bank_dir)
    b = ModelBundle(base.encoder, base.template, base.calibration, base.aspects, base.aspect_calibration, base.aspect_hash, paths)
    assert calls == []  # nothing read yet
    an = Analyser(bundle=b)
    assert calls == [] and an.encoder is b.encoder and an.template is b.template
    first = an.analyse(DEV / "xc-2025.txt")
    second = an.analyse(DEV / "xd-2025.txt")
    assert first.result.status == second.result.status == "success"
    assert sorted(calls) == ["evidence", "exemplars"]  # once each, for two documents
    assert b.evidence_bank is b.evidence_bank and b.evidence_bank.vectors.shape == (799, 384)  # answer blocks of the gold
    assert b.background_vector().shape == (384,)
    assert np.allclose(b.background_vector(), b.exemplars.vectors.mean(axis=0))


def test_the_bundle_banks_reach_the_stages(bank_dir):
    """The banks a bundle holds are what segment and match use: with them the evidence features move."""
    base = ModelBundle.load(encoder=HashingEncoder())
    with_banks = ModelBundle(base.encoder, base.template, base.calibration, base.aspects, base.aspect_calibration,
                             base.aspect_hash, BundlePaths.for_model("hashing-fake", bank_dir=bank_dir))
    plain = Analyser(bundle=base).analyse(DEV / "xc-2025.txt").analysis
    banked = Analyser(bundle=with_banks).analyse(DEV / "xc-2025.txt").analysis
    ex_plain = [c.features.get("ex_max", 0.0) for c in plain.coverage.values()]
    ex_banked = [c.features.get("ex_max", 0.0) for c in banked.coverage.values()]
    assert max(ex_plain) == 0.0  # no evidence bank: no k-NN votes
    assert max(ex_banked) > 0.0
    # injected banks win over files: an injected None is no bank at all
    none = ModelBundle.load(encoder=HashingEncoder(), exemplars=None, evidence_bank=None)
    assert (none.exemplars, none.evidence_bank) == (None, None)


def test_bank_loaders_are_not_cached_globals(bank_dir):
    assert not hasattr(load_exemplars, "cache_clear") and not hasattr(load_evidence_bank, "cache_clear")
    a = load_evidence_bank("hashing-fake", bank_dir / "hashing-fake.evidence.npz")
    b = load_evidence_bank("hashing-fake", bank_dir / "hashing-fake.evidence.npz")
    assert a is not b and np.array_equal(a.vectors, b.vectors)
    assert load_exemplars("hashing-fake") is None  # nothing shipped for the test encoder
    assert background_vector("hashing-fake") is None
