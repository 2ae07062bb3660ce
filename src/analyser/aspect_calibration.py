"""Aspect calibration: the logistic model from aspect features to P(covered), its file, its fit.

:class:`AspectCalibration` is read from ``data/calibration/<model>.aspects[-text].json``
(:func:`load_aspect_calibration`) and fitted on the gold aspect labels of the development corpus
(:func:`fit_aspect_calibration`, used by :mod:`analyser.aspect_fit`: ``analyser eval`` / ``analyser calibrate``). The features it weighs are
described in :mod:`analyser.aspect_score`, which re-exports every name here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from .aspects import Aspect, AspectSet, derive_label
from .calibrate_figures import macro_f1 as macro_f1  # one macro-F1 for both calibrations; imported from here by aspect_fit and the tests
from .errors import Errors, ScoreError

FEATURES_BASE = ("z_sentence", "z_document", "wins", "sibling_z", "below_sibling", "sib_margin", "aspect_prior")
FEATURES_KE = FEATURES_BASE + ("ke_score", "ke_partial", "ke_absent", "partial_prior")
FEATURES_KNOWN = FEATURES_KE
"""Every feature a calibration file may name (older files without ``sib_margin`` still load)."""


def own_evidence(feats: Mapping[str, float]) -> bool:
    """Whether an aspect has a sentence of its own: ``sib_margin >= 0``, some answer sentence is nearer to the
    aspect than to every sibling aspect of its key element (a key element of one aspect always has one; features
    without ``sib_margin``, from an analysis older than it, count as having one).

    An aspect whose every sentence speaks more of a sibling ask has no evidence of its own, whatever the
    key element's calibrated score: in the short Italian strategy that speaks of resettlement only, the
    document's nearest sentence to "EU Talent Partnerships" is on resettlement (and the AMIF sentence of 2.6 is its
    best), so the aspect is not covered and 2.1.1.b is partial. The margin is a difference of two z-scores over the
    aspects *in the same sentence*, so neither the language nor the length shifts its zero point (no cosine
    threshold). Never false in the 13 development documents (85-489 sentences each: a long answer always has a
    sentence for each ask it mentions), so their figures are unchanged; it decides in short texts.

    Since the thirteenth session the margin is ``own_sib_margin`` when the features have it
    (:func:`analyser.aspect_score.own_sib_margin`): only sentences of the key element's own section, or sentences
    elsewhere that are about the aspect at all, count; a short text's sentence on another subject in which the
    unnamed sibling happens to lead no longer does (the 13 development documents: own evidence unchanged).

    Since the fourteenth session the margin is ``answer_margin`` when the features have it: of those sentences only
    the ones that answer (:func:`analyser.aspect_score.answer_sentences`: a figure, or nearer to a concrete measure
    than to a passing mention), so an ask named only in passing ("we will also consider X") has none.
    """
    if "answer_margin" in feats:  # the same, over the sentences that answer (aspect_score.answer_sentences)
        return float(feats["answer_margin"]) >= 0.0
    if "own_sib_margin" in feats:  # the sentences that may count: the own section's, or about the aspect (aspect_score.own_sib_margin)
        return float(feats["own_sib_margin"]) >= 0.0
    return float(feats.get("sib_margin", 0.0)) >= 0.0


PRIOR_FEATURES = ("aspect_prior", "partial_prior")  # looked up in the calibration, not computed from the text
ASPECT_C = 0.3
"""Inverse L2 strength of the aspect calibration's logistic model (standardised features). With ``sib_margin``,
leave-one-document-out three-class accuracy (key-element gold) overall / nl-2025: C 0.03 and 0.1: 0.886 / 0.705,
0.3: 0.888 / 0.727, 1.0: 0.885 / 0.727 (without ``sib_margin``: 0.886 / 0.705 at 0.03 and 0.1, 0.885 / 0.705 at 0.3) (against the key-element gold)."""
_EPS = 1e-6


@dataclass(frozen=True)
class AspectCalibration:
    """Logistic model from aspect features to P(covered).

    Attributes:
        features: feature names, in the order of ``weights``.
        weights, bias: on standardised features ``(x - mean) / scale``.
        mean, scale: standardisation, per feature.
        threshold: covered when the probability is at least this.
        model: encoder name it was fitted for.
        fitted_on: document ids of the training set.
    """

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float = 0.5
    model: str = ""
    fitted_on: tuple[str, ...] = ()
    figures: Mapping[str, float] = field(default_factory=dict)
    priors: Mapping[str, float] = field(default_factory=dict)

    def prior_features(self, aspect_id: str, feats: Mapping[str, float]) -> dict[str, float]:
        """``aspect_prior`` and ``partial_prior`` of one aspect (0 for an aspect without a prior)."""
        p = self.priors.get(aspect_id)
        logit = math.log(p / (1 - p)) if p is not None else 0.0
        return {"aspect_prior": logit, "partial_prior": float(feats.get("ke_partial", 0.0)) * logit}

    def probability(self, feats: Mapping[str, float], aspect_id: str = "") -> float:
        """P(covered) for one aspect's features. Raises KeyError for a missing feature."""
        full = {**feats, **self.prior_features(aspect_id, feats)}
        z = self.bias
        for name, w, m, s in zip(self.features, self.weights, self.mean, self.scale):
            z += w * (float(full[name]) - m) / s
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def covers(self, feats: Mapping[str, float], aspect_id: str = "") -> tuple[float, bool]:
        """(P(covered), covered) for one aspect's features: covered when the probability reaches the threshold
        and the document has evidence of the aspect's own (:func:`own_evidence`). Raises KeyError as
        :meth:`probability`."""
        p = self.probability(feats, aspect_id)
        return p, p >= self.threshold and own_evidence(feats)

    def to_json(self) -> dict:
        """The calibration file's object (``<model>.aspects.json``: kind, model, features, weights, bias, mean,
        scale, threshold, fitted_on, figures, priors), read back by :meth:`from_json`."""
        return {"kind": "aspect-coverage", "model": self.model, "features": list(self.features),
                "weights": list(self.weights), "bias": self.bias, "mean": list(self.mean),
                "scale": list(self.scale), "threshold": self.threshold, "fitted_on": list(self.fitted_on),
                "figures": dict(self.figures), "priors": dict(self.priors)}

    @classmethod
    def from_json(cls, data: Mapping, path: str = "<calibration>") -> "AspectCalibration":
        """Read :meth:`to_json` output. Raises ScoreError ``E422`` for a malformed mapping."""
        try:
            feats = tuple(str(f) for f in data["features"])
            n = len(feats)
            vals = [tuple(float(v) for v in data[k]) for k in ("weights", "mean", "scale")]
            if any(len(v) != n for v in vals) or any(s <= 0 for s in vals[2]):
                raise ValueError("weights/mean/scale do not match the features")
            priors = {str(k): float(v) for k, v in dict(data.get("priors", {})).items()}
            if any(not 0 < v < 1 for v in priors.values()):
                raise ValueError("priors must lie strictly between 0 and 1")
            unknown = [f for f in feats if f not in FEATURES_KNOWN]
            if unknown:
                raise ValueError(f"unknown feature {unknown[0]!r}")
            return cls(feats, vals[0], float(data["bias"]), vals[1], vals[2], float(data.get("threshold", 0.5)),
                       str(data.get("model", "")), tuple(data.get("fitted_on", ())), dict(data.get("figures", {})), priors)
        except (KeyError, TypeError, ValueError) as exc:
            raise ScoreError(Errors.E422, path=path, reason=f"{type(exc).__name__}: {exc}") from None


