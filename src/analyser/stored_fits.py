"""Fitted logistic regressions shipped as JSON coefficients, so that a run does not refit (nor import scikit-learn).

The evidence bank's models (:class:`analyser.match.EvidenceBank`: topicality, genre, title and title-page naming)
are logistic regressions fitted on the shipped bank arrays at first use: about 0.7 CPU-s of a cold run, most of
it importing scikit-learn. :func:`stored_or_fit` looks the fit up by a digest of its exact inputs (training
matrix, labels, sample weights, C, iterations, with or without a standard scaler, scikit-learn's version) in
``data/exemplars/fitted.json`` and returns a :class:`StoredLogit` whose :meth:`~StoredLogit.predict_proba`
repeats scikit-learn's arithmetic step by step (the same probabilities to the bit); any other fit (a left-out
document of the calibration, a rebuilt bank) is fitted as before. ``analyser banks build`` (and ``banks negatives``)
write the file beside the banks they rebuild (:func:`analyser.bank_build.rebuild_fitted`; ``scripts/build_fitted.py``
for the shipped banks alone). The file stamps the bank files its fits were made from (:func:`bank_stamp`), so a
bank rebuilt without it is told in one line (:func:`stale_message`; ``tests/test_stored_fits.py``).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import numpy as np

USE_STORED = True
"""False: every fit is made anew (``scripts/build_fitted.py`` sets it to record the fits it writes)."""

RECORDED: dict[str, dict] = {}
"""digest -> JSON entry of every fit made by :func:`stored_or_fit` in this process (what the build writes)."""


def fitted_path() -> Path:
    """Package-data location of the stored fits (``analyser/data/exemplars/fitted.json``)."""
    return Path(str(resources.files("analyser") / "data" / "exemplars" / "fitted.json"))


@functools.lru_cache(maxsize=1)
def _sklearn_version() -> str:
    try:
        return metadata.version("scikit-learn")
    except metadata.PackageNotFoundError:
        return ""


def fit_digest(x: np.ndarray, y: np.ndarray, w: np.ndarray | None, c: float, max_iter: int, scaled: bool) -> str:
    """sha256 (hex) of everything a logistic-regression fit depends on.

    Args:
        x: (n, d) training matrix (its dtype, shape and bytes count).
        y: (n,) labels.
        w: (n,) sample weights or None.
        c: inverse regularisation strength.
        max_iter: the solver's iteration limit.
        scaled: True for ``make_pipeline(StandardScaler(), LogisticRegression(...))``.

    Returns:
        64 hex characters; scikit-learn's version is part of it (another version may fit otherwise).
    """
    h = hashlib.sha256(json.dumps([repr(float(c)), int(max_iter), bool(scaled), _sklearn_version()]).encode("utf-8"))
    for a in (x, y, w):
        if a is None:
            h.update(b"none")
            continue
        a = np.ascontiguousarray(a)
        h.update(f"{a.dtype.str}{a.shape}".encode("ascii"))
        h.update(a.tobytes())
    return h.hexdigest()


class StoredLogit:
    """A fitted binary logistic regression (optionally behind a standard scaler) read from its coefficients.

    Args:
        coef: (d,) coefficients (scikit-learn's ``coef_[0]``).
        intercept: the intercept (``intercept_[0]``).
        mean: (d,) the scaler's ``mean_``, or None without a scaler.
        scale: (d,) the scaler's ``scale_``, or None without a scaler.
    """

    def __init__(self, coef: Any, intercept: float, mean: Any = None, scale: Any = None) -> None:
        self.coef = np.asarray(coef, dtype=np.float64).reshape(1, -1)
        self.intercept = np.asarray([intercept], dtype=np.float64)
        self.mean = None if mean is None else np.asarray(mean, dtype=np.float64)
        self.scale = None if scale is None else np.asarray(scale, dtype=np.float64)

    def predict_proba(self, x: Any) -> np.ndarray:
        """(n, 2) probabilities of class 0 and class 1 for the (n, d) rows of ``x``, computed as scikit-learn 1.x
        does (``StandardScaler.transform``, ``LinearClassifierMixin.decision_function``, ``expit``)."""
        from scipy.special import expit

        x = np.asarray(x)
        if self.mean is not None:
            x = np.array(x, dtype=x.dtype if x.dtype in (np.float64, np.float32, np.float16) else np.float64, copy=True)
            x -= self.mean
            x /= self.scale
        elif x.dtype == object:
            x = x.astype(np.float64)
        scores = x @ self.coef.T + self.intercept
        prob = scores.reshape(-1)
        prob = expit(prob, out=prob)
        return np.stack([1 - prob, prob], axis=1)

    @classmethod
    def from_json(cls, entry: Mapping[str, Any]) -> "StoredLogit":
        """Read an entry written by :func:`entry_of` (keys ``coef``, ``intercept``, ``mean``, ``scale``)."""
        return cls(entry["coef"], entry["intercept"], entry.get("mean"), entry.get("scale"))


def entry_of(model: Any) -> dict:
    """The JSON entry of a fitted scikit-learn ``LogisticRegression`` or scaler + regression pipeline (binary).

    Raises:
        ValueError: for any other estimator (more than two classes, other steps).
    """
    steps = getattr(model, "steps", None)
    scaler, lr = (steps[0][1], steps[-1][1]) if steps else (None, model)
    if len(steps or [None]) > 2 or len(getattr(lr, "classes_", ())) != 2 or list(lr.classes_) != [0, 1]:
        raise ValueError(f"not a binary 0/1 logistic regression: {model!r}")
    entry = {"coef": [float(v) for v in lr.coef_[0]], "intercept": float(lr.intercept_[0])}
    if scaler is not None:
        if not getattr(scaler, "with_mean", False) or not getattr(scaler, "with_std", False):
            raise ValueError(f"not a standard scaler: {scaler!r}")
        entry |= {"mean": [float(v) for v in scaler.mean_], "scale": [float(v) for v in scaler.scale_]}
    return entry


@functools.lru_cache(maxsize=4)
def _stored(path: str) -> dict[str, dict]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data.get("fits", {}) if isinstance(data, dict) else {}


def stored_or_fit(x: np.ndarray, y: np.ndarray, w: np.ndarray | None, c: float, max_iter: int, scaled: bool,
                  fit: Callable[[], Any], name: str = "") -> Any:
    """The stored fit of these inputs (:func:`fit_digest`) as a :class:`StoredLogit`, else ``fit()``'s estimator.

    Args:
        x, y, w, c, max_iter, scaled: the fit's inputs, as :func:`fit_digest` (``fit`` must use exactly these).
        fit: makes the scikit-learn fit when none is stored.
        name: what the fit is, kept in the recorded entry (for a reader of ``fitted.json``).

    Returns:
        An object with scikit-learn's ``predict_proba``; every fit made is recorded in :data:`RECORDED`.
    """
    digest = fit_digest(x, y, w, c, max_iter, scaled)
    if USE_STORED:
        entry = _stored(str(fitted_path())).get(digest)
        if entry is not None:
            return StoredLogit.from_json(entry)
    model = fit()
    try:
        RECORDED[digest] = {"name": name, **entry_of(model)}
    except ValueError:  # not storable (not a binary 0/1 regression): used as fitted, never stored
        pass
    return model


def write_fitted(entries: Mapping[str, dict], path: Path | None = None, banks: Mapping[str, dict] | None = None) -> Path:
    """Write ``entries`` (digest -> entry) as the stored fits, atomically; returns the path written.

    Args:
        entries: digest -> JSON entry (:data:`RECORDED`).
        path: the file (default :func:`fitted_path`).
        banks: model -> :func:`bank_stamp` of the bank files the fits were made from (kept under ``"banks"``).
    """
    from .io import write_text_atomic

    path = path or fitted_path()
    data: dict[str, Any] = {"fits": dict(sorted(entries.items()))}
    if banks:
        data = {"banks": dict(sorted(banks.items())), **data}
    write_text_atomic(path, json.dumps(data, indent=1) + "\n")
    _stored.cache_clear()
    return path


def read_fitted(path: Path | None = None) -> dict[str, Any]:
    """The stored fits file as written by :func:`write_fitted` (``{"banks": {...}, "fits": {...}}``; both empty when
    the file is missing or unreadable)."""
    try:
        data = json.loads(Path(path or fitted_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    return {"banks": data.get("banks") or {}, "fits": data.get("fits") or {}}


def bank_stamp(files: Sequence[Path]) -> dict[str, str | None]:
    """What the fits of a bank depend on besides their code: file name -> sha256 (hex; None for a missing file) of
    each of ``files`` (the evidence bank and the genre set beside it), and scikit-learn's version."""
    from .io import file_sha256

    return {"scikit-learn": _sklearn_version(), **{Path(f).name: file_sha256(f) for f in files}}


def stale_message(model: str, files: Sequence[Path], path: Path | None = None) -> str | None:
    """One line telling that the stored fits of ``model`` were not made from ``files`` as they are now, or None.

    Args:
        model: encoder name of the bank.
        files: the bank files the fits are made from (:func:`bank_stamp`).
        path: the stored fits (default :func:`fitted_path`).

    Returns:
        None when ``path`` stamps exactly these files (and this scikit-learn); else e.g. ``"…/fitted.json is stale for
        multilingual-e5-small: multilingual-e5-small.evidence.npz changed since its fits were made; rebuild it with
        `analyser banks build` (or `python scripts/build_fitted.py`)"``. A stale file costs time only: a fit not
        stored is made anew (the same probabilities).
    """
    path = Path(path or fitted_path())
    stamp = read_fitted(path)["banks"].get(model)
    if stamp is None:
        what = "holds no fits of its bank" if path.exists() else "is missing"
    else:
        now = bank_stamp(files)
        changed = [k for k in now if stamp.get(k) != now[k]]
        if not changed:
            return None
        what = f"{', '.join(changed)} changed since its fits were made"
    return (f"{path} is stale for {model}: {what}; rebuild it with `analyser banks build` "
            f"(or `python scripts/build_fitted.py`)")
