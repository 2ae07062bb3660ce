"""Run-in headings and paragraph numbering (issue 14, heads13): the rules of ``segment.headings`` without a model."""

from __future__ import annotations

from analyser.schema import Block
from analyser.segment.headings import paragraph_numbering, run_in_split


def test_run_in_split_takes_the_head_before_the_answer():
    assert run_in_split("Dimensione interna: 20 000 rimpatri all'anno, volontari con reintegrazione.") == (
        "Dimensione interna", "20 000 rimpatri all'anno, volontari con reintegrazione.")
    assert run_in_split("Aufnahme – 62 000 Plätze in Aufnahmeeinrichtungen der Länder.")[0] == "Aufnahme"
    assert run_in_split("Kontekst. W 2025 r. złożono 16 000 wniosków.")[0] == "Kontekst"
    assert run_in_split("Accueil : 120 000 places d'hébergement et suivi médical.")[0] == "Accueil"


def test_run_in_split_leaves_headings_and_short_references():
    # a heading whose title goes on after a dash, or ends in a colon; a correspondence table's "– Chapter 1."
    assert run_in_split("Implementing the integrated approach - the principle of integrated policymaking") is None
    assert run_in_split("Ein robustes Aufnahmesystem:") is None
    assert run_in_split("Context – Chapter 1.") is None
    assert run_in_split("Support to other Member States (solidarity contributions) – not covered.") is None
    assert run_in_split("Internal dimension.") is None


def _blocks(texts: list[str]) -> list[Block]:
    return [Block(id=f"b{k}", page=1, text=t) for k, t in enumerate(texts)]


def test_paragraph_numbering_runs_across_the_annex_headings():
    texts = ["Strategy", "1. CONTEXT OF NATIONAL ASYLUM AND MIGRATION MANAGEMENT"]
    texts += [f"{k}. The ministry reviews indicator {k} every quarter." for k in range(1, 7)]
    texts += ["2.1.2. INTERNAL DIMENSION"] + [f"{k}. Return session {k} is held with an interpreter." for k in range(7, 13)]
    got = paragraph_numbering(_blocks(texts))
    assert got == {i for i, t in enumerate(texts) if t[0].isdigit() and t.endswith(".") and not t.startswith("2.1.2")}


def test_a_numbered_list_within_a_section_is_no_paragraph_numbering():
    """Twelve items but no decimal heading inside the run; or a run broken off at 5 and started again."""
    assert paragraph_numbering(_blocks([f"{k}. Item {k} of the list." for k in range(1, 13)])) == set()
    texts = [f"{k}. Item {k}." for k in range(1, 6)] + ["2.1.2. Intern"] + [f"{k}. Item {k}." for k in range(1, 6)]
    assert paragraph_numbering(_blocks(texts)) == set()


def test_run_in_split_leaves_sentences_cut_at_abbreviations():
    assert run_in_split("Pareiškėjas, Irako pilietis, 2025 m. birželio 3 d. neteisėtai kirto sieną.") is None
    assert run_in_split("Act No. 71/2014 on Preventing and Combating Trafficking in Human Beings.") is None
