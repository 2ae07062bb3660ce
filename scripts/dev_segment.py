"""Development check: segment gold-text documents and print section accuracy / template F1."""
from __future__ import annotations
import sys, time
from analyser.evaluate import load_gold_dir, gold_document, score_document
from analyser.embed import load_encoder
from analyser.template import load_template
from analyser.segment import segment

class Cached:
    def __init__(self, enc):
        self.enc, self.cache = enc, {}
        self.name, self.dim, self.max_tokens = enc.name, enc.dim, enc.max_tokens
    def encode(self, texts, *, kind, batch_size=32, progress=None):
        import numpy as np
        miss = [t for t in dict.fromkeys(texts) if (kind, t) not in self.cache]
        if miss:
            for t, v in zip(miss, self.enc.encode(miss, kind=kind, batch_size=batch_size)):
                self.cache[(kind, t)] = v
        return np.vstack([self.cache[(kind, t)] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)
    def count_tokens(self, texts, **kw):
        return self.enc.count_tokens(texts, **kw)

enc = Cached(load_encoder((sys.argv[1] if len(sys.argv) > 1 else None) or None))
tpl = load_template()
golds = load_gold_dir("tests/data/gold")
only = sys.argv[2:] 
for doc_id, g in golds.items():
    if only and doc_id not in only: continue
    t = time.time()
    doc = gold_document(g)
    seg = segment(doc, tpl, enc)
    analysis = {"blocks": [{"id": sb.block.id, "role": sb.role, "section": sb.section_id, "text": sb.block.text} for sb in seg.blocks]}
    s = score_document(analysis, g)
    print(f"{doc_id} follows={seg.follows_template} sec_acc={s.section_accuracy:.3f} tmplF1={s.template_f1 if s.template_f1 is None else round(s.template_f1,3)} role_acc={s.role_accuracy:.3f} ({time.time()-t:.1f}s)", flush=True)
    if "-v" in sys.argv or only:
        gb = {b["id"]: b for b in g["blocks"]}
        for sb in seg.blocks:
            gbk = gb[sb.block.id]
            if gbk["section"] != sb.section_id or gbk["role"] != sb.role:
                print(f"   {sb.block.id} gold={gbk['role']}/{gbk['section']} pred={sb.role}/{sb.section_id} {sb.block.text[:90]!r}")
