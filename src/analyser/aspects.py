"""Aspects of the key elements: the separate asks one key element of the Annex bundles.

Key element 2.1.1.b of the Annex of Implementing Decision (EU) 2025/503 asks for
legal migration, for EU Talent Partnerships *and* for the Union Resettlement
Framework; a strategy that speaks of resettlement only addresses it in part. The
aspects make that explicit: ``data/aspects.yaml`` splits every one of the 44 key
elements of ``data/key_elements.yaml`` into the asks the Annex lists, with stable,
language-independent ids ``"<key element>/<slug>"`` (``"2.1.1.b/resettlement"``),
a one-sentence English descriptor (an embedding query) and, per language, the
fragment of the official Annex wording that asks for it (Dutch from the
official text in ``data/templates/nl.json``).

The key element's label follows from its aspects (:func:`derive_label`): all
covered -> ``addressed``, some -> ``partial``, none -> ``absent``; so a partial
label always comes with the list of what is missing.

This module holds the definitions and the gold aspect labels; scoring is in
:mod:`analyser.aspect_score`.

Example:
    >>> aspects = load_aspects()
    >>> [a.id for a in aspects.for_key_element("2.1.1.b")]
    ['2.1.1.b/legal-migration', '2.1.1.b/talent-partnerships', '2.1.1.b/resettlement']
    >>> derive_label([True, False, False])
    'partial'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml

from .errors import Errors, ScoreError, TemplateError, UnknownIdError

Label = Literal["addressed", "partial", "absent"]

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANG = re.compile(r"^[a-z]{2}$")
TEMPLATE_ID = "eu-2025-503"


@dataclass(frozen=True)
class Aspect:
    """One ask of a key element.

    Attributes:
        id: ``"<key element>/<slug>"``, e.g. ``"2.1.1.b/resettlement"``; stable across languages.
        key_element: the key element id (``"2.1.1.b"``), as in ``data/key_elements.yaml``.
        slug: the part after the slash.
        descriptor: one English sentence written for this project (an embedding query, not official text).
        wording: ISO 639-1 code -> the fragment of the official Annex wording in that language that
            asks for this aspect (may be empty when the Annex states the ask only implicitly).
    """

    id: str
    key_element: str
    slug: str
    descriptor: str
    wording: Mapping[str, str] = field(default_factory=dict)

    def queries(self, languages: Sequence[str] | None = None) -> list[tuple[str, str]]:
        """The texts to embed as queries for this aspect: ``[(language, text), ...]``.

        The English descriptor first (language ``"en"``), then the official wording of every
        language in ``languages`` (all when None) that has one. Texts carry no e5 prefix; the
        encoder adds ``"query: "`` (``kind="query"``).
        """
        out = [("en", self.descriptor)]
        for lang, text in sorted(self.wording.items()):
            if (languages is None or lang in languages) and text:
                out.append((lang, text))
        return out


@dataclass(frozen=True)
class AspectSet:
    """All aspects, in the order of the Annex, grouped by key element.

    Attributes:
        aspects: every aspect, in key-element order then the YAML's order.
        key_element_ids: the key elements, in the order of ``key_elements.yaml``.
    """

    aspects: tuple[Aspect, ...]
    key_element_ids: tuple[str, ...]

    def __iter__(self) -> Iterator[Aspect]:
        return iter(self.aspects)

    def __len__(self) -> int:
        return len(self.aspects)

    @property
    def ids(self) -> list[str]:
        """Every aspect id, in order."""
        return [a.id for a in self.aspects]

    def get(self, aspect_id: str) -> Aspect:
        """The aspect with this id. Raises KeyError for an unknown id."""
        for a in self.aspects:
            if a.id == aspect_id:
                return a
        raise KeyError(aspect_id)

    def counts(self) -> dict[str, int]:
        """Key element id -> number of its aspects (its separate asks), for every key element of the set."""
        return {ke: sum(a.key_element == ke for a in self.aspects) for ke in self.key_element_ids}

    def for_key_element(self, key_element_id: str) -> list[Aspect]:
        """The aspects of one key element (at least one for every known key element).

        Raises:
            UnknownIdError: E203 (a ``KeyError`` too) for an unknown key element id, naming the valid ids.
        """
        if key_element_id not in self.key_element_ids:
            from .template import suggest_ids

            ids = list(self.key_element_ids)
            raise UnknownIdError(Errors.E203, value=key_element_id, suggest=suggest_ids(key_element_id, ids), valid=", ".join(ids))
        return [a for a in self.aspects if a.key_element == key_element_id]


def derive_label(covered: Sequence[bool]) -> Label:
    """The key element's label from its aspects' coverage.

    Args:
        covered: one bool per aspect of the key element (non-empty).

    Returns:
        ``"addressed"`` when every aspect is covered, ``"absent"`` when none is, else ``"partial"``.

    Raises:
        ValueError: for an empty sequence (every key element has at least one aspect).
    """
    flags = [bool(c) for c in covered]
    if not flags:
        raise ValueError("derive_label needs at least one aspect")
    if all(flags):
        return "addressed"
    if not any(flags):
        return "absent"
    return "partial"


def default_path() -> Path:
    """Path of the shipped ``data/aspects.yaml``."""
    return Path(str(resources.files("analyser") / "data" / "aspects.yaml"))


def _template_key_element_ids() -> list[str]:
    with resources.files("analyser").joinpath("data/key_elements.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return [ke["id"] for sec in data["sections"] for ke in sec.get("key_elements") or []]


def load_aspects(path: str | Path | None = None, key_element_ids: Sequence[str] | None = None) -> AspectSet:
    """Read and validate aspect definitions.

    Args:
        path: a YAML file in the format of ``data/aspects.yaml`` (default: the shipped one).
        key_element_ids: the template's key elements (default: those of ``data/key_elements.yaml``).

    Returns:
        The :class:`AspectSet`.

    Raises:
        TemplateError: ``E420`` naming the file and the first problem: unreadable YAML, another
            template, an unknown key element, a key element without aspects, a bad or duplicate
            slug, an empty descriptor, a wording that is not a language -> text mapping.
    """
    p = Path(path) if path is not None else default_path()
    kes = list(key_element_ids) if key_element_ids is not None else _template_key_element_ids()

    def fail(reason: str) -> TemplateError:
        return TemplateError(Errors.E420, path=str(p), reason=reason)

    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise fail(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from None
    if not isinstance(data, dict) or not isinstance(data.get("key_elements"), dict):
        raise fail("expected a mapping with 'template' and 'key_elements'")
    if data.get("template") != TEMPLATE_ID:
        raise fail(f"template {data.get('template')!r} is not {TEMPLATE_ID!r}")
    by_ke: dict[str, object] = {str(k): v for k, v in data["key_elements"].items()}
    unknown = [k for k in by_ke if k not in kes]
    if unknown:
        raise fail(f"unknown key element {unknown[0]!r}")
    out: list[Aspect] = []
    seen: set[str] = set()
    for ke in kes:
        items = by_ke.get(ke)
        if not items:
            raise fail(f"key element {ke!r} has no aspects")
        if not isinstance(items, list):
            raise fail(f"key element {ke!r}: expected a list of aspects")
        for item in items:
            if not isinstance(item, dict):
                raise fail(f"key element {ke!r}: expected a mapping per aspect")
            slug = item.get("slug")
            if not isinstance(slug, str) or not _SLUG.match(slug):
                raise fail(f"key element {ke!r}: bad slug {slug!r} (lower-case words joined by '-')")
            aid = f"{ke}/{slug}"
            if aid in seen:
                raise fail(f"duplicate aspect id {aid!r}")
            seen.add(aid)
            desc = item.get("en")
            if not isinstance(desc, str) or not desc.strip():
                raise fail(f"aspect {aid!r}: empty English descriptor")
            wording = item.get("wording") or {}
            if not isinstance(wording, dict) or not all(
                isinstance(k, str) and _LANG.match(k) and isinstance(v, str) for k, v in wording.items()
            ):
                raise fail(f"aspect {aid!r}: wording must map ISO 639-1 codes to text")
            out.append(Aspect(aid, ke, slug, desc.strip(), dict(wording)))
    return AspectSet(tuple(out), tuple(kes))


# --------------------------------------------------------------------------- gold aspect labels

@dataclass(frozen=True)
class GoldAspects:
    """The gold aspect labels of one document (``<doc_id>.aspects.json``, see tests/data/gold/SCHEMA.md).

    Attributes:
        doc_id: the document id.
        covered: aspect id -> covered (True/False), for every aspect of the aspect set.
        notes: key element id -> how the labels were decided (may be empty).
    """

    doc_id: str
    covered: Mapping[str, bool]
    notes: Mapping[str, str]

    def label(self, key_element_id: str, aspects: AspectSet) -> Label:
        """The key element's label derived from these aspect labels (:func:`derive_label`)."""
        return derive_label([self.covered[a.id] for a in aspects.for_key_element(key_element_id)])


