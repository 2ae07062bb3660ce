"""Score coverage of every key element: features, calibration, labels, evidence.

Multilingual-e5 cosines sit on a compressed scale whose level shifts with the
language (English text scores higher than other languages for covered and
absent elements alike), so no fixed cosine threshold is used. Each key element
gets **features** that are relative within the document:

* ``max_centred`` — best passage similarity minus that passage's mean
  similarity to all key elements (how specifically some passage speaks of
  *this* element rather than of migration in general);
* ``sent_centred`` — the same on single sentences (one-sentence mentions);
* ``z_doc`` — the element's best similarity standardised against the other
  elements of the same document (its standing in the document);
* ``own_centred`` — ``max_centred`` restricted to the element's own section;
* ``n_top`` — log(1 + number of passages for which the element is the closest
  key element);
* ``own_words`` — log(1 + answer words in the element's own section);
* ``ex_max``, ``ex_own``, ``ex_centred`` — learned evidence: for each passage the
  share of its nearest annotated answer blocks (other documents, any language)
  that are gold evidence of the element; best passage, best passage in the
  element's own section, and log(1 + total share over the document);
* ``legal_ref`` — 1 when an EU act number named by the element (e.g.
  "2008/115", "2009/52") occurs in the answer text: the same in every language.

A logistic regression (scikit-learn) maps the features to the probability that
the element is at least partially addressed (``score``); a second one separates
addressed from partial. Both are fitted on the development gold by
:func:`fit_calibration` (``analyser calibrate``) and stored in a JSON file with
the model name and the analyser version.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from . import __version__
from .errors import ScoreError
from .match import Matches
from .schema import Coverage, Evidence, Segmentation
from .template import Template

logger = logging.getLogger(__name__)

FEATURES: tuple[str, ...] = (
    "max_centred",
    "sent_centred",
    "z_doc",
    "own_centred",
    "n_top",
    "own_words",
    "legal_ref",
    "ex_max",
    "ex_centred",
    "ex_own",
)
_LEGAL_REF_RE = re.compile(r"\b(?:19|20)\d{2}/\d{1,4}\b")


@dataclass(frozen=True)
class ScoreConfig:
    """Settings of the score stage.

    Attributes:
        max_evidence: evidence passages kept per covered key element.
        covered_threshold: score at or above which an element counts as covered.
        addressed_threshold: probability of "addressed" (given the features)
            at or above which a covered element is addressed rather than partial.
    """

    max_evidence: int = 3
    covered_threshold: float = 0.5
    addressed_threshold: float = 0.5


# --------------------------------------------------------------------------- features


def compute_features(matches: Matches, seg: Segmentation, template: Template) -> dict[str, dict[str, float]]:
    """Feature dict per key element id (see module docstring); values are plain floats."""
    ids = matches.key_element_ids
    sim = matches.passage_sim
    ssim = matches.sentence_sim
    section_words = {s: info.answer_words for s, info in seg.sections.items()}
    answer_text = " ".join(p.text for p in matches.passages)
    refs_in_text = set(_LEGAL_REF_RE.findall(answer_text))
    out: dict[str, dict[str, float]] = {}
    if sim.shape[1] == 0:
        for kid in ids:
            out[kid] = {f: 0.0 for f in FEATURES} | {"max_centred": -1.0, "sent_centred": -1.0, "own_centred": -1.0, "z_doc": -3.0}
        return out
    centred = sim - sim.mean(axis=0, keepdims=True)
    s_centred = ssim - ssim.mean(axis=0, keepdims=True) if ssim.shape[1] else centred
    best = sim.max(axis=1)
    z_doc = (best - best.mean()) / (best.std() or 1.0)
    top_owner = centred.argmax(axis=0)
    p_sections = np.array([p.section_id or "" for p in matches.passages])
    ex = matches.exemplar_sim
    for row, kid in enumerate(ids):
        sec = template.key_element(kid).section_id
        own = p_sections == sec
        ke = template.key_element(kid)
        ke_refs = set()
        for t in [ke.en, *ke.texts.values()]:
            ke_refs |= set(_LEGAL_REF_RE.findall(t))
        ke_refs -= {"2024/1351"}  # the framework regulation is cited everywhere
        out[kid] = {
            "max_centred": float(centred[row].max()),
            "sent_centred": float(s_centred[row].max()),
            "z_doc": float(z_doc[row]),
            "own_centred": float(centred[row, own].max()) if own.any() else -0.05,
            "n_top": math.log1p(int((top_owner == row).sum())),
            "own_words": math.log1p(section_words.get(sec, 0)),
            "legal_ref": float(bool(ke_refs & refs_in_text)),
            "ex_max": float(ex[row].max()) if ex is not None else 0.0,
            "ex_centred": math.log1p(float(ex[row].sum())) if ex is not None else 0.0,
            "ex_own": float(ex[row, own].max()) if ex is not None and own.any() else 0.0,
        }
    return out


# --------------------------------------------------------------------------- calibration


@dataclass(frozen=True)
class Calibration:
    """Two logistic models over :data:`FEATURES` (standardised).

    Attributes:
        model: encoder name the calibration was fitted with.
        version: analyser version that fitted it.
        mean, scale: (F,) feature standardisation.
        covered_coef, covered_intercept: P(label != absent).
        addressed_coef, addressed_intercept: P(label == addressed | covered).
        fitted_on: doc_ids used.
    """

    model: str
    version: str
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    covered_coef: tuple[float, ...]
    covered_intercept: float
    addressed_coef: tuple[float, ...]
    addressed_intercept: float
    fitted_on: tuple[str, ...] = ()

    def _x(self, feats: Mapping[str, float]) -> np.ndarray:
        x = np.array([feats.get(f, 0.0) for f in self.features], dtype=np.float64)
        return (x - np.array(self.mean)) / np.array(self.scale)

    def p_covered(self, feats: Mapping[str, float]) -> float:
        """Calibrated probability in [0, 1] that the element is at least partially addressed."""
        return _sigmoid(float(self._x(feats) @ np.array(self.covered_coef) + self.covered_intercept))

    def p_addressed(self, feats: Mapping[str, float]) -> float:
        """Probability in [0, 1] that a covered element is fully addressed."""
        return _sigmoid(float(self._x(feats) @ np.array(self.addressed_coef) + self.addressed_intercept))

    def to_json(self) -> dict:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items()}

    @classmethod
    def from_json(cls, data: Mapping) -> Calibration:
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def default_calibration_path(model: str) -> Path:
    """Where the shipped calibration of ``model`` lives (package data)."""
    return Path(str(resources.files("analyser") / "data" / "calibration" / f"{model}.json"))


def load_calibration(model: str, path: str | Path | None = None) -> Calibration:
    """Load the calibration for ``model``; an uncalibrated prior when none is stored.

    Raises:
        ScoreError: E401 when a given file is unreadable or malformed.
    """
    p = Path(path) if path else default_calibration_path(model)
    if not p.exists():
        if path:
            raise ScoreError("E401", path=str(p), reason="file not found")
        logger.info("no calibration for model %s: using the uncalibrated prior", model)
        return _prior(model)
    try:
        return Calibration.from_json(json.loads(p.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError) as exc:
        raise ScoreError("E401", path=str(p), reason=str(exc)) from exc


def _prior(model: str) -> Calibration:
    """Hand-set weights used before any calibration exists (e.g. with the test encoder)."""
    n = len(FEATURES)
    coef = {"max_centred": 1.0, "sent_centred": 0.5, "z_doc": 1.0, "own_centred": 0.5, "n_top": 0.8, "own_words": 0.3,
            "legal_ref": 0.3, "ex_max": 0.0, "ex_centred": 0.0, "ex_own": 0.0}
    return Calibration(
        model=model,
        version=__version__,
        features=FEATURES,
        mean=(0.03, 0.05, 0.0, 0.0, 0.5, 5.0, 0.2, 0.0, 0.0, 0.0),
        scale=(0.02, 0.03, 1.0, 0.03, 0.7, 2.0, 0.4, 1.0, 1.0, 1.0),
        covered_coef=tuple(coef[f] for f in FEATURES),
        covered_intercept=1.0,
        addressed_coef=tuple(coef[f] for f in FEATURES),
        addressed_intercept=0.0,
        fitted_on=(),
    ) if n else None  # type: ignore[return-value]


def fit_calibration(
    rows: Sequence[tuple[str, Mapping[str, float], str]],
    model: str,
) -> Calibration:
    """Fit both logistic models.

    Args:
        rows: (doc_id, features, gold label) per key element and document.
        model: encoder name to record.

    Returns:
        The fitted :class:`Calibration`.
    """
    from sklearn.linear_model import LogisticRegression

    x = np.array([[f.get(name, 0.0) for name in FEATURES] for _, f, _ in rows], dtype=np.float64)
    labels = [lab for _, _, lab in rows]
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    xs = (x - mean) / scale
    y_cov = np.array([lab != "absent" for lab in labels], dtype=int)
    cov = LogisticRegression(C=1.0, max_iter=1000).fit(xs, y_cov)
    mask = y_cov == 1
    y_add = np.array([lab == "addressed" for lab in labels], dtype=int)[mask]
    add = LogisticRegression(C=1.0, max_iter=1000).fit(xs[mask], y_add)
    return Calibration(
        model=model,
        version=__version__,
        features=FEATURES,
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        covered_coef=tuple(float(v) for v in cov.coef_[0]),
        covered_intercept=float(cov.intercept_[0]),
        addressed_coef=tuple(float(v) for v in add.coef_[0]),
        addressed_intercept=float(add.intercept_[0]),
        fitted_on=tuple(sorted({d for d, _, _ in rows})),
    )


# --------------------------------------------------------------------------- scoring


def score(
    matches: Matches,
    seg: Segmentation,
    template: Template,
    calibration: Calibration,
    cfg: ScoreConfig | None = None,
) -> dict[str, Coverage]:
    """Coverage of every key element.

    Returns:
        Key element id → :class:`Coverage` (all 44, Annex order). Absent
        elements carry no evidence; ``misplaced`` is True when the best
        evidence stands outside the element's own section.
    """
    cfg = cfg or ScoreConfig()
    feats = compute_features(matches, seg, template)
    block_page = {sb.block.id: sb.block.page for sb in seg.blocks}
    out: dict[str, Coverage] = {}
    sim = matches.passage_sim
    centred = sim - sim.mean(axis=0, keepdims=True) if sim.shape[1] else sim
    for row, kid in enumerate(matches.key_element_ids):
        f = feats[kid]
        p = calibration.p_covered(f)
        covered = p >= cfg.covered_threshold
        if not covered:
            label = "absent"
        elif calibration.p_addressed(f) >= cfg.addressed_threshold:
            label = "addressed"
        else:
            label = "partial"
        evidence: list[Evidence] = []
        misplaced = False
        if covered and sim.shape[1]:
            for j in _evidence_order(matches, row, centred, template.key_element(kid).section_id)[: cfg.max_evidence]:
                psg = matches.passages[int(j)]
                evidence.append(
                    Evidence(
                        passage_id=psg.id,
                        block_id=psg.block_ids[0],
                        page=block_page.get(psg.block_ids[0], psg.page),
                        section_id=psg.section_id,
                        text=psg.text,
                        similarity=round(float(sim[row, j]), 4),
                        sentence=_best_sentence(matches, row, int(j)),
                    )
                )
            misplaced = evidence[0].section_id != template.key_element(kid).section_id
        out[kid] = Coverage(
            key_element_id=kid,
            label=label,
            score=round(p, 4),
            evidence=tuple(evidence),
            misplaced=misplaced,
            features={k: round(v, 5) for k, v in f.items()},
        )
    return out


def _evidence_order(matches: Matches, row: int, centred: np.ndarray, section_id: str) -> list[int]:
    """Passages ranked as evidence for key element ``row``, best first.

    Rank by the element's specific similarity (``centred``) plus the k-NN
    evidence vote (both roughly on [0, 0.5] after scaling), with a small bonus
    for the element's own section; fragments under five words (list-item
    stubs such as "i. de meerderjarige echtgenoot;") never lead.
    """
    rank = 5.0 * centred[row].astype(np.float64)
    if matches.exemplar_sim is not None:
        rank = rank + matches.exemplar_sim[row]
    own = np.array([p.section_id == section_id for p in matches.passages])
    rank = rank + 0.05 * own
    short = np.array([len(p.text.split()) < 5 for p in matches.passages])
    rank = rank - 1.0 * short
    return [int(j) for j in np.argsort(-rank)]


def _best_sentence(matches: Matches, row: int, passage_index: int) -> str | None:
    idx = np.flatnonzero(matches.sentence_passage == passage_index)
    if idx.size == 0:
        return None
    best = idx[int(np.argmax(matches.sentence_sim[row, idx]))]
    return matches.sentences[int(best)]


