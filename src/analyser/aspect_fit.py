"""Aspect calibration from an output folder: leave-one-document-out figures and the final fit.

Reads the analyses of ``analyser analyse`` over annotated documents (``<out>/<doc_id>/analysis.json``:
every aspect's features as the pipeline computed them, ``coverage[<ke>].aspects[].features``) and
their gold aspect labels (``<gold>/<doc_id>.aspects.json``, tests/data/gold/SCHEMA.md). No model is
needed: the text features (``z_sentence`` … ``sib_margin``) are stored; the key element's own
features (``ke_score``, ``ke_partial``, ``ke_absent``) are replaced by the leave-one-document-out
predictions of the coverage calibration when the caller has them
(:attr:`analyser.calibrate_figures.CalibrationReport.predictions`), so that the held-out document's
key-element score never saw its own gold; the priors are refitted in every fold.

:func:`evaluate_aspects_lodo` leaves each document out in turn, fits the aspect calibration
(:func:`analyser.aspect_calibration.fit_aspect_calibration`) on the others, scores the held-out one
and lets its key elements' labels follow as in the pipeline (covered versus absent kept with the
coverage calibration's label, :func:`analyser.aspect_score.anchor_covered`, then
:func:`analyser.aspects.derive_label`). Figures: aspect-level macro-F1 (covered / not covered) and
three-class accuracy of the derived key-element label, per document, per language and overall, against
two golds: the label the gold aspects give (``accuracy3``) and the annotators' own key-element label
of ``<doc_id>.gold.json`` (``accuracy3_ke``, the authoritative one; they differ where an annotator
called a key element addressed whose note names an ask the text leaves out: five key elements of
nl-2025, tests/data/gold/MANIFEST.md). Sub-documents cut from the annotated ones (``scripts/derive_aspect_subdocs.py``,
:func:`read_sub_documents`) can join the training folds (never their source's) and the final fit; the shipped
calibration is fitted without them (measured, no gain). :func:`calibrate_aspects` adds the final fit on every document (with the
in-sample key-element features, as the pipeline gives them) plus analysts' reviews of aspects
(:func:`analyser.review.aspect_review_examples`) as extra gold: reviews never enter the figures.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .aspect_calibration import ASPECT_C, FEATURES_KE, AspectCalibration, calibration_path, fit_aspect_calibration, macro_f1
from .aspect_score import AspectCoverage, anchor_covered
from .aspects import AspectSet, derive_label, load_aspects, load_gold_aspects_dir
from .aspects_stated import aspect_names, named_stated, stated_labels, stated_not_done
from .errors import Errors, ScoreError
from .text import split_sentences

Row = tuple[str, str, dict[str, float], bool]
"""(doc_id, aspect id, features, covered): one training example of the aspect calibration."""

_RANK = {0.0: "absent", 1.0: "partial", 2.0: "addressed"}


@dataclass(frozen=True)
class AspectData:
    """The annotated documents of an output folder, as aspect-calibration rows.

    Attributes:
        rows: one row per document × aspect (features with the in-sample key-element features).
        gold_labels: (doc_id, key element) -> gold key-element label (from the gold aspects).
        ke_gold_labels: (doc_id, key element) -> the annotators' key-element label
            (``<doc_id>.gold.json``; empty for a document without one).
        languages: doc_id -> language of the analysis.
        ke_labels: doc_id -> key element -> the coverage calibration's own label (in-sample).
        model: the encoder the analyses were made with.
        stated: (doc_id, aspect id) -> the formula by which its evidence sentence states the ask is
            not done (issue 13; :mod:`analyser.aspects_stated`).
    """

    rows: list[Row]
    gold_labels: dict[tuple[str, str], str]
    languages: dict[str, str]
    ke_labels: dict[str, dict[str, str]]
    model: str
    ke_gold_labels: dict[tuple[str, str], str] = field(default_factory=dict)
    stated: dict[tuple[str, str], str] = field(default_factory=dict)
    """(doc_id, aspect id) -> the non-performance formula its evidence sentence states
    (:func:`analyser.aspects_stated.stated_not_done`), read from the stored evidence sentence."""


def read_aspect_data(out: str | Path, gold_dir: str | Path, doc_ids: Collection[str] | None = None,
                     aspects: AspectSet | None = None) -> AspectData:
    """Rows of every document of ``out`` that has gold aspects and an analysis with aspects.

    Raises:
        ScoreError: E421 for a malformed gold aspect file or a gold folder without any; E403 for an
            unreadable analysis; E402 for a malformed ``<doc_id>.gold.json``.
    """
    from .evaluate import load_gold

    aspects = aspects or load_aspects()
    golds = load_gold_aspects_dir(gold_dir, aspects)
    rows: list[Row] = []
    gold_labels: dict[tuple[str, str], str] = {}
    languages: dict[str, str] = {}
    ke_labels: dict[str, dict[str, str]] = {}
    ke_gold_labels: dict[tuple[str, str], str] = {}
    stated: dict[tuple[str, str], str] = {}
    models = set()
    for doc_id in sorted(golds):
        if doc_ids is not None and doc_id not in doc_ids:
            continue
        analysis = _read_analysis_json(Path(out) / doc_id / "analysis.json")
        if analysis is None:
            continue
        cov = analysis.get("coverage") or {}
        items = {a["id"]: a for c in cov.values() for a in c.get("aspects") or [] if isinstance(a, Mapping)}
        if any(a.id not in items or not items[a.id].get("features") for a in aspects):
            continue  # an analysis from before aspects
        for a in aspects:
            rows.append((doc_id, a.id, {k: float(v) for k, v in items[a.id]["features"].items()},
                         golds[doc_id].covered[a.id]))
        stated.update({(doc_id, aid): f for aid, f in _stated_of(analysis, items, aspects).items()})
        for ke in aspects.key_element_ids:
            gold_labels[(doc_id, ke)] = golds[doc_id].label(ke, aspects)
        ke_gold = Path(gold_dir) / f"{doc_id}.gold.json"
        if ke_gold.exists():
            for ke, entry in (load_gold(ke_gold).get("coverage") or {}).items():
                if ke in aspects.key_element_ids:
                    ke_gold_labels[(doc_id, ke)] = entry["label"]
        languages[doc_id] = str(analysis.get("language") or "und")
        ke_labels[doc_id] = {ke: _RANK.get(float(c.get("features", {}).get("label_from_score", -1)), c["label"])
                             for ke, c in cov.items()}
        models.add(str((analysis.get("model") or {}).get("name", "")))
    return AspectData(rows, gold_labels, languages, ke_labels, ",".join(sorted(models)), ke_gold_labels, stated)


def _read_analysis_json(path: Path) -> dict | None:
    """The parsed ``analysis.json`` at ``path``, None when there is none; ScoreError E403 when it cannot be read."""
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ScoreError(Errors.E403, path=str(path), reason=f"{type(exc).__name__}: {exc}") from None


def _stated_of(analysis: Mapping, items: Mapping[str, Mapping], aspects: AspectSet) -> dict[str, str]:
    """Aspect id -> the stated-not-done formula of one analysis read back: the pipeline's own flag
    (``stated_not_done``/``stated_formula`` of the aspect item) when the analysis records that the rule was
    applied (``aspects_stated_rule``, :data:`analyser.aspects_stated.STATED_RULE_VERSION`; an analysis written
    before that field with any flag set was written under the rule too), else the rule of
    :mod:`analyser.aspects_stated` applied to the stored evidence sentences and the passages' sentences
    (:func:`analyser.text.split_sentences` in the analysis's language; an analysis written before the rule),
    whatever the stored ``covered``."""
    if analysis.get("aspects_stated_rule") is not None or any("stated_not_done" in it for it in items.values()):
        return {aid: str(it.get("stated_formula") or "") for aid, it in items.items() if it.get("stated_not_done")}
    language = str(analysis.get("language") or "xx")
    sentences = [x for p in analysis.get("passages") or [] for x in split_sentences(str(p.get("text") or ""), language)]
    named = named_stated(sentences, aspect_names(aspects))
    out = {}
    for a in aspects:
        evidence = items[a.id].get("evidence")
        formula = stated_not_done(evidence.get("sentence") if isinstance(evidence, Mapping) else None)
        if formula is None and a.id in named:
            formula = named[a.id][0]
        if formula is not None:
            out[a.id] = formula
    return out


SUB_WEIGHT = 1.0
"""Sample weight of a sub-document's aspect example (:func:`read_sub_documents`) relative to an annotated document's.
Measured (ke11, 119 sub-documents in scope): leave-one-document-out label from the aspects dev 0.904 / 0.902 / 0.897 at
0.3 / 1 / 3 against 0.904 without them, nl-2025 0.795 throughout; the shipped calibration is fitted without them."""


@dataclass(frozen=True)
class SubDocuments:
    """Aspect examples of sub-documents cut from the annotated documents (``scripts/derive_aspect_subdocs.py``).

    Attributes:
        rows: (sub-document id, aspect id, features, covered), the features as the pipeline computed them
            (key-element features in-sample, as for the final fit).
        sources: sub-document id -> the annotated document it is cut from (its rows never train a fold that
            holds that document out).
    """

    rows: list[Row]
    sources: dict[str, str]


def read_sub_documents(out: str | Path, labels: Mapping[str, Mapping] | str | Path,
                       aspects: AspectSet | None = None) -> SubDocuments:
    """The labelled aspects of every sub-document analysed in ``out``.

    Args:
        out: output folder of ``analyser analyse`` over the sub-documents.
        labels: sub-document id -> {"source": doc_id, "aspects": {aspect id: covered}} (the mapping, or the
            path of the ``aspect_labels.json`` the script writes).

    Raises:
        ScoreError: E421 for an unreadable labels file or an unknown aspect id; E403 for an unreadable analysis.
    """
    aspects = aspects or load_aspects()
    if isinstance(labels, Mapping):
        table: Mapping[str, Mapping] = labels
    else:
        try:
            table = json.loads(Path(labels).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ScoreError(Errors.E421, path=str(labels), reason=f"{type(exc).__name__}: {exc}") from None
    known = {a.id for a in aspects}
    rows: list[Row] = []
    sources: dict[str, str] = {}
    for sid in sorted(table):
        entry = table[sid]
        unknown = [a for a in entry.get("aspects", {}) if a not in known]
        if unknown:
            raise ScoreError(Errors.E421, path=f"<labels of {sid}>", reason=f"unknown aspect {unknown[0]!r}")
        analysis = _read_analysis_json(Path(out) / sid / "analysis.json")
        if analysis is None:
            continue
        if not analysis.get("in_scope", True):
            continue  # out of scope: every key element absent, nothing the aspect calibration decides
        items = {a["id"]: a for c in (analysis.get("coverage") or {}).values() for a in c.get("aspects") or []
                 if isinstance(a, Mapping)}
        for aid, y in sorted(entry.get("aspects", {}).items()):
            if items.get(aid, {}).get("features"):
                rows.append((sid, aid, {k: float(v) for k, v in items[aid]["features"].items()}, bool(y)))
        sources[sid] = str(entry["source"])
    return SubDocuments(rows, sources)


def with_ke_predictions(rows: Sequence[Row], predictions: Mapping[str, Mapping[str, tuple[float, str]]],
                        aspects: AspectSet) -> list[Row]:
    """The rows with ``ke_score``/``ke_partial``/``ke_absent`` from other key-element predictions.

    Args:
        predictions: doc_id -> key element -> (score, label), e.g. the leave-one-document-out
            predictions of the coverage calibration. Documents without predictions keep theirs.
    """
    ke_of = {a.id: a.key_element for a in aspects}
    out = []
    for d, aid, f, y in rows:
        p = predictions.get(d, {}).get(ke_of[aid])
        if p is not None:
            f = {**f, "ke_score": float(p[0]), "ke_partial": float(p[1] == "partial"), "ke_absent": float(p[1] == "absent")}
        out.append((d, aid, f, y))
    return out


def load_ke_predictions(path: str | Path) -> dict[str, dict[str, tuple[float, str]]]:
    """doc_id -> key element -> (score, label) from a JSON file of the coverage calibration's predictions
    (:attr:`analyser.calibrate_figures.CalibrationReport.predictions` as written by ``json.dumps``).

    Raises:
        ScoreError: E403 when the file is unreadable or not such a mapping.
    """
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        return {str(d): {str(k): (float(v[0]), str(v[1])) for k, v in p.items()} for d, p in raw.items()}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError, TypeError, ValueError, IndexError) as exc:
        raise ScoreError(Errors.E403, path=str(path), reason=f"{type(exc).__name__}: {exc}") from None


def lodo_probabilities(rows: Sequence[Row], aspects: AspectSet, features: Sequence[str] = FEATURES_KE,
                       c: float = ASPECT_C) -> dict[tuple[str, str], float]:
    """(doc_id, aspect id) -> P(covered) of every row from an aspect calibration fitted without its document.

    Raises:
        ScoreError: E422 when a fold's labels are of one class or a feature is missing.
    """
    out: dict[tuple[str, str], float] = {}
    for d in sorted({r[0] for r in rows}):
        cal = fit_aspect_calibration([r for r in rows if r[0] != d], features, aspects, c=c)
        out.update({(d, aid): cal.probability(f, aid) for dd, aid, f, _ in rows if dd == d})
    return out


@dataclass
class AspectLodoReport:
    """Leave-one-document-out figures of the aspect calibration (and, after a fit, what was written).

    Attributes:
        aspect_macro_f1: macro-F1 of covered / not covered over every held-out aspect (0-1).
        accuracy3: three-class accuracy of the key-element label derived from the aspects against
            the label the gold aspects give, over every held-out key element.
        accuracy3_ke: the same against the annotators' key-element gold (``<doc_id>.gold.json``),
            over the key elements that have one (NaN when none has).
        per_document: doc_id -> {language, aspects, aspect_macro_f1, accuracy3, accuracy3_ke}.
        per_language: language -> {documents, aspects, aspect_macro_f1, accuracy3, accuracy3_ke} (pooled).
        labels: (doc_id, key element) -> the held-out derived label (for confusion matrices).
        honest_ke: True when the key element's features were leave-one-document-out predictions.
        n_extra: analysts' reviews of aspects in the final fit (never in the figures).
        calibration: the final fit (None when only evaluated); path: where it was written.
    """

    aspect_macro_f1: float
    accuracy3: float
    per_document: dict[str, dict] = field(default_factory=dict)
    per_language: dict[str, dict] = field(default_factory=dict)
    honest_ke: bool = False
    accuracy3_ke: float = float("nan")
    labels: dict[tuple[str, str], str] = field(default_factory=dict)
    n_extra: int = 0
    calibration: AspectCalibration | None = None
    path: str = ""

    def __str__(self) -> str:
        lines = ["Aspects, leave-one-document-out" + ("" if self.honest_ke else
                                                       " (key-element features in-sample: no leave-one-document-out coverage predictions)"),
                 "acc3: against the label the gold aspects give; acc3-ke: against the key-element gold (authoritative)",
                 f"{'document':12} {'lang':4} {'aspects':>7} {'aspect-F1':>9} {'acc3':>6} {'acc3-ke':>7}"]
        for d, m in self.per_document.items():
            lines.append(f"{d:12} {m['language']:4} {m['aspects']:7d} {m['aspect_macro_f1']:9.3f} {m['accuracy3']:6.3f} {m['accuracy3_ke']:7.3f}")
        lines.append(f"{'language':12} {'docs':>4} {'aspects':>7} {'aspect-F1':>9} {'acc3':>6} {'acc3-ke':>7}")
        for lang, m in self.per_language.items():
            lines.append(f"{lang:12} {m['documents']:4d} {m['aspects']:7d} {m['aspect_macro_f1']:9.3f} {m['accuracy3']:6.3f} {m['accuracy3_ke']:7.3f}")
        lines.append(f"overall: aspect macro-F1 {self.aspect_macro_f1:.3f}; 3-class accuracy of the key-element label "
                     f"from aspects {self.accuracy3:.3f} (gold aspects), {self.accuracy3_ke:.3f} (key-element gold)")
        if self.n_extra:
            lines.append(f"  + {self.n_extra} analyst reviews of aspects as extra gold in the final fit (not in the figures above)")
        if self.path:
            lines.append(f"aspect calibration written to {self.path}")
        return "\n".join(lines)


def evaluate_aspects_lodo(data: AspectData, aspects: AspectSet | None = None, *,
                          ke_predictions: Mapping[str, Mapping[str, tuple[float, str]]] | None = None,
                          features: Sequence[str] = FEATURES_KE, c: float = ASPECT_C,
                          stated: bool = True, sub: SubDocuments | None = None,
                          sub_predictions: Mapping[str, Mapping[str, Mapping[str, tuple[float, str]]]] | None = None,
                          sub_weight: float = SUB_WEIGHT) -> AspectLodoReport:
    """Leave each document out, fit on the others, score it; figures per document, language, overall.

    Args:
        data: :func:`read_aspect_data`.
        ke_predictions: doc_id -> key element -> (score, label) of the coverage calibration,
            leave-one-document-out (honest); None: the analyses' in-sample key-element features.
        features: the features of the fitted model (default those of the shipped calibration).
        c: inverse L2 regularisation.
        stated: apply the pipeline's stated-not-done rule (:mod:`analyser.aspects_stated`, from
            ``data.stated``) after :func:`anchor_covered`, as :func:`analyser.aspect_score.apply_aspects`
            does; False for the figures without it.
        sub: sub-documents cut from the annotated ones (:func:`read_sub_documents`), training only: the fold of
            document *d* trains on those not cut from *d* (weight ``sub_weight``); the priors stay counted on the
            annotated documents.
        sub_predictions: held-out doc_id -> sub-document id -> key element -> (score, label) from that fold's
            coverage calibration (:attr:`analyser.calibrate_figures.CalibrationReport.derived_predictions`);
            None: the sub-documents' in-sample key-element features.

    Raises:
        ScoreError: E405 with fewer than two documents; E422 when a fold's labels are of one class.
    """
    aspects = aspects or load_aspects()
    docs = sorted(data.languages)
    if len(docs) < 2:
        raise ScoreError(Errors.E405, path="<aspects>", reason=f"{len(docs)} document(s) with gold aspects and aspect analyses; leave-one-document-out needs two or more")
    rows = with_ke_predictions(data.rows, ke_predictions, aspects) if ke_predictions else list(data.rows)
    pred: dict[tuple[str, str], bool] = {}
    ke_label_of: dict[str, dict[str, str]] = {}
    flagged: dict[str, set[str]] = {}
    for d in docs:
        train = [r for r in rows if r[0] != d]
        if sub is not None and sub.rows:
            extra = [r for r in sub.rows if sub.sources.get(r[0]) != d]
            if sub_predictions is not None and d in sub_predictions:
                extra = with_ke_predictions(extra, sub_predictions[d], aspects)
            cal = fit_aspect_calibration(train + extra, features, aspects, model=data.model, c=c,
                                         weights=[1.0] * len(train) + [sub_weight] * len(extra), prior_rows=train)
        else:
            cal = fit_aspect_calibration(train, features, aspects, model=data.model, c=c)
        held = [r for r in rows if r[0] == d]
        cov = []
        for _, aid, f, _ in held:
            prob, covered = cal.covers(f, aid)
            cov.append(AspectCoverage(aid, aspects.get(aid).key_element, covered, prob, None, f))
        labels = ({ke: v[1] for ke, v in ke_predictions[d].items()} if ke_predictions and d in ke_predictions
                  else data.ke_labels.get(d, {}))
        ke_label_of[d] = dict(labels)
        for x in anchor_covered(cov, labels):
            pred[(d, x.id)] = x.covered
            if stated and (d, x.id) in data.stated and labels.get(x.key_element) != "absent":
                pred[(d, x.id)] = False
                flagged.setdefault(d, set()).add(x.key_element)
    gold = {(d, aid): y for d, aid, _, y in rows}
    per_doc: dict[str, dict] = {}
    derived: dict[tuple[str, str], str] = {}
    for d in docs:  # as the pipeline: a covered key element whose covered asks are all stated not done stays partial
        own = {ke: derive_label([pred[(d, a.id)] for a in aspects.for_key_element(ke)]) for ke in aspects.key_element_ids}
        derived.update({(d, ke): lab for ke, lab in stated_labels(own, ke_label_of[d], flagged.get(d, set())).items()})
    pooled: dict[str, tuple[list[bool], list[bool], list[bool], list[bool]]] = {}
    all_y: list[bool] = []
    all_p: list[bool] = []
    hits: list[bool] = []
    hits_ke: list[bool] = []
    for d in docs:
        y = [gold[(d, a.id)] for a in aspects]
        p = [pred[(d, a.id)] for a in aspects]
        h = [derived[(d, ke)] == data.gold_labels[(d, ke)] for ke in aspects.key_element_ids]
        hk = [derived[(d, ke)] == data.ke_gold_labels[(d, ke)] for ke in aspects.key_element_ids if (d, ke) in data.ke_gold_labels]
        lang = data.languages[d]
        per_doc[d] = {"language": lang, "aspects": len(y), "aspect_macro_f1": macro_f1(y, p), "accuracy3": float(np.mean(h)),
                      "accuracy3_ke": _mean(hk)}
        ly, lp, lh, lk = pooled.setdefault(lang, ([], [], [], []))
        ly += y
        lp += p
        lh += h
        lk += hk
        all_y += y
        all_p += p
        hits += h
        hits_ke += hk
    per_lang = {lang: {"documents": sum(1 for m in per_doc.values() if m["language"] == lang), "aspects": len(y),
                       "aspect_macro_f1": macro_f1(y, p), "accuracy3": float(np.mean(h)), "accuracy3_ke": _mean(k)}
                for lang, (y, p, h, k) in sorted(pooled.items())}
    return AspectLodoReport(macro_f1(all_y, all_p), float(np.mean(hits)), per_doc, per_lang, honest_ke=bool(ke_predictions),
                            accuracy3_ke=_mean(hits_ke), labels=derived)


def _mean(flags: Sequence[bool]) -> float:
    return float(np.mean(flags)) if len(flags) else float("nan")


def calibrate_aspects(out: str | Path, gold_dir: str | Path, output: str | Path | None = None, *,
                      ke_predictions: Mapping[str, Mapping[str, tuple[float, str]]] | None = None,
                      extra_rows: Sequence[Row] = (), doc_ids: Collection[str] | None = None,
                      features: Sequence[str] = FEATURES_KE, c: float = ASPECT_C, write: bool = True,
                      sub: SubDocuments | None = None,
                      sub_predictions: Mapping[str, Mapping[str, Mapping[str, tuple[float, str]]]] | None = None,
                      sub_weight: float = SUB_WEIGHT) -> AspectLodoReport:
    """Leave-one-document-out figures, then the final fit on every document plus ``extra_rows``; written.

    Args:
        out, gold_dir: output folder over annotated documents and their gold (``*.aspects.json``).
        output: the aspect calibration file (default: the package's for the analyses' model).
        ke_predictions: the coverage calibration's leave-one-document-out predictions (for honest
            figures); the final fit uses the in-sample key-element features, as the pipeline gives them.
        extra_rows: more (doc_id, aspect id, features, covered) examples for the final fit only,
            e.g. :func:`analyser.review.aspect_review_examples`.
        doc_ids: only these documents.
        features: the model's features (default :data:`FEATURES_KE`, the pipeline's; ``FEATURES_BASE``
            for the text-only calibration).
        c: inverse L2 regularisation.
        write: False to only fit (nothing written, ``path`` empty).
        sub, sub_predictions, sub_weight: sub-documents cut from the annotated documents, as in
            :func:`evaluate_aspects_lodo`; in the final fit with their in-sample key-element features.

    Returns:
        The :class:`AspectLodoReport` with ``calibration`` (its ``figures`` hold the LODO figures).

    Raises:
        ScoreError: as :func:`read_aspect_data` and :func:`evaluate_aspects_lodo`.
        OSError: when the file cannot be written.
    """
    aspects = load_aspects()
    data = read_aspect_data(out, gold_dir, doc_ids, aspects)
    report = evaluate_aspects_lodo(data, aspects, ke_predictions=ke_predictions, features=features, c=c, sub=sub,
                                   sub_predictions=sub_predictions, sub_weight=sub_weight)
    # extra examples get their own document key, so their key elements never merge with a gold document's
    extra = [(f"review:{d}", aid, f, bool(y)) for d, aid, f, y in extra_rows]
    subs = list(sub.rows) if sub is not None else []
    cal = fit_aspect_calibration(list(data.rows) + extra + subs, features, aspects, model=data.model.split(",")[0], c=c,
                                 weights=[1.0] * (len(data.rows) + len(extra)) + [sub_weight] * len(subs),
                                 prior_rows=list(data.rows) + extra)
    cal = dataclasses.replace(cal, fitted_on=tuple(sorted(data.languages)), figures={
        "lodo_aspect_macro_f1": report.aspect_macro_f1, "lodo_accuracy3": report.accuracy3,
        **({"lodo_accuracy3_nl_2025": report.per_document["nl-2025"]["accuracy3"]} if "nl-2025" in report.per_document else {}),
        **{k: v for k, v in (("lodo_accuracy3_ke", report.accuracy3_ke),
                             ("lodo_accuracy3_ke_nl_2025", report.per_document.get("nl-2025", {}).get("accuracy3_ke", float("nan"))))
           if v == v},  # NaN (no key-element gold) is left out: the file stays strict JSON
        "n_review_examples": float(len(extra)), **({"n_sub_document_examples": float(len(subs))} if subs else {})})
    report.calibration, report.n_extra = cal, len(extra)
    if write:
        from .io import write_text_atomic

        path = Path(output) if output is not None else calibration_path(cal.model or "multilingual-e5-small",
                                                                         with_ke_score="ke_score" in features)
        write_text_atomic(path, json.dumps(cal.to_json(), indent=1) + "\n")
        report.path = str(path)
    return report
