"""Typeset PDFs of issue #14's PDF-only heading failures: tests/data/segment_pdfcols15 (PDFs + word-aligned gold).

Run from the repository root::

    /work/main/.venv/bin/python scripts/make_segment_pdfcols15.py

Two shapes an audit found failing on PDFs only, reproduced with :func:`make_segment_pdf._render`:

- a numbered Annex heading whose long official title ("2.6. Gewährleistung ausreichender Kapazitäten …") wraps
  over three or four lines of a narrow column on a two-column, justified, hyphenated page;
- an own chapter heading at the foot of a column (``bottomhead``), its paragraphs at the top of the next column or
  page, with a running header and footer on every page.

Sources are mixed documents (two numbered Annex sections, three own chapters) and one numbered excerpt of
``tests/data/segment_docs`` / ``segment_heldout``; the gold is the source gold with a new ``doc_id``. Written before
any of them was analysed. ``split``: ``tuning15`` (used to diagnose and fix) or ``heldout15`` (analysed once, after).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_segment_pdf as msp  # noqa: E402

OUT = msp.ROOT / "tests" / "data" / "segment_pdfcols15"
#: (source folder, source doc id, layout, split)
DOCS15: list[tuple[str, str, str, str]] = [
    (msp.TUNE, "seg-de-mixedown", "twocol+hyph+furn+bottomhead", "tuning15"),
    (msp.TUNE, "seg-fr-mixedown", "twocol+hyph+furn+bottomhead", "tuning15"),
    (msp.HELD, "seg-pl-mixedown", "twocol+hyph+fakebold+furn+bottomhead", "tuning15"),
    (msp.HELD, "seg-ro-numbered4", "twocol+hyph+furn+bottomhead", "tuning15"),
    (msp.TUNE, "seg-de-mixed", "twocol+hyph+plainhead+furn+bottomhead", "tuning15"),
    (msp.TUNE, "seg-fr-mixed", "twocol+hyph+plainhead+furn+bottomhead", "tuning15"),
    (msp.HELD, "seg-pl-mixed", "twocol+hyph+plainhead+furn+bottomhead", "tuning15"),
    (msp.HELD, "seg-ro-chapter1", "twocol+hyph+plainhead+furn+bottomhead", "tuning15"),
    (msp.HELD, "seg-sv-mixedown", "twocol+hyph+furn+bottomhead", "heldout15"),
    (msp.HELD, "seg-sv-mixed", "twocol+hyph+plainhead+furn+bottomhead", "heldout15"),
]


def main() -> None:
    """Write every PDF of :data:`DOCS15` and its gold into ``tests/data/segment_pdfcols15``."""
    OUT.mkdir(parents=True, exist_ok=True)
    for folder, src, layout, split in DOCS15:
        gold = json.loads((msp.ROOT / "tests" / "data" / folder / f"{src}.gold.json").read_text(encoding="utf-8"))
        features = set(layout.split("+"))
        doc_id = "pdf-" + src[len("seg-"):] + "15"
        gold = {"doc_id": doc_id, "source": f"{folder}/{src}", "split": split, "layout": layout,
                **{k: v for k, v in gold.items() if k != "doc_id"}}
        msp._render(gold, features, OUT / f"{doc_id}.pdf")
        (OUT / f"{doc_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(doc_id, layout, split)


if __name__ == "__main__":
    main()
