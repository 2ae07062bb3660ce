"""Structure of the :mod:`analyser.parse` package and the shared :mod:`analyser.lexicon` (issue 18, step 1)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import analyser.parse
from analyser import lexicon

PARSE_DIR = Path(analyser.parse.__file__).parent
SRC = PARSE_DIR.parent


def _imports(path: Path) -> set[str]:
    """Modules of the ``analyser`` package that a file imports at module level or in functions."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.level:
                base = "analyser" if path.parent == SRC else "analyser.parse"
                if path.parent == PARSE_DIR and node.level == 2:
                    base = "analyser"
                out.add(f"{base}.{node.module}")
            elif node.module.startswith("analyser"):
                out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("analyser"))
    return out


def test_every_parse_module_is_under_600_lines():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in PARSE_DIR.glob("*.py")}
    assert {"__init__.py", "pdf.py", "txt.py", "docx.py", "lines.py", "columns.py", "furniture.py",
            "footnotes.py", "hyphenation.py", "blocks.py", "toc.py"} <= set(sizes)
    assert max(sizes.values()) < 600, sizes


def test_parse_package_has_no_import_cycle():
    graph = {f"analyser.parse.{p.stem}" if p.stem != "__init__" else "analyser.parse": _imports(p)
             for p in PARSE_DIR.glob("*.py")}
    # submodules never import the package root (that would run parse() dispatch imports in a loop)
    for mod, deps in graph.items():
        if mod != "analyser.parse":
            assert "analyser.parse" not in deps, mod
    seen: dict[str, int] = {}

    def visit(mod: str, stack: list[str]) -> None:
        if seen.get(mod) == 2:
            return
        assert seen.get(mod) != 1, " -> ".join([*stack, mod])
        seen[mod] = 1
        for dep in graph.get(mod, ()):
            visit(dep, [*stack, mod])
        seen[mod] = 2

    for mod in graph:
        visit(mod, [])


def test_only_pdf_backend_imports_pdfplumber():
    users = sorted(p.name for p in PARSE_DIR.glob("*.py") if re.search(r"^\s*import pdfplumber", p.read_text(encoding="utf-8"), re.M))
    assert users == ["pdf.py"]


def test_word_lists_live_in_the_lexicon_only():
    # the modules that used to hold their own lists now take them from the lexicon
    for name in ("segment/common.py", "template_extract.py", "text.py"):
        text = (SRC / name).read_text(encoding="utf-8")
        assert re.search(r"^from (?:\.+|analyser\.)lexicon import", text, re.M), name
        assert '"bijlage"' not in text.lower() and '"o.a"' not in text, name
    assert "anness" in lexicon.ANNEX_WORDS and "iarscríbhinn" in lexicon.ANNEX_WORDS
    assert "och" in lexicon.CONJUNCTIONS and "és" in lexicon.CONJUNCTIONS
    assert "m.in" in lexicon.ABBREVIATIONS["pl"]


def test_lexicon_alternation_prefers_longest():
    pattern = re.compile(rf"^{lexicon.alternation(('contents', 'table of contents'))}$")
    assert pattern.pattern == "^(?:table\\ of\\ contents|contents)$"
    assert pattern.match("table of contents")
