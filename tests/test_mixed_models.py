"""Documents of one output folder analysed with two embedding models (fresh-eyes finding).

Analysing one file with ``--model hashing`` into a folder of e5 analyses was silent, and the
similarity table and ``compare`` took cosines across the two embedding spaces (about -0.05
against every other document). Now the documents of another model are left out of the
similarity table with W514, and ``compare`` of two documents of different models is E522.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analyser.api import load
from analyser.embed import HashingEncoder
from analyser.errors import AnalyserError
from analyser.pipeline import analyse_corpus

from conftest import REPO


class OtherHashing(HashingEncoder):
    """The hashing encoder under another name: another embedding space as far as the store knows."""

    name = "hashing-other"


def test_a_document_of_another_model_is_left_out_of_similarity_and_compare(out, caplog):
    path = REPO / "tests" / "data" / "dev" / "xo-2025.txt"
    with caplog.at_level("WARNING"):
        analyse_corpus([path], out=out, encoder=OtherHashing(), force=True)
    run = pd.read_json(out / "run.json", typ="series")
    warning = next(w for w in run["warnings"] if w.startswith("[W514]"))
    assert warning == (f"[W514] {out}: analysed with another embedding model (hashing-fake) than this run's "
                       "hashing-other: left out of the similarity tables (xa-2025, xd-2025); "
                       "analyse them again with --model hashing-other")
    assert warning in caplog.text
    sim = pd.read_parquet(out / "similarity.parquet")
    assert sim.empty  # xo-2025 is the only document of the run's model: no pair left
    res = load(out)
    assert dict(zip(res.documents["doc_id"], res.documents["model"])) == {
        "xa-2025": "hashing-fake", "xd-2025": "hashing-fake", "xo-2025": "hashing-other"}
    with pytest.raises(AnalyserError) as err:
        res.compare("xa-2025", "xo-2025")
    assert str(err.value) == ("[E522] 'xa-2025' (hashing-fake) and 'xo-2025' (hashing-other) were analysed with "
                              "different embedding models, whose similarities mean nothing; analyse both with the same --model")
    assert res.compare("xa-2025", "xd-2025")["overall_similarity"] is not None  # same model: compared


def test_documents_of_one_model_give_no_warning(out):
    sim = pd.read_parquet(out / "similarity.parquet")
    assert set(sim["doc_a"]) == {"xa-2025", "xd-2025", "xo-2025"}
    run = pd.read_json(out / "run.json", typ="series")
    assert not [w for w in run.get("warnings", []) or [] if "W514" in w]
