"""Text typed into a PDF's form fields (AcroForm widgets), read as lines of the page.

A strategy sent as a fillable form keeps its answers in the fields' values (``/V``), which viewers draw from the
widget's appearance stream; pdfminer reads only the page's content stream, so the answers were lost and only the
form's labels were analysed (fresh-eyes, eighth session: ``tests/data/fresh5/hu-2026.form-fields.pdf``, out of scope
with every answer gone).
"""

from __future__ import annotations

import logging
import statistics
from typing import Any

from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from analyser.parse.lines import finish_line
from analyser.parse.model import Line, Word

logger = logging.getLogger(__name__)

#: Average glyph width as a share of the font size, to wrap a value into the field's width (Helvetica ≈ 0.5).
GLYPH_WIDTH = 0.5
#: Line height of a wrapped value as a multiple of the font size.
LEADING = 1.2
_INHERITED = ("FT", "V", "Ff")


def _field_attr(data: dict, key: str) -> Any:
    """A field attribute, looked up through the ``/Parent`` chain (a widget inherits FT, V and Ff of its field)."""
    seen = 0
    node: Any = data
    while isinstance(node, dict) and seen < 20:
        if key in node:
            return resolve1(node[key])
        node = resolve1(node.get("Parent"))
        seen += 1
    return None


def _name(value: Any) -> str:
    return str(getattr(value, "name", value or ""))


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return decode_text(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # a choice field with several values
        return "\n".join(_text(resolve1(v)) for v in value)
    return ""


def form_field_lines(page: Any, number: int, chars: list[Word]) -> list[Line]:
    """The values of the page's text and choice fields as body lines, wrapped into each field's width.

    Args:
        page: a pdfplumber page.
        number: its 1-based page number.
        chars: the page's glyphs (top-left origin, points); a field whose box already holds glyphs (a form
            flattened with its widgets kept) is skipped, so no text is read twice.

    Returns:
        Lines in the field's box, top to bottom, plain type of the page's most common glyph size (the form's labels'
        size; a value is answer text, not small print); empty when the page has no filled field. Buttons (check
        boxes, radio buttons) and signatures are left out. Never raises on a malformed field (logged, skipped).
    """
    try:
        if not resolve1(page.page_obj.annots):
            return []
        annots = page.annots
    except Exception as exc:  # noqa: BLE001 - a broken annotation array costs the fields, not the page
        logger.warning("page %d: form fields unreadable (%s: %s); skipped", number, type(exc).__name__, exc)
        return []
    ink = [c.size for c in chars if c.text.strip()]
    body_size = statistics.mode(round(s, 1) for s in ink) if ink else 10.0
    out: list[Line] = []
    for annot in annots:
        data = annot.get("data") or {}
        try:
            if _name(resolve1(data.get("Subtype"))) != "Widget" or _name(_field_attr(data, "FT")) not in ("Tx", "Ch"):
                continue
            value = _text(_field_attr(data, "V")).replace("\r\n", "\n").replace("\r", "\n").strip()
        except Exception as exc:  # noqa: BLE001
            logger.warning("page %d: form field %r unreadable (%s); skipped", number, annot.get("title"), exc)
            continue
        x0, x1, top, bottom = float(annot["x0"]), float(annot["x1"]), float(annot["top"]), float(annot["bottom"])
        if not value or any(x0 <= c.x0 and c.x1 <= x1 and top <= c.top and c.bottom <= bottom for c in chars):
            continue
        out.extend(_wrap(value, number, x0 + 2, x1 - 2, top + 2, body_size))
    return out


def _wrap(value: str, number: int, left: float, right: float, top: float, size: float) -> list[Line]:
    width = max(right - left, size)
    lines: list[Line] = []
    y = top
    for para in value.split("\n"):
        words = para.split()
        row: list[Word] = []
        x = left
        for word in words:
            w = len(word) * size * GLYPH_WIDTH
            if row and x + w > left + width:
                lines.append(finish_line(number, row))
                row, x, y = [], left, y + size * LEADING
            row.append(Word(text=word, x0=x, x1=x + w, top=y, bottom=y + size, size=size, bold=False, italic=False,
                            font="form-field"))
            x += w + size * GLYPH_WIDTH
        if row:
            lines.append(finish_line(number, row))
            y += size * LEADING
    return lines
