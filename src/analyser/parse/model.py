"""The parser's internal records between its passes: glyphs/words, visual lines, pages of lines and blocks of lines.

All coordinates are PDF points with a top-left origin, as pdfplumber reports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analyser.schema import BlockKind, PageInfo


@dataclass(slots=True)
class Word:
    """A glyph or a word of a page: its text, box in points (top-left origin), font size, style and direction."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool
    font: str = ""
    orient: int = 0  # text direction in degrees counter-clockwise: 0 upright, 90 up, 180, 270 down


@dataclass(slots=True)
class Line:
    """One visual line; coordinates in PDF points, top-left origin.

    Only per-line aggregates are kept (not the words), so that the lines of a
    1000-page document stay small in memory.
    """

    page: int
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    bullet: str | None = None
    markers: list[str] = field(default_factory=list)
    lead_marker: str | None = None
    role: str = "body"  # body | header_footer | footnote
    n_chars: int = 0
    n_bold: int = 0
    n_italic: int = 0
    sizes: tuple[float, ...] = ()  # median-relevant sizes: one entry per word, weighted by its length below
    size_weights: tuple[int, ...] = ()
    first_word_width: float = 0.0
    new_column: bool = False  # first line of the right-hand column of a two-column band
    toc: bool = False  # line of a table of contents found by its title (no dot leaders)
    sideways: bool = False  # read in its own frame: text turned against the page's main direction
    cell_kind: str | None = None  # a table cell read as a block of its own ("heading", "question", "answer", "paragraph"; tables.qa_cells, tables.layout_table)


@dataclass(slots=True)
class PageLines:
    """One page after pass 1: its facts (:class:`~analyser.schema.PageInfo`), lines in reading order, the height
    of its reading frame (points), the x-extents of its text columns when it was read in columns and how many of
    its glyphs were left out as struck through."""

    info: PageInfo
    lines: list[Line]
    frame_height: float = 0.0  # height of the reading frame (page width when the text runs sideways)
    columns: tuple[tuple[float, float], ...] = ()  # x-extents of the page's text columns (two or more), else empty
    struck: int = 0  # visible glyphs left out as struck through (a draft's tracked deletions)


@dataclass(slots=True)
class LineBlock:
    """Lines grouped into one block in pass 2, with its kind, list marker and footnote markers (becomes a
    :class:`~analyser.schema.Block`)."""

    lines: list[Line]
    kind: BlockKind = "paragraph"
    bullet: str | None = None
    footnote_markers: list[str] = field(default_factory=list)
