"""Orchestration: parse → segment → match → score → aspects → report, with error capture.

The pipeline in four modules, read top to bottom:

* :mod:`.core`: :class:`Analyser` (one document through the stages,
  errors captured on its :class:`~analyser.schema.RunResult`), :class:`DocumentAnalysis`,
  :func:`run_fingerprint`, :func:`find_inputs`.
* :mod:`.run`: :func:`analyse_corpus`, a corpus run (incremental, committed document by document
  to the store, reports and corpus outputs written atomically).
* :mod:`.workers`: ``workers > 1``, documents analysed in spawned processes while this process
  alone writes; SIGTERM handled like Ctrl-C (:class:`Terminated`).
* :mod:`.maintenance`: :func:`recover_output` (finish a killed run), :func:`refresh_reports`,
  :func:`rebuild_store`; :func:`background_vector` (from :mod:`analyser.bundle`).

The model data of a run (encoder, template, calibrations, banks) is one
:class:`~analyser.bundle.ModelBundle`, loaded by :class:`Analyser` and passed to each stage;
the settings are one frozen :class:`~analyser.config.RunConfig`.

One document's failure never stops a batch, and an interrupted run never leaves a half-written
analysis. Every name below is importable from ``analyser.pipeline``.
"""

from __future__ import annotations

from ..config import RunConfig
from ..aspect_score import ASPECT_FALLBACK_MODEL, apply_aspects, load_aspect_setup
from ..io import file_sha256
from ..parse import doc_id_of
from .core import (INPUT_SUFFIXES, Analyser, AnalyserConfig, DocumentAnalysis, find_inputs, nested_inputs_hint,
                   UNREAD_DOCUMENT_SUFFIXES, unread_files_note,
                   run_fingerprint, without_output_folder)
from ..bundle import background_vector
from .maintenance import rebuild_store, recover_output, refresh_reports
from .run import analyse_corpus
from .workers import Terminated, _run_in_workers

__all__ = [
    "ASPECT_FALLBACK_MODEL", "INPUT_SUFFIXES", "Analyser", "AnalyserConfig", "DocumentAnalysis", "Terminated",
    "RunConfig", "_run_in_workers", "analyse_corpus", "apply_aspects", "background_vector", "doc_id_of", "file_sha256",
    "find_inputs", "nested_inputs_hint", "unread_files_note", "UNREAD_DOCUMENT_SUFFIXES", "load_aspect_setup", "rebuild_store", "recover_output", "refresh_reports", "run_fingerprint",
    "without_output_folder",
]
