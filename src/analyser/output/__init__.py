"""Output stage: everything the analyser writes for people and other programs.

Modules (each imports only downwards: ``analysis`` and ``html`` use no other
output module; ``markdown`` and ``exports`` use ``html``'s public views):

* :mod:`.analysis` — the per-document :class:`~analyser.schema.Analysis` (``analysis.json``) and its writer;
* :mod:`.markdown` — ``report.md`` gap report and the Markdown comparison;
* :mod:`.html` — self-contained HTML gap report, corpus report and comparison;
* :mod:`.facts` — language names, warnings, what a partial key element lacks (both reports);
* :mod:`.crops` — page crops of PDF sources around evidence, links to pages, text context;
* :mod:`.exports` — corpus exports from the store (``summary.csv``, Parquet,
  corpus ``report.html``, ``run.json``).

Every file is written through :mod:`analyser.io` (atomic).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..io import write_text_atomic
from ..schema import Analysis, as_analysis
from ..template import Template
from .analysis import SCHEMA_VERSION, build_analysis, write_analysis
from .crops import evidence_sources
from .exports import SUMMARY_FIELDS, summary_frame, write_corpus_outputs, write_run
from .html import comparison_html, corpus_html, document_html, write_html
from .markdown import comparison_markdown, markdown_report

__all__ = [
    "SCHEMA_VERSION", "SUMMARY_FIELDS", "build_analysis", "comparison_html", "comparison_markdown", "corpus_html",
    "document_html", "markdown_report", "summary_frame", "write_analysis", "write_corpus_outputs", "write_html",
    "write_reports", "write_run",
]


def write_reports(folder: Path, analysis: Analysis | Mapping, template: Template, *, images: bool = True,
                  link_from: Path | None = None, password: str | None = None) -> None:
    """Write ``report.md`` and ``report.html`` of one document (reviews applied to ``analysis`` or not).

    ``analysis``: the document's :class:`~analyser.schema.Analysis` (an ``analysis.json``
    object is validated first: :func:`analyser.schema.as_analysis`).

    Both link each evidence passage to its page of the source file (relative
    to ``folder``) when the file is still there; with ``images`` the HTML
    report also shows page crops of a PDF source (cached in
    ``folder/crops.json``), see :func:`analyser.output.crops.evidence_sources`.
    ``link_from``: the folder the reports will be published in when ``folder``
    is a staging folder (links and relative source paths are resolved from it).
    ``password``: of an encrypted PDF source, for its page crops. On a page the
    parser read in columns a crop shows only the sentence's column (``analysis.columns``).

    Raises:
        ScoreError: E403 when ``analysis`` is an object that is not an analysis.
        OSError: when a report cannot be written (a full disk; no ``.part`` file is
            left, an earlier report stays). A source that cannot be read or
            rendered never raises: its images are left out with W540/W541/W542.
    """
    analysis = as_analysis(analysis)
    sources = evidence_sources(folder, analysis, images=images, link_from=link_from, password=password)
    write_text_atomic(folder / "report.md", markdown_report(analysis, template, page_link=sources.page_link))
    write_text_atomic(folder / "report.html", document_html(analysis, template, sources))
