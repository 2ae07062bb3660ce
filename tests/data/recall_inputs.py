"""The writer shared by the input generators of the recall sets (``recall11/make_inputs.py``, ``recall12/…``,
``recall13/…``): every document as ``<split>/<doc_id>.txt`` and the gold as ``gold.yaml``."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml


def write_recall_set(here: Path, docs: Mapping[str, tuple], header: str) -> None:
    """Write each document of ``docs`` into ``here / split`` and the gold into ``here / "gold.yaml"``.

    Args:
        here: the set's folder.
        docs: doc_id -> ``(split, language, in_scope, text, covered, absent)``: ``covered`` key element id -> the start
            of the sentence answering it, ``absent`` the ids that must stay absent (or "all").
        header: the comment lines opening ``gold.yaml`` (each "# …" and a newline).
    """
    gold: dict[str, dict] = {}
    for doc_id, (split, lang, in_scope, text, covered, absent) in docs.items():
        (here / split).mkdir(exist_ok=True)
        (here / split / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        gold[doc_id] = {"split": split, "language": lang, "in_scope": in_scope, "covered": covered, "absent": absent}
    (here / "gold.yaml").write_text(header + yaml.safe_dump(gold, allow_unicode=True, sort_keys=False, width=120),
                                    encoding="utf-8")
