"""Exceptions and the coded message catalogue (spaCy style).

Every message has a code; ``AnalyserError(Errors.E101.format(...))`` style is
replaced by ``ParseError("E101", path=...)`` which renders ``[E101] ...``.
"""

from __future__ import annotations


class Errors:
    """Message catalogue. Codes: E1xx parse, E2xx template, E3xx embedding, E4xx scoring, E5xx run/config (E54x/W54x reports)."""

    E101 = "{path}: file not found"
    E102 = "{path}: empty file (0 bytes)"
    E103 = "{path}: not a PDF (starts with {head!r})"
    E104 = "{path}: damaged or truncated PDF ({reason})"
    E105 = "{path}: encrypted PDF; give the password with --password"
    E106 = "{path}: wrong password for encrypted PDF"
    E107 = "{path}: no readable text (empty, scanned pages or unmapped fonts)"
    E108 = "{path}: unsupported file type {suffix!r} (expected .pdf, .docx or .txt)"
    E109 = "{path}: cannot read text file ({reason})"
    E110 = "{path}: damaged or unreadable Word file ({reason})"
    E130 = "{path}: file too large ({size} bytes; the limit is {limit} bytes)"
    E131 = "{path}: Word file expands to {size} bytes of content ({ratio:.0f}× its size; limits {limit} bytes and {max_ratio}×): zip bomb?"
    E132 = "{path}: {pages} pages (the limit is {limit})"
    E133 = "{path}: page {page} holds {chars} characters (the limit is {limit} per page)"
    E134 = "{path}: {chars} characters of text (the limit is {limit})"
    E135 = "{path}: its compressed streams expand to more than {limit} bytes (decompression bomb?)"
    E136 = "{path}: the analysis of this document needed more memory than the limit ({limit} MB)"
    W101 = "page {page} unreadable ({flag}); not analysed"
    W102 = "{message}"
    E201 = "{path}: cannot read template pack ({reason})"
    E202 = "template is missing section {section_id!r}"
    E301 = "{path}: no embedding model at this path; run `analyser models build` first"
    E302 = "cannot build the embedding model: {reason}"
    E310 = "precision {value!r} is not supported (expected one of: {allowed}; set by --precision or ANALYSER_PRECISION)"
    E311 = "{path}: cannot quantise the embedding model to int8 ({reason}); use --precision fp32"
    E401 = "{path}: cannot read calibration ({reason})"
    E402 = "{path}: cannot read gold annotations ({reason})"
    E403 = "{path}: cannot read analysis ({reason})"
    E404 = "{path}: analyses made with different models ({models}); analyse every document with one model"
    E405 = "{path}: cannot calibrate ({reason})"
    E420 = "{path}: invalid aspect definitions ({reason})"
    E421 = "{path}: cannot read aspect gold ({reason})"
    E422 = "{path}: cannot read aspect calibration ({reason})"
    E423 = "aspect scoring of {doc_id!r}: {reason}"
    E410 = "{path}: no analysed negative documents found ({reason})"
    E501 = "{path}: no input documents found"
    E502 = "{path}: cannot write output ({reason})"
    E503 = "{path}: same document id {doc_id!r} as {other}; skipped"
    E504 = "{path}: cannot open the analysis store ({reason})"
    E505 = "{path}: cannot read reviews ({reason})"
    E506 = "{doc_id!r}: no such document in {path} (analysed: {known})"
    E507 = "{path}: line {line}: {reason}"
    W111 = ("{path}: the text is in {language!r}, not one of the 24 EU languages; template matching and "
            "coverage scores are not calibrated for it")
    # E540-E549 / W540-W549: reports and exports (analyser.output)
    W540 = "{path}: no page images{page} ({reason})"
    W541 = "{path}: changed since it was analysed (sha256 differs); no page images or page links"
    W542 = "{path}: cannot cache page images ({reason})"
    W503 = "{path}: replaces the earlier analysis of {before} (same doc_id {doc_id!r})"
    W504 = "{path}: the earlier analysis of {before} was removed from {out}"
    E510 = "{path}: an analyse run is in progress (pid {pid}); wait for it to finish (or stop it) and try again"
    E511 = "{path}: the analysis store is held by {holder}; close other connections to it (e.g. a notebook's duckdb.connect) and try again"
    E512 = "{path}: the worker process analysing it died ({reason}); its earlier analysis is kept; run again to retry"
    E513 = "{path}: cannot write {what} ({reason})"
    E514 = "{path}: not a language code ({reason})"
    W510 = "worker processes could not start ({reason}); the documents were analysed in this process. A script that calls analyse_corpus with workers > 1 needs `if __name__ == \"__main__\":`"
    W511 = "{path}: review saved, but the store and corpus exports were not refreshed ({reason}); run `analyser report {out}` later"
    W512 = "{path}: an earlier run was killed before it finished; its exports and run.json were brought up to date"
    E515 = "{path}: the analysis could not be committed to the store ({reason}); its earlier analysis is kept"
    E516 = "{path}: cannot rebuild the store ({reason})"
    E517 = "analyse_corpus was called while a worker process starts: the calling script runs again in every worker; put the call under `if __name__ == \"__main__\":`"
    W601 = "not an asylum and migration strategy: {reason}; coverage not assessed"


class AnalyserError(Exception):
    """Base class. ``code`` is the catalogue key; ``str(err)`` is ``"[E101] message"``."""

    def __init__(self, code: str, **kwargs: object) -> None:
        self.code = code
        self.kwargs = kwargs
        template = getattr(Errors, code, code)
        try:
            message = template.format(**kwargs)
        except (KeyError, IndexError):
            message = template
        super().__init__(f"[{code}] {message}")


class ParseError(AnalyserError):
    """A document cannot be read (stage: parse)."""


class TemplateError(AnalyserError):
    """The template or a template pack is invalid (stage: template)."""


class EncoderError(AnalyserError):
    """The embedding model is missing or cannot run (stage: embed)."""


class ScoreError(AnalyserError):
    """Calibration or gold data cannot be used (stage: score / eval)."""


class ConfigError(AnalyserError, ValueError):
    """Bad configuration or command-line usage."""
