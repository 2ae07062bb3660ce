"""The Python API for analysts: run a corpus, load results as DataFrames, plot, review.

Example::

    import analyser

    res = analyser.analyse_corpus(["corpus/"], out="out")   # or analyser.load("out")
    res.coverage_matrix()             # doc_id × key element, calibrated scores
    res.gaps("nl-2025")               # absent and partial key elements
    res.evidence_for("2.1.2.c")       # each member state's best evidence, own language
    res.plot_coverage_heatmap()       # a matplotlib Figure (no display needed)
    res.review("nl-2025", "2.1.2.c", "addressed", note="§4.2")
    res.refresh()                     # reports now show the review

Plots return :class:`matplotlib.figure.Figure` objects built without pyplot,
so they work on machines without a display; in Jupyter they show inline.
"""

from __future__ import annotations

import io
import json
import os
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .config import RunConfig
from .compare import ALL, compare_documents, coverage_matrix
from .embed import Encoder
from .errors import AnalyserError, Errors
from .output import SCHEMA_VERSION
from .output.facts import lacking_aspect_rows
from .review import (SCOPE_TARGET, Review, add_review, apply_reviews, apply_scope_review, load_reviews, out_of_scope_notice,
                     reviews_path)
from .schema import Analysis, RunResult, load_analysis
from .store import STORE_NAME, AnalysisStore, read_aspects
from .template import Template, load_template

LABEL_ORDER = ("absent", "partial", "addressed")


class AnalystFigure(Figure):
    """A matplotlib Figure that shows itself as a PNG in Jupyter whatever the backend.

    Figures are built without pyplot (no global state, no display needed), so
    the inline backend's display hook is not installed; ``_repr_png_`` is the
    IPython display protocol for them.
    """

    def _repr_png_(self) -> bytes:
        buf = io.BytesIO()
        self.savefig(buf, format="png", dpi=100)
        return buf.getvalue()
LABEL_COLOURS = {"addressed": "#1a7f37", "partial": "#d4a72c", "absent": "#cf222e"}


