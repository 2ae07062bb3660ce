"""Evaluation against gold annotations (``gold/SCHEMA.md``).

Predicted and gold blocks rarely coincide one to one (a parser may split or join
paragraphs), so everything is measured on **words**: the gold document's words
(whitespace tokens containing a letter or digit) each carry the gold block's
section and role; the analysis' non-furniture blocks give predicted ones; the
two word sequences are aligned with :class:`difflib.SequenceMatcher` and every
gold word found in the analysis takes the prediction of the block it landed in.

Metrics:
    section_accuracy: share of gold answer words (answer, answer_heading,
        answer_list_item) whose predicted section equals the gold section;
        words missing from the analysis count as errors.
    template_f1: word-level F1 of template text (section_heading,
        template_instruction, template_question) against the rest.
    role_accuracy: word accuracy of the collapsed role (template / answer / other).
    coverage_agreement: share of the 44 key elements whose covered-vs-absent
        call (addressed or partial vs absent) equals the gold's.
    label_accuracy: three-class accuracy of the labels.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher
from pathlib import Path

from .errors import AnalyserError, Errors, ScoreError, Warnings
from .schema import ANSWER_ROLES, TEMPLATE_ROLES, Analysis, Block, BlockKind, Document, load_analysis
from .text import words

logger = logging.getLogger(__name__)


def load_gold(path: str | Path) -> dict:
    """Read one ``<doc_id>.gold.json``.

    Raises:
        ScoreError: E402 when the file is missing or not valid gold JSON: not
            an object (``[]``), no ``doc_id`` (``{}``), no blocks (an empty list
            included), a block without a text id or with a role, section or key
            element that is not a string, metadata (language, country, template,
            title) that is not a string, an empty coverage object, a coverage
            label other than addressed/partial/absent, or evidence naming a
            block the file does not have. The reason is plain words naming the
            field, never a Python exception.
    """
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        _check_gold(data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ScoreError(Errors.E402, path=str(p), reason=str(exc).strip("'\"") or type(exc).__name__) from exc
    return data


def _json_kind(value: object) -> str:
    """What a JSON value is, in words (``"a list"``, ``"an empty object"``, ``"null"``), for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string" if value else "an empty string"
    if isinstance(value, list):
        return "a list" if value else "an empty list"
    if isinstance(value, dict):
        return "an object" if value else "an empty object"
    return type(value).__name__


def _check_gold(data: object) -> None:
    """The shape of a gold file (``tests/data/gold/SCHEMA.md``); ValueError naming the first problem in plain words."""
    if not isinstance(data, dict):
        raise ValueError(f"the file holds {_json_kind(data)}, not a gold object with doc_id, blocks and coverage")
    if not isinstance(data.get("doc_id"), str) or not data["doc_id"]:
        raise ValueError(f"doc_id is {_json_kind(data['doc_id'])}, not a document id" if "doc_id" in data else
                         f"no doc_id (the file holds {_json_kind(data)})")
    for field in ("language", "country", "template", "title"):
        if data.get(field) is not None and not isinstance(data[field], str):
            raise ValueError(f"{field} is {_json_kind(data[field])}, not a string")
    blocks, coverage = data.get("blocks"), data.get("coverage")
    if not isinstance(blocks, list) or not blocks:
        raise ValueError(f"blocks is {_json_kind(blocks)}, not a list of blocks" if "blocks" in data else "no blocks")
    if not all(isinstance(b, dict) and isinstance(b.get("id"), str) and isinstance(b.get("text"), str) for b in blocks):
        raise ValueError("a block without a string id and text")
    for b in blocks:
        for field in ("role", "section", "key_element"):
            value = b.get(field)
            if not (isinstance(value, str) or (value is None and field != "role")):
                want = "a string" if field == "role" else "a string or null"
                raise ValueError(f"block {b['id']}: {field} is {_json_kind(value) if field in b else 'missing'}, not {want}")
    if not isinstance(coverage, dict):
        raise ValueError(f"coverage is {_json_kind(coverage)}, not an object of key elements" if "coverage" in data
                         else "no coverage object")
    # an empty coverage object is a segmentation-only gold (tests/data/segment_docs): roles and sections, no labels
    ids = {b["id"] for b in blocks}
    for kid, entry in coverage.items():
        if not isinstance(entry, dict) or entry.get("label") not in ("addressed", "partial", "absent"):
            raise ValueError(f"coverage {kid}: label is not addressed, partial or absent")
        evidence = entry.get("evidence")
        if evidence is not None and not isinstance(evidence, list):
            raise ValueError(f"coverage {kid}: evidence is {_json_kind(evidence)}, not a list of block ids")
        unknown = [e for e in evidence or [] if not isinstance(e, str) or e not in ids]
        if unknown:
            raise ValueError(f"coverage {kid}: evidence names unknown block(s) {', '.join(map(str, unknown))}")


