"""Sentence windows as scoring units (ninth session, compact3): the windows and the views a key element is scored on."""

from __future__ import annotations

import numpy as np

from analyser.match import sentence_windows
from analyser.score import unit_views


def test_windows_stay_inside_a_passage_and_never_cover_it_whole():
    passages, spans = sentence_windows(np.array([0, 0, 0, 1, 2, 2]))
    assert passages.tolist() == [0, 0, 0, 0, 0, 2, 2]
    assert spans.tolist() == [[0, 1], [1, 2], [2, 3], [0, 2], [1, 3], [4, 5], [5, 6]]


def test_no_window_for_single_sentence_passages():
    passages, spans = sentence_windows(np.array([0, 1, 2]))
    assert passages.shape == (0,) and spans.shape == (0, 2)


def test_window_view_takes_the_stronger_own_section_evidence():
    feats = {"ex_own": 0.2, "pr_own": 0.5, "ex_max": 0.9, "pr_max": 0.5, "ex_topic": 0.1, "pr_topic": 0.4,
             "own_centred": 0.01, "comb_max": 1.0, "win": 1.0, "win_ex_own": 0.7, "win_pr_own": 0.3,
             "win_ex_topic": 0.6, "win_pr_topic": 0.25, "win_own_centred": 0.03}
    passage, window = unit_views(feats)
    assert passage is feats
    assert {k: window[k] for k in ("ex_own", "pr_own", "ex_max", "pr_max", "ex_topic", "pr_topic", "own_centred", "comb_max")} == {
        "ex_own": 0.7, "pr_own": 0.5, "ex_max": 0.9, "pr_max": 0.5, "ex_topic": 0.6, "pr_topic": 0.4, "own_centred": 0.03,
        "comb_max": 1.0}


def test_without_a_window_only_the_passage_view():
    assert unit_views({"ex_own": 0.2, "win": 0.0}) == [{"ex_own": 0.2, "win": 0.0}]


# ---- tenth session (compact4): one-passage shapes (tests/data/compact/heldout4, README "Multi-topic passages")

def test_a_summary_sentence_of_semicolon_clauses_is_cut_into_its_clauses():
    from analyser.text import split_sentences

    text = ("Le misure principali della strategia sono le seguenti: chi non ha diritto a rimanere riceve il provvedimento "
            "di rimpatrio insieme al diniego; la rete dei centri di accoglienza è portata a 95 000 posti per tutti i "
            "richiedenti; i titolari di protezione seguono corsi di italiano e percorsi di inserimento lavorativo; e il "
            "bilancio dello Stato stanzia 1,9 miliardi di euro nel quinquennio per l'attuazione.")
    got = split_sentences(text, "it")
    assert [s.split()[0] for s in got] == ["Le", "la", "i", "e"]
    assert " ".join(got) == text


def test_short_sentences_short_clauses_and_greek_question_marks_stay_whole():
    from analyser.text import clauses

    assert clauses("Return; Dublin; reception.") == ["Return; Dublin; reception."]
    short_clause = "The plan opens " + "ten new reception centres in the north " * 3 + "; budget up."
    assert clauses(short_clause) == [short_clause]  # a clause of fewer than five words
    greek = "; ".join(["Η υπηρεσία ασύλου εξετάζει τις αιτήσεις μέσα σε έξι μήνες"] * 4) + "."
    assert clauses(greek, "el") == [greek]  # ";" is the Greek question mark


def test_a_total_and_its_eu_share_are_two_clauses():
    """recall11: a sentence of two semicolon clauses is cut (fresh5 hu: the total budget and its AMIF share; fresh6
    sk: readmission partnerships and resettlement), and Greek is cut at its semicolon, the ano teleia."""
    from analyser.text import clauses, split_sentences

    hu = ("A stratégia öt év alatt 38 milliárd forintba kerül; ebből 9 milliárd a Menekültügyi, Migrációs és "
          "Integrációs Alapból származik.")
    assert split_sentences(hu, "hu") == ["A stratégia öt év alatt 38 milliárd forintba kerül;",
                                         "ebből 9 milliárd a Menekültügyi, Migrációs és Integrációs Alapból származik."]
    el = ("Η στρατηγική θα κοστίσει 1,9 δισ. ευρώ σε πέντε χρόνια\u00b7 το Ταμείο Ασύλου, Μετανάστευσης και Ένταξης "
          "καλύπτει 800 εκατ. ευρώ.")
    assert clauses(el, "el") == ["Η στρατηγική θα κοστίσει 1,9 δισ. ευρώ σε πέντε χρόνια\u00b7",
                                 "το Ταμείο Ασύλου, Μετανάστευσης και Ένταξης καλύπτει 800 εκατ. ευρώ."]
    assert clauses(el.replace("\u00b7", ";"), "el") == [el.replace("\u00b7", ";")]