class Results:
    """The results of a run in ``out``, as pandas DataFrames (read once, when loaded).

    Attributes:
        out: the output folder.
        template: the Annex template (sections and key elements in Annex order).
        documents: one row per document: doc_id, source_path, sha256, language,
            pages, follows_template, model, analyser_version, fingerprint (what
            produced the analysis), n_addressed, n_partial, n_absent, status, analysed_at, and the
            scope decision: in_scope (in force: an analyst's scope review applied), in_scope_score,
            machine_in_scope, scope_reviewed, scope_review_note, scope_reviewer.
        sections: document × Annex section: present, heading, pages (list of
            int), answer_words (count of answer words).
        coverage: document × key element (44 per document): section, label
            (reviews applied), score (calibrated probability in [0, 1] that the
            element is at least partially addressed), misplaced, machine_label,
            reviewed, review_note.
        evidence: document × key element × rank (1 = best, at most 3): passage_id,
            block_id, page, section, similarity (cosine), sentence (the
            best-matching sentence), text (the passage), language.
        similarity: section × ordered document pair: similarity (centred cosine
            in [-1, 1], see :mod:`analyser.compare`); section ``"all"`` is the
            whole document.

    The tables are read in one short read-only connection, so loading works
    while ``analyser analyse`` writes into ``out`` (it shows the documents
    committed so far).

    Raises:
        AnalyserError: E504 when ``out`` holds no analysis store (or a damaged
            one: the message names ``analyser store rebuild``); E510 when an
            analyse run holds the store too long.
    """

    def __init__(self, out: str | os.PathLike[str], templates: Path | None = None) -> None:
        self.out = Path(out)
        if not (self.out / STORE_NAME).exists():
            raise AnalyserError(Errors.E504, path=str(self.out / STORE_NAME), reason="no such file (run `analyser analyse` first)")
        from .pipeline import recover_output

        recover_output(self.out, templates)  # after a killed run: exports and run.json brought up to date
        self.template: Template = load_template(templates)
        self._templates = templates
        self._read()

    def _read(self) -> None:
        with AnalysisStore(self.out, read_only=True) as store:
            self.documents = store.table("documents").sort_values("doc_id").reset_index(drop=True)
            self.sections = store.table("sections")
            self.coverage = store.table("coverage")
            self.evidence = store.table("evidence").sort_values(["doc_id", "key_element", "rank"]).reset_index(drop=True)
            self.similarity = store.table("similarity")
            self.aspect_table = read_aspects(store)
        from .output.exports import with_scope

        self.documents = with_scope(self.documents, self.out)  # a store from before the scope columns: from the files

    def __repr__(self) -> str:
        return f"Results({str(self.out)!r}: {len(self.documents)} documents, {self.documents['language'].nunique()} languages)"

    def run_status(self) -> pd.DataFrame:
        """The inputs of the latest ``analyse`` run into this folder and what became of them (``run.json``).

        A document that failed is not in the other tables; this is where a notebook sees it.

        Returns:
            One row per input of the latest run: doc_id, source_path, status (success / partial /
            failed / skipped), reused, codes (the error and warning codes, e.g. ``["E102"]``),
            messages (one line each, code first). Empty when the folder has no ``run.json``.
        """
        columns = ["doc_id", "source_path", "status", "reused", "codes", "messages"]
        path = self.out / "run.json"
        if not path.exists():
            return pd.DataFrame(columns=columns)
        try:
            docs = json.loads(path.read_text(encoding="utf-8")).get("documents", [])
        except (OSError, ValueError, AttributeError):
            return pd.DataFrame(columns=columns)
        rows = [{"doc_id": d.get("doc_id"), "source_path": d.get("source_path"), "status": d.get("status"),
                 "reused": bool(d.get("reused")), "codes": [e.get("code") for e in d.get("errors", [])],
                 "messages": [e.get("message") for e in d.get("errors", [])]} for d in docs]
        return pd.DataFrame(rows, columns=columns)

    @property
    def doc_ids(self) -> list[str]:
        """The analysed documents, sorted."""
        return list(self.documents["doc_id"])

    @property
    def key_element_ids(self) -> list[str]:
        """The 44 key-element ids in Annex order."""
        return [ke.id for ke in self.template.key_elements()]

    # ------------------------------------------------------------------ tables
    def coverage_matrix(self, value: str = "score") -> pd.DataFrame:
        """doc_id × key element matrix (Annex order) of ``"score"`` (float in [0, 1]), ``"label"`` or ``"machine_label"``.

        Raises:
            ValueError: for any other ``value``.
        """
        if value not in ("score", "label", "machine_label"):
            raise ValueError(f"value must be 'score', 'label' or 'machine_label', got {value!r}")
        return coverage_matrix(self.coverage, self.key_element_ids, value)

    def section_coverage(self) -> pd.DataFrame:
        """doc_id × section matrix: share of the section's key elements at least partially addressed (0–1)."""
        cov = self.coverage.assign(covered=self.coverage["label"] != "absent")
        m = cov.pivot_table(index="doc_id", columns="section", values="covered", aggfunc="mean")
        return m.reindex(columns=[s.id for s in self.template.sections if s.id in m.columns])

    def gaps(self, doc_id: str | None = None, include_partial: bool = True) -> pd.DataFrame:
        """Key elements absent (and partial) per document, with the English key-element text.

        Returns:
            Rows of :attr:`coverage` plus ``key_element_text``, sorted by doc_id and Annex order.
        """
        labels = ("absent", "partial") if include_partial else ("absent",)
        rows = self.coverage[self.coverage["label"].isin(labels)]
        if doc_id is not None:
            self._check_doc(doc_id)
            rows = rows[rows["doc_id"] == doc_id]
        order = {k: i for i, k in enumerate(self.key_element_ids)}
        rows = rows.assign(key_element_text=rows["key_element"].map(lambda k: self.template.key_element(k).en),
                           _o=rows["key_element"].map(order))
        return rows.sort_values(["doc_id", "_o"]).drop(columns="_o").reset_index(drop=True)

    def gap_summary(self) -> pd.DataFrame:
        """One row per document: language, counts and the ids of its absent and partial key elements.

        Columns: doc_id, language, in_scope, n_addressed, n_partial, n_absent, absent (list of ids), partial (list
        of ids). ``in_scope`` is False for a document that is not a strategy (W601): its key elements were not
        assessed and read "absent" (fresh4: house rules and a UNHCR report stood as two member states missing all 44).
        """
        from .output.exports import with_scope

        docs = with_scope(self.documents, self.out)
        scope = dict(zip(docs["doc_id"], docs["in_scope"])) if "in_scope" in docs else {}
        order = {k: i for i, k in enumerate(self.key_element_ids)}
        rows = []
        for doc_id, g in self.coverage.groupby("doc_id"):
            g = g.assign(_o=g["key_element"].map(order)).sort_values("_o")
            labels = list(g["label"])
            rows.append({"doc_id": doc_id, "language": g["language"].iloc[0],
                         "in_scope": scope.get(doc_id) is not False,
                         "n_addressed": labels.count("addressed"), "n_partial": labels.count("partial"),
                         "n_absent": labels.count("absent"),
                         "absent": list(g.loc[g["label"] == "absent", "key_element"]),
                         "partial": list(g.loc[g["label"] == "partial", "key_element"])})
        return pd.DataFrame(rows)

    def drill_down(self, doc_id: str, key_element: str) -> pd.DataFrame:
        """The evidence of one key element in one document, best first.

        Returns:
            Columns rank, page, section, similarity, sentence, text, plus the
            element's label, score and misplaced flag; empty when absent.

        Raises:
            AnalyserError: E506 for an unknown document. UnknownIdError: E203 (also a KeyError) for an unknown key element.
        """
        self._check_doc(doc_id)
        self.template.key_element(key_element)  # E203 for an unknown id
        cov = self.coverage[(self.coverage["doc_id"] == doc_id) & (self.coverage["key_element"] == key_element)].iloc[0]
        ev = self.evidence[(self.evidence["doc_id"] == doc_id) & (self.evidence["key_element"] == key_element)]
        ev = ev[["rank", "page", "section", "similarity", "sentence", "text"]].reset_index(drop=True)
        return ev.assign(label=cov["label"], score=cov["score"], misplaced=cov["misplaced"])

    def report_path(self, doc_id: str | None = None, fmt: str = "html") -> Path:
        """Path of a document's gap report (``fmt`` "html" or "md"), or of the corpus report when ``doc_id`` is None.

        Raises:
            ValueError: for any other ``fmt``.
        """
        if fmt not in ("html", "md"):
            raise ValueError(f"fmt must be 'html' or 'md', got {fmt!r}")
        if doc_id is None:
            return self.out / "report.html"
        self._check_doc(doc_id)
        return self.out / doc_id / f"report.{fmt}"

    def analysis(self, doc_id: str, reviewed: bool = True) -> Analysis:
        """The typed analysis of one document (``OUT/<doc_id>/analysis.json``), for attribute access.

        E.g. ``res.analysis("nl-2025").coverage["2.1.2.c"].evidence[0].page``. With ``reviewed``
        the analysts' reviews are applied (``label``, ``machine_label``, ``reviewed``, ``review_note``).

        Raises:
            AnalyserError: E506 for an unknown document; ScoreError: E403 when its file cannot be read.
        """
        self._check_doc(doc_id)
        path = self.out / doc_id / "analysis.json"
        a = load_analysis(path)
        if a.schema_version != SCHEMA_VERSION:
            # an analysis written by an older analyser lacks what was added since (e.g. aspects before 1.0): say so
            warnings.warn(f"{path}: analysis of schema {a.schema_version}, this analyser writes {SCHEMA_VERSION}; "
                          f"fields added since are missing: re-run `analyser analyse` to bring {doc_id} up to date",
                          stacklevel=2)
        if not reviewed:
            return a
        return apply_reviews(a, load_reviews(reviews_path(self.out), self.key_element_ids))

    def evidence_for(self, key_element: str, best_only: bool = True) -> pd.DataFrame:
        """Each document's evidence for one key element, in its own language.

        Args:
            key_element: e.g. ``"2.1.2.c"``.
            best_only: keep only the best passage (rank 1) per document.

        Returns:
            One row per document (all documents, absent ones with empty evidence
            columns): doc_id, language, label, score, reviewed, page, section,
            sentence, text.

        Raises:
            UnknownIdError: E203 (also a KeyError) for an unknown key element.
        """
        self.template.key_element(key_element)  # E203 for an unknown id
        cov = self.coverage[self.coverage["key_element"] == key_element][["doc_id", "language", "label", "score", "reviewed"]]
        ev = self.evidence[self.evidence["key_element"] == key_element]
        if best_only:
            ev = ev[ev["rank"] == 1]
        ev = ev[["doc_id", "rank", "page", "section", "similarity", "sentence", "text"]]
        merged = cov.merge(ev, on="doc_id", how="left").astype({"rank": "Int64", "page": "Int64"})
        return merged.sort_values(["doc_id", "rank"]).reset_index(drop=True)

    def similarity_matrix(self, section: str = ALL) -> pd.DataFrame:
        """doc × doc matrix of section similarity (diagonal 1.0; NaN where a document lacks the section).

        Documents that are not strategies (W601, ``in_scope`` false) are left out, as in
        ``similarity.parquet`` and the corpus report: before, they stood as rows of NaN with 1.0 on the
        diagonal (fresh-eyes).

        Raises:
            UnknownIdError: E204 (also a KeyError) when ``section`` is neither ``"all"`` nor an Annex section id.
        """
        from .output.exports import with_scope

        self.template.check_section(section, also=(ALL,))  # E204 for an unknown id
        docs = with_scope(self.documents, self.out)
        ids = [d for d, keep in zip(docs["doc_id"], docs["in_scope"] if "in_scope" in docs else [True] * len(docs))
               if keep is not False]
        sim = self.similarity[self.similarity["section"] == section]
        m = sim.pivot(index="doc_a", columns="doc_b", values="similarity").reindex(index=ids, columns=ids)
        arr = m.to_numpy(dtype=float, copy=True)
        np.fill_diagonal(arr, 1.0)
        return pd.DataFrame(arr, index=m.index, columns=m.columns)

    def compare(self, a: str, b: str, top_pairs: int = 3) -> dict:
        """Two strategies side by side, section by section (see :func:`analyser.compare.compare_documents`).

        ``a``/``b`` also say ``in_scope`` and ``in_scope_score``; when either document is not a strategy
        (W601) the similarities are None and no passage pairs are given (it is left out of the similarity
        matrices too). Raises: AnalyserError E506 for an unknown document, E522 when the two were analysed
        with different embedding models.
        """
        from .pipeline import background_vector

        self._check_doc(a)
        self._check_doc(b)
        with AnalysisStore(self.out, read_only=True) as store:
            va, vb = store.passage_vectors(a), store.passage_vectors(b)
        labels = {d: dict(zip(g["key_element"], g["label"])) for d, g in self.coverage.groupby("doc_id")}
        lang = dict(zip(self.documents["doc_id"], self.documents["language"]))
        model_of = dict(zip(self.documents["doc_id"], self.documents["model"].astype(str)))
        if model_of[a] != model_of[b]:  # cosines across two embedding spaces mean nothing
            raise AnalyserError(Errors.E522, a=a, b=b, model_a=model_of[a], model_b=model_of[b])
        model = model_of[a]
        comp = compare_documents(va, vb, labels[a], labels[b], self.template, languages=(lang[a], lang[b]),
                                 background=background_vector(model), top_pairs=top_pairs)
        # a document that is not a strategy is shown as such and, as in the similarity matrices, not compared
        scope = {d: self.analysis(d) for d in (a, b)}  # the scope in force (an analyst's scope review applied)
        for side, d in (("a", a), ("b", b)):
            comp[side] = {**comp[side], "in_scope": scope[d].in_scope is not False,
                          "in_scope_score": scope[d].in_scope_score}
        if not (comp["a"]["in_scope"] and comp["b"]["in_scope"]):
            comp["overall_similarity"] = None
            comp["sections"] = [{**s, "similarity": None, "pairs": []} for s in comp["sections"]]
        return comp

    def compare_report(self, a: str, b: str, top_pairs: int = 3) -> str:
        """:meth:`compare` rendered as Markdown (display with ``IPython.display.Markdown``)."""
        from .output.markdown import comparison_markdown

        return comparison_markdown(self.compare(a, b, top_pairs), self.template)

    # ------------------------------------------------------------------ aspects (issue 13)
    def _aspect_rows(self, rows: pd.DataFrame) -> pd.DataFrame:
        order = {k: i for i, k in enumerate(self.key_element_ids)}
        rows = rows.assign(_o=rows["key_element"].map(order), _n=range(len(rows)))
        return rows.sort_values(["_o", "_n"]).drop(columns=["_o", "_n"]).reset_index(drop=True)

    def aspects(self, doc_id: str, key_element: str | None = None) -> pd.DataFrame:
        """The aspects of every key element (or of one) in one document, in Annex order.

        Returns:
            Columns key_element, key_element_label, aspect (id, e.g. ``"2.1.1.b/resettlement"``),
            descriptor, covered (bool; the analyst's value where the aspect is reviewed), score (0-1),
            evidence_page, evidence_sentence (the aspect's nearest sentence, also when not covered),
            machine_covered (the machine's value), reviewed (bool). Empty for an analysis without aspects.

        Raises:
            AnalyserError: E506 for an unknown document. UnknownIdError: E203 (also a KeyError) for an unknown key element.
        """
        self._check_doc(doc_id)
        rows = self.aspect_table[self.aspect_table["doc_id"] == doc_id]
        if key_element is not None:
            self.template.key_element(key_element)  # E203 for an unknown id
            rows = rows[rows["key_element"] == key_element]
        cols = ["key_element", "key_element_label", "aspect", "descriptor", "covered", "score",
                "evidence_page", "evidence_sentence", "machine_covered", "reviewed"]
        return self._aspect_rows(rows)[cols]

    def missing(self, key_element: str) -> pd.DataFrame:
        """Which member states miss which aspect of one key element.

        The rule of the gap reports and of the sheet "Aspects missing" of ``coverage.xlsx``
        (:func:`analyser.output.facts.lacking_aspect_rows`): the aspects not covered of a document
        whose key element is partial, reviews applied (the reviewed value wins). A document where
        the key element is absent misses it as a whole and has no row here; nor has one where it
        is addressed.

        Returns:
            One row per document × aspect missing, sorted by aspect (Annex order) then doc_id;
            columns aspect, descriptor, doc_id, language, key_element_label, score.

        Raises:
            UnknownIdError: E203 (also a KeyError) for an unknown key element.
        """
        self.template.key_element(key_element)  # E203 for an unknown id
        a = self.aspect_table
        rows = lacking_aspect_rows(a[a["key_element"] == key_element])
        order = {aid: i for i, aid in enumerate(dict.fromkeys(a.loc[a["key_element"] == key_element, "aspect"]))}
        rows = rows.assign(_o=rows["aspect"].map(order)).sort_values(["_o", "doc_id"])
        return rows[["aspect", "descriptor", "doc_id", "language", "key_element_label", "score"]].reset_index(drop=True)

    def _check_doc(self, doc_id: str) -> None:
        if doc_id not in set(self.doc_ids):
            raise AnalyserError(Errors.E506, doc_id=doc_id, path=str(self.out), known=", ".join(self.doc_ids) or "none")

    # ------------------------------------------------------------------ reviews
    @property
    def reviews_file(self) -> Path:
        """Where reviews are kept: ``<out>/reviews.csv``."""
        return reviews_path(self.out)

    def reviews(self) -> pd.DataFrame:
        """All recorded reviews: doc_id, key_element, label, reviewer, note, reviewed_at."""
        rows = [vars(r) for r in load_reviews(self.reviews_file).values()]
        return pd.DataFrame(rows, columns=["doc_id", "key_element", "label", "reviewer", "note", "reviewed_at"])

    def review(self, doc_id: str, key_element: str, label: str, *, reviewer: str = "", note: str = "") -> Review:
        """Confirm or override one label; saved at once to :attr:`reviews_file`.

        ``key_element`` is a key element (``"2.1.2.c"``; label addressed / partial / absent),
        one of its aspects (``"2.1.1.b/resettlement"``, ``data/aspects.yaml``; label covered /
        missing) or ``"scope"`` (label in / out: the document's scope decision, e.g.
        ``res.review("xx-2026", "scope", "in", note="a strategy; title page names only the ministry")``;
        in: its coverage is shown as scored for a strategy, out: not assessed).
        A key element without a review of its own then shows the label its aspects give.
        Reports show it after :meth:`refresh` (or the next ``analyser analyse``);
        ``analyser calibrate`` uses it as extra gold (aspects: in the aspect calibration).

        A review that confirms coverage (addressed, partial, covered) on a document that is out
        of scope (not an asylum and migration strategy) is saved and applied, and issues one
        :class:`ReviewScopeWarning` ``"[W515] …"``; the reports list W515 among the document's warnings.

        Raises:
            AnalyserError: E506 for an unknown document.
            ReviewError (a ValueError): E508 for an unknown key element or aspect, E509 for a
                label it cannot have.
        """
        self._check_doc(doc_id)
        rev = add_review(self.reviews_file, doc_id, key_element, label, reviewer=reviewer, note=note,
                         key_elements=self.key_element_ids)
        if rev.confirms_coverage or (rev.is_scope and rev.label == "out"):
            try:
                reviews = load_reviews(self.reviews_file, self.key_element_ids)
                # the scope in force is the analyst's when reviewed: W515 for a key element confirmed on a document
                # out of scope, or for the key elements already confirmed on a document now reviewed out
                mine = [rev] if not rev.is_scope else [r for (d, _), r in reviews.items() if d == doc_id]
                notice = out_of_scope_notice(apply_scope_review(self.analysis(doc_id, reviewed=False),
                                                                reviews.get((doc_id, SCOPE_TARGET))), mine)
            except AnalyserError:  # an unreadable analysis: the review is saved, refresh names the file
                notice = None
            if notice is not None:
                warnings.warn(f"[{notice.code}] {notice.message}", ReviewScopeWarning, stacklevel=2)
        return rev

    def calibrate(self, gold: str | os.PathLike[str], output: str | os.PathLike[str] | None = None):
        """Refit the coverage calibration on the gold annotations plus this folder's reviews.

        Leave-one-document-out figures are computed on the gold only; the
        reviews (:attr:`reviews_file`) join the final fit as extra labelled
        examples. Loads the model (about a minute on 2 CPU cores).

        Args:
            gold: folder of ``<doc_id>.gold.json`` files for the documents in this output folder.
            output: calibration file to write (default ``<out>/calibration.json``,
                never the shipped one); use it with ``analyser analyse --calibration``.

        Returns:
            :class:`analyser.calibrate.CalibrationReport` (print it for the figures).
        """
        from .calibrate import calibrate_from_outputs
        from .review import review_examples

        extra = review_examples(self.out, load_reviews(self.reviews_file, self.key_element_ids))
        return calibrate_from_outputs(self.out, Path(gold), Path(output or self.out / "calibration.json"), extra_examples=extra)

    def calibrate_aspects(self, gold: str | os.PathLike[str], output: str | os.PathLike[str] | None = None, *,
                          ke_predictions=None):
        """Refit the aspect calibration on the gold aspect labels plus this folder's reviews of aspects.

        Leave-one-document-out figures use the gold only; reviews of aspects (:attr:`reviews_file`)
        join the final fit as extra gold. Needs no model (the aspects' features are stored).

        Args:
            gold: folder of ``<doc_id>.aspects.json`` (and ``.gold.json``) files.
            output: aspect calibration file to write (default ``<out>/calibration.aspects.json``,
                never the shipped one).
            ke_predictions: the coverage calibration's leave-one-document-out predictions
                (``CalibrationReport.predictions`` of :meth:`calibrate`) for honest figures; None:
                the analyses' own key-element scores.

        Returns:
            :class:`analyser.aspect_fit.AspectLodoReport` (print it for the figures).

        Raises:
            ScoreError: E421 without gold aspects, E405 with fewer than two annotated documents.
        """
        from .aspect_fit import calibrate_aspects
        from .review import aspect_review_examples

        extra = aspect_review_examples(self.out, load_reviews(self.reviews_file, self.key_element_ids))
        return calibrate_aspects(self.out, Path(gold), Path(output or self.out / "calibration.aspects.json"),
                                 ke_predictions=ke_predictions, extra_rows=extra)

    def refresh(self, *, timeout: float | None = None,
                on_unreadable: Callable[[AnalyserError], None] | None = None,
                on_orphan: Callable[[AnalyserError], None] | None = None) -> Results:
        """Re-render reports and exports with the current reviews (no model needed), re-read the tables.

        Args:
            timeout: seconds to wait for another process holding the store
                (None: :data:`analyser.store.WRITE_TIMEOUT`).
            on_unreadable: called with the E403 error of each document whose
                ``analysis.json`` cannot be read (its reports are not
                re-rendered); None: logged as a warning.
            on_orphan: called with the W513 warning of each review naming a document, key element
                or aspect the output no longer has (the review is kept); None: logged as a warning.

        Raises:
            AnalyserError: E510/E511 when the store stays held by another process.
        """
        from .pipeline import refresh_reports

        refresh_reports(self.out, self._templates, store_timeout=timeout, on_unreadable=on_unreadable,
                        on_orphan=on_orphan)
        self._read()
        return self

    # ------------------------------------------------------------------ plots
    def plot_coverage_heatmap(self, figsize: tuple[float, float] | None = None) -> Figure:
        """Heatmap member state × key element: calibrated score (colour) and label letter (A/P/–).

        Returns:
            A matplotlib Figure; save with ``fig.savefig(path)``.
        """
        scores = self.coverage_matrix("score")
        labels = self.coverage_matrix("label")
        fig = AnalystFigure(figsize=figsize or (max(8.0, 0.28 * scores.shape[1] + 2), max(3.0, 0.4 * len(scores) + 1.5)),
                     layout="constrained")
        ax = fig.add_subplot()
        im = ax.imshow(scores.to_numpy(dtype=float), aspect="auto", cmap="RdYlGn", vmin=0, vmax=1)
        ax.set_xticks(range(scores.shape[1]), scores.columns, rotation=90, fontsize=7)
        ax.set_yticks(range(len(scores)), [f"{d} ({lang})" for d, lang in zip(scores.index, self._langs(scores.index))], fontsize=8)
        mark = {"addressed": "A", "partial": "P", "absent": "–"}
        for i in range(labels.shape[0]):
            for j in range(labels.shape[1]):
                ax.text(j, i, mark.get(labels.iat[i, j], "?"), ha="center", va="center", fontsize=6)
        fig.colorbar(im, ax=ax, label="coverage score (P(at least partial))", shrink=0.8)
        ax.set_title("Coverage of the Annex key elements (A addressed, P partial, – absent)")
        return fig

    def plot_section_coverage(self, doc_id: str | None = None, figsize: tuple[float, float] = (9.0, 4.0)) -> Figure:
        """Per Annex section, how many key elements are addressed / partial / absent.

        Args:
            doc_id: one document (stacked counts of its key elements per label), or
                None for the corpus (the same counts averaged over documents).
        """
        fig = AnalystFigure(figsize=figsize, layout="constrained")
        ax = fig.add_subplot()
        sections = [s.id for s in self.template.sections if s.key_elements]
        cov = self.coverage
        if doc_id is not None:
            self._check_doc(doc_id)
            cov = cov[cov["doc_id"] == doc_id]
        counts = cov.groupby(["section", "label"]).size().unstack(fill_value=0).reindex(index=sections, fill_value=0)
        n_docs = max(1, cov["doc_id"].nunique())
        bottom = np.zeros(len(sections))
        for label in LABEL_ORDER[::-1]:
            vals = counts[label].to_numpy(dtype=float) / n_docs if label in counts else np.zeros(len(sections))
            ax.bar(sections, vals, bottom=bottom, color=LABEL_COLOURS[label], label=label)
            bottom += vals
        ax.set_ylabel("key elements" + ("" if doc_id else " (mean per document)"))
        ax.set_title(f"Coverage per section: {doc_id or 'corpus'}")
        ax.tick_params(axis="x", rotation=45)
        ax.legend()
        return fig

    def plot_similarity(self, section: str = ALL, figsize: tuple[float, float] = (6.5, 5.5)) -> Figure:
        """Similarity matrix between member states for one section (or ``"all"``)."""
        m = self.similarity_matrix(section)
        fig = AnalystFigure(figsize=figsize, layout="constrained")
        ax = fig.add_subplot()
        im = ax.imshow(m.to_numpy(dtype=float), cmap="viridis", vmin=-1, vmax=1)
        ticks = [f"{d} ({lang})" for d, lang in zip(m.index, self._langs(m.index))]
        ax.set_xticks(range(len(m)), ticks, rotation=90, fontsize=8)
        ax.set_yticks(range(len(m)), ticks, fontsize=8)
        fig.colorbar(im, ax=ax, label="centred cosine")
        ax.set_title(f"Similarity between strategies: section {section}")
        return fig

    def _langs(self, doc_ids: Sequence[str]) -> list[str]:
        lang = dict(zip(self.documents["doc_id"], self.documents["language"]))
        return [lang.get(d, "?") for d in doc_ids]