def load_gold_dir(folder: str | Path) -> dict[str, dict]:
    """All gold files (``*.gold.json``) of a folder, parsed, keyed by doc_id.

    Raises:
        ScoreError: ``E402`` when the folder holds no gold file.
    """
    folder = Path(folder)
    files = sorted(folder.glob("*.gold.json"))
    if not files:
        raise ScoreError(Errors.E402, path=str(folder), reason="no *.gold.json files")
    return {g["doc_id"]: g for g in (load_gold(f) for f in files)}


def gold_document(gold: Mapping) -> Document:
    """A :class:`Document` built from gold block texts (no layout): for tests of later stages."""
    blocks = []
    for b in gold["blocks"]:
        text = b["text"]
        first = text.lstrip()[:2]
        kind: BlockKind = "list_item" if b["role"] in ("answer_list_item",) or first[:1] in "—–•-" else "paragraph"
        blocks.append(Block(id=b["id"], page=1, text=text, kind=kind))
    return Document(
        doc_id=gold["doc_id"], source_path=f"{gold['doc_id']}.gold.json", sha256="", language=gold.get("language", "und"),
        blocks=tuple(blocks),
    )


def _collapse(role: str | None) -> str:
    if role in TEMPLATE_ROLES:
        return "template"
    if role in ANSWER_ROLES:
        return "answer"
    return "other"


@dataclass(frozen=True)
class DocumentScores:
    """Evaluation figures of one document (all in [0, 1]; None when undefined)."""

    doc_id: str
    language: str
    section_accuracy: float
    template_f1: float | None
    role_accuracy: float
    word_recall: float
    coverage_agreement: float | None
    label_accuracy: float | None
    n_answer_words: int
    pk: float | None = None
    window_diff: float | None = None


def _aligned_predictions(gold_blocks: Sequence[Mapping], pred_blocks: Sequence[Mapping]) -> list[tuple[str | None, str | None, bool]]:
    """For every gold word: (predicted section, predicted role, found)."""
    g_words: list[str] = []
    for b in gold_blocks:
        g_words.extend(words(b["text"]))
    p_words: list[str] = []
    p_owner: list[int] = []
    for k, b in enumerate(pred_blocks):
        w = words(b["text"])
        p_words.extend(w)
        p_owner.extend([k] * len(w))
    out: list[tuple[str | None, str | None, bool]] = [(None, None, False)] * len(g_words)
    sm = SequenceMatcher(None, g_words, p_words, autojunk=False)
    for a, bpos, size in sm.get_matching_blocks():
        for t in range(size):
            pb = pred_blocks[p_owner[bpos + t]]
            out[a + t] = (pb.get("section"), pb.get("role"), True)
    return out