def calibration_path(model: str, with_ke_score: bool = True) -> Path:
    """Path of the shipped aspect calibration of a model (``data/calibration/<model>.aspects[-text].json``)."""
    name = f"{model}.aspects.json" if with_ke_score else f"{model}.aspects-text.json"
    return Path(str(resources.files("analyser") / "data" / "calibration" / name))


def load_aspect_calibration(model: str, path: str | Path | None = None, *, with_ke_score: bool = True) -> AspectCalibration:
    """Read an aspect calibration (default: the shipped one for ``model``).

    Raises:
        ScoreError: ``E422`` when the file is missing, not JSON or malformed.
    """
    p = Path(path) if path is not None else calibration_path(model, with_ke_score)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ScoreError(Errors.E422, path=str(p), reason=f"{type(exc).__name__}: {exc}") from None
    return AspectCalibration.from_json(data, str(p))



def fit_aspect_calibration(
    rows: Sequence[tuple[str, str, Mapping[str, float], bool]],
    features: Sequence[str],
    aspects: AspectSet,
    *,
    model: str = "",
    c: float = ASPECT_C,
    gold_labels: Mapping[tuple[str, str], str] | None = None,
    tune_threshold: bool = False,
    weights: Sequence[float] | None = None,
    prior_rows: Sequence[tuple[str, str, Mapping[str, float], bool]] | None = None,
) -> AspectCalibration:
    """Fit the logistic model on gold aspect labels.

    Args:
        rows: (doc_id, aspect id, features, covered) examples.
        features: which features to use (from :data:`FEATURES_KE`).
        aspects: the aspect set (to group aspects by key element for the threshold).
        model: encoder name, recorded.
        c: inverse L2 regularisation strength (sklearn ``C``).
        gold_labels: (doc_id, key element) -> gold key-element label (used with ``tune_threshold``).
        tune_threshold: False (default): threshold 0.5. True: the threshold in 0.20-0.80 that
            maximises, on the training rows, the three-class accuracy of the derived key-element
            labels (with ``gold_labels``) or else aspect-level macro-F1.
        weights: sample weight per row (default 1 each).
        prior_rows: the rows the aspect priors are counted on (default ``rows``): the annotated documents
            only, when ``rows`` also hold sub-documents cut from them (which would count their key elements twice).

    Returns:
        The fitted :class:`AspectCalibration`.

    Raises:
        ScoreError: ``E422`` when the rows hold one class only.
    """
    from sklearn.linear_model import LogisticRegression

    priors = aspect_priors(rows if prior_rows is None else prior_rows, aspects)
    probe = AspectCalibration((), (), 0.0, (), (), priors=priors)
    rows = [(d, aid, {**f, **probe.prior_features(aid, f)}, y) for d, aid, f, y in rows]
    lacking = next(((r[0], f) for r in rows for f in features if f not in r[2]), None)
    if lacking is not None:
        raise ScoreError(Errors.E422, path=f"<training rows of {lacking[0]}>",
                         reason=f"feature {lacking[1]!r} missing (an analysis of an older version: analyse it again)")
    x = np.array([[r[2][f] for f in features] for r in rows], dtype=float)
    y = np.array([bool(r[3]) for r in rows])
    if len(set(y.tolist())) < 2:
        raise ScoreError(Errors.E422, path="<training rows>", reason="gold aspect labels of one class only")
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < _EPS] = 1.0
    lr = LogisticRegression(C=c, max_iter=1000)
    lr.fit((x - mean) / scale, y, sample_weight=None if weights is None else np.asarray(weights, dtype=float))
    cal = AspectCalibration(tuple(features), tuple(float(w) for w in lr.coef_[0]), float(lr.intercept_[0]),
                            tuple(float(m) for m in mean), tuple(float(s) for s in scale), 0.5, model,
                            tuple(sorted({r[0] for r in rows})), {}, priors)
    if not tune_threshold:
        return cal
    probs = np.array([cal.probability(r[2], r[1]) for r in rows])
    best_t, best_v = 0.5, -1.0
    for t in np.arange(0.2, 0.81, 0.02):
        pred = probs >= t
        if gold_labels is not None:
            v = _derived_accuracy(rows, pred, aspects, gold_labels)
        else:
            v = macro_f1(y, pred)
        if v > best_v + 1e-9:
            best_t, best_v = float(t), v
    return AspectCalibration(cal.features, cal.weights, cal.bias, cal.mean, cal.scale, round(best_t, 3), model,
                             cal.fitted_on, {}, priors)


