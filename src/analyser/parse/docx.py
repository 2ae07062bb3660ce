"""Word backend: a ``.docx`` file read with python-docx into heading, paragraph, list, table and footnote blocks.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from analyser.errors import Errors, ParseError, Warnings
from analyser.lexicon import DOCX_HEADING_STYLES, DOCX_LIST_STYLES, DOCX_TITLE_STYLES, alternation
from analyser.parse.chars import SYMBOL_BULLETS, clean_chars, txt_bullet
from analyser.parse.tables import layout_header, layout_table, numbered_heading_row, qa_cells
from analyser.parse.toc import TOC_TITLE_RE
from analyser.schema import Block, BlockKind, PageInfo, TableCell


#: Paragraph style names or ids of headings ("Heading 2", "Kop2", "Überschrift 1", "Title" ...).
DOCX_HEADING_RE = re.compile(
    rf"^{alternation(DOCX_HEADING_STYLES)}\s*\d|^{alternation(DOCX_TITLE_STYLES)}$", re.IGNORECASE
)


#: A contents entry as Word sets it: its title, a tab (dot leader or not) and a page number ("2.1.2. Dimensão interna\t4").
_TAB_ENTRY_RE = re.compile(r"\S\t+\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$", re.IGNORECASE)

#: Word's built-in styles of contents entries ("toc 1" … "toc 9": their ``w:name`` is English in every UI language).
_TOC_STYLE_RE = re.compile(r"^toc\s*\d$", re.IGNORECASE)


#: Paragraph style names of list paragraphs ("List Paragraph", "List Bullet 2", "Lijstalinea" ...).
DOCX_LIST_STYLE_RE = re.compile(rf"^{alternation(DOCX_LIST_STYLES)}", re.IGNORECASE)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def parse_docx(path: Path, warnings: list[str] | None = None) -> tuple[list[PageInfo], list[Block]]:
    """Read a Word file with python-docx into blocks, in document order.

    * Paragraphs styled as headings ("Heading N", "Kop N", "Title", or with an
      outline level) are ``heading`` blocks; list paragraphs (numbering, or a
      list style) are ``list_item`` blocks. Automatic numbers are rendered
      from the numbering definitions and put before the text ("2.1." +
      " Title"), as a PDF export shows them; bullets are recorded as "•".
      Typed markers ("- ", "1. ") work as in text files.
    * Tables are ``table`` blocks: one line per row ("\\n"), cells joined by
      " | " (a merged cell once); a row that is a numbered heading across the
      table (:func:`~analyser.parse.tables.numbered_heading_row`) is a
      ``heading`` block between two tables. A table that lays out the document
      ("2.1.2. Title | its prose" rows, :func:`~analyser.parse.tables.layout_table`)
      is read as its headings and paragraphs; a template filled in as a
      question | answer table (:func:`~analyser.parse.tables.qa_cells`) as
      its rows' cells, one block each (section numbers and heading rows
      ``heading``, questions and answers ``paragraph``).
    * A table of contents is one ``paragraph`` block, one line per entry
      ("\\n"), as the PDF reader makes it: its title ("Índice", "Spis treści":
      :data:`~analyser.parse.toc.TOC_TITLE_RE`) and the entries after it, or a
      run of two or more entries without title; an entry is a paragraph
      styled "toc N" or ending in a tab and a page number ("2.1.2. Dimensão
      interna\\t4"). Read one paragraph each, the entries were taken for the
      document's headings (fresh9 #5); as one block, the segmenter sees a
      contents list (:func:`analyser.segment.is_toc_like`).
    * Footnotes referenced in a paragraph are ``footnote`` blocks right after
      it, their ids in ``Block.footnote_markers`` of both.
    * Pages: Word records where it last broke pages
      (``w:lastRenderedPageBreak``); when the file has none (written by
      other tools), explicit page breaks are counted. ``PageInfo`` sizes are 0.
    * Tracked changes are read as accepted: deletions (``w:del``) and moves away (``w:moveFrom``) left out,
      insertions and moves to read. When text was deleted, W104 (the Word twin of the PDF's struck-through
      W103) is appended to ``warnings``: the text read is not what the file shows with its changes.

    Raises:
        ParseError: E110 when the file is not a readable .docx (not a zip,
            missing parts, broken XML).
    """
    try:
        import docx  # python-docx
        from docx.table import Table

        document = docx.Document(str(path))
        numbering = _docx_numbering(document)
        notes = _docx_footnotes(document)
        body = list(_body_items(document.element.body, document._body))
    except Exception as exc:  # noqa: BLE001 - zipfile, lxml and python-docx raise many types
        raise ParseError(Errors.E110, path=str(path), reason=f"{type(exc).__name__}: {exc}") from exc

    rendered = any(True for _ in document.element.body.iter(f"{_W}lastRenderedPageBreak"))
    counters: dict[str, list[int]] = {}
    blocks: list[Block] = []
    entry_at: set[int] = set()  # indices of blocks that are contents entries (tab and page number, or a "toc N" style)
    page = 1

    def add(text: str, kind: BlockKind, bullet: str | None = None, markers: tuple[str, ...] = (),
            cell: TableCell | None = None) -> None:
        blocks.append(
            Block(id=f"b{len(blocks) + 1:04d}", page=page, text=text, kind=kind, bullet=bullet, footnote_markers=markers,
                  table_cell=cell)
        )

    def add_table(rows: list[str]) -> None:
        if any(r.strip(" |") for r in rows):
            add("\n".join(rows), "table")

    for item in body:
        if isinstance(item, Table):
            rows: list[str] = []
            table_cells: list[list[str]] = []
            for row in item.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(clean_chars(_cell_text(cell._tc)).split()))
                table_cells.append(cells)
            qa = None if layout_table(table_cells) else qa_cells(table_cells)
            if qa is not None:
                # a template filled in as a question | answer table: each row's cells read apart (fresh8 #7)
                for items in qa:
                    for cell_kind, text in items:
                        if cell_kind in ("question", "answer"):  # its column, carried to the segmenter (#14)
                            add(text, "paragraph", cell=cell_kind)  # type: ignore[arg-type]
                        else:
                            add(text, cell_kind)  # type: ignore[arg-type]
                continue
            for cells in table_cells:
                if numbered_heading_row(cells):
                    # "2.1.2. Internal dimension" across an answer table: a heading between two tables
                    add_table(rows)
                    rows = []
                    add(next(c for c in cells if c.strip()), "heading")
                    continue
                rows.append(" | ".join(cells))
            if layout_table(table_cells):
                # a strategy laid out as "title | text" rows: its headings and paragraphs (fresh6); a header row of
                # labels ("Časť | Odpoveď", grid15) stays a table block
                header = layout_header(table_cells)
                if header:
                    add_table([" | ".join(table_cells[0])])
                for cells in table_cells[1:] if header else table_cells:
                    filled = [c for c in cells if c.strip()]
                    add(filled[0], "heading")
                    for c in filled[1:]:
                        add(c, "paragraph")
                continue
            add_table(rows)
            continue
        para = item
        before, after = _docx_page_breaks(para._p, rendered)
        page += before
        style = para.style
        names = [style.name or "", style.style_id or ""] if style is not None else []
        heading = any(DOCX_HEADING_RE.match(n) for n in names) or _docx_outline_level(para) is not None
        raw = clean_chars(_para_text(para._p))
        entry = any(_TOC_STYLE_RE.match(n) for n in names) or bool(_TAB_ENTRY_RE.search(raw.strip(" ")))
        text = raw.replace("\t", " ")
        text = "\n".join(" ".join(t.split()) for t in text.split("\n")) if heading else " ".join(text.split())
        markers = tuple(
            ref.get(f"{_W}id", "") for ref in para._p.iter(f"{_W}footnoteReference")
        )
        if text:
            num = _docx_number(para, style, numbering, counters)
            kind: BlockKind = "heading" if heading else "paragraph"
            bullet: str | None = None
            if num == "•":
                bullet = None if heading else "•"
            elif num:
                text = f"{num} {text}"
                bullet = None if heading else num
            elif not heading:
                bullet = txt_bullet(text)
                if bullet is not None and bullet in SYMBOL_BULLETS:
                    text, bullet = text[1:].strip(), "•"
                elif bullet is None and DOCX_LIST_STYLE_RE.match(style.name if style is not None else ""):
                    bullet = "•"
            if bullet is not None:
                kind = "list_item"
            if entry and not heading:
                entry_at.add(len(blocks))
            add(text, kind, bullet, markers)
            for ref in markers:
                if notes.get(ref):
                    add(notes[ref], "footnote", markers=(ref,))
        page += after
    if not blocks:
        raise ParseError(Errors.E107, path=str(path))
    deleted = _tracked_deletions(document.element.body)
    if deleted[0] and warnings is not None:  # fresh10 #9: a draft's deleted text was left out without a word
        warnings.append(Warnings.W104.render(path=str(path), n=deleted[0], places=deleted[1]))
    return [PageInfo(number=n) for n in range(1, page + 1)], _contents_lists(blocks, entry_at)


def _tracked_deletions(body: Any) -> tuple[int, int]:
    """(characters, deletions) of the tracked deletions (``w:del``) in a body: the text of their ``w:delText`` and
    ``w:t`` (a moved-away run is not counted: its text is read where it was moved to)."""
    chars = places = 0
    for d in body.iter(f"{_W}del"):
        n = sum(len(t.text or "") for t in d.iter(f"{_W}delText", f"{_W}t"))
        if n and not any(a.tag == f"{_W}moveFrom" for a in d.iterancestors()):
            chars += n
            places += 1
    return chars, places


def _contents_lists(blocks: list[Block], entry_at: set[int]) -> list[Block]:
    """``blocks`` with each table of contents joined into one ``paragraph`` block, one line per entry.

    A contents list is a title block (:data:`~analyser.parse.toc.TOC_TITLE_RE`) followed by two or more entries
    (``entry_at``: block indices of entries), or a run of two or more entries without title. Other blocks are kept;
    block ids are renumbered in order ("b0001" …) when a list was joined.
    """
    out: list[Block] = []
    i = 0
    joined = False
    while i < len(blocks):
        b = blocks[i]
        titled = b.kind in ("paragraph", "heading") and TOC_TITLE_RE.match(b.text.strip()) is not None
        j = i + 1 if titled else i
        k = j
        while k < len(blocks) and k in entry_at:
            k += 1
        if k - j >= 2:
            lines = [blocks[m].text for m in range(i, k)]
            out.append(Block(id=b.id, page=b.page, text="\n".join(lines), kind="paragraph"))
            joined = True
            i = k
            continue
        out.append(b)
        i += 1
    if not joined:
        return blocks
    return [b.model_copy(update={"id": f"b{n + 1:04d}"}) for n, b in enumerate(out)]


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

#: Elements whose text is not the document's current text: tracked deletions and moves away, the fallback copy of a
#: drawing (its text box is read from ``mc:Choice``), text boxes (read as paragraphs of their own).
_SKIPPED_TEXT = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent", f"{_MC}Fallback"})


def _body_items(container: Any, parent: Any) -> Any:
    """Paragraphs and tables of a body in document order, as python-docx objects.

    Unlike python-docx's ``iter_inner_content`` it goes into content controls (``w:sdt``: a Word template's answer
    fields) and custom XML, and puts the paragraphs of a paragraph's text boxes right after it; both were left out,
    losing their text silently (fresh-eyes, sixth session).
    """
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            yield Paragraph(child, parent)
            for box in _text_boxes(child):
                yield from _body_items(box, parent)
        elif tag == f"{_W}tbl":
            yield Table(child, parent)
        elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent", f"{_W}ins", f"{_W}moveTo"):
            yield from _body_items(child, parent)


def _text_boxes(el: Any) -> list[Any]:
    """The ``w:txbxContent`` elements of a paragraph, outermost only, without the copies under ``mc:Fallback``."""
    out: list[Any] = []
    for child in el.iterchildren():
        if child.tag == f"{_W}txbxContent":
            out.append(child)
        elif child.tag != f"{_MC}Fallback":
            out.extend(_text_boxes(child))
    return out


def _para_text(p: Any) -> str:
    """The current text of a paragraph element: runs, hyperlinks, tracked insertions, content controls and fields;
    tracked deletions and moves away left out; tabs as "\t", line breaks as "\n" (python-docx's rendering).

    python-docx's ``Paragraph.text`` reads only direct runs and hyperlinks, so a draft's tracked insertions and the
    runs of an inline content control were lost ("Keskustes on ." for a sentence inserted with track changes).
    """
    parts: list[str] = []

    def walk(el: Any) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED_TEXT:
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                parts.append("\t")
            elif tag == f"{_W}cr":
                parts.append("\n")
            elif tag == f"{_W}br":
                parts.append("\n" if child.get(f"{_W}type") in (None, "textWrapping") else "")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            elif tag not in (f"{_W}pPr", f"{_W}rPr"):
                walk(child)

    walk(p)
    return "".join(parts)


def _cell_text(tc: Any) -> str:
    """The current text of a table cell: its paragraphs, those of nested tables and content controls, one per line."""
    return "\n".join(_para_text(p) for p in tc.iter(f"{_W}p"))


def _docx_page_breaks(p: Any, rendered: bool) -> tuple[int, int]:
    """Page breaks in a paragraph: (before its first text, after it).

    Counts ``w:lastRenderedPageBreak`` when ``rendered`` (Word saved its page
    layout), else ``w:br w:type="page"`` and ``w:pageBreakBefore``.
    """
    before = after = 0
    seen_text = False
    if not rendered:
        ppr = p.find(f"{_W}pPr")
        if ppr is not None and ppr.find(f"{_W}pageBreakBefore") is not None:
            before += 1
    for el in p.iter(f"{_W}t", f"{_W}br", f"{_W}lastRenderedPageBreak"):
        if el.tag == f"{_W}t":
            seen_text = seen_text or bool((el.text or "").strip())
            continue
        is_break = (
            el.tag == f"{_W}lastRenderedPageBreak" if rendered else el.get(f"{_W}type") == "page"
        )
        if is_break:
            if seen_text:
                after += 1
            else:
                before += 1
    return before, after


def _docx_outline_level(para: Any) -> int | None:
    ppr = para._p.find(f"{_W}pPr")
    lvl = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
    if lvl is None:
        return None
    val = int(lvl.get(f"{_W}val", "9"))
    return val if val < 9 else None


def _docx_numbering(document: Any) -> dict[tuple[str, str], tuple[str, str, int]]:
    """(numId, ilvl) -> (numFmt, lvlText, start) from the file's numbering part (empty when none); a num's
    ``w:lvlOverride`` (``w:startOverride``, or a level of its own) replaces its abstract level's."""
    try:
        root = document.part.numbering_part.element
    except Exception:  # noqa: BLE001 - no numbering part
        return {}
    abstract: dict[str, dict[str, tuple[str, str, int]]] = {}
    for an in root.iter(f"{_W}abstractNum"):
        levels = {}
        for lvl in an.iter(f"{_W}lvl"):
            fmt = lvl.find(f"{_W}numFmt")
            txt = lvl.find(f"{_W}lvlText")
            start = lvl.find(f"{_W}start")
            levels[lvl.get(f"{_W}ilvl", "0")] = (
                fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                txt.get(f"{_W}val", "") if txt is not None else "",
                int(start.get(f"{_W}val", "1")) if start is not None else 1,
            )
        abstract[an.get(f"{_W}abstractNumId", "")] = levels
    out: dict[tuple[str, str], tuple[str, str, int]] = {}
    for num in root.iter(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is None:
            continue
        nid = num.get(f"{_W}numId", "")
        for ilvl, spec in abstract.get(ref.get(f"{_W}val", ""), {}).items():
            out[(nid, ilvl)] = spec
        # Word's "Set numbering value" / "Restart at": a num of its own whose levels start elsewhere
        # (w:lvlOverride/w:startOverride; "2.6." was read "1.1.", officepdf)
        for ov in num.iter(f"{_W}lvlOverride"):
            ilvl = ov.get(f"{_W}ilvl", "0")
            fmt, text, start = out.get((nid, ilvl), ("decimal", "", 1))
            lvl = ov.find(f"{_W}lvl")
            if lvl is not None:
                f_el, t_el, s_el = lvl.find(f"{_W}numFmt"), lvl.find(f"{_W}lvlText"), lvl.find(f"{_W}start")
                fmt = f_el.get(f"{_W}val", fmt) if f_el is not None else fmt
                text = t_el.get(f"{_W}val", text) if t_el is not None else text
                start = int(s_el.get(f"{_W}val", start)) if s_el is not None else start
            so = ov.find(f"{_W}startOverride")
            if so is not None:
                start = int(so.get(f"{_W}val", "1"))
            out[(nid, ilvl)] = (fmt, text, start)
    return out


def _docx_number(para: Any, style: Any, numbering: dict, counters: dict[str, list[int]]) -> str | None:
    """The rendered list marker of a numbered paragraph ("2.1.", "a)") or "•" for bullets; None if not numbered.

    The paragraph's own ``w:numPr`` wins over its style's; levels below the
    one counted restart.
    """
    num_id = ilvl = None
    for owner in (para._p, style.element if style is not None else None):
        ppr = owner.find(f"{_W}pPr") if owner is not None else None
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if numpr is None:
            continue
        nid, lvl = numpr.find(f"{_W}numId"), numpr.find(f"{_W}ilvl")
        num_id = num_id or (nid.get(f"{_W}val") if nid is not None else None)
        ilvl = ilvl or (lvl.get(f"{_W}val") if lvl is not None else None)
    if not num_id or num_id == "0":
        return None
    ilvl = ilvl or "0"
    fmt, lvl_text, start = numbering.get((num_id, ilvl), ("bullet", "", 1))
    if fmt == "bullet" or fmt == "none":
        return "•" if fmt == "bullet" else None
    level = int(ilvl)
    count = counters.setdefault(num_id, [0] * 9)
    count[level] += 1
    for deeper in range(level + 1, 9):
        count[deeper] = 0

    def render(k: int) -> str:
        f, _t, st = numbering.get((num_id, str(k)), ("decimal", "", 1))
        n = max(count[k], 1) + st - 1
        if f == "lowerLetter":
            return chr(ord("a") + (n - 1) % 26)
        if f == "upperLetter":
            return chr(ord("A") + (n - 1) % 26)
        if f in ("lowerRoman", "upperRoman"):
            r = _roman(n)
            return r if f == "upperRoman" else r.lower()
        return str(n)

    marker = re.sub(r"%(\d)", lambda m: render(int(m.group(1)) - 1), lvl_text or f"%{level + 1}.")
    return marker.strip() or None


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _docx_footnotes(document: Any) -> dict[str, str]:
    """Footnote id -> text from the file's footnotes part (separators left out; empty when none)."""
    from lxml import etree

    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes") and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            out = {}
            for fn in root.iter(f"{_W}footnote"):
                if fn.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = " ".join("".join(t.text or "" for t in fn.iter(f"{_W}t")).split())
                out[fn.get(f"{_W}id", "")] = clean_chars(text)
            return out
    return {}