def test_a_tab_separated_table_gives_one_unit_per_row():
    from analyser.text import split_sentences

    text = ("Åtgärd\tMål\tAnsvarig\n"
            "Återvändandebeslut fattas samtidigt som avslagsbeslutet\tEffektivt återvändande\tPolismyndigheten\n"
            "Mottagningsboenden med mat och hälso- och sjukvård\tVärdigt mottagande\tMigrationsverket")
    assert split_sentences(text, "sv") == [
        "Åtgärd Mål Ansvarig", "Återvändandebeslut fattas samtidigt som avslagsbeslutet Effektivt återvändande "
        "Polismyndigheten", "Mottagningsboenden med mat och hälso- och sjukvård Värdigt mottagande Migrationsverket"]


def test_windows_of_a_one_section_document_may_evidence_any_key_element():
    """Own section only, unless the document's answer passages all stand in one section (or none)."""
    from analyser.score import _window_features  # noqa: PLC2701 - the rule itself

    wex = np.array([[0.9, 0.0], [0.0, 0.8]], dtype=np.float32)  # key element 0 (2.1.2.c), 1 (2.3.3.a); two windows
    wpr = np.array([[0.5, 0.1], [0.1, 0.6]], dtype=np.float32)
    topic = np.ones(2, dtype=np.float32)
    sections = np.array(["1", "1"])
    focus = (wex + wpr).argmax(axis=0)
    one = np.ones(2, bool)
    placed = (sections, wex, wpr, topic, np.zeros_like(wex), focus, np.zeros(2, bool), one)
    unplaced = (sections, wex, wpr, topic, np.zeros_like(wex), focus, np.ones(2, bool), one)
    assert _window_features(placed, 1, "2.3.3") == {"win": 0.0}
    got = _window_features(unplaced, 1, "2.3.3")
    assert got["win"] == 1.0 and abs(got["win_ex_own"] - 0.8) < 1e-6 and abs(got["win_pr_own"] - 0.6) < 1e-6
    # a window is the evidence of its focus only (the key element its vote + probe rank first)
    assert _window_features(unplaced, 0, "2.1.2")["win_ex_own"] == np.float32(0.9)


def test_a_row_under_a_parent_section_may_evidence_a_key_element_below_it():
    """recall12 (PARENT_UNITS): a table of measures under "2." (two sections placed, so not unplaced): its one-row
    windows may be the best window of a key element of a section below "2" they are the focus of, when the strategy
    wrote no such section; a window of two rows may not, nor a row under "1" (no section below it), nor a row of a
    sibling section."""
    from analyser.score import _window_features  # noqa: PLC2701 - the rule itself

    wex = np.array([[0.9, 0.0, 0.9], [0.0, 0.8, 0.0]], dtype=np.float32)  # 2.1.2.c, 2.3.3.a; three windows
    wpr = np.array([[0.5, 0.1, 0.5], [0.1, 0.6, 0.1]], dtype=np.float32)
    topic = np.ones(3, dtype=np.float32)
    focus = (wex + wpr).argmax(axis=0)
    one = np.array([True, True, False])
    win = (np.array(["2", "2", "2"]), wex, wpr, topic, np.zeros_like(wex), focus, np.zeros(3, bool), one)
    got = _window_features(win, 1, "2.3.3", section_written=False)
    assert got["win"] == 1.0 and abs(got["win_ex_own"] - 0.8) < 1e-6
    # the one-row window, not the two-row one
    assert abs(_window_features(win, 0, "2.1.2", section_written=False)["win_ex_own"] - 0.9) < 1e-6
    two_rows = (win[0], wex, wpr, topic, np.zeros_like(wex), focus, np.zeros(3, bool), np.zeros(3, bool))
    assert _window_features(two_rows, 1, "2.3.3", section_written=False) == {"win": 0.0}
    for sections in (np.array(["1", "1", "1"]), np.array(["2.1", "2.1", "2.1"])):
        assert _window_features((sections, *win[1:]), 1, "2.3.3", section_written=False) == {"win": 0.0}
    # a strategy that writes the key element's own section answers it there, not under "2"
    assert _window_features(win, 1, "2.3.3", section_written=True) == {"win": 0.0}


def test_a_reproduced_question_is_never_a_unit_of_a_section_less_document(fake_encoder):
    """Units (sentences, rows, clauses, and the windows over them) are cut from answer blocks only."""
    from analyser.match import MatchConfig, build_passages
    from analyser.schema import Block, Segmentation, SegmentedBlock

    question = "Describe the measures to ensure effective management of return of illegally staying persons."
    answer = ("The main measures are the following: a return decision is issued together with the refusal of protection; "
              "every applicant receives housing, food and health care in reception centres of 9 000 places; "
              "beneficiaries of protection attend language courses and employment programmes; "
              "and the case system is connected to Eurodac, the Entry/Exit System and ETIAS by 2027.")
    seg = Segmentation(doc_id="toy", sections={}, blocks=(
        SegmentedBlock(block=Block(id="b1", page=1, text=question), section_id=None, role="template_question"),
        SegmentedBlock(block=Block(id="b2", page=1, text=answer), section_id=None, role="answer")))
    passages, sentences_of = build_passages(seg, fake_encoder, "en", MatchConfig())
    units = [s for ss in sentences_of for s in ss]
    assert len(units) == 4 and not any("Describe the measures" in u for u in units)
    assert all(p.block_ids == ("b2",) for p in passages)
