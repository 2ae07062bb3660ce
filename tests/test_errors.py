"""The coded message catalogue: codes are attributes, so a typo cannot print itself."""

from __future__ import annotations

import ast
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


def _code_literals(tree: ast.AST) -> list[int]:
    """Line numbers of string constants (docstrings left out) that spell a code: "E101", "[W111] …"."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    code = re.compile(r"\[?[EW]\d{3}\]?(?: |$)")
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings and code.match(node.value)]


def test_no_source_file_spells_a_code_as_a_string_literal():
    offenders = [f"{p.relative_to(SRC)}:{n}" for p in SRC.rglob("*.py") if p.name != "errors.py"
                 for n in _code_literals(ast.parse(p.read_text(encoding="utf-8")))]
    assert offenders == []
    # the check itself sees the two shapes it exists for
    assert _code_literals(ast.parse('raise ParseError("E101", path=p)\nlog("[W540] %s", m)')) == [1, 2]
