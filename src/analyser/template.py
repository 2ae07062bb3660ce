"""The Annex ("model") of Commission Implementing Decision (EU) 2025/503 as data.

The Annex lays down the template member states follow in their national asylum
and migration management strategies (Regulation (EU) 2024/1351, Article 7(1)):
17 numbered sections (1, 2, 2.1, 2.1.1 ... 2.6) with headings, guidance
paragraphs ("instructions") and dash-bullet questions. The language-independent
structure (section and key-element ids, short English descriptors) comes from
``data/key_elements.yaml``; the wording in each language comes from *template
packs*.

Template pack format (one UTF-8 JSON file per language)::

    {
      "template": "eu-2025-503",          # must equal Template.id
      "language": "nl",                   # ISO 639-1 code
      "official": true,                   # true: official wording from the OJ;
                                          # false: paraphrase (e.g. the en pack)
      "source": "Annex to ... (EU) 2025/503 ...",
      "sections": {
        "2.1.1": {
          "heading": "2.1.1. Elementen van de externe dimensie:",   # as printed
          "title": "Elementen van de externe dimensie",             # no number/punctuation
          "instructions": ["Beschrijf, ...", "Beschrijf welke ..."], # guidance paragraphs
          "questions": {"2.1.1.a": "— Hoe kunnen ...", ...}         # dash bullets by key element
        },
        ...
      },
      "key_elements": {                   # wording per key element id
        "2.1.1.p": "<instruction paragraph(s), joined by a blank line>",
        "1.a": "<sentence of section 1's instruction>",
        "2.1.1.a": "— Hoe kunnen ...",
        ...
      }
    }

A pack may cover only some sections; ids must be those of the YAML. The built-in
packs are ``data/templates/nl.json`` (official Dutch text, extracted by
``scripts/build_template.py``) and ``data/templates/en.json`` (the YAML's
project-written descriptors, ``"official": false``). Users add languages by
dropping packs in a directory given to :func:`load_template` or named by the
``ANALYSER_TEMPLATES`` environment variable (``os.pathsep``-separated
directories); a later pack for the same language replaces an earlier one.

Example:
    >>> tpl = load_template()
    >>> tpl.section("2.1.1").titles["nl"]
    'Elementen van de externe dimensie'
    >>> len(tpl.key_elements())
    44
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from analyser.errors import Errors, TemplateError, UnknownIdError

logger = logging.getLogger(__name__)

TEMPLATE_ID = "eu-2025-503"
ENV_VAR = "ANALYSER_TEMPLATES"

TextKind = Literal["heading", "instruction", "question"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class KeyElement(_Frozen):
    """One key element of the Annex: a dash-bullet question or a section's own request.

    Attributes:
        id: ``"<section>.<letter>"``, e.g. ``"2.1.2.c"``; letter ``p`` stands for
            the section's instruction paragraph(s).
        section_id: the Annex section, e.g. ``"2.1.2"``.
        letter: ``"a"`` ... ``"f"`` or ``"p"``.
        en: short English descriptor written for this project (not official).
        texts: language -> wording of its question / instruction in that
            language's pack.
    """

    id: str
    section_id: str
    letter: str
    en: str
    texts: dict[str, str] = Field(default_factory=dict)


class Section(_Frozen):
    """One numbered section of the Annex.

    Attributes:
        id: Annex number without trailing dot, e.g. ``"2.1.1"``.
        en: English descriptor (project-written).
        parent_id: ``"2.1"`` for ``"2.1.1"``; None for ``"1"`` and ``"2"``.
        depth: 1 for ``"1"``/``"2"``, 2 for ``"2.1"``, 3 for ``"2.1.1"``.
        headings: language -> heading as printed (``"2.1.1. Elementen ...:"``).
        titles: language -> heading without number and trailing punctuation.
        instructions: language -> guidance paragraphs in order.
        key_elements: the section's key elements in Annex order.
    """

    id: str
    en: str
    parent_id: str | None = None
    depth: int = Field(ge=1, le=3)
    headings: dict[str, str] = Field(default_factory=dict)
    titles: dict[str, str] = Field(default_factory=dict)
    instructions: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    key_elements: tuple[KeyElement, ...] = ()


class Template(_Frozen):
    """The Annex template: sections in Annex order with their wording per language."""

    id: str = TEMPLATE_ID
    sections: tuple[Section, ...]

    def section(self, section_id: str) -> Section:
        """The section with this id.

        Raises:
            TemplateError: E202 when the template has no such section.
        """
        for sec in self.sections:
            if sec.id == section_id:
                return sec
        raise TemplateError(Errors.E202, section_id=section_id)

    def key_element(self, key_element_id: str) -> KeyElement:
        """The key element with this id (e.g. ``"2.4.d"``).

        Raises:
            UnknownIdError: E203 (a :class:`TemplateError` and a ``KeyError``)
                when the template has no such key element; the message suggests
                close ids and gives the valid ones.
        """
        for ke in self.key_elements():
            if ke.id == key_element_id:
                return ke
        ids = [ke.id for ke in self.key_elements()]
        raise UnknownIdError(Errors.E203, value=key_element_id, suggest=suggest_ids(key_element_id, ids),
                             valid=", ".join(ids))

    def check_section(self, section_id: str, also: tuple[str, ...] = ()) -> str:
        """``section_id`` when it is a section of the template (e.g. ``"2.3.3"``) or one of ``also``.

        Raises:
            UnknownIdError: E204 (a :class:`TemplateError` and a ``KeyError``) naming the valid ids
                (``also`` first, e.g. ``("all",)``).
        """
        ids = [*also, *self.section_ids()]
        if section_id in ids:
            return section_id
        raise UnknownIdError(Errors.E204, value=section_id, suggest=suggest_ids(section_id, ids), valid=", ".join(ids))

    def key_elements(self) -> list[KeyElement]:
        """All key elements (44 in the Annex) in Annex order."""
        return [ke for sec in self.sections for ke in sec.key_elements]

    def section_ids(self) -> list[str]:
        """All section ids (17 in the Annex) in Annex order."""
        return [sec.id for sec in self.sections]

    def languages(self) -> list[str]:
        """Sorted language codes for which a pack was loaded."""
        langs: set[str] = set()
        for sec in self.sections:
            langs.update(sec.headings)
            for ke in sec.key_elements:
                langs.update(ke.texts)
        return sorted(langs)

    def template_texts(self, lang: str) -> list[tuple[TextKind, str, str | None, str]]:
        """Every piece of template wording in one language, in Annex order.

        Args:
            lang: ISO 639-1 code of a loaded pack.

        Returns:
            ``(kind, section_id, key_element_id, text)`` tuples, ``kind`` one of
            ``"heading"``, ``"instruction"``, ``"question"``. Instructions carry
            the section's ``.p`` key element where the Annex has one (else None);
            questions carry their own key element. Key elements without a dash
            bullet (section 1's 1.a-1.c) are covered by the instruction text.
        """
        out: list[tuple[TextKind, str, str | None, str]] = []
        for sec in self.sections:
            if lang in sec.headings:
                out.append(("heading", sec.id, None, sec.headings[lang]))
            p_id = next((ke.id for ke in sec.key_elements if ke.letter == "p"), None)
            for para in sec.instructions.get(lang, ()):
                out.append(("instruction", sec.id, p_id, para))
            joined = " ".join(sec.instructions.get(lang, ()))
            for ke in sec.key_elements:
                text = ke.texts.get(lang)
                # A key element whose wording is part of the instruction (1.a-1.c) is no question.
                if ke.letter != "p" and text and text not in joined:
                    out.append(("question", sec.id, ke.id, text))
        return out


    def title_sections(self) -> dict[str, str]:
        """Normalised Annex titles of every loaded language → section id.

        Both the title without number (``titles``) and the heading as printed
        (``headings``, normalised, which drops the number) are keys, with any
        trailing colon removed; a title shared by two sections keeps the first
        (Annex order).

        Returns:
            ``{"een robuust opvangsysteem": "2.3.3", ...}``.
        """
        out: dict[str, str] = {}
        for sec in self.sections:
            for text in (*sec.titles.values(), *sec.headings.values()):
                key = normalise(text).rstrip(" :.")
                if key:
                    out.setdefault(key, sec.id)
        return out

    def wording_index(self) -> dict[str, tuple[TextKind, str, str | None]]:
        """Normalised template wording of every loaded language → ``(kind, section_id, key_element_id)``.

        The exact-match index of :meth:`template_texts` over all languages: a
        block whose normalised text is a key reproduces that piece verbatim.
        Trailing punctuation (``.:;?``) is dropped from the keys.
        """
        out: dict[str, tuple[TextKind, str, str | None]] = {}
        for lang in self.languages():
            for kind, section_id, ke_id, text in self.template_texts(lang):
                key = normalise(text).rstrip(" .:;?")
                if key:
                    out.setdefault(key, (kind, section_id, ke_id))
        return out


class _PackSection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    heading: str
    title: str = ""
    instructions: list[str] = Field(default_factory=list)
    questions: dict[str, str] = Field(default_factory=dict)


class _Pack(BaseModel):
    model_config = ConfigDict(extra="forbid")

    template: str
    language: str = Field(min_length=2, max_length=8)
    official: bool = False
    source: str = ""
    sections: dict[str, _PackSection] = Field(default_factory=dict)
    key_elements: dict[str, str] = Field(default_factory=dict)


_NUMBERING = re.compile(r"^\s*(?:[—–\-•·▪*]+|\d+(?:\.\d+)*\.?|[a-z]\)|\([a-z0-9]+\)|[ivx]+\.)\s+")
_DASH_TOKEN = re.compile(r"(?<!\S)[—–\-](?!\S)")


def suggest_ids(value: object, ids: list[str]) -> str:
    """`` (did you mean '2.1.1.a'?)`` for an id close to ``value`` (difflib, up to 3), else "" (for E203/E204 messages)."""
    import difflib

    close = difflib.get_close_matches(str(value), ids, n=3, cutoff=0.75)
    return f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""


def normalise(text: str) -> str:
    """Canonical form used to compare template wording across sources.

    NFKC, casefold, leading bullets/dashes/numbering removed (``"— "``,
    ``"2.1.1. "``, ``"a) "``), free-standing dashes removed, whitespace collapsed.
    Hyphens inside words are kept.

    Example:
        >>> normalise("— Hoe  kunnen\\nLEGALE migratie")
        'hoe kunnen legale migratie'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    previous = None
    while previous != text:
        previous = text
        text = _NUMBERING.sub("", text, count=1)
    text = _DASH_TOKEN.sub(" ", text)
    return " ".join(text.split())


def _read_yaml() -> dict:
    ref = resources.files("analyser").joinpath("data", "key_elements.yaml")
    return yaml.safe_load(ref.read_text(encoding="utf-8"))


def _read_pack(path: Path, section_ids: set[str], ke_ids: set[str]) -> _Pack:
    """Read and validate one pack file; any problem is a TemplateError E201."""
    try:
        pack = _Pack.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(Errors.E201, path=path, reason=str(exc)) from exc
    except ValidationError as exc:
        reason = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise TemplateError(Errors.E201, path=path, reason=reason) from exc
    if pack.template != TEMPLATE_ID:
        raise TemplateError(Errors.E201, path=path, reason=f"template {pack.template!r}, expected {TEMPLATE_ID!r}")
    unknown = sorted(set(pack.sections) - section_ids)
    unknown += sorted(set(pack.key_elements) - ke_ids)
    for sid, sec in pack.sections.items():
        unknown += sorted(k for k in sec.questions if k not in ke_ids or not k.startswith(sid + "."))
    if unknown:
        raise TemplateError(Errors.E201, path=path, reason=f"unknown or misplaced ids {unknown}")
    return pack


def user_templates_dir() -> Path:
    """The default folder of user packs: ``$XDG_CONFIG_HOME/analyser/templates`` (``~/.config/...``)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "analyser" / "templates"


def _pack_paths(packs_dir: Path | None) -> list[Path]:
    """Pack files in load order: built-in, the user folder, ``packs_dir``, then ``$ANALYSER_TEMPLATES``."""
    paths: list[Path] = []
    builtin = resources.files("analyser").joinpath("data", "templates")
    if builtin.is_dir():
        paths += sorted((Path(str(p)) for p in builtin.iterdir() if p.name.endswith(".json")), key=lambda p: p.name)
    user = user_templates_dir()
    if user.is_dir():
        paths += sorted(user.glob("*.json"))
    dirs: list[Path] = [Path(packs_dir)] if packs_dir is not None else []
    dirs += [Path(d) for d in os.environ.get(ENV_VAR, "").split(os.pathsep) if d]
    for d in dirs:
        if not d.is_dir():
            raise TemplateError(Errors.E201, path=d, reason="not a directory")
        paths += sorted(d.glob("*.json"))
    return paths


def load_template(packs_dir: Path | None = None) -> Template:
    """Load the Annex structure and every template pack.

    Args:
        packs_dir: optional directory of user packs (``*.json``); they override
            built-in packs and those of :func:`user_templates_dir` (read by
            default) for the same language. ``$ANALYSER_TEMPLATES`` is read
            after it and overrides both.

    Returns:
        The template with all 17 sections and 44 key elements, wording filled in
        for every loaded language. The default load (no ``packs_dir``, no
        environment variable) is cached.

    Raises:
        TemplateError: E201 when a pack cannot be read or does not fit the template.
    """
    env = os.environ.get(ENV_VAR) or None
    if packs_dir is None and env is None:
        return _load_default()
    return _load(Path(packs_dir) if packs_dir is not None else None)


@functools.lru_cache(maxsize=1)
def _load_default() -> Template:
    return _load(None)


def _load(packs_dir: Path | None) -> Template:
    data = _read_yaml()
    if data.get("template") != TEMPLATE_ID:
        raise TemplateError(Errors.E201, path="key_elements.yaml", reason=f"template {data.get('template')!r}")
    yaml_sections = data["sections"]
    section_ids = {s["id"] for s in yaml_sections}
    ke_ids = {k["id"] for s in yaml_sections for k in s["key_elements"]}

    packs: dict[str, _Pack] = {}
    for path in _pack_paths(packs_dir):
        pack = _read_pack(path, section_ids, ke_ids)
        if pack.language in packs:
            logger.info("template pack %s replaces the earlier %r pack", path, pack.language)
        packs[pack.language] = pack

    sections: list[Section] = []
    for s in yaml_sections:
        sid = s["id"]
        headings: dict[str, str] = {}
        titles: dict[str, str] = {}
        instructions: dict[str, tuple[str, ...]] = {}
        for lang, pack in packs.items():
            psec = pack.sections.get(sid)
            if psec is None:
                continue
            headings[lang] = psec.heading
            titles[lang] = psec.title or psec.heading
            if psec.instructions:
                instructions[lang] = tuple(psec.instructions)
        kes = []
        for k in s["key_elements"]:
            texts: dict[str, str] = {}
            for lang, pack in packs.items():
                psec = pack.sections.get(sid)
                text = pack.key_elements.get(k["id"]) or (psec.questions.get(k["id"]) if psec else None)
                if text:
                    texts[lang] = text
            letter = k["id"].rsplit(".", 1)[1]
            kes.append(KeyElement(id=k["id"], section_id=sid, letter=letter, en=k["en"], texts=texts))
        parent = sid.rsplit(".", 1)[0] if "." in sid else None
        sections.append(
            Section(
                id=sid,
                en=s["en"],
                parent_id=parent,
                depth=sid.count(".") + 1,
                headings=headings,
                titles=titles,
                instructions=instructions,
                key_elements=tuple(kes),
            )
        )
    return Template(id=TEMPLATE_ID, sections=tuple(sections))
