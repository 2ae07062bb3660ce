"""Byte-identical .docx files for the input generators of tests/data (``fresh6/make_inputs.py``, ``fresh7/…``).

python-docx stamps a document with the time it is saved and its zip entries with the time they are written, so two
runs of a generator give different bytes; :func:`save_docx_fixed` fixes both.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path


def save_docx_fixed(doc, path: Path, author: str) -> None:  # noqa: ANN001 - a python-docx Document
    """Save ``doc`` to ``path`` with fixed core properties (created and modified 2026-01-01, ``author`` as author and
    last editor, revision 1) and its zip entries sorted by name, dated 2026-01-01 00:00, deflated."""
    cp = doc.core_properties
    cp.created = cp.modified = datetime(2026, 1, 1)
    cp.last_modified_by = cp.author = author
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
