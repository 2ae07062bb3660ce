"""The model data of a run, loaded once and passed to the stages: :class:`ModelBundle`.

Everything a run needs besides the documents and its settings belongs to one encoder
model: the encoder itself, the Annex template (with its language packs), the coverage
calibration, the section exemplar bank (segment), the evidence bank (match), the aspect
definitions and their calibration, and the ``data/`` files all of these come from
(:class:`BundlePaths`). :meth:`ModelBundle.load` reads them once from a
:class:`~analyser.config.RunConfig`; the pipeline hands them to each stage as explicit
arguments (``segment(..., exemplars=bundle.exemplars)``, ``match(..., evidence_bank=...)``,
``score(..., bundle.calibration)``), so no stage looks up model data by the encoder's name.

What is heavy is loaded on first use only: the encoder is a
:class:`~analyser.embed.LazyEncoder` (the model loads when a text must be embedded) and the
two k-NN banks are read when a document is computed, so a re-run that reuses every
document loads neither (``tests/test_speed.py``).

Example:
    >>> from analyser.embed import HashingEncoder
    >>> bundle = ModelBundle.load(encoder=HashingEncoder())
    >>> bundle.model, bundle.paths.evidence_bank.name, bundle.evidence_bank
    ('hashing-fake', 'hashing-fake.evidence.npz', None)
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .aspect_calibration import AspectCalibration
from .aspect_calibration import calibration_path as aspect_calibration_path
from .aspect_score import ASPECT_FALLBACK_MODEL, load_aspect_setup
from .aspects import AspectSet
from .aspects import default_path as aspects_default_path
from .config import RunConfig
from .embed import CachedEncoder, EmbeddingCache, Encoder, open_encoder
from .errors import Errors, ScoreError
from .io import file_sha256
from .match import EvidenceBank, evidence_bank_path, genre_set_path, load_evidence_bank
from .score import Calibration, default_calibration_path, load_calibration
from .segment.exemplars import SectionExemplars, exemplar_path, load_exemplars
from .template import Template, load_template

__all__ = ["BundlePaths", "ModelBundle", "background_vector"]

_LOAD: Any = object()  # "read the bank from its file on first use"


@dataclass(frozen=True)
class BundlePaths:
    """The ``data/`` files of one model (package data unless given).

    Attributes:
        model: the encoder name the files belong to (e.g. ``multilingual-e5-small``).
        calibration: coverage calibration (``data/calibration/<model>.json`` or the given file;
            when the shipped file is missing the uncalibrated prior is used).
        exemplars: section exemplar bank of the segment stage (``data/exemplars/<model>.npz``).
        evidence_bank: evidence bank of the match stage (``data/exemplars/<model>.evidence.npz``).
        aspects: aspect definitions (``data/aspects.yaml``).
        aspect_calibration: aspect calibration (``data/calibration/<model>.aspects.json``, else
            the one of multilingual-e5-small, see :func:`~analyser.aspect_score.load_aspect_setup`).
        templates: extra folder of template packs (None: built-in and user packs only).
    """

    model: str
    calibration: Path
    exemplars: Path
    evidence_bank: Path
    aspects: Path
    aspect_calibration: Path
    templates: Path | None = None

    @classmethod
    def for_model(cls, model: str, *, calibration: Path | None = None, templates: Path | None = None,
                  bank_dir: Path | None = None, aspect_calibration: Path | None = None) -> BundlePaths:
        """The files of ``model``.

        Args:
            model: encoder name.
            calibration: a calibration file instead of the shipped one.
            aspect_calibration: an aspect calibration file instead of the shipped one.
            templates: extra folder of template packs.
            bank_dir: a folder holding ``<model>.npz`` and ``<model>.evidence.npz`` instead of
                the package's ``data/exemplars`` (e.g. the output of ``analyser banks build --out``).
        """
        aspect_cal = Path(aspect_calibration) if aspect_calibration else aspect_calibration_path(model)
        if not aspect_calibration and not aspect_cal.exists():
            aspect_cal = aspect_calibration_path(ASPECT_FALLBACK_MODEL)
        exemplars = exemplar_path(model) if bank_dir is None else Path(bank_dir) / exemplar_path(model).name
        evidence = evidence_bank_path(model) if bank_dir is None else Path(bank_dir) / evidence_bank_path(model).name
        return cls(model=model, calibration=Path(calibration) if calibration else default_calibration_path(model),
                   exemplars=exemplars, evidence_bank=evidence, aspects=aspects_default_path(),
                   aspect_calibration=aspect_cal, templates=templates)

    @property
    def banks_manifest(self) -> Path:
        """``<model>.banks.json`` beside the evidence bank: the sha256 of both bank files, written as one pair
        by :mod:`analyser.bank_build` (``{"model": …, "files": {<file name>: <sha256 or null>}}``)."""
        return self.evidence_bank.with_name(f"{self.model}.banks.json")

    def data_digest(self) -> str:
        """sha256 (hex, 32 characters) of the bank files the stages read: section exemplars, evidence
        bank and the genre set beside it (a missing file counts as absent). Part of the run
        fingerprint, so a rebuilt bank recomputes the documents analysed with the old one."""
        digests = [_bank_sha256(p) for p in (self.exemplars, self.evidence_bank, genre_set_path(self.evidence_bank))]
        return hashlib.sha256(json.dumps(digests).encode("utf-8")).hexdigest()[:32]

    def bank_mismatches(self) -> list[str]:
        """The bank files that do not match :attr:`banks_manifest`, by name (``[]``: a consistent pair).

        Banks without a manifest (written before manifests existed) are not checked.

        Raises:
            ScoreError: E413 when the manifest itself cannot be read.
        """
        if not self.banks_manifest.exists():
            return []
        try:
            files = json.loads(self.banks_manifest.read_text(encoding="utf-8"))["files"]
            want = {str(k): v for k, v in files.items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ScoreError(Errors.E413, path=str(self.banks_manifest), model=self.model,
                             reason=f"unreadable manifest: {type(exc).__name__}") from None
        return [p.name for p in (self.exemplars, self.evidence_bank) if p.name in want and _bank_sha256(p) != want[p.name]]

    def check_banks(self) -> None:
        """Refuse a half-replaced pair of banks (a ``banks build`` killed between its two files).

        Raises:
            ScoreError: E413 naming the files that do not match :attr:`banks_manifest`.
        """
        bad = self.bank_mismatches()
        if bad:
            raise ScoreError(Errors.E413, path=str(self.banks_manifest.parent), model=self.model,
                             reason=f"{', '.join(bad)} differ(s) from {self.banks_manifest.name}")


_BANK_DIGESTS: dict[tuple[str, int, int, int], str | None] = {}


def _bank_sha256(path: Path) -> str | None:
    """:func:`~analyser.io.file_sha256` of a bank file, remembered in this process by (path, inode, size, mtime).

    Every :meth:`ModelBundle.load` checks the banks against their manifest; the
    file is hashed again only when it was replaced or changed (bank builds
    replace files atomically, so a new file is a new inode). None for a missing file.
    """
    try:
        st = path.stat()
    except OSError:
        return None
    key = (str(path.resolve()), st.st_ino, st.st_size, st.st_mtime_ns)
    if key not in _BANK_DIGESTS:
        _BANK_DIGESTS[key] = file_sha256(path)
    return _BANK_DIGESTS[key]


class ModelBundle:
    """Encoder, template, calibrations and banks of one model, loaded once for a run.

    Build it with :meth:`load`; the constructor takes already loaded parts (tests inject
    their own). Shared read-only by every document of the run.

    Attributes:
        encoder: the encoder wrapped in the run's embedding cache
            (:class:`~analyser.embed.CachedEncoder`; the model itself loads on first use).
        model: the encoder name (``encoder.name``): which model's data this is.
        template: the Annex template with every loaded language pack.
        calibration: the coverage calibration of the score stage.
        aspects: the aspect definitions; ``aspect_calibration`` their calibration;
            ``aspect_hash`` the sha256 of both files (part of the run fingerprint).
        paths: the files all of this comes from (:class:`BundlePaths`).
        exemplars: the section exemplar bank (segment stage), or None when the model has
            none; read from ``paths.exemplars`` on first access.
        evidence_bank: the evidence bank (match stage), or None when the model has none;
            read from ``paths.evidence_bank`` on first access. Its fitted probe and
            topicality model are cached on it, so they are fitted once per run.
    """

    def __init__(
        self,
        encoder: CachedEncoder,
        template: Template,
        calibration: Calibration,
        aspects: AspectSet,
        aspect_calibration: AspectCalibration,
        aspect_hash: str,
        paths: BundlePaths,
        *,
        exemplars: SectionExemplars | None = _LOAD,
        evidence_bank: EvidenceBank | None = _LOAD,
    ) -> None:
        self.encoder = encoder
        self.model = encoder.name
        self.template = template
        self.calibration = calibration
        self.aspects = aspects
        self.aspect_calibration = aspect_calibration
        self.aspect_hash = aspect_hash
        self.paths = paths
        if exemplars is not _LOAD:
            self.__dict__["exemplars"] = exemplars
        if evidence_bank is not _LOAD:
            self.__dict__["evidence_bank"] = evidence_bank

    @classmethod
    def load(
        cls,
        config: RunConfig | None = None,
        *,
        encoder: Encoder | None = None,
        exemplars: SectionExemplars | None = _LOAD,
        evidence_bank: EvidenceBank | None = _LOAD,
    ) -> ModelBundle:
        """Load the model data a run with ``config`` needs; the model and the banks load on first use.

        Args:
            config: run settings (model, precision, threads, templates, calibration, cache_dir).
            encoder: inject an encoder (tests use :class:`~analyser.embed.HashingEncoder`);
                by default the configured model, opened lazily (:func:`~analyser.embed.open_encoder`).
            exemplars, evidence_bank: inject a bank (None: none) instead of reading the model's file.

        Raises:
            EncoderError: E301 when the model folder does not exist, E310 for a bad precision.
            TemplateError: E201 for an unreadable template pack.
            ScoreError: E401 for an unreadable calibration file, E422 for an unreadable aspect
                calibration; TemplateError for malformed aspect definitions.
        """
        config = config or RunConfig()
        template = load_template(config.templates)
        inner = encoder or open_encoder(config.model, precision=config.precision,  # type: ignore[arg-type]
                                        num_threads=config.threads, backend=config.backend)
        cached = CachedEncoder(inner, EmbeddingCache(config.cache_dir) if config.cache_dir else None)
        calibration = load_calibration(inner.name, config.calibration)
        aspects, aspect_calibration, aspect_hash = load_aspect_setup(inner.name, config.aspect_calibration)
        paths = BundlePaths.for_model(inner.name, calibration=config.calibration, templates=config.templates,
                                      aspect_calibration=config.aspect_calibration)
        return cls(cached, template, calibration, aspects, aspect_calibration, aspect_hash, paths,
                   exemplars=exemplars, evidence_bank=evidence_bank)

    @functools.cached_property
    def exemplars(self) -> SectionExemplars | None:
        """The section exemplar bank, read on first access (None: the model has none).

        Raises:
            ScoreError: E413 when the two bank files are not one pair (:meth:`BundlePaths.check_banks`).
        """
        self.paths.check_banks()
        return load_exemplars(self.model, self.paths.exemplars)

    @functools.cached_property
    def evidence_bank(self) -> EvidenceBank | None:
        """The evidence bank, read on first access (None: the model has none).

        Raises:
            ScoreError: E413 when the two bank files are not one pair (:meth:`BundlePaths.check_banks`).
        """
        self.paths.check_banks()
        return load_evidence_bank(self.model, self.paths.evidence_bank)

    def background_vector(self) -> np.ndarray | None:
        """The (dim,) mean answer embedding of the exemplar bank (the centring vector of
        :mod:`analyser.compare`), or None without a bank."""
        return _mean_vector(self.exemplars)

    def __repr__(self) -> str:
        return f"ModelBundle({self.model!r}, calibration={self.paths.calibration.name!r})"


def load_checked_evidence_bank(model: str, bank_dir: Path | None = None) -> EvidenceBank | None:
    """The evidence bank of ``model`` read as a run reads it (:attr:`ModelBundle.evidence_bank`):
    the pair of bank files checked against its manifest first.

    For code outside a run that needs the bank (``analyser calibrate``, ``analyser eval``).

    Args:
        model: encoder name.
        bank_dir: a folder of banks instead of the package's ``data/exemplars``.

    Returns:
        The bank, or None when the model has none.

    Raises:
        ScoreError: E413 when the two bank files are not one pair (:meth:`BundlePaths.check_banks`).
    """
    paths = BundlePaths.for_model(model, bank_dir=bank_dir)
    paths.check_banks()
    return load_evidence_bank(model, paths.evidence_bank)


def background_vector(model: str, bank_dir: Path | None = None) -> np.ndarray | None:
    """The (dim,) centring vector of :mod:`analyser.compare` for ``model``, without loading the model.

    The mean answer embedding of the shipped section exemplar bank (or that of ``bank_dir``),
    read as a run reads it: the pair of bank files checked against its manifest first. None when
    no bank was built for the model (e.g. the hashing test encoder).

    Raises:
        ScoreError: E413 when the two bank files are not one pair (:meth:`BundlePaths.check_banks`).
    """
    paths = BundlePaths.for_model(model, bank_dir=bank_dir)
    paths.check_banks()
    return _mean_vector(load_exemplars(model, paths.exemplars))


def _mean_vector(bank: SectionExemplars | None) -> np.ndarray | None:
    return None if bank is None or not len(bank.vectors) else bank.vectors.mean(axis=0)