def score_document(analysis: Analysis | Mapping, gold: Mapping) -> DocumentScores:
    """Compare one analysis with its gold annotation.

    ``analysis``: an :class:`~analyser.schema.Analysis`, or a dict with at least ``blocks``
    (``{id, role, section, text}`` items, as ``analysis.json``) and optionally ``coverage``
    (``{<ke>: {"label"}}``), as the segmentation tests build it.
    """
    if isinstance(analysis, Analysis):
        blocks: list[Mapping] = [b.model_dump() for b in analysis.blocks]
        cov: Mapping = {k: {"label": c.label} for k, c in analysis.coverage.items()}
    else:
        blocks, cov = list(analysis["blocks"]), analysis.get("coverage") or {}
    pred_blocks = [b for b in blocks if b["role"] not in ("header_footer", "footnote")]
    gold_blocks = gold["blocks"]
    aligned = _aligned_predictions(gold_blocks, pred_blocks)
    g_meta: list[tuple[str | None, str]] = []
    for b in gold_blocks:
        g_meta.extend([(b["section"], b["role"])] * len(words(b["text"])))
    n_answer = correct = found = 0
    tp = fp = fn = 0
    role_ok = 0
    for (g_sec, g_role), (p_sec, p_role, ok) in zip(g_meta, aligned):
        found += ok
        if g_role in ANSWER_ROLES:
            n_answer += 1
            correct += ok and p_sec == g_sec
        g_t = g_role in TEMPLATE_ROLES
        p_t = ok and p_role in TEMPLATE_ROLES
        tp += g_t and p_t
        fp += p_t and not g_t
        fn += g_t and not p_t
        role_ok += ok and _collapse(p_role) == _collapse(g_role)
    n = len(g_meta) or 1
    # boundaries over the gold body words; a word missing from the analysis
    # (e.g. a footnote marker glued to it) keeps the previous word's section
    ref_seq: list[str | None] = []
    hyp_seq: list[str | None] = []
    last: str | None = None
    for (g_sec, _), (p_sec, _, ok) in zip(g_meta, aligned):
        if ok:
            last = p_sec
        if g_sec is not None:
            ref_seq.append(g_sec)
            hyp_seq.append(p_sec if ok else last)
    pk, wd = segmentation_errors(ref_seq, hyp_seq)
    template_f1 = (2 * tp / (2 * tp + fp + fn)) if (tp + fn) else None
    agreement = label_acc = None
    if cov:
        keys = [k for k in gold["coverage"] if k in cov]
        if keys:
            agreement = sum((cov[k]["label"] != "absent") == (gold["coverage"][k]["label"] != "absent") for k in keys) / len(keys)
            label_acc = sum(cov[k]["label"] == gold["coverage"][k]["label"] for k in keys) / len(keys)
    return DocumentScores(
        doc_id=gold["doc_id"],
        language=gold.get("language", "und"),
        section_accuracy=correct / (n_answer or 1),
        template_f1=template_f1,
        role_accuracy=role_ok / n,
        word_recall=found / n,
        coverage_agreement=agreement,
        label_accuracy=label_acc,
        n_answer_words=n_answer,
        pk=pk,
        window_diff=wd,
    )


def segmentation_errors(reference: Sequence[str | None], hypothesis: Sequence[str | None], k: int | None = None) -> tuple[float | None, float | None]:
    """Pk (Beeferman et al., 1999) and WindowDiff (Pevzner & Hearst, 2002) of section boundaries.

    Both sequences label the same units (here: the gold document's body words)
    with a section id; a boundary is a change of label. ``k`` defaults to half
    the mean reference segment length. Lower is better; 0 is perfect.

    Returns:
        (pk, window_diff), or (None, None) for fewer than 2 units.
    """
    n = len(reference)
    if n < 2:
        return None, None
    ref_b = [int(reference[i] != reference[i + 1]) for i in range(n - 1)]
    hyp_b = [int(hypothesis[i] != hypothesis[i + 1]) for i in range(n - 1)]
    if k is None:
        k = max(2, round(n / (sum(ref_b) + 1) / 2))
    k = min(k, n - 1)
    ref_c = [0]
    hyp_c = [0]
    for a, b in zip(ref_b, hyp_b):
        ref_c.append(ref_c[-1] + a)
        hyp_c.append(hyp_c[-1] + b)
    windows = n - k
    pk_err = wd_err = 0
    for i in range(windows):
        r = ref_c[i + k] - ref_c[i]
        h = hyp_c[i + k] - hyp_c[i]
        pk_err += (r > 0) != (h > 0)
        wd_err += r != h
    return pk_err / windows, wd_err / windows


def analysed_gold_documents(out_dir: str | Path, doc_ids: Iterable[str]) -> dict[str, Path]:
    """``analysis.json`` path of each of ``doc_ids`` analysed in ``out_dir`` (sorted by doc_id).

    When ``<out>/run.json`` exists, only the documents analysed successfully by
    that (latest) run count, so folders left by earlier runs into the same
    output folder are not mixed in.

    Raises:
        ScoreError: E403 when ``run.json`` is unreadable.
    """
    run_path = Path(out_dir) / "run.json"
    latest: set[str] | None = None
    if run_path.exists():
        try:
            run = json.loads(run_path.read_text(encoding="utf-8"))
            latest = {d["doc_id"] for d in run.get("documents", []) if d.get("status") in ("success", "partial")}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ScoreError(Errors.E403, path=str(run_path), reason=f"{type(exc).__name__}: {exc}") from exc
    out: dict[str, Path] = {}
    for doc_id in sorted(doc_ids):
        path = Path(out_dir) / doc_id / "analysis.json"
        if latest is not None and doc_id not in latest:
            continue
        if not path.exists():
            logger.info("no analysis for %s in %s", doc_id, out_dir)
            continue
        out[doc_id] = path
    return out


