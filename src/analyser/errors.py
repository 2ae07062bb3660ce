"""Exceptions and the coded message catalogue (spaCy style).

Every message is an attribute of :class:`Errors` (``E…``) or :class:`Warnings` (``W…``),
so a mistyped code fails when the line runs and in ``make typecheck`` (mypy), never
printing itself without a message. ``raise ParseError(Errors.E101, path=...)`` renders
``"[E101] <path>: file not found"``; ``Warnings.W111.render(path=..., language=...)``
gives the same shape for a warning; ``Errors.E101.code == "E101"``.
"""

from __future__ import annotations

import re
from typing import Any


class Message(str):
    """One catalogue entry: a ``str.format`` template that knows its own code.

    ``code`` is set from the attribute name when the catalogue class is created
    (``__set_name__``), so the name and the code can never disagree.
    """

    code: str = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.code = name

    def text(self, **kwargs: Any) -> str:
        """The message with its fields filled, without the code (``"<path>: file not found"``).

        A missing field leaves the template as it is rather than raising.
        """
        try:
            return self.format(**kwargs)
        except (KeyError, IndexError):
            return str(self)

    def render(self, **kwargs: Any) -> str:
        """``"[CODE] message"`` with the fields filled."""
        return f"[{self.code}] {self.text(**kwargs)}"


