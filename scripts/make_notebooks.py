import copy

import nbformat as nbf
from nbformat.v4 import new_notebook, new_markdown_cell as md, new_code_cell as code

SETUP = code('''import os

import analyser

# Where the strategies are and where results go; the tests point these elsewhere.
CORPUS = os.environ.get("ANALYSER_CORPUS", "../corpus")
OUT = os.environ.get("ANALYSER_OUT", "../out")''')

meta = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"}}

nb1 = new_notebook(metadata=meta, cells=[
    md("""# 1 · A tour of a corpus of national strategies

This notebook analyses a folder of national asylum and migration management strategies
(Regulation (EU) 2024/1351, Article 7) against the Annex template of Implementing Decision (EU) 2025/503,
then shows **how far each member state covers each key element**, where the **gaps** are, and the **evidence** behind a label.

Scores are calibrated probabilities that a key element is at least partially addressed; labels are
*addressed*, *partial* or *absent*. Documents already analysed and unchanged are reused, so running this again is fast."""),
    SETUP,
    code('''res = analyser.analyse_corpus(CORPUS, out=OUT)
res'''),
    md("## The documents\nOne row per strategy: language, pages, whether it follows the template's numbering, and label counts."),
    code('''res.documents[["doc_id", "language", "pages", "follows_template", "n_addressed", "n_partial", "n_absent"]]'''),
    md("## Coverage heatmap\nMember state × key element; colour is the score, the letter the label (A addressed, P partial, – absent)."),
    code("res.plot_coverage_heatmap()"),
    md("## Coverage per section, over the corpus"),
    code("res.plot_section_coverage()"),
    md("## The gaps of each member state\nAbsent and partial key elements per document."),
    code("res.gap_summary()"),
    md("## Drill down: one document's gaps, then the evidence for one key element"),
    code('''DOC = res.doc_ids[0]
res.gaps(DOC)[["key_element", "label", "score", "key_element_text"]]'''),
    code('''res.drill_down(DOC, "2.1.2.c")'''),
    md("## How alike are the strategies?\nCentred cosine similarity of the member states' answers, across languages."),
    code("res.plot_similarity()"),
    code('''print("Gap report of", DOC, "→", res.report_path(DOC))
print("Corpus report →", res.report_path())'''),
])

nb2 = new_notebook(metadata=meta, cells=[
    md("""# 2 · One key element across member states

Who addresses **return** (key element 2.1.2.c of the Annex) and how? The evidence is shown side by side,
each in its original language, with page numbers, so an analyst can check it at the source."""),
    SETUP,
    code('''res = analyser.load(OUT)
KE = "2.1.2.c"
res.template.key_element(KE).en'''),
    md("## Label and score per member state, best evidence first"),
    code('''res.evidence_for(KE).sort_values("score", ascending=False)[["doc_id", "language", "label", "score", "page", "sentence"]]'''),
    md("## All evidence passages, in their own languages"),
    code('''res.evidence_for(KE, best_only=False)[["doc_id", "language", "rank", "page", "section", "text"]]'''),
    md("## Two strategies side by side\nSection by section: what one covers that the other does not, and the most similar passages."),
    code('''from IPython.display import Markdown

A, B = res.doc_ids[0], res.doc_ids[1]
Markdown(res.compare_report(A, B))'''),
])

nb3 = new_notebook(metadata=meta, cells=[
    md("""# 3 · Review: confirm or override the machine's labels

An analyst who knows a strategy can correct a label. Reviews are saved at once to `reviews.csv` in the output
folder (keyed by doc_id and key-element id); the reports then show those key elements as **reviewed**, with the
machine's label beside them, and `analyser calibrate` uses them as extra gold.

**This notebook is a demonstration on a copy.** It copies `OUT` to a temporary folder and records its two
example reviews (by "Policy analyst") and its calibration there: your own `OUT/reviews.csv`, reports and
calibration are left exactly as they are. To record *your* reviews in `OUT`, replace the two examples below
with your own and set `REVIEW_IN_OUT = True` in the second code cell (or use `analyser review DOC KE LABEL --out OUT`)."""),
    SETUP,
    code('''import shutil
import tempfile

# False: a demonstration on a temporary copy of OUT (nothing in OUT is written).
# True: the reviews below go into OUT/reviews.csv as your own work (replace the examples with yours first).
REVIEW_IN_OUT = False
if REVIEW_IN_OUT:
    WORK = OUT
else:
    WORK = tempfile.mkdtemp(prefix="analyser-review-demo-")
    shutil.copytree(OUT, WORK, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.lock", "*.part"))
print("Reviews of this notebook go to", os.path.join(WORK, "reviews.csv"),
      "" if REVIEW_IN_OUT else "(a temporary copy of OUT: delete the folder when done)")'''),
    code('''res = analyser.load(WORK)
DOC = res.doc_ids[0]
res.gaps(DOC)[["key_element", "label", "score", "key_element_text"]]'''),
    md("## Record reviews\nAn override (the analyst found the element addressed) and a confirmation of a machine label (examples, on the copy unless `REVIEW_IN_OUT`)."),
    code('''res.review(DOC, "2.1.2.c", "addressed", reviewer="Policy analyst", note="Return policy: see the chapter on return")
machine_label = res.coverage_matrix("label").loc[DOC, "1.a"]
res.review(DOC, "1.a", machine_label, reviewer="Policy analyst", note="Confirmed")
res.reviews()'''),
    md("## The reports now show the reviews"),
    code('''res.refresh()
res.coverage.query("reviewed")[["doc_id", "key_element", "label", "machine_label", "review_note"]]'''),
    code('''print(res.report_path(DOC, "md").read_text(encoding="utf-8").split("## 2.1.2")[1][:1500])'''),
    md("## The next calibration uses the reviews as extra gold\nLeave-one-document-out figures of the refitted calibration (on the gold: `<doc_id>.gold.json` annotations of two or more documents of `OUT`, folder `ANALYSER_GOLD`; the reviews join the final fit). It is written beside the reviews (`WORK/calibration.json`), not over the shipped one; use it with `analyser analyse --calibration WORK/calibration.json`. Without such gold the cell says so in one line."),
    code('''from analyser.errors import ScoreError

GOLD = os.environ.get("ANALYSER_GOLD", "../tests/data/gold")
try:
    report = res.calibrate(gold=GOLD, output=os.path.join(WORK, "calibration.json"))
    print(report)
except ScoreError as exc:  # E402 no gold files, E405 fewer than two annotated documents analysed here
    print(f"Not recalibrated: recalibration needs gold annotations (<doc_id>.gold.json) of two or more documents of OUT in ANALYSER_GOLD ({exc})")'''),
])
for name, nb in (("01_corpus_tour", nb1), ("02_key_element_across_states", nb2), ("03_review", nb3)):
    nb.cells = [copy.deepcopy(c) for c in nb.cells]  # SETUP is shared: one id per notebook's own cell
    for i, c in enumerate(nb.cells):
        c.id = f"nb{name[:2]}-cell{i:02d}"  # stable ids: regenerating changes only what the generator changed
    nbf.write(nb, f"notebooks/{name}.ipynb")
print("ok")
