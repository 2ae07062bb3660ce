"""Leave-one-document-out aspect figures: ``analyser eval`` and scripts/eval_aspects.py (a thin wrapper of
:mod:`analyser.aspect_fit`) on the pipeline's output with the hashing encoder (fast; figures not meaningful)."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyser.aspect_fit import evaluate_aspects_lodo, read_aspect_data
from analyser.aspects import load_aspects, load_gold_aspects_dir
from analyser.cli import app

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_aspects.py"
GOLD = Path(__file__).resolve().parent / "data" / "gold"


@pytest.fixture(scope="module")
def eval_aspects():
    spec = importlib.util.spec_from_file_location("eval_aspects", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_lodo_figures_by_hand(fake_run):
    """The figures of evaluate_aspects_lodo agree with a count over its own predictions' parts."""
    data = read_aspect_data(fake_run[0], GOLD)
    assert sorted(data.languages.items()) == [("xa-2025", "en"), ("xd-2025", "pl"), ("xo-2025", "bg")]
    assert len(data.rows) == 3 * len(load_aspects()) == 354
    rep = evaluate_aspects_lodo(data)
    assert not rep.honest_ke
    assert [m["aspects"] for m in rep.per_document.values()] == [118, 118, 118]
    # pooled over one document per language, the per-language figures are the per-document ones
    for d, m in rep.per_document.items():
        lang = rep.per_language[m["language"]]
        assert (lang["documents"], lang["aspect_macro_f1"], lang["accuracy3"]) == (1, m["aspect_macro_f1"], m["accuracy3"])
    acc = sum(m["accuracy3"] * 44 for m in rep.per_document.values()) / 132
    assert rep.accuracy3 == pytest.approx(acc)
    # both golds, counted by hand over the held-out labels: the label the gold aspects give, and the annotators'
    # key-element label of <doc_id>.gold.json (the authoritative one)
    aspects = load_aspects()
    golds = load_gold_aspects_dir(GOLD, aspects)
    assert len(rep.labels) == 3 * 44
    for d, m in rep.per_document.items():
        ke_gold = json.loads((GOLD / f"{d}.gold.json").read_text(encoding="utf-8"))["coverage"]
        hits_asp = [rep.labels[(d, ke)] == golds[d].label(ke, aspects) for ke in aspects.key_element_ids]
        hits_ke = [rep.labels[(d, ke)] == ke_gold[ke]["label"] for ke in aspects.key_element_ids]
        assert m["accuracy3"] == pytest.approx(sum(hits_asp) / 44) and m["accuracy3_ke"] == pytest.approx(sum(hits_ke) / 44)
        assert rep.per_language[m["language"]]["accuracy3_ke"] == m["accuracy3_ke"]
    assert rep.accuracy3_ke == pytest.approx(sum(m["accuracy3_ke"] * 44 for m in rep.per_document.values()) / 132)


def test_key_element_gold_is_read_apart_from_the_gold_aspects(fake_run, tmp_path):
    """A key-element gold label that disagrees with the gold aspects moves accuracy3_ke only (as nl-2025's five
    'addressed' key elements whose notes name a missing ask do); a document
    without a .gold.json has no accuracy3_ke."""
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    rep = evaluate_aspects_lodo(read_aspect_data(fake_run[0], gold))
    path = gold / "xa-2025.gold.json"
    g = json.loads(path.read_text(encoding="utf-8"))
    wrong = {"addressed": "absent", "partial": "absent", "absent": "addressed"}
    flipped = [ke for ke in ("1.a", "1.b") if rep.labels[("xa-2025", ke)] == g["coverage"][ke]["label"]]
    assert flipped  # at least one of the two is right before the edit
    for ke in flipped:
        g["coverage"][ke]["label"] = wrong[g["coverage"][ke]["label"]]
    path.write_text(json.dumps(g), encoding="utf-8")
    again = evaluate_aspects_lodo(read_aspect_data(fake_run[0], gold))
    assert again.per_document["xa-2025"]["accuracy3"] == rep.per_document["xa-2025"]["accuracy3"]
    assert again.per_document["xa-2025"]["accuracy3_ke"] == pytest.approx(rep.per_document["xa-2025"]["accuracy3_ke"] - len(flipped) / 44)
    path.unlink()
    nogold = evaluate_aspects_lodo(read_aspect_data(fake_run[0], gold))
    assert nogold.per_document["xa-2025"]["accuracy3_ke"] != nogold.per_document["xa-2025"]["accuracy3_ke"]  # NaN
    assert nogold.accuracy3_ke == pytest.approx((rep.per_document["xd-2025"]["accuracy3_ke"] + rep.per_document["xo-2025"]["accuracy3_ke"]) / 2)


