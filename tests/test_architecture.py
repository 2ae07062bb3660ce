"""The package's import graph: no cycles, no upward import of the package root, no stage using another's
private names or members, public names with docstrings, one atomic writer.

The graph is read from the source with :mod:`ast` (nothing is imported), with
every ``import`` / ``from … import`` of an ``analyser`` module, including the
ones inside functions (a lazy import hides a cycle, it does not remove it);
imports under ``if TYPE_CHECKING:`` are left out (they never run).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src"
PACKAGE = "analyser"


def _module_name(path: Path, src: Path = SRC) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules(src: Path = SRC) -> dict[str, Path]:
    return {_module_name(p, src): p for p in sorted((src / PACKAGE).rglob("*.py"))}


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                skip.update(id(n) for n in ast.walk(child))
    return skip


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> list[tuple[str, int, str]]:
    """``(imported module, line, source text)`` for every import of a package module in ``path``.

    ``from .x import y`` counts as an import of ``pkg.x.y`` when that is a
    module, else of ``pkg.x``; ``from . import y`` likewise.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_nodes(tree)
    is_pkg = path.name == "__init__.py"
    here = name.split(".") if is_pkg else name.split(".")[:-1]
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == PACKAGE or alias.name.startswith(PACKAGE + "."):
                    found.append((alias.name, node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not (target == PACKAGE or target.startswith(PACKAGE + ".")):
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.append((sub if sub in modules else target, node.lineno, ast.unparse(node)))
    return found


def import_graph(src: Path = SRC) -> dict[str, set[str]]:
    """Module → the package modules it imports (self-imports left out)."""
    modules = _modules(src)
    return {m: {t for t, _, _ in imports_of(m, p, modules) if t in modules and t != m} for m, p in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules ``[a, b, …, a]``, or None (depth-first search)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for t in sorted(graph.get(m, ())):
            if state.get(t) == 1:
                return stack[stack.index(t):] + [t]
            if t not in state and (c := visit(t)):
                return c
        stack.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (c := visit(m)):
            return c
    return None


def test_no_import_cycle():
    assert find_cycle(import_graph()) is None


def test_no_module_imports_the_package_root():
    modules = _modules()
    bad = [f"{p.relative_to(SRC)}:{line}: {text}"
           for m, p in modules.items() if m != PACKAGE
           for target, line, text in imports_of(m, p, modules) if target == PACKAGE]
    assert bad == []


def test_the_checks_see_a_cycle_and_an_upward_import(tmp_path):
    """The walker itself: a planted cycle and a planted ``from . import __version__`` are found."""
    pkg = tmp_path / PACKAGE
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("__version__ = '1'\n")
    (pkg / "a.py").write_text("from .b import f\n")
    (pkg / "b.py").write_text("def f():\n    from .sub import c\n")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "c.py").write_text("from .. import __version__\nfrom ..a import f\n")
    (pkg / "d.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import f\n")
    graph = import_graph(tmp_path)
    assert find_cycle(graph) == ["analyser.a", "analyser.b", "analyser.sub.c", "analyser.a"]
    assert "analyser" in graph["analyser.sub.c"]
    assert graph["analyser.d"] == set()


STAGE_FAMILIES = {
    "aspects": "aspects", "aspect_score": "aspects", "aspect_calibration": "aspects", "aspect_fit": "aspects",
    "calibrate": "calibrate", "calibrate_fit": "calibrate", "calibrate_figures": "calibrate",
    "model_build": "model", "model_onnx": "model",
    "template": "template", "template_extract": "template",
}
"""Top-level modules that are one stage split over several files (README, "How it works"); every other module
or package below ``analyser`` is a stage of its own."""

PRIVATE_IMPORT_EXCEPTIONS: frozenset[tuple[str, str]] = frozenset()
"""``(importing module, imported module.name)`` pairs allowed to cross stages with a private name. None today;
one added here needs its reason beside it."""


def stage_of(module: str) -> str:
    """The stage a module belongs to: its package below ``analyser`` (``analyser.segment.core`` → ``segment``),
    or its top-level module's family (:data:`STAGE_FAMILIES`)."""
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else parts[0]
    return STAGE_FAMILIES.get(top, top)


def private_imports(src: Path = SRC) -> list[str]:
    """Every use of another stage's private name (``_x``, dunders aside), as ``"path:line: module.name"``.

    Found with :mod:`ast`: ``from analyser.x import _y`` (also relative and inside functions) and
    ``m._y`` where ``m`` names an imported package module (``import analyser.x as m``,
    ``from analyser import x as m``). Within a stage (a package, or a family of modules) private
    names are shared freely.
    """
    modules = _modules(src)
    found = []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        aliases: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    target = ".".join(here[: len(here) - node.level + 1] + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                if not (target == PACKAGE or target.startswith(PACKAGE + ".")):
                    continue
                for alias in node.names:
                    if f"{target}.{alias.name}" in modules:
                        aliases[alias.asname or alias.name] = f"{target}.{alias.name}"
                    elif alias.name.startswith("_") and not alias.name.startswith("__") \
                            and stage_of(target) != stage_of(name):
                        found.append((name, f"{target}.{alias.name}", f"{path.relative_to(src)}:{node.lineno}"))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith(PACKAGE + ".") and alias.asname:
                        aliases[alias.asname] = alias.name
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__") \
                    and isinstance(node.value, ast.Name) and node.value.id in aliases \
                    and stage_of(aliases[node.value.id]) != stage_of(name):
                found.append((name, f"{aliases[node.value.id]}.{node.attr}", f"{path.relative_to(src)}:{node.lineno}"))
    return [f"{where}: {target}" for importer, target, where in found if (importer, target) not in PRIVATE_IMPORT_EXCEPTIONS]


def test_no_stage_uses_another_stages_private_names():
    assert private_imports() == []


def test_the_private_name_check_sees_a_planted_use(tmp_path):
    """The walker itself: private names taken across stages are found, within a stage they are not."""
    pkg = tmp_path / PACKAGE
    (pkg / "seg").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "seg" / "__init__.py").write_text("")
    (pkg / "seg" / "core.py").write_text("from .common import _shared\n")  # one stage: fine
    (pkg / "seg" / "common.py").write_text("_shared = 1\n")
    (pkg / "match.py").write_text("def f():\n    from .seg.common import _shared\n")
    (pkg / "score.py").write_text("from . import match as m\nx = m._helper\n")
    (pkg / "aspects.py").write_text("_y = 1\n")
    (pkg / "aspect_fit.py").write_text("from .aspects import _y\n")  # one family: fine
    assert private_imports(tmp_path) == ["analyser/match.py:2: analyser.seg.common._shared",
                                         "analyser/score.py:2: analyser.match._helper"]


def private_members(src: Path = SRC) -> list[str]:
    """Every use of a private member (``x._m``, dunders aside) that only another stage's classes define.

    Found with :mod:`ast`: the private methods, class attributes and ``self._x`` attributes of every class, by
    the stage (:func:`stage_of`) whose module defines them; then every ``obj._m`` whose ``obj`` is not ``self``
    or ``cls`` in a module of a stage that defines no member of that name (``store._model_dir(name)`` in the
    pipeline, reaching into the embedding cache). Names of other libraries' objects (python-docx ``para._p``)
    are not the package's and are left alone. As ``"path:line: source"``.
    """
    modules = _modules(src)
    trees = {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in modules.items()}
    defined: dict[str, set[str]] = {}

    def private(attr: str) -> bool:
        return attr.startswith("_") and not attr.startswith("__")

    for name, tree in trees.items():
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            names = [n.name for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
            names += [n.target.id for n in cls.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
            names += [t.id for n in cls.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)]
            names += [n.attr for n in ast.walk(cls) if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store)
                      and isinstance(n.value, ast.Name) and n.value.id == "self"]
            for attr in filter(private, names):
                defined.setdefault(attr, set()).add(stage_of(name))
    found = []
    for name, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in defined and stage_of(name) not in defined[node.attr] \
                    and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                found.append(f"{modules[name].relative_to(src)}:{node.lineno}: {ast.unparse(node)}")
    return sorted(found)


def test_no_stage_uses_another_stages_private_members():
    assert private_members() == []


def test_the_private_member_check_sees_a_planted_use(tmp_path):
    """The walker itself: another stage's private method or attribute is found; one's own stage's, self's and
    a foreign library's (``para._p``) are not."""
    pkg = tmp_path / PACKAGE
    (pkg / "embed").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "embed" / "__init__.py").write_text("")
    (pkg / "embed" / "cache.py").write_text(
        "class Cache:\n    _shards: int = 0\n    def __init__(self):\n        self._index = {}\n"
        "    def _dir(self):\n        return self._index\n")
    (pkg / "embed" / "e5.py").write_text("def f(c):\n    return c._dir()\n")  # one stage: fine
    (pkg / "pipeline.py").write_text("def g(c, para):\n    return c._dir(), c._index, c._shards, para._p\n")
    assert private_members(tmp_path) == ["analyser/pipeline.py:2: c._dir", "analyser/pipeline.py:2: c._index",
                                         "analyser/pipeline.py:2: c._shards"]


def missing_docstrings(src: Path = SRC) -> list[str]:
    """Every public function, class and method of the package without a docstring, as ``"path:line: name"``.

    Public: its name and its class's do not start with ``_``, in a module whose path has no ``_``-prefixed part
    (``_version.py``); nested functions (closures) are left out, and so are property setters and ``@overload``
    stubs (the getter and the implementation carry the docstring).
    """
    found = []
    for name, path in _modules(src).items():
        if any(part.startswith("_") and part not in ("__init__", "__main__")
               for part in path.relative_to(src).with_suffix("").parts):
            continue

        def walk(body: list[ast.stmt], prefix: str) -> None:
            for node in body:
                if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) or node.name.startswith("_"):
                    continue
                if any(isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter")
                       or isinstance(d, ast.Name) and d.id == "overload" for d in node.decorator_list):
                    continue
                if ast.get_docstring(node) is None:
                    found.append(f"{path.relative_to(src)}:{node.lineno}: {prefix}{node.name}")
                if isinstance(node, ast.ClassDef):
                    walk(node.body, f"{prefix}{node.name}.")

        walk(ast.parse(path.read_text(encoding="utf-8")).body, "")
    return found


