"""Word-processor PDFs of issue #14's PDF-only heading failures: tests/data/segment_pdfcols15 (``opdf15-*``).

Run from the repository root (``soffice``, python-docx, pdfplumber; see ``scripts/make_office_pdf.py``)::

    /work/main/.venv/bin/python scripts/make_segment_officecols15.py

With :func:`make_office_pdf._write` / ``_export``: two columns, justified and hyphenated (LibreOffice's own line
breaking), running header and footer, headings typed as bold body paragraphs (``bodyhead``): a numbered Annex
heading's long title ("2.6. Zapewnienie wystarczających zdolności …") wraps over three or four lines of the narrow
column; every own chapter heading after the first is pushed to the foot of its column (``foothead``: the space
above it measured on a first export), its paragraphs starting the next column or page. Written before any of them
was analysed; ``split`` tuning15 / heldout15 as in ``scripts/make_segment_pdfcols15.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_office_pdf as mop  # noqa: E402

OUT = mop.ROOT / "tests" / "data" / "segment_pdfcols15"
DOCS15: list[tuple[str, str, str, str]] = [
    (mop.TUNE, "seg-de-mixedown", "twocol+hyph+furn+bodyhead+foothead", "tuning15"),
    (mop.HELD, "seg-pl-mixed", "twocol+hyph+furn+bodyhead+foothead", "tuning15"),
    (mop.HELD, "seg-ro-numbered4", "twocol+hyph+furn+bodyhead+foothead", "tuning15"),
    (mop.TUNE, "seg-fr-mixedown", "twocol+hyph+furn+bodyhead+foothead", "tuning15"),
    (mop.HELD, "seg-sv-mixedown", "twocol+hyph+furn+bodyhead+foothead", "heldout15"),
    # heldout15b: written after the columns fix, analysed once
    (mop.TUNE, "seg-de-mixed", "twocol+hyph+furn+bodyhead+foothead", "heldout15b"),
    (mop.HELD, "seg-pl-mixedown", "twocol+hyph+furn+bodyhead+foothead", "heldout15b"),
    (mop.HELD, "seg-ro-chapter1", "twocol+hyph+furn+bodyhead+foothead", "heldout15b"),
    (mop.TUNE, "seg-fr-mixed", "twocol+hyph+furn+bodyhead+foothead", "heldout15b"),
]


def _heading_foot(pdf: Path, text: str) -> tuple[int, float, float, float] | None:
    """(page, x0, bottom, column foot) of the first line of heading ``text``; column foot: lowest text line
    above the footer on that page."""
    import pdfplumber

    first = text.split()[:2]
    with pdfplumber.open(pdf) as doc:
        for n, p in enumerate(doc.pages):
            ws = p.extract_words()
            foot_top = max(w["top"] for w in ws) - 2  # the footer line
            for a, b in zip(ws, ws[1:]):
                if [a["text"], b["text"]] == first and abs(a["top"] - b["top"]) < 2:
                    body = [w["bottom"] for w in ws if w["bottom"] < foot_top - 10]
                    return n, a["x0"], a["bottom"], max(body)
    return None


def main() -> None:
    """Write every document of :data:`DOCS15`: PDF and gold (the .docx in a temporary file)."""
    import tempfile

    OUT.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])  # doc ids to (re)generate (all when none; LibreOffice's PDFs are not byte-identical)
    for folder, src, layout, split in DOCS15:
        if only and "opdf15-" + src[len("seg-"):] not in only:
            continue
        gold = json.loads((mop.ROOT / "tests" / "data" / folder / f"{src}.gold.json").read_text(encoding="utf-8"))
        f = set(layout.split("+"))
        doc_id = "opdf15-" + src[len("seg-"):]
        pdf = OUT / f"{doc_id}.pdf"
        own = [b for b in gold["blocks"] if b["role"] == "answer_heading"]
        nums = [b for b in gold["blocks"] if b["role"] == "section_heading"]
        feet = own[1:] if own else nums[-1:]
        mop.FOOT_SPACE.clear()
        with tempfile.TemporaryDirectory() as tmp:
            dx = Path(tmp) / f"{doc_id}.docx"
            for h in feet:  # one heading after the other: each space moves what follows
                g = mop._write(gold, f, {}, 0, dx)
                mop._export(dx, pdf)
                pos = _heading_foot(pdf, h["text"])
                if pos is None:
                    continue
                _, _, bottom, foot = pos
                space = max(0.0, foot - bottom - 4)
                for _ in range(6):
                    mop.FOOT_SPACE[h["id"]] = 6 + space
                    mop._write(gold, f, {}, 0, dx)
                    mop._export(dx, pdf)
                    new = _heading_foot(pdf, h["text"])
                    if new is not None and (new[0], round(new[1])) == (pos[0], round(pos[1])):
                        break  # still in its column
                    space = max(0.0, space - 12)
            g = mop._write(gold, f, {}, 0, dx)
            mop._export(dx, pdf)
        g = {"doc_id": doc_id, "source": f"{folder}/{src}", "split": split, "layout": layout,
             **{k: v for k, v in g.items() if k != "doc_id"}}
        (OUT / f"{doc_id}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(doc_id, layout, split, {k: round(v) for k, v in mop.FOOT_SPACE.items()})


if __name__ == "__main__":
    main()
