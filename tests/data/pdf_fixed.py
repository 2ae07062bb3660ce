"""Byte-identical PDFs in DejaVu fonts for the input generators of tests/data (``fresh6/make_inputs.py``,
``fresh7/…``, ``fresh8/…``, ``fresh10/…``, ``qagrid/…``).

:func:`dejavu` switches reportlab to invariant output (no creation date or random document id, so two runs of a
generator give the same bytes) and registers the DejaVu fonts under the short names the generators use: ``DVS`` /
``DVSB`` (serif, bold) and, with ``sans``, ``DV`` / ``DVB``. :func:`dejavu_styles` gives the body, heading and table
cell styles most of them write with.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def dejavu(sans: bool = True) -> None:
    """Invariant reportlab output and the DejaVu fonts registered (DVS, DVSB; with ``sans`` also DV, DVB)."""
    rl_config.invariant = 1
    fonts = [("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf")]
    if sans:
        fonts += [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf")]
    for name, file in fonts:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


def dejavu_styles(cell_font: str = "DV") -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """``(BODY, HEAD, CELL, CELLH)``: justified 10/13 serif body, 11.5/15 bold serif heading, 9/11.5 table cells in
    ``cell_font`` (``DV`` sans, or ``DVS`` serif) and its bold (the fonts of :func:`dejavu`)."""
    bold = {"DV": "DVB", "DVS": "DVSB"}[cell_font]
    return (ParagraphStyle("b", fontName="DVS", fontSize=10, leading=13, spaceAfter=5, alignment=TA_JUSTIFY),
            ParagraphStyle("h", fontName="DVSB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4),
            ParagraphStyle("c", fontName=cell_font, fontSize=9, leading=11.5),
            ParagraphStyle("ch", fontName=bold, fontSize=9, leading=11.5))


def wrap_words(c, words: list[tuple[str, str]], font: str, size: float, width: float) -> list[list[tuple[str, str, float]]]:  # noqa: ANN001
    """Words ``(text, mark)`` into lines of ``(word, mark, width)`` fitting ``width`` points in ``font`` at ``size``
    (widths measured by the reportlab canvas ``c``), greedily; for generators that place every line by hand
    (``parse13/make_inputs.py``, ``parse14/…``)."""
    lines: list[list[tuple[str, str, float]]] = [[]]
    used = 0.0
    space = c.stringWidth(" ", font, size)
    for word, mark in words:
        w = c.stringWidth(word, font, size)
        if lines[-1] and used + space + w > width:
            lines.append([])
            used = 0.0
        used += (space if lines[-1] else 0.0) + w
        lines[-1].append((word, mark, w))
    return lines