def load(out: str | os.PathLike[str] = "out", templates: Path | None = None) -> Results:
    """Load the results of ``analyser analyse`` from an output folder.

    Raises:
        AnalyserError: E504 when ``out`` holds no analysis store.
    """
    return Results(out, templates)


def analyse_corpus(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str] = "out",
    *,
    model: str | None = None,
    language: str | None = None,
    workers: int = 1,
    force: bool = False,
    encoder: Encoder | None = None,
    config: RunConfig | None = None,
) -> Results:
    """Analyse strategy files or folders into ``out`` and load the results.

    Unchanged documents already in ``out`` are reused, so running a notebook
    again is fast. A document that failed, was analysed only in part (e.g. a
    scanned page) or was skipped (a doc_id given twice) gives one
    :class:`RunProblemWarning` naming it with its coded messages (a notebook
    shows it under the cell); failed documents are not in the returned tables,
    :meth:`Results.run_status` and ``<out>/run.json`` list every input.

    Args:
        paths: a file or folder, or several (PDF, TXT, DOCX).
        out: output folder.
        model: encoder name or model folder (default multilingual-e5-small).
        language: force the documents' language (ISO 639-1).
        workers: processes over documents.
        force: recompute unchanged documents too.
        encoder: inject an encoder (tests).
        config: the other run settings (:class:`~analyser.config.RunConfig`: templates,
            calibration, limits, precision, …); ``model`` and ``language``, when given, replace its own.

    With ``workers > 1`` the documents are analysed in worker processes
    started with "spawn", which run the calling script again: a script needs
    ``if __name__ == "__main__":`` around this call. Without it no worker can
    start and the documents are analysed in this process instead (warning
    W510 in the log and in ``run.json``); nothing stored is lost either way.

    Raises:
        ConfigError: E520/E521/E310 for an invalid setting (e.g. ``language="xx"``).
        AnalyserError: E501 when ``paths`` hold no input document; E502 when
            ``out`` cannot be written; E510 when another analyse run writes
            into ``out``; E517 when called from a worker process that is starting.
    """
    from .pipeline import find_inputs, nested_inputs_hint, unread_files_note
    from .pipeline import analyse_corpus as run

    given = {k: v for k, v in (("model", model), ("language", language)) if v is not None}
    cfg = (config or RunConfig()).replace(**given)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if not [p for p in find_inputs(paths) if p.exists()]:
        raise AnalyserError(Errors.E501, path=", ".join(map(str, paths)), hint=nested_inputs_hint(paths))
    unread = unread_files_note(paths)
    if unread:  # a strategy saved as .odt or .html in the folder is not read: say so under the cell (fresh9)
        warnings.warn(unread, RunProblemWarning, stacklevel=2)
    results = run(list(paths), out, cfg, encoder=encoder, workers=workers, force=force)
    warn_run_problems(results)
    return load(out)


class RunProblemWarning(UserWarning):
    """A document of :func:`analyse_corpus` failed, was analysed only in part or was skipped, or a file of a folder
    given is not read (W519: not .pdf, .docx or .txt)."""


class ReviewScopeWarning(UserWarning):
    """:meth:`Results.review` confirmed coverage on a document that is out of scope (W515); the review is kept."""


def warn_run_problems(results: Sequence[RunResult]) -> int:
    """Issue one :class:`RunProblemWarning` per document whose status is not success.

    The message is ``"<doc_id>: <status>: <message>; <message>"``, each message with its code, e.g.
    ``"empty: failed: [E102] /data/empty.txt: empty file (0 bytes)"``.

    Returns:
        The number of warnings issued.
    """
    n = 0
    for res in results:
        if res.status == "success":
            continue
        detail = "; ".join(e.message for e in res.errors) or "no message"
        warnings.warn(f"{res.doc_id}: {res.status}: {detail}", RunProblemWarning, stacklevel=3)
        n += 1
    return n


__all__ = ["LABEL_COLOURS", "Results", "ReviewScopeWarning", "RunProblemWarning", "analyse_corpus", "load", "warn_run_problems"]
