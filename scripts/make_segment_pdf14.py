"""Typeset PDFs of the para12 audit's unseen documents: tests/data/segment_pdf14 (PDFs + word-aligned gold).

Run from the repository root::

    /work/main/.venv/bin/python scripts/make_segment_pdf14.py

Renders six documents of ``scripts/make_segment_para12.py`` and ``scripts/make_segment_shapes14.py``
(``tests/data/segment_heldout``) with :func:`make_segment_pdf._render` (its layout features: two or three columns,
justified hyphenated text, running header/footer, a footnote, fake-bold headings, a table-of-contents page). A folder
of its own, so ``tests/test_segment_pdf.py``'s scores of ``tests/data/segment_pdf`` stay as they are. All unseen
(``split: unseen14``): written before any of them was analysed, never tuned on.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_segment_pdf as msp  # noqa: E402

OUT = msp.ROOT / "tests" / "data" / "segment_pdf14"
#: (source doc id in tests/data/segment_heldout, layout)
DOCS14: list[tuple[str, str]] = [
    ("seg-el-excerpt14", "twocol+hyph+furn"),
    ("seg-lv-toc14", "toc+twocol+hyph+furn"),
    ("seg-mt-chapter14", "twocol+fakebold+furn"),
    ("seg-lv-roman14", "threecol+hyph+furn"),
    ("seg-pl-paraphr12", "twocol+hyph+furn"),
    ("seg-da-paraphr12", "twocol+hyph+fn+furn"),
]


def main() -> None:
    """Write every PDF of :data:`DOCS14` and its gold into ``tests/data/segment_pdf14``."""
    OUT.mkdir(parents=True, exist_ok=True)
    for src, layout in DOCS14:
        gold = json.loads((msp.ROOT / "tests" / "data" / msp.HELD / f"{src}.gold.json").read_text(encoding="utf-8"))
        features = set(layout.split("+"))
        doc_id = "pdf-" + src[len("seg-"):]
        gold = {"doc_id": doc_id, "source": f"{msp.HELD}/{src}", "split": "unseen14", "layout": layout,
                **{k: v for k, v in gold.items() if k != "doc_id"}}
        msp._render(gold, features, OUT / f"{doc_id}.pdf")
        (OUT / f"{doc_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(doc_id, layout)


if __name__ == "__main__":
    main()