class Errors:
    """Error catalogue. Codes: E1xx parse, E2xx template, E3xx embedding, E4xx scoring,
    E5xx run/config (E54x reports), E599 unexpected."""

    E101 = Message("{path}: file not found")
    E102 = Message("{path}: empty file (0 bytes)")
    E103 = Message("{path}: not a PDF (starts with {head!r}){kind}")
    E104 = Message("{path}: damaged or truncated PDF ({reason})")
    E105 = Message("{path}: encrypted PDF; give the password with --password")
    E106 = Message("{path}: wrong password for encrypted PDF")
    E107 = Message("{path}: no readable text (empty, scanned pages or unmapped fonts)")
    E108 = Message("{path}: unsupported file type {suffix!r} (expected .pdf, .docx or .txt)")
    E109 = Message("{path}: cannot read text file ({reason})")
    E110 = Message("{path}: damaged or unreadable Word file ({reason})")
    E111 = Message("{path}: not a regular file ({kind}); give a PDF, DOCX or TXT file, or a folder of them")
    E112 = Message("{path}: cannot read the file ({reason})")
    E113 = Message("{path}: a symbolic link that leads to no file ({reason}); give the file itself")
    E130 = Message("{path}: file too large ({size} bytes; the limit is {limit} bytes)")
    E131 = Message("{path}: Word file expands to {size} bytes of content ({ratio:.0f}× its size; limits {limit} bytes and {max_ratio}×): zip bomb?")
    E132 = Message("{path}: {pages} pages (the limit is {limit})")
    E133 = Message("{path}: page {page} holds {chars} characters (the limit is {limit} per page)")
    E134 = Message("{path}: {chars} characters of text (the limit is {limit})")
    E135 = Message("{path}: its compressed streams expand to more than {limit} bytes (decompression bomb?)")
    E136 = Message("{path}: the analysis of this document needed more memory than the limit ({limit} MB)")
    E201 = Message("{path}: cannot read template pack ({reason})")
    E202 = Message("template is missing section {section_id!r}")
    E203 = Message("{value!r} is not a key element id of the template{suggest}; valid ids: {valid}")
    E204 = Message("{value!r} is not a section id of the template{suggest}; valid ids: {valid}")
    E301 = Message("{path}: no embedding model at this path; run `analyser models build` first")
    E302 = Message("cannot build the embedding model: {reason}")
    E310 = Message("precision {value!r} is not supported (expected one of: {allowed}; set by --precision or ANALYSER_PRECISION)")
    E311 = Message("{path}: cannot quantise the embedding model to int8 ({reason}); use --precision fp32")
    E312 = Message("inference backend {value!r} is not supported (expected one of: {allowed}; set by --backend or ANALYSER_BACKEND)")
    E314 = Message("{path}: the onnx backend runs fp32 only, not --precision {precision}; use --precision fp32 or --backend torch")
    E313 = Message("{path}: the onnx backend needs onnxruntime and the model's ONNX graph; run `analyser models build` or use --backend torch")
    E401 = Message("{path}: cannot read calibration ({reason})")
    E402 = Message("{path}: cannot read gold annotations ({reason})")
    E403 = Message("{path}: cannot read analysis ({reason})")
    E404 = Message("{path}: analyses made with different models ({models}); analyse every document with one model")
    E405 = Message("{path}: cannot calibrate ({reason})")
    E406 = Message("{path}: no analysed document has gold annotations in {gold} (analysed: {analysed}; gold for: {golds}); nothing to evaluate")
    E420 = Message("{path}: invalid aspect definitions ({reason})")
    E421 = Message("{path}: cannot read aspect gold ({reason})")
    E422 = Message("{path}: cannot read aspect calibration ({reason})")
    E423 = Message("aspect scoring of {doc_id!r}: {reason}")
    E410 = Message("{path}: no analysed negative documents found ({reason})")
    E412 = Message("{path}: not negative documents ({reason}); give an output folder of documents that answer no key element (`analyser analyse tests/data/negatives/train --out NEG`)")
    E413 = Message("{path}: the bank files of {model} do not match their manifest ({reason}): a bank build was interrupted; run `analyser banks build` again")
    E411 = Message("{path}: no evidence bank for {model}; build it from the gold first (`analyser banks build`)")
    E501 = Message("{path}: no input documents found{hint}")
    E502 = Message("{path}: cannot write output ({reason})")
    E503 = Message("{path}: same document id {doc_id!r} as {other}; skipped")
    E504 = Message("{path}: cannot open the analysis store ({reason})")
    E505 = Message("{path}: cannot read reviews ({reason})")
    E506 = Message("{doc_id!r}: no such document in {path} (analysed: {known})")
    E507 = Message("{path}: line {line}: {reason}")
    E508 = Message("{target!r}: not a key element of the template nor an aspect of {path}")
    E509 = Message("label {label!r} is not one of {allowed} (for the {kind} {target})")
    E510 = Message("{path}: an analyse run is in progress (pid {pid}); wait for it to finish (or stop it) and try again")
    E511 = Message("{path}: the analysis store is held by {holder}; close other connections to it (e.g. a notebook's duckdb.connect) and try again")
    E512 = Message("{path}: the worker process analysing it died ({reason}); its earlier analysis is kept; run again to retry")
    E513 = Message("{path}: cannot write {what} ({reason})")
    E514 = Message("{path}: not a language code ({reason})")
    E515 = Message("{path}: the analysis could not be committed to the store ({reason}); {kept}")
    E516 = Message("{path}: cannot rebuild the store ({reason})")
    E517 = Message("analyse_corpus was called while a worker process starts: the calling script runs again in every worker; put the call under `if __name__ == \"__main__\":`")
    E518 = Message("{path}: not an output folder of `analyser analyse` ({reason})")
    E519 = Message("{path}: a file name starting with a dot gives no usable document id ({doc_id!r} would be a hidden folder of the output folder or outside it); rename the file")
    E520 = Message("invalid setting {field}={value!r}: {reason}")
    E521 = Message("language {value!r} is not an EU language code (expected one of: {allowed}; set by --lang)")
    E522 = Message("{a!r} ({model_a}) and {b!r} ({model_b}) were analysed with different embedding models, whose similarities mean nothing; analyse both with the same --model")
    E523 = Message("{path}: the file name is not UTF-8 text (bytes of another code page, as in a zip made on Windows); its id and path could not be written to the outputs; rename the file (e.g. to {suggest!r})")
    E524 = Message("{path}: the file name is UTF-8 text, but this Python reads file names as {encoding} (locale "
                   "{locale} with Python's UTF-8 mode off, e.g. LANG=C and PYTHONUTF8=0); its id and path could not be "
                   "written to the outputs; run again with PYTHONUTF8=1 or LANG=C.UTF-8")
    E525 = Message("{path}: the document id {doc_id!r} is the name of a file the analyser writes into the output folder ({name}); its folder would stand in that file's place; rename the file")
    E599 = Message("{path}: unexpected error: {reason}")


