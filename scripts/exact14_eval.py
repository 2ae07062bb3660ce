"""Parse each exact14 input, segment it, compare every block's section with the gold (matched by text)."""
import json, sys
from pathlib import Path
from analyser.parse import parse
from analyser.embed import load_encoder
from analyser.embed.cache import CachedEncoder
from analyser.segment import segment
from analyser.template import load_template
enc = CachedEncoder(load_encoder(None), precomputed=False)
tpl = load_template()
norm = lambda s: " ".join(s.split())
files = sys.argv[1:] or sorted(str(p) for p in Path("tests/data/exact14").glob("*.*") if p.suffix in (".pdf", ".docx"))
for f in files:
    p = Path(f)
    g = json.loads(p.with_suffix(".gold.json").read_text())
    gb = g["blocks"]; pos = 0
    seg = segment(parse(p), tpl, enc)
    ok = tot = 0
    heads = []
    for sb in seg.blocks:
        t = norm(sb.block.text)
        k = next((j for j in range(pos, len(gb)) if t.startswith(norm(gb[j]["text"])[:60])), None)
        b = gb[k] if k is not None else None
        if b is not None: pos = k + 1
        if b is None:
            print("   unmatched", sb.block.text[:60]); continue
        if b["role"] == "answer":
            tot += 1; ok += sb.section_id == b["section"]
        if b["role"] == "section_heading":
            heads.append(f"{b['section']}->{sb.section_id}/{sb.role[:7]}")
    present = sorted({s.section_id for s in seg.blocks if s.role in ("answer",) and s.section_id})
    print(f"{p.name:28s} {g['split']:8s} answer-blocks {ok}/{tot} = {ok/tot:.3f}  headings {' '.join(heads)}")
