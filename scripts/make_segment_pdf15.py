"""Typeset PDFs of the para15 audit's unseen documents: tests/data/segment_pdf15 (PDFs + word-aligned gold).

Run from the repository root::

    /work/main/.venv/bin/python scripts/make_segment_pdf15.py

Renders two documents of ``scripts/make_segment_para15.py`` (``tests/data/segment_heldout``) with
:func:`make_segment_pdf._render`: the Slovak ``paraphr15`` in two justified hyphenated columns with a running
header/footer, the Hungarian ``mixed15`` the same with a footnote. A folder of its own, so the scores of
``tests/data/segment_pdf`` and ``segment_pdf14`` stay as they are. Unseen (``split: unseen15``): written before any of
them was analysed, never tuned on.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_segment_pdf as msp  # noqa: E402

OUT = msp.ROOT / "tests" / "data" / "segment_pdf15"
#: (source doc id in tests/data/segment_heldout, layout)
DOCS15: list[tuple[str, str]] = [
    ("seg-sk-paraphr15", "twocol+hyph+furn"),
    ("seg-hu-mixed15", "twocol+hyph+fn+furn"),
]


def main() -> None:
    """Write every PDF of :data:`DOCS15` and its gold into ``tests/data/segment_pdf14``."""
    OUT.mkdir(parents=True, exist_ok=True)
    for src, layout in DOCS15:
        gold = json.loads((msp.ROOT / "tests" / "data" / msp.HELD / f"{src}.gold.json").read_text(encoding="utf-8"))
        features = set(layout.split("+"))
        doc_id = "pdf-" + src[len("seg-"):]
        gold = {"doc_id": doc_id, "source": f"{msp.HELD}/{src}", "split": "unseen15", "layout": layout,
                **{k: v for k, v in gold.items() if k != "doc_id"}}
        msp._render(gold, features, OUT / f"{doc_id}.pdf")
        (OUT / f"{doc_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(doc_id, layout)


if __name__ == "__main__":
    main()