class Warnings:
    """Warning catalogue: W1xx parse, W4xx scoring/eval, W5xx run, W54x reports, W6xx scope."""

    W101 = Message("page {page} unreadable ({flag}); not analysed")
    W102 = Message("{message}")
    W103 = Message("{path}: {n} struck-through character(s) on page(s) {pages} were left out as deleted text (a draft "
                   "printed with its tracked changes?); check the analysis against the final text")
    W104 = Message("{path}: the Word file holds tracked changes; {n} deleted character(s) ({places} deletion(s)) were left "
                   "out and the insertions read, as if every change were accepted (a draft?); check the analysis "
                   "against the final text")
    W111 = Message("{path}: the text is in {language!r}, not one of the 24 EU languages; template matching and "
            "coverage scores are not calibrated for it")
    W112 = Message("{path}: the text reads as {other!r} ({name}), not one of the 24 EU languages; it is analysed as "
                   "{language!r}, its EU neighbour, and the template matching and coverage scores are not calibrated "
                   "for it")
    W540 = Message("{path}: no page images{page} ({reason})")
    W541 = Message("{path}: changed since it was analysed (sha256 differs); no page images or page links")
    W542 = Message("{path}: cannot cache page images ({reason})")
    W410 = Message("{path}: cannot read this negative document's analysis ({reason}); skipped, the figures go on without it")
    W503 = Message("{path}: replaces the earlier analysis of {before} (same doc_id {doc_id!r})")
    W504 = Message("{path}: the earlier analysis of {before} was removed from {out}")
    W510 = Message("worker processes could not start ({reason}); the documents were analysed in this process. A script that calls analyse_corpus with workers > 1 needs `if __name__ == \"__main__\":`")
    W511 = Message("{path}: review saved, but the store and corpus exports were not refreshed ({reason}); run `analyser report {out}` later")
    W512 = Message("{path}: an earlier run was killed before it finished; its exports and run.json were brought up to date")
    W514 = Message("{path}: analysed with another embedding model ({models}) than this run's {model}: left out of the similarity tables ({docs}); analyse them again with --model {model}")
    W513 = Message("{path}: the review of {doc_id!r} {target} ({label}) names {reason}; kept, not applied")
    W515 = Message("{doc_id!r} is out of scope (not an asylum and migration strategy, its coverage was not assessed): "
                   "the review{s} {targets} confirm{verb} coverage the analyser did not assess; kept and applied")
    W516 = Message("{path}: cannot append {doc_id!r} to the run journal ({reason}); the journal is left as it was and the run goes on (its document is committed; only a kill before the run ends would leave it out of run.json)")
    W517 = Message("{path}: the same file (same sha256) as {others} in this output; each is analysed and counted as a document of its own (remove one, or run with --prune)")
    W520 = Message("{path}: the output folder, given as an input folder beside other inputs (a shell pattern such as in/* catching it), is not read for documents; give it alone to analyse files kept in it")
    W518 = Message("{doc_id!r} is reviewed in scope, but its analysis (analyser {version}) was written before coverage "
                   "was scored for documents out of scope: its key elements stay not assessed until `analyser analyse` "
                   "analyses it again")
    W519 = Message("{n} file(s) in the folder(s) given are not read (only .pdf, .docx and .txt files are): {files}; save a "
                   "strategy among them as PDF, .docx or UTF-8 .txt (give a file by name to see why it cannot be read)")
    W601 = Message("not an asylum and migration strategy: {reason}; coverage not assessed")
    W602 = Message("{n} answer sentence(s) state nothing yet and are no evidence of any key element: {items}")


_CODED_WARNING = re.compile(r"^\[(W\d{3})\] ")


def split_warning(message: str) -> tuple[str, str]:
    """``(code, message)`` of a warning string: one rendered with its code (``"[W103] …"``, :meth:`Message.render`)
    keeps that code and loses the bracket; any other (a parser's plain text) is W102 as it is."""
    m = _CODED_WARNING.match(message)
    if m:
        return m.group(1), message[m.end():]
    return Warnings.W102.code, message


class AnalyserError(Exception):
    """Base class. ``code`` is the catalogue code; ``str(err)`` is ``"[E101] message"``.

    Args:
        message: a catalogue entry, e.g. ``Errors.E101`` (a plain string is a TypeError).
        **kwargs: the fields of its template.
    Raises:
        TypeError: when ``message`` is not a catalogue :class:`Message`.
    """

    def __init__(self, message: Message, **kwargs: object) -> None:
        if not isinstance(message, Message) or not message.code:
            raise TypeError(f"AnalyserError needs a catalogue entry (Errors.E…/Warnings.W…), not {message!r}")
        self.code = message.code
        self.kwargs = kwargs
        super().__init__(message.render(**kwargs))


class ParseError(AnalyserError):
    """A document cannot be read (stage: parse)."""


class TemplateError(AnalyserError):
    """The template or a template pack is invalid (stage: template)."""


class UnknownIdError(TemplateError, KeyError):
    """A key element or section id given by the caller is not in the template (E203, E204).

    Also a :class:`KeyError`, so code that caught the bare ``KeyError`` of earlier versions still
    works; ``str(err)`` is the one-line ``"[E203] …"`` message (not KeyError's quoted repr).
    """

    def __str__(self) -> str:
        return Exception.__str__(self)


class EncoderError(AnalyserError):
    """The embedding model is missing or cannot run (stage: embed)."""


class ScoreError(AnalyserError):
    """Calibration or gold data cannot be used (stage: score / eval)."""


class ReviewError(AnalyserError, ValueError):
    """An analyst's review names an unknown key element or aspect, or a label it cannot have."""


class ConfigError(AnalyserError, ValueError):
    """Bad configuration or command-line usage."""