def test_public_functions_and_classes_have_docstrings():
    """DEVELOPERS.md: public functions and classes have docstrings (shapes, units, errors, sources)."""
    assert missing_docstrings() == []


def test_the_docstring_check_sees_a_planted_gap(tmp_path):
    pkg = tmp_path / PACKAGE
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "_version.py").write_text("def v():\n    pass\n")  # private module: not checked
    (pkg / "m.py").write_text(
        'def f():\n    """Doc."""\n\ndef g():\n    def inner():\n        pass\n\ndef _h():\n    pass\n\n'
        'class C:\n    """Doc."""\n    def m(self):\n        pass\n    @property\n    def p(self):\n        """Doc."""\n'
        '    @p.setter\n    def p(self, v):\n        pass\n')
    assert missing_docstrings(tmp_path) == ["analyser/m.py:4: g", "analyser/m.py:13: C.m"]


def _raised_here(fn: ast.AST) -> set[str]:
    """Names of the ``...Error`` exceptions a function's own body raises (not its nested functions or classes), less
    those a ``try`` around the ``raise`` catches by name (or as ``Exception``): the error a caller can see."""
    out: set[str] = set()

    def visit(node: ast.AST, caught: frozenset[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                continue
            if isinstance(child, ast.Try):
                names = set()
                for h in child.handlers:
                    for t in (h.type.elts if isinstance(h.type, ast.Tuple) else [h.type]):
                        names.add("Exception" if t is None else getattr(t, "id", getattr(t, "attr", "")))
                for stmt in child.body:
                    visit_one(stmt, caught | names)
                for stmt in [*child.handlers, *child.orelse, *child.finalbody]:
                    visit_one(stmt, caught)
                continue
            visit_one(child, caught)

    def visit_one(node: ast.AST, caught: frozenset[str]) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            return
        if isinstance(node, ast.Raise) and node.exc is not None:
            exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            name = getattr(exc, "id", getattr(exc, "attr", ""))
            if name.endswith("Error") and name not in caught and "Exception" not in caught:
                out.add(name)
        visit(node, caught)

    visit(fn, frozenset())
    return out


def undocumented_raises(src: Path = SRC) -> list[str]:
    """Every public function or method that raises an ``...Error`` itself without naming it in its docstring, as
    ``"path:line: name [errors]"`` (modules and names public as in :func:`missing_docstrings`; a ``raise`` caught
    within the function does not count; errors raised by callees are not followed)."""
    found = []
    for path in _modules(src).values():
        if any(part.startswith("_") and part not in ("__init__", "__main__")
               for part in path.relative_to(src).with_suffix("").parts):
            continue

        def walk(body: list[ast.stmt], prefix: str) -> None:
            for node in body:
                if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                    walk(node.body, f"{prefix}{node.name}.")
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_"):
                    doc = ast.get_docstring(node) or ""
                    missing = sorted(e for e in _raised_here(node) if e not in doc)
                    if missing:
                        found.append(f"{path.relative_to(src)}:{node.lineno}: {prefix}{node.name} {missing}")

        walk(ast.parse(path.read_text(encoding="utf-8")).body, "")
    return sorted(found)


def test_public_functions_name_the_errors_they_raise():
    """DEVELOPERS.md: a public function's docstring names the errors it raises (here: those it raises itself)."""
    assert undocumented_raises() == []


def test_the_raises_check_sees_a_planted_gap(tmp_path):
    pkg = tmp_path / PACKAGE
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "m.py").write_text(
        'def f(x):\n    """Raises ValueError."""\n    raise ValueError(x)\n\n'
        'def g(x):\n    """Doc."""\n    if x:\n        raise ValueError(x)\n\n'
        'def h(x):\n    """Doc."""\n    try:\n        raise ValueError(x)\n    except ValueError:\n        return 0\n\n'
        'def k(x):\n    """Doc."""\n    def inner():\n        raise KeyError(x)\n    try:\n        pass\n'
        '    except OSError as exc:\n        raise errors.ParseError(x) from exc\n\n'
        'class C:\n    """Doc."""\n    def m(self):\n        """Doc."""\n        raise TypeError\n')
    assert undocumented_raises(tmp_path) == ["analyser/m.py:17: k ['ParseError']", "analyser/m.py:28: C.m ['TypeError']",
                                             "analyser/m.py:5: g ['ValueError']"]


def test_one_atomic_writer():
    """Only :mod:`analyser.io` moves temporary files into place.

    Three modules rename what no file writer can write instead: ``model_build``
    swaps a built model folder in, ``model_onnx`` the graph ONNX Runtime wrote itself, and ``runstate`` publishes a committed staged analysis,
    moves a document folder aside before its removal (and back), keeps a retired folder that holds an analyst's files, and sets a damaged store
    aside (and a rebuilt one in its place); the pipeline calls those functions and renames nothing itself.
    """
    allowed = {"analyser.io", "analyser.model_build", "analyser.model_onnx", "analyser.runstate"}
    users = sorted(m for m, p in _modules().items()
                   if m not in allowed and ("os.replace(" in (t := p.read_text(encoding="utf-8")) or "mkstemp(" in t))
    assert users == []


def test_atomic_writer_leaves_nothing_when_writing_fails(tmp_path, monkeypatch):
    from analyser import io

    target = tmp_path / "out" / "a.txt"
    io.write_text_atomic(target, "old")
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)  # readable by others (umask permitting)

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(io.os, "fsync", boom)
    with pytest.raises(OSError, match="No space left"):
        io.write_text_atomic(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.txt"]