def load_gold_aspects(path: str | Path, aspects: AspectSet | None = None) -> GoldAspects:
    """Read one ``<doc_id>.aspects.json``.

    Format: ``{"doc_id": str, "key_elements": {"<ke>": {"aspects": {"<aspect id>": bool}, "note": str}}}``
    with every key element and every aspect of the aspect set.

    Raises:
        ScoreError: ``E421`` naming the file: unreadable JSON, a missing or unknown key element or
            aspect, an aspect id filed under another key element, a value that is not true/false.
    """
    p = Path(path)
    aspects = aspects or load_aspects()

    def fail(reason: str) -> ScoreError:
        return ScoreError(Errors.E421, path=str(p), reason=reason)

    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise fail(f"{type(exc).__name__}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("doc_id"), str) or not isinstance(data.get("key_elements"), dict):
        raise fail("expected {'doc_id': ..., 'key_elements': {...}}")
    kes = data["key_elements"]
    covered: dict[str, bool] = {}
    notes: dict[str, str] = {}
    for ke in aspects.key_element_ids:
        entry = kes.get(ke)
        if not isinstance(entry, dict) or not isinstance(entry.get("aspects"), dict):
            raise fail(f"key element {ke!r} missing or without 'aspects'")
        got = entry["aspects"]
        want = [a.id for a in aspects.for_key_element(ke)]
        for aid in got:
            if aid not in want:
                raise fail(f"{ke}: unknown aspect {aid!r}")
        for aid in want:
            if aid not in got:
                raise fail(f"{ke}: aspect {aid!r} not labelled")
            if not isinstance(got[aid], bool):
                raise fail(f"{aid}: expected true or false, got {got[aid]!r}")
            covered[aid] = got[aid]
        notes[ke] = str(entry.get("note") or "")
    extra = [k for k in kes if k not in aspects.key_element_ids]
    if extra:
        raise fail(f"unknown key element {extra[0]!r}")
    return GoldAspects(data["doc_id"], covered, notes)


def load_gold_aspects_dir(folder: str | Path, aspects: AspectSet | None = None) -> dict[str, GoldAspects]:
    """Every ``*.aspects.json`` of a folder: doc_id -> :class:`GoldAspects`.

    Raises:
        ScoreError: ``E421`` when the folder has none, or as :func:`load_gold_aspects`.
    """
    folder = Path(folder)
    aspects = aspects or load_aspects()
    files = sorted(folder.glob("*.aspects.json"))
    if not files:
        raise ScoreError(Errors.E421, path=str(folder), reason="no *.aspects.json files")
    out = {}
    for f in files:
        g = load_gold_aspects(f, aspects)
        out[g.doc_id] = g
    return out