def test_eval_prints_aspect_lodo_per_document_and_language(fake_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    rows_path = tmp_path / "eval.json"
    result = CliRunner().invoke(app, ["eval", str(out), "--gold", str(GOLD), "--json", str(rows_path)])
    assert result.exit_code == 0, result.output
    assert "Aspects, leave-one-document-out per document" in result.output
    flat = " ".join(result.output.split())  # the console wraps long lines
    # the pause before these figures says what it is (a new user waited minutes on a silent console)
    assert ("leave-one-document-out figures: the calibrations are fitted again without each of the 3 documents in turn "
            "(minutes on a busy machine; nothing is written) …") in flat
    assert "Aspects, leave-one-document-out per language (pooled)" in result.output
    assert "aspects, leave-one-document-out: aspect macro-F1 " in result.output
    assert "against the gold aspects, " in flat and " against the key-element gold" in flat
    rows = {r["doc_id"]: r for r in json.loads(rows_path.read_text(encoding="utf-8"))}
    data = read_aspect_data(out, GOLD)
    for d in ("xa-2025", "xd-2025", "xo-2025"):
        assert 0.0 <= rows[d]["lodo_aspect_macro_f1"] <= 1.0 and 0.0 <= rows[d]["lodo_aspect_accuracy3"] <= 1.0
        assert 0.0 <= rows[d]["lodo_aspect_accuracy3_ke"] <= 1.0
    # the rows of the printed table are the JSON's figures
    for d, r in rows.items():
        if "lodo_aspect_macro_f1" in r:
            assert any(d in line and f"{r['lodo_aspect_macro_f1']:.3f}" in line and f"{r['lodo_aspect_accuracy3']:.3f}" in line
                       for line in result.output.splitlines()), d
    assert sorted(d for d, r in rows.items() if "lodo_aspect_macro_f1" in r) == sorted(data.languages)


def test_script_wrapper_prints_and_writes_figures(fake_run, eval_aspects, tmp_path, capsys):
    figures = tmp_path / "figures.json"
    assert eval_aspects.main(["--out", str(fake_run[0]), "--insample-ke", "--json", str(figures)]) == 0
    text = capsys.readouterr().out
    assert "== features: text" in text and "== features: ke" in text
    for d, lang in (("xa-2025", "en"), ("xd-2025", "pl"), ("xo-2025", "bg")):
        assert any(line.startswith(f"{d:12} {lang:4}") for line in text.splitlines()), d
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert set(data) == {"text", "ke"}
    assert data["ke"] == {**data["ke"], **{k: v for k, v in evaluate_aspects_lodo(read_aspect_data(fake_run[0], GOLD)).__dict__.items()
                                           if k in ("aspect_macro_f1", "accuracy3", "accuracy3_ke")}}


def test_eval_needs_two_analysed_documents(eval_aspects, tmp_path, capsys):
    assert eval_aspects.main(["--out", str(tmp_path), "--insample-ke"]) == 1
    assert "0 annotated document(s) analysed; need two or more" in capsys.readouterr().err


def test_lodo_probabilities_leave_each_document_out(fake_run):
    """aspect_fit.lodo_probabilities (shared by scripts/aspect_variants.py and aspect_query_variants.py): each
    document's probabilities come from a calibration fitted on the other documents only, and they give the labels
    evaluate_aspects_lodo derives."""
    from analyser.aspect_calibration import FEATURES_KE, fit_aspect_calibration
    from analyser.aspect_fit import lodo_probabilities
    from analyser.aspect_score import AspectCoverage, anchor_covered
    from analyser.aspects import derive_label

    aspects = load_aspects()
    data = read_aspect_data(fake_run[0], GOLD)
    p = lodo_probabilities(data.rows, aspects)
    assert len(p) == 354 and all(0.0 < v < 1.0 for v in p.values())
    train = [r for r in data.rows if r[0] != "xd-2025"]
    cal = fit_aspect_calibration(train, FEATURES_KE, aspects)
    d, aid, f, _ = next(r for r in data.rows if r[0] == "xd-2025" and r[1] == "2.1.1.b/resettlement")
    assert p[(d, aid)] == pytest.approx(cal.probability(f, aid))
    # the document's own rows changed: its probabilities stay, another document's move
    moved = [(dd, a, {**ff, "z_sentence": ff["z_sentence"] + 5.0}, y) if dd == "xd-2025" else (dd, a, ff, y)
             for dd, a, ff, y in data.rows]
    q = lodo_probabilities(moved, aspects)
    assert {k for k in p if k[0] == "xd-2025" and q[k] != pytest.approx(p[k])}  # its own features moved
    assert any(q[k] != pytest.approx(p[k]) for k in p if k[0] == "xa-2025")  # xd-2025 trains xa-2025's fold
    rep = evaluate_aspects_lodo(data, aspects)
    for doc in ("xa-2025", "xd-2025", "xo-2025"):
        cov = [AspectCoverage(a.id, a.key_element, p[(doc, a.id)] >= 0.5, p[(doc, a.id)], None) for a in aspects]
        flags: dict[str, list[bool]] = {}
        for x in anchor_covered(cov, data.ke_labels[doc]):
            flags.setdefault(x.key_element, []).append(x.covered)
        assert {ke: derive_label(v) for ke, v in flags.items()} == {ke: rep.labels[(doc, ke)] for ke in flags}


def test_load_ke_predictions_reads_json_and_names_a_bad_file(tmp_path):
    from analyser.aspect_fit import load_ke_predictions
    from analyser.errors import ScoreError

    good = tmp_path / "p.json"
    good.write_text(json.dumps({"nl-2025": {"1.a": [0.9731, "addressed"], "2.4.e": [0.12, "absent"]}}), encoding="utf-8")
    assert load_ke_predictions(good) == {"nl-2025": {"1.a": (0.9731, "addressed"), "2.4.e": (0.12, "absent")}}
    bad = tmp_path / "bad.json"
    bad.write_text('{"nl-2025": {"1.a": 0.9}}', encoding="utf-8")
    with pytest.raises(ScoreError) as err:
        load_ke_predictions(bad)
    assert str(err.value).startswith("[E403]") and str(bad) in str(err.value)
    with pytest.raises(ScoreError, match=r"\[E403\].*missing\.json"):
        load_ke_predictions(tmp_path / "missing.json")


def test_lodo_applies_the_stated_not_done_rule(fake_run):
    """An aspect flagged stated not done (issue 13) is not covered in the held-out figures: a key element derived
    addressed turns partial, one whose every aspect is flagged stays partial (never absent); stated=False ignores it."""
    import dataclasses

    aspects = load_aspects()
    data = read_aspect_data(fake_run[0], GOLD)
    assert data.stated == {}  # the hashing run's evidence states nothing not done
    base = evaluate_aspects_lodo(data)
    multi = [k for k, lab in base.labels.items() if lab == "addressed" and len(aspects.for_key_element(k[1])) > 1]
    assert multi
    d, ke = multi[0]
    ids = [a.id for a in aspects.for_key_element(ke)]
    one = evaluate_aspects_lodo(dataclasses.replace(data, stated={(d, ids[0]): "no plans to"}))
    assert one.labels[(d, ke)] == "partial"
    assert {k: v for k, v in one.labels.items() if k != (d, ke)} == {k: v for k, v in base.labels.items() if k != (d, ke)}
    every = evaluate_aspects_lodo(dataclasses.replace(data, stated={(d, a): "no plans to" for a in ids}))
    assert every.labels[(d, ke)] == "partial"
    off = evaluate_aspects_lodo(dataclasses.replace(data, stated={(d, ids[0]): "no plans to"}), stated=False)
    assert off.labels == base.labels


def test_read_aspect_data_takes_the_pipeline_s_stated_flags_else_the_rule(fake_run, tmp_path):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(fake_run[0], out)
    path = out / "xa-2025" / "analysis.json"
    a = json.loads(path.read_text(encoding="utf-8"))
    items = a["coverage"]["2.1.1.b"]["aspects"]
    items[1].update(stated_not_done=True, stated_formula="no plans to")
    path.write_text(json.dumps(a), encoding="utf-8")
    assert read_aspect_data(out, GOLD).stated == {("xa-2025", items[1]["id"]): "no plans to"}
    # no flag under the rule's version marker: nothing stated, the rule is not run again on the evidence
    del items[1]["stated_not_done"], items[1]["stated_formula"]
    items[0]["evidence"]["sentence"] = "There are no plans to promote labour migration."
    assert a["aspects_stated_rule"] == 1
    path.write_text(json.dumps(a), encoding="utf-8")
    assert read_aspect_data(out, GOLD).stated == {}
    # an analysis without the marker and the flags (written before the rule): the rule read from its stored evidence
    del a["aspects_stated_rule"]
    path.write_text(json.dumps(a), encoding="utf-8")
    assert read_aspect_data(out, GOLD).stated == {("xa-2025", items[0]["id"]): "no plans to"}


def test_sub_documents_train_every_fold_but_their_source_s(fake_run, tmp_path):
    """Sub-documents cut from an annotated document (scripts/derive_aspect_subdocs.py, read by read_sub_documents)
    join the training folds of the aspect calibration, never the fold that holds their source out; their labels
    are read from aspect_labels.json (unknown aspects refused, E421), and with the fold's key-element predictions
    their ke_score is that fold's."""
    from analyser.aspect_fit import SubDocuments, read_sub_documents
    from analyser.errors import ScoreError

    aspects = load_aspects()
    data = read_aspect_data(fake_run[0], GOLD)
    base = evaluate_aspects_lodo(data, aspects)
    # a "sub-document" of xd-2025: its own analysis under another id, every aspect labelled the opposite way
    sub_out = tmp_path / "sub"
    shutil.copytree(fake_run[0] / "xd-2025", sub_out / "xd-2025__2.1.1.b")
    labels = {"xd-2025__2.1.1.b": {"source": "xd-2025", "focus": "2.1.1.b",
                                   "aspects": {a.id: not y for d, a_id, _, y in data.rows if d == "xd-2025"
                                               for a in [aspects.get(a_id)]}}}
    sub = read_sub_documents(sub_out, labels, aspects)
    assert sub.sources == {"xd-2025__2.1.1.b": "xd-2025"} and len(sub.rows) == 118
    rep = evaluate_aspects_lodo(data, aspects, sub=sub, sub_weight=5.0)
    assert rep.per_document["xd-2025"] == base.per_document["xd-2025"]  # its own fold never sees it
    assert rep.per_document["xa-2025"] != base.per_document["xa-2025"]  # the others' folds do
    # the fold's key-element predictions replace the sub-document's in-sample key-element features
    preds = {d: {"xd-2025__2.1.1.b": {ke: (0.0, "absent") for ke in aspects.key_element_ids}} for d in ("xa-2025", "xo-2025")}
    assert evaluate_aspects_lodo(data, aspects, sub=sub, sub_weight=5.0, sub_predictions=preds).per_document != rep.per_document
    (sub_out / "aspect_labels.json").write_text(json.dumps({"x__1.a": {"source": "x", "aspects": {"1.a/nope": True}}}))
    with pytest.raises(ScoreError) as exc:
        read_sub_documents(sub_out, sub_out / "aspect_labels.json", aspects)
    assert "E421" in str(exc.value) and "1.a/nope" in str(exc.value)
    assert SubDocuments([], {}).rows == []


def test_derive_aspect_subdocs_keeps_only_the_labels_that_stay_true(tmp_path):
    """scripts/derive_aspect_subdocs.py: one text per covered key element of two or more aspects (title, its gold
    evidence blocks under their section headings); labels only for key elements whose whole gold evidence is kept."""
    spec = importlib.util.spec_from_file_location("derive_aspect_subdocs", SCRIPT.parent / "derive_aspect_subdocs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    labels = mod.derive(GOLD, tmp_path)
    aspects = load_aspects()
    golds = load_gold_aspects_dir(GOLD, aspects)
    nl = labels["nl-2025__2.1.1.b"]
    assert nl == {"source": "nl-2025", "focus": "2.1.1.b", "aspects": {
        "2.1.1.b/legal-migration": False, "2.1.1.b/talent-partnerships": False, "2.1.1.b/resettlement": True}}
    text = (tmp_path / "nl-2025__2.1.1.b.txt").read_text(encoding="utf-8")
    assert text.startswith("Nationale strategie asiel- en migratiebeheer\n\n2.1.1. Elementen van de externe dimensie:")
    assert "hervestigt Nederland vluchtelingen" in text and "Unieplan voor hervestiging" in text
    for did, entry in labels.items():
        src, ke = did.split(mod.SEP)
        gold = json.loads((GOLD / f"{src}.gold.json").read_text(encoding="utf-8"))["coverage"]
        assert entry["focus"] == ke and gold[ke]["label"] != "absent" and len(aspects.for_key_element(ke)) >= 2
        kept = set(gold[ke]["evidence"])
        for aid, y in entry["aspects"].items():
            other = aspects.get(aid).key_element
            assert set(gold[other]["evidence"]) <= kept and y == golds[src].covered[aid]
    assert json.loads((tmp_path / "aspect_labels.json").read_text(encoding="utf-8")) == labels


def test_calibrate_with_sub_documents_scores_them_per_fold_and_fits_them(fake_run, tmp_path):
    """``analyser calibrate --sub-documents``: each sub-document is scored by the coverage calibration of every fold
    but its source's (``derived_predictions``), the coverage figures do not move, and the aspect calibration's final
    fit counts its examples (``n_sub_document_examples``)."""
    from analyser.aspect_fit import read_sub_documents
    from analyser.calibrate import calibrate_from_outputs

    from conftest import cli_output

    sub_out = tmp_path / "sub"
    shutil.copytree(fake_run[0] / "xd-2025", sub_out / "xd-2025__2.1.1.b")
    (sub_out / "aspect_labels.json").write_text(json.dumps({"xd-2025__2.1.1.b": {"source": "xd-2025", "focus": "2.1.1.b", "aspects": {
        "2.1.1.b/legal-migration": True, "2.1.1.b/talent-partnerships": False, "2.1.1.b/resettlement": True}}}))
    sub = read_sub_documents(sub_out, sub_out / "aspect_labels.json")
    plain = calibrate_from_outputs(fake_run[0], GOLD, write=False)
    rep = calibrate_from_outputs(fake_run[0], GOLD, write=False, sub_documents=sub_out, sub_sources=sub.sources)
    assert sorted(rep.derived_predictions) == ["xa-2025", "xd-2025", "xo-2025"]
    assert rep.derived_predictions["xd-2025"] == {}  # never scored in its source's fold
    assert set(rep.derived_predictions["xa-2025"]["xd-2025__2.1.1.b"]) == set(load_aspects().key_element_ids)
    assert (rep.macro_f1, rep.accuracy3, rep.predictions) == (plain.macro_f1, plain.accuracy3, plain.predictions)
    cal = tmp_path / "cal.json"
    result = CliRunner().invoke(app, ["calibrate", str(fake_run[0]), "--gold", str(GOLD), "--output", str(cal),
                                      "--sub-documents", str(sub_out)])
    assert "Traceback" not in cli_output(result)
    written = json.loads((tmp_path / "cal.aspects.json").read_text(encoding="utf-8"))
    assert written["figures"]["n_sub_document_examples"] == 3.0