def unreadable_analyses(out_dir: str | Path) -> dict[str, ScoreError]:
    """The damaged ``<out>/<doc_id>/analysis.json`` files of the latest run in ``out_dir``: doc_id → its E403 error.

    ``analyser eval`` and ``analyser calibrate`` skip these documents (one coded
    warning line each) and go on with the rest. Folders of earlier runs that the
    latest one did not analyse (see :func:`analysed_gold_documents`) are not read.

    Raises:
        ScoreError: E403 when ``run.json`` is unreadable.
    """
    bad: dict[str, ScoreError] = {}
    ids = sorted(p.parent.name for p in Path(out_dir).glob("*/analysis.json"))
    for doc_id, path in analysed_gold_documents(out_dir, ids).items():
        try:
            load_analysis(path)
        except ScoreError as exc:
            bad[doc_id] = exc
    return bad


def evaluate_dir(out_dir: str | Path, gold_dir: str | Path, doc_ids: Collection[str] | None = None) -> list[DocumentScores]:
    """Score every ``<out>/<doc_id>/analysis.json`` that has a gold file (see :func:`analysed_gold_documents`).

    Only ``doc_ids`` when given.

    Raises:
        ScoreError: E402 when the gold folder has no gold files; E406 naming ``out_dir`` when no
            document analysed there (of ``doc_ids``) has a gold file, so there is nothing to
            evaluate; E403 when an analysis is unreadable or lacks what scoring needs.
    """
    golds = load_gold_dir(gold_dir)
    results = []
    wanted = golds if doc_ids is None else [d for d in golds if d in doc_ids]
    found = analysed_gold_documents(out_dir, wanted)
    if not found:
        analysed = sorted(p.parent.name for p in Path(out_dir).glob("*/analysis.json")
                          if doc_ids is None or p.parent.name in doc_ids)
        raise ScoreError(Errors.E406, path=str(out_dir), gold=str(gold_dir), analysed=_few(analysed), golds=_few(sorted(golds)))
    for doc_id, path in found.items():
        analysis = load_analysis(path)
        try:
            results.append(score_document(analysis, golds[doc_id]))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ScoreError(Errors.E403, path=str(path), reason=f"{type(exc).__name__}: {exc}") from exc
    return results


def _few(ids: list[str], limit: int = 5) -> str:
    """``"a, b, c"``; beyond ``limit`` ids ``"a, b, … (12 in all)"``; ``"none"`` when empty."""
    if not ids:
        return "none"
    return ", ".join(ids) if len(ids) <= limit else ", ".join(ids[:limit]) + f", … ({len(ids)} in all)"


def scores_table(results: Iterable[DocumentScores]) -> list[dict]:
    """Rows for printing or CSV."""
    return [asdict(r) for r in results]


@dataclass(frozen=True)
class NegativeScores:
    """Coverage of one document whose gold is "every key element absent" (a negative document).

    Attributes:
        covered: key elements labelled addressed or partial (all of them are false coverage).
        mean_score: mean key-element score in [0, 1].
        in_scope: the document's ``in_scope`` (True when the analysis predates the scope stage).
        in_scope_score: its ``in_scope_score`` (None when absent).
    """

    doc_id: str
    language: str
    n: int
    covered: int
    mean_score: float
    in_scope: bool
    in_scope_score: float | None


def evaluate_negatives(out_dir: str | Path,
                       on_unreadable: Callable[[AnalyserError], None] | None = None) -> list[NegativeScores]:
    """Coverage of every document of the latest run in ``out_dir``, each taken as a negative (all 44 absent).

    For an output folder of ``analyser analyse`` over documents that answer
    no key element (other policy strategies, laws, forms, reports). The
    false-coverage rate is ``sum(covered) / sum(n)`` (:func:`false_coverage_rate`).
    A damaged ``analysis.json`` is skipped as the CLI and the calibration skip it
    (:func:`analyser.calibrate.load_negative_documents`): ``on_unreadable`` is called with
    the W410 warning naming the file; None: a :class:`NegativeSkippedWarning` is issued.

    Raises:
        ScoreError: E403 when ``run.json`` is unreadable.
    """
    ids = sorted(p.parent.name for p in Path(out_dir).glob("*/analysis.json"))
    out: list[NegativeScores] = []
    for doc_id, path in analysed_gold_documents(out_dir, ids).items():
        try:
            data = load_analysis(path)
        except ScoreError as exc:  # damaged: skipped and told, the figures go on without it
            warning = AnalyserError(Warnings.W410, path=str(path), reason=exc.kwargs.get("reason", exc))
            if on_unreadable is None:
                warnings.warn(str(warning), NegativeSkippedWarning, stacklevel=2)
            else:
                on_unreadable(warning)
            continue
        cov = data.coverage
        scores = [c.score for c in cov.values()]
        out.append(NegativeScores(
            doc_id=doc_id, language=data.language, n=len(cov),
            covered=sum(c.label != "absent" for c in cov.values()),
            mean_score=sum(scores) / len(scores) if scores else 0.0,
            in_scope=data.in_scope, in_scope_score=data.in_scope_score,
        ))
    return out


