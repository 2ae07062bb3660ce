"""Short sub-documents cut from the annotated development documents, with the aspect labels that stay true (issue 13).

The aspect calibration is fitted on 13 long documents, where every ask a key element names has sentences of its own;
in a short strategy it has never seen, the sibling asks of a key element the coverage calibration scores about 1.0 are
called covered (tests/test_aspect_sibling_model.py). This script derives short examples from the gold, the way
``analyser calibrate`` derives absent examples for the coverage calibration (gold evidence deleted -> absent):

for every document of ``--gold`` and every key element K it covers (gold label addressed or partial) with two or more
aspects, one text: the document's title, then K's gold evidence blocks (``<doc>.gold.json``, ``coverage[K].evidence``)
in reading order, each run of them under the gold heading of its Annex section. Its labels
(``aspect_labels.json``: derived id -> {"source": doc_id, "focus": K, "aspects": {aspect id: covered}}) are those that
remain true of what is kept: the gold aspects (``<doc>.aspects.json``) of K and of every other covered key element
whose gold evidence blocks are all kept (the annotators chose those blocks as the whole evidence of the key element,
so what its aspects cover stands in them). A key element whose evidence is only partly kept, or not at all, gets no
labels (whether a part covers an ask is not known; a key element with nothing kept would teach absence, which the
coverage calibration decides). Sub-documents the scope gate reads as no strategy (10 of 129: a context section
reads as a report) are left out. Derived examples never enter a figure: ``analyser calibrate --sub-documents``
adds them to the training folds of the aspect calibration (never those of the document they are cut from, with
the key-element features that fold's coverage calibration gives them) and to its final fit.

Measured (ke11, eleventh session; ``--every 8``: 129 sub-documents, 119 in scope, 388 aspect labels, 129 missing):
leave-one-document-out label from the aspects (key-element gold) at sample weight 0.3 / 1 / 3: dev 0.904 / 0.902 /
0.897 (0.904 without), fictional 0.913 / 0.911 / 0.905 (0.913), nl-2025 0.795 at every weight, aspect macro-F1
0.884 / 0.884 / 0.882 (0.883); short strategies (tests/data/aspects_short, aspects_sibling) seen: labels 4/9 -> 5/9,
focus aspects 14/24 -> 13/24; held out (bg, el, pl): labels 2/3 -> 2/3, aspects 6/8 -> 5/8. Not shipped.

Usage (from the repository root):
    python scripts/derive_aspect_subdocs.py --gold tests/data/gold --out /tmp/derived_in
    analyser analyse /tmp/derived_in --out /tmp/derived_out
    analyser calibrate OUT --gold tests/data/gold --negatives NEG --output /tmp/C.json \
        --sub-documents /tmp/derived_out --sub-labels /tmp/derived_in/aspect_labels.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from analyser.aspects import load_aspects, load_gold_aspects_dir  # noqa: E402

SEP = "__"
"""Between the source document id and the focus key element in a derived document id (``xa-2025__2.1.1.b``)."""


def derive(gold_dir: Path, out: Path, every: int = 1) -> dict[str, dict]:
    """Write the derived texts into ``out`` and return their labels (also written to ``out/aspect_labels.json``).

    ``every``: of the key elements whose labelled aspects are all covered, only every ``every``-th of a document
    (in the Annex order) gets a sub-document; those with a missing aspect always do (they are the few, and what
    the short strategies get wrong). 1: all.
    """
    aspects = load_aspects()
    gold_aspects = load_gold_aspects_dir(gold_dir, aspects)
    out.mkdir(parents=True, exist_ok=True)
    labels: dict[str, dict] = {}
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold["doc_id"]
        if doc_id not in gold_aspects:
            continue
        blocks = gold["blocks"]
        order = {b["id"]: i for i, b in enumerate(blocks)}
        heading = {}
        for b in blocks:
            if b["role"] == "section_heading" and b["section"] and b["section"] not in heading:
                heading[b["section"]] = b["text"]
        cov = gold["coverage"]
        n_full = 0
        for ke, entry in cov.items():
            ev = [e for e in entry.get("evidence") or [] if e in order]
            if entry["label"] == "absent" or not ev or len(aspects.for_key_element(ke)) < 2:
                continue
            kept = set(ev)
            flags = {}
            for other, oentry in cov.items():
                oev = set(oentry.get("evidence") or [])
                if oentry["label"] != "absent" and oev and oev <= kept:
                    flags.update({a.id: bool(gold_aspects[doc_id].covered[a.id]) for a in aspects.for_key_element(other)})
            if all(flags.values()):
                n_full += 1
                if (n_full - 1) % every:
                    continue
            lines = [gold.get("title") or doc_id, ""]
            last_section = object()
            for bid in sorted(kept, key=order.get):
                b = blocks[order[bid]]
                if b["section"] != last_section and b["section"] in heading:
                    lines += [heading[b["section"]], ""]
                last_section = b["section"]
                lines += [b["text"], ""]
            did = f"{doc_id}{SEP}{ke}"
            (out / f"{did}.txt").write_text("\n".join(lines), encoding="utf-8")
            labels[did] = {"source": doc_id, "focus": ke, "aspects": flags}
    (out / "aspect_labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default="tests/data/gold", type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--every", type=int, default=8, help="of the key elements with every labelled aspect covered, every N-th per document (default 8: the shipped fit)")
    args = ap.parse_args(argv)
    labels = derive(args.gold, args.out, args.every)
    n_rows = sum(len(v["aspects"]) for v in labels.values())
    n_pos = sum(sum(v["aspects"].values()) for v in labels.values())
    print(f"{len(labels)} sub-documents, {n_rows} aspect labels ({n_pos} covered) in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
