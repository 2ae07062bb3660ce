"""Readers of a loaded analysis shared by the real-model test modules of the fresh sets (``test_fresh*_model.py``,
``test_qagrid_model.py``, ``test_pending11_model.py``): which key elements are covered, which sections present, which
section a block was given, and the scope held-out sets' two checks (``test_scope_heldout*_model.py``: a strategy part
in scope, a document of another kind out with its W601 reason). Plain functions over :class:`analyser.schema.DocumentAnalysis`-like records; import them
with ``from helpers_model import ...`` (pytest puts ``tests/`` on ``sys.path``)."""

from __future__ import annotations

from typing import Any


def scored_coverage(a: Any, if_in_scope: bool = False) -> dict[str, Any]:
    """Key element id -> coverage record of analysis ``a``; with ``if_in_scope`` an out-of-scope document's
    ``coverage_if_in_scope`` (the scoring it would have had), when it has one."""
    if if_in_scope and not a.in_scope:
        return a.coverage_if_in_scope or a.coverage
    return a.coverage


def covered_kes(a: Any, if_in_scope: bool = False) -> set[str]:
    """Ids of the key elements of ``a`` not labelled ``absent`` (addressed or partial); ``if_in_scope`` as in
    :func:`scored_coverage`."""
    return {k for k, c in scored_coverage(a, if_in_scope).items() if c.label != "absent"}


def present_sections(a: Any) -> list[str]:
    """Ids of the sections of ``a`` found present, in the Annex's order."""
    return [s for s, r in a.sections.items() if r.present]


def block_sections(a: Any, start: str) -> list[str | None]:
    """The section (or None) of every block of ``a`` whose text starts with ``start``, in reading order."""
    return [b.section for b in a.blocks if b.text.startswith(start)]


def first_block_section(a: Any, start: str) -> str | None:
    """The section (or None) of the first block of ``a`` whose text starts with ``start``; IndexError if none does."""
    return block_sections(a, start)[0]


def assert_in_scope(a: Any, doc_id: str) -> None:
    """``a`` is in scope: in-scope score at least 0.5 and no W601 warning (``doc_id`` names it in the failure)."""
    assert a.in_scope and a.in_scope_score >= 0.5 and not [w for w in a.warnings if w.code == "W601"], (doc_id, a.in_scope_score)


def assert_out_of_scope(a: Any, reason: str, only_w601: bool = False) -> None:
    """``a`` is out of scope: score under 0.5, every key element absent without evidence, and its (first) W601 message
    reads "not an asylum and migration strategy: " + ``reason`` …; with ``only_w601`` W601 is its only warning."""
    assert not a.in_scope and a.in_scope_score < 0.5
    assert all(c.label == "absent" and not c.evidence for c in a.coverage.values())
    if only_w601:
        assert [w.code for w in a.warnings] == ["W601"]
    w601 = [w.message for w in a.warnings if w.code == "W601"]
    assert w601 and w601[0].startswith("not an asylum and migration strategy: " + reason), w601


def part_accuracy(gold: dict[str, Any], seg: Any) -> tuple[float | None, float | None]:
    """Section accuracy over the answer words of numbered parts and of free parts of one segmented gold document.

    ``scripts/dev_segment.py``'s definition: every block after the first gold ``section_heading`` is in a numbered
    part, the blocks before it in a free part; words are whitespace-split. Returns ``(numbered, free)``, each a share
    in [0, 1], or None for a part without answer words.
    """
    from analyser.evaluate import ANSWER_ROLES

    pred = {sb.block.id: sb.section_id for sb in seg.blocks}
    seen = False
    tot, ok = {"num": 0, "free": 0}, {"num": 0, "free": 0}
    for b in gold["blocks"]:
        seen = seen or b["role"] == "section_heading"
        if b["role"] not in ANSWER_ROLES:
            continue
        part, n = ("num" if seen else "free"), len(b["text"].split())
        tot[part] += n
        ok[part] += n * (pred.get(b["id"]) == b["section"])
    return (ok["num"] / tot["num"] if tot["num"] else None, ok["free"] / tot["free"] if tot["free"] else None)


def template_leaks(gold: dict[str, Any], seg: Any, encoder: Any) -> int:
    """Number of passages, as the match stage builds them from segmentation ``seg`` (``build_passages`` with the
    default :class:`~analyser.match.MatchConfig`), that hold a block the gold marks as template text."""
    from analyser.evaluate import TEMPLATE_ROLES
    from analyser.match import MatchConfig, build_passages

    tmpl = {b["id"] for b in gold["blocks"] if b["role"] in TEMPLATE_ROLES}
    passages, _ = build_passages(seg, encoder, gold["language"], MatchConfig())
    return sum(bool(tmpl & set(p.block_ids)) for p in passages)


def own_chapters(gold: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The gold's own chapters, in document order: each an answer heading and the answer blocks under it (a numbered
    section heading closes the own chapter before it)."""
    from analyser.evaluate import ANSWER_ROLES

    chapters: list[list[dict[str, Any]]] = []
    for b in gold["blocks"]:
        if b["role"] == "answer_heading":
            chapters.append([b])
        elif b["role"] == "section_heading":
            chapters.append([])
        elif chapters and chapters[-1] and b["role"] in ANSWER_ROLES:
            chapters[-1].append(b)
    return [c for c in chapters if c]


def wrongly_placed(seg: Any, blocks: list[dict[str, Any]]) -> list[tuple[str, str, str | None]]:
    """(block id, gold section, predicted section) of every gold block of ``blocks`` that segmentation ``seg`` places
    in another section than its gold one."""
    pred = {sb.block.id: sb.section_id for sb in seg.blocks}
    return [(b["id"], b["section"], pred[b["id"]]) for b in blocks if pred[b["id"]] != b["section"]]