def aspect_priors(rows: Sequence[tuple[str, str, Mapping[str, float], bool]], aspects: AspectSet) -> dict[str, float]:
    """Aspect id -> (k + 1) / (n + 2): n training documents whose gold covers the aspect's key element in
    part (some aspects covered, not all), k of them covering this aspect. Every aspect gets one."""
    ke_of = {a.id: a.key_element for a in aspects}
    flags: dict[tuple[str, str], dict[str, bool]] = {}
    for d, aid, _, y in rows:
        flags.setdefault((d, ke_of[aid]), {})[aid] = bool(y)
    counts = {a.id: [0, 0] for a in aspects}
    for fl in flags.values():
        vals = list(fl.values())
        if any(vals) and not all(vals):
            for aid, y in fl.items():
                counts[aid][0] += int(y)
                counts[aid][1] += 1
    return {aid: (k + 1) / (n + 2) for aid, (k, n) in counts.items()}


def _derived_accuracy(rows, pred, aspects: AspectSet, gold_labels) -> float:
    ke_of = {a.id: a.key_element for a in aspects}
    flags: dict[tuple[str, str], list[bool]] = {}
    for r, p in zip(rows, pred):
        flags.setdefault((r[0], ke_of[r[1]]), []).append(bool(p))
    hits = [derive_label(v) == gold_labels[k] for k, v in flags.items() if k in gold_labels]
    return float(np.mean(hits)) if hits else 0.0


def aspects_of(aspects: AspectSet, key_element_id: str) -> list[Aspect]:
    """Shortcut for :meth:`AspectSet.for_key_element`."""
    return aspects.for_key_element(key_element_id)