class NegativeSkippedWarning(UserWarning):
    """:func:`evaluate_negatives` skipped a negative document whose ``analysis.json`` is damaged (W410)."""


def false_coverage_rate(results: Iterable[NegativeScores]) -> float:
    """Share of the key elements of negative documents that are labelled covered (NaN without any)."""
    results = list(results)
    n = sum(r.n for r in results)
    return sum(r.covered for r in results) / n if n else float("nan")


# --------------------------------------------------------------------------- aspects (issue 13)


def aspect_scores_dir(out_dir: str | Path, gold_dir: str | Path, doc_ids: Collection[str] | None = None) -> list[dict]:
    """Aspect-level agreement of every analysed document that has a ``<doc_id>.aspects.json`` gold file
    (only ``doc_ids`` when given).

    Compares ``coverage[<ke>].aspects[].covered`` of ``<out>/<doc_id>/analysis.json`` with the gold
    aspect labels (tests/data/gold/SCHEMA.md). These figures are in-sample when the shipped aspect
    calibration was fitted on these documents (leave-one-document-out: ``scripts/eval_aspects.py``).

    Returns:
        One dict per document, sorted by doc_id: doc_id, language, aspects (number compared),
        aspect_macro_f1 (mean F1 of covered / not covered, 0-1), aspect_accuracy, label_accuracy
        (the analysis's key-element label against the label the gold aspects give), and
        ``_pairs`` (list of (gold, predicted) booleans, for pooling per language). ``[]`` when the
        gold folder has no aspect files or no analysis carries aspects.

    Raises:
        ScoreError: E421 for a malformed gold aspect file; E403 for an unreadable analysis.
    """
    from .aspect_score import macro_f1
    from .aspects import derive_label, load_aspects, load_gold_aspects_dir

    if not sorted(Path(gold_dir).glob("*.aspects.json")):
        return []
    aspects = load_aspects()
    golds = load_gold_aspects_dir(gold_dir, aspects)
    rows = []
    wanted = golds if doc_ids is None else [d for d in golds if d in doc_ids]
    for doc_id, path in analysed_gold_documents(out_dir, wanted).items():
        analysis = load_analysis(path)
        pairs, hits, n_ke = [], 0, 0
        for ke in aspects.key_element_ids:
            c = analysis.coverage.get(ke)
            items = {a.id: a.covered for a in (c.aspects if c is not None else None) or ()}
            if c is None or not items:
                continue
            ids = [a.id for a in aspects.for_key_element(ke)]
            pairs += [(golds[doc_id].covered[i], items.get(i, False)) for i in ids]
            n_ke += 1
            hits += (c.machine_label or c.label) == derive_label([golds[doc_id].covered[i] for i in ids])
        if not pairs:
            continue
        y = [g for g, _ in pairs]
        p = [q for _, q in pairs]
        rows.append({"doc_id": doc_id, "language": analysis.language or "und", "aspects": len(pairs),
                     "aspect_macro_f1": macro_f1(y, p), "aspect_accuracy": sum(g == q for g, q in pairs) / len(pairs),
                     "label_accuracy": hits / n_ke, "_pairs": pairs})
    return rows


def aspect_scores_by_language(rows: Sequence[Mapping]) -> list[dict]:
    """Pool :func:`aspect_scores_dir` rows per language: language, documents, aspects, aspect_macro_f1
    (over the pooled aspects), aspect_accuracy; sorted by language."""
    from .aspect_score import macro_f1

    out = []
    for lang in sorted({r["language"] for r in rows}):
        pairs = [pq for r in rows if r["language"] == lang for pq in r["_pairs"]]
        out.append({"language": lang, "documents": sum(1 for r in rows if r["language"] == lang), "aspects": len(pairs),
                    "aspect_macro_f1": macro_f1([g for g, _ in pairs], [q for _, q in pairs]),
                    "aspect_accuracy": sum(g == q for g, q in pairs) / len(pairs)})
    return out
