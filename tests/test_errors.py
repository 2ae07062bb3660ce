"""The coded message catalogue: codes are attributes, so a typo cannot print itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyser.errors import AnalyserError, Errors, Message, ParseError, Warnings

SRC = Path(__file__).parents[1] / "src" / "analyser"


def _entries(cls: type) -> dict[str, Message]:
    return {k: v for k, v in vars(cls).items() if isinstance(v, Message)}


def test_every_entry_knows_its_code_and_kind():
    errors, warnings = _entries(Errors), _entries(Warnings)
    assert len(errors) >= 45 and len(warnings) >= 10
    assert all(k.startswith("E") and v.code == k for k, v in errors.items())
    assert all(k.startswith("W") and v.code == k for k, v in warnings.items())
    assert not set(errors) & set(warnings)


def test_rendered_messages():
    err = ParseError(Errors.E101, path="in/nl.pdf")
    assert (str(err), err.code, err.kwargs) == ("[E101] in/nl.pdf: file not found", "E101", {"path": "in/nl.pdf"})
    assert Warnings.W111.render(path="a.pdf", language="ar").startswith("[W111] a.pdf: the text is in 'ar', not one of")
    assert Errors.E599.text(path="x.pdf", reason="ValueError('boom')") == "x.pdf: unexpected error: ValueError('boom')"
    # a missing field leaves the template rather than raising inside an error path
    assert Errors.E104.text(path="x.pdf") == "{path}: damaged or truncated PDF ({reason})"


def test_a_plain_string_code_is_refused():
    with pytest.raises(TypeError, match="needs a catalogue entry"):
        AnalyserError("E101", path="x")  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        Errors.E9999  # noqa: B018 - the typo fails on the line that makes it


def test_no_source_file_spells_a_code_as_a_string_literal():
    literal = re.compile(r"""["'](?:\[)?[EW]\d{3}(?:\])?["' ]""")
    offenders = [f"{p.relative_to(SRC)}:{i}" for p in SRC.rglob("*.py") if p.name != "errors.py"
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if literal.search(line) and not line.lstrip().startswith("#")]
    assert offenders == []
