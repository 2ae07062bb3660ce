"""Print every scope signal of analysed documents (the scope stage re-run on their stored segmentation).

Usage: PYTHONPATH=src python scripts/scope_signals.py OUT [OUT ...]

For each ``analysis.json`` in each OUT folder (``analyser analyse`` output), the answer passages are rebuilt from the
stored segmentation, embedded (with ``OUT/.cache``) and matched against the shipped evidence bank; then the scope
stage of the current code decides. Prints one line per document: folder, doc_id, language, IN/out, topicality score,
genre, title, title_other (naming another kind), Annex-headed sections, the structural cues of
:mod:`analyser.scope` (article headings, preamble, form fields, procurement marks, document-kind formula line) and the
migration share (words of answer passages naming asylum or migration), then the reason. Reads nothing but the given
folders and the bank; the documents are judged by the bank they may have been fitted on (training negatives in-sample).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from analyser import scope
from analyser.calibrate import segmentation_from_analysis
from analyser.embed import CachedEncoder, EmbeddingCache, load_encoder
from analyser.match import MatchConfig, load_evidence_bank, match
from analyser.schema import load_analysis
from analyser.template import load_template


def _f(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.2f} "


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outs", nargs="+", type=Path)
    args = ap.parse_args()
    template = load_template()
    inner = load_encoder(None)
    bank = load_evidence_bank(inner.name, None)
    print("set      doc                            lang dec  score genre title other annex legal pre proc kind migr reason")
    for out in args.outs:
        cache = EmbeddingCache(out / ".cache") if (out / ".cache").exists() else None
        enc = CachedEncoder(inner, cache)
        for path in sorted(out.glob("*/analysis.json")):
            data = load_analysis(path)
            seg = segmentation_from_analysis(data)
            seg = seg.model_copy(update={"sections": {  # how the heading was found is not restored by segmentation_from_analysis
                k: info.model_copy(update={"method": data.sections[k].method, "heading_source": data.sections[k].heading_source,
                                           "heading_rank": data.sections[k].heading_rank}) for k, info in seg.sections.items()}})
            m = match(seg, template, enc, data.language, MatchConfig(), evidence_bank=bank)
            d = scope.assess_scope(m, seg)
            n_legal, _ = scope.legal_headings(seg)
            pre = "P" if scope.legal_preamble(seg).is_legal else "-"
            proc = scope.procurement_marks(seg) if hasattr(scope, "procurement_marks") else None  # older code: "-"
            kind = scope.kind_line(seg) if hasattr(scope, "kind_line") else None
            migr = scope.migration_share(m, seg) if hasattr(scope, "migration_share") else None
            tnm = "T" if hasattr(scope, "title_names_migration") and scope.title_names_migration(seg) else "-"
            nproc = "-" if proc is None else str(len(proc))
            print(f"{out.name:8} {path.parent.name:30} {data.language:4} {'IN ' if d.in_scope else 'out'} {d.score:.2f} "
                  f"{_f(d.genre)} {_f(d.title)} {_f(d.title_other)} {scope.annex_headed_sections(seg):3}   {n_legal:3}   {pre}   "
                  f"{nproc:3} {(kind or '-')[:5]:5} {_f(migr)} {tnm} {d.reason[:110]}", flush=True)


if __name__ == "__main__":
    main()
