"""Exceptions and the coded message catalogue (spaCy style).

Every message has a code; ``AnalyserError(Errors.E101.format(...))`` style is
replaced by ``ParseError("E101", path=...)`` which renders ``[E101] ...``.
"""

from __future__ import annotations


class Errors:
    """Message catalogue. Codes: E1xx parse, E2xx template, E3xx embedding, E4xx scoring, E5xx run/config."""

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
    E201 = "{path}: cannot read template pack ({reason})"
    E202 = "template is missing section {section_id!r}"
    E301 = "{path}: no embedding model at this path; run `analyser models build` first"
    E302 = "cannot build the embedding model: {reason}"
    E401 = "{path}: cannot read calibration ({reason})"
    E402 = "{path}: cannot read gold annotations ({reason})"
    E403 = "{path}: cannot read analysis ({reason})"
    E404 = "{path}: analyses made with different models ({models}); analyse every document with one model"
    E405 = "{path}: cannot calibrate ({reason})"
    E410 = "{path}: no analysed negative documents found ({reason})"
    E501 = "{path}: no input documents found"
    E502 = "{path}: cannot write output ({reason})"
    E503 = "{path}: same document id {doc_id!r} as {other}; skipped"
    E504 = "{path}: cannot open the analysis store ({reason})"
    E505 = "{path}: cannot read reviews ({reason})"
    E506 = "{doc_id!r}: no such document in {path} (analysed: {known})"
    E507 = "{path}: line {line}: {reason}"
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
