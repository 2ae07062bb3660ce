"""Scope signals of the thirteenth session (scope11): descriptions of EU law (:func:`analyser.scope.eu_law_sentences`)
and the second read of a document written as one-sentence items (:func:`analyser.match.item_units`,
``Matches.item_topic_sim``, ``scope._item_read``). Hashing encoder: the cues are read from the text; the models'
probabilities are set by hand (``tests/data/scope_heldout11/README.md`` for the real-model figures)."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from analyser.match import item_units, match
from analyser.schema import Block, Passage, SegmentedBlock, Segmentation
from analyser.scope import assess_scope, eu_law_sentences


def _seg(texts: list[str], sections: list[str | None] | None = None) -> Segmentation:
    sections = sections or [None] * len(texts)
    blocks = tuple(SegmentedBlock(block=Block(id=f"b{i}", page=1, text=t), section_id=s, role="answer")  # type: ignore[arg-type]
                   for i, (t, s) in enumerate(zip(texts, sections)))
    return Segmentation(doc_id="doc", blocks=blocks, sections={})


# recall12's Czech overview of the Pact (tests/data/recall12/tune/cs-eu-law-description.txt), in scope 0.87 before
PACT_CS = ["Nařízení (EU) 2024/1351 o řízení azylu a migrace stanoví pravidla pro určení členského státu příslušného k posouzení "
           "žádosti a zavádí mechanismus solidarity. Členské státy mohou přispět relokací, finančními příspěvky nebo jinými opatřeními.",
           "Směrnice (EU) 2024/1346 stanoví normy pro přijímání žadatelů o mezinárodní ochranu: členské státy zajistí ubytování, "
           "stravu, oblečení a zdravotní péči a mohou omezit materiální podmínky přijetí při zneužití.",
           "Nařízení (EU) 2024/1348 zavádí společné řízení o mezinárodní ochraně, včetně hraničního řízení, které nemá trvat "
           "déle než 12 týdnů. Nařízení o prověrce ukládá kontrolu totožnosti, zdraví a bezpečnosti do sedmi dnů.",
           "Nařízení se použijí od 12. června 2026. Komise do 12. prosince 2024 předložila společný prováděcí plán."]
# a strategy citing the acts inside its own sentences (as the 13 development strategies do: 0.01–0.03 of their sentences)
STRATEGY_EN = ["The Plan is aligned with Regulation (EU) 2024/1359 and the national contingency plan of the Ministry.",
               "Article 10 of Regulation (EU) 2024/1356 entrusts the monitoring of the screening to the Ombudsman.",
               "The reception network will grow to 20 000 places by 2028 in all regions of the country.",
               "Applicants will be informed of their rights in a language they understand within three days.",
               "Unaccompanied minors will receive a guardian within fifteen days of their arrival.",
               "Voluntary return with reintegration support comes first; removals respect the Return Directive."]


@pytest.mark.parametrize("sentence", [
    "Nariadenie (EU) 2024/1351 o riadení azylu a migrácie nahrádza dublinské nariadenie.",
    "A menekültügyi és migrációkezelési rendelet (EU) 2024/1351 meghatározza, melyik tagállam felelős.",
    "Η οδηγία 2008/115/ΕΚ ορίζει κοινούς κανόνες για την επιστροφή.",
    "Директива (ЕС) 2024/1346 определя стандартите за приемане на кандидатите.",
    "Regulation (EU) No 604/2013 is replaced by the new regulation on asylum and migration management.",
    "Države članice osiguravaju materijalne uvjete prihvata i novčanu pomoć.",
    "Each Member State shall draw up a contingency plan for reception and update it regularly.",
    "Τα κράτη μέλη πρέπει να εκπονήσουν σχέδια έκτακτης ανάγκης για την υποδοχή."])
def test_a_sentence_about_eu_law_in_several_languages(sentence):
    n, heads = eu_law_sentences(_seg([sentence]))
    assert n == 1 and len(heads) == 1


@pytest.mark.parametrize("sentence", [  # (an act's number among the first eight words counts, whatever comes before it:
    # "Article 10 of Regulation (EU) 2024/1356 entrusts …" does; the share and the count keep such a strategy in, below)
    "Slovenia will cooperate with other Member States on joint patrols and information exchange.",
    "From June 2026 the Reception Act of the ministry transposes Directive (EU) 2024/1346.",
    "Short line (EU) 2024/1351"])  # under five words: not a sentence read
def test_a_strategy_citing_eu_law_is_not_about_it(sentence):
    assert eu_law_sentences(_seg([sentence]))[1] == ()


@pytest.fixture(scope="module")
def on_topic(template, fake_encoder):
    def read(texts: list[str]):
        m = match(_seg(texts), template, fake_encoder, "en", evidence_bank=False)
        n = len(m.passages)
        return dataclasses.replace(m, topic_sim=np.full(n, 0.9, np.float32), genre_sim=np.full(n, 0.8, np.float32))
    return read


def test_a_description_of_eu_law_is_out_of_scope_and_says_so(on_topic):
    """recall12's Czech overview of the Pact was in scope 0.87 with five key elements covered, its Greek note on the
    Return and Reception Directives 0.76 with three: both models read EU law on asylum as strategy text. 4 of its 7
    sentences have an EU act or the member states as their subject; a strategy citing the acts is not put out."""
    d = assess_scope(on_topic(PACT_CS), _seg(PACT_CS))
    assert not d.in_scope and d.score == 0.45
    assert d.reason == ("a description of EU law, not a national strategy: 4 of its 7 sentences have an EU act or the member "
                        "states as their subject (\"Nařízení (EU) 2024/1351 o řízení azylu a migrace\" …)")
    s = assess_scope(on_topic(STRATEGY_EN), _seg(STRATEGY_EN))
    assert s.in_scope and s.score == 0.9


def _passage(i: int, text: str, section: str | None) -> Passage:
    return Passage(id=f"doc:P{i:04d}", block_ids=(f"b{i}",), section_id=section, page=1, text=text)


def test_item_units_join_one_sentence_passages_per_section():
    texts = ["1. Denmark received 2 300 applications in 2025.", "2. The main route crosses the German land border.",
             "3. Every applicant is registered within seven days.", "A paragraph. Of two sentences.",
             "4. Rejected applicants return.", "- Voluntary return comes first."]
    sections = ["1", "1", "2.1.2", "2.1.2", "2.1.2", "2.1.2"]
    passages = [_passage(i, t, s) for i, (t, s) in enumerate(zip(texts, sections))]
    sentences = [[t] for t in texts]
    sentences[3] = ["A paragraph.", "Of two sentences."]
    assert item_units(passages, sentences) == [
        ((0, 1), "Denmark received 2 300 applications in 2025. The main route crosses the German land border."),  # section 1
        ((2,), "3. Every applicant is registered within seven days."),  # a run of one: the passage as it was read
        ((3,), "A paragraph. Of two sentences."),  # a paragraph: a unit of its own
        ((4, 5), "Rejected applicants return. Voluntary return comes first.")]
    # no two one-sentence passages of a section in a row: the units would be the passages
    assert item_units(passages[2:4], sentences[2:4]) is None


def test_a_document_of_one_sentence_items_is_read_with_them_joined(on_topic, monkeypatch):
    """fresh8 #5's English strategy of numbered one-sentence paragraphs read topicality 0.46, scope_heldout11's Greek twin
    0.42: each bare sentence reads as a list line. Half its answer words in one-sentence passages, the document is read a
    second time with each section's items joined (real model: the Greek one 0.75); asked only below the threshold, and a
    document of paragraphs is never read so, nor one with no Annex heading (fresh8's Italian budget-law chapter of one-line
    items read 0.40 → 0.71 joined)."""
    from analyser import scope

    items = ["1. Denmark received 2 300 applications for asylum in 2025.", "2. Every applicant is registered within seven days.",
             "3. Unaccompanied minors live in separate homes with a guardian."]
    m = dataclasses.replace(on_topic(items), topic_sim=np.full(3, 0.42, np.float32))
    assert not assess_scope(m, _seg(items)).in_scope  # no joined read (hashing encoder: no bank)
    joined = dataclasses.replace(m, item_topic_sim=np.array([0.77], np.float32), item_words=np.array([28.0]))
    assert not assess_scope(joined, _seg(items)).in_scope  # no Annex heading: not read joined
    monkeypatch.setattr(scope, "annex_headed_sections", lambda seg: 1)  # one Annex heading (the genre still asked)
    d = assess_scope(joined, _seg(items))
    assert d.in_scope and d.score == 0.77
    # the genre model and the cues still decide after the joined read
    report = dataclasses.replace(joined, genre_sim=np.full(3, 0.3, np.float32))
    assert not assess_scope(report, _seg(items)).in_scope
    # a document of paragraphs (one passage of three sentences) is not read again
    para = [" ".join(t[3:] for t in items)]
    mp = dataclasses.replace(on_topic(para), topic_sim=np.full(1, 0.42, np.float32), item_topic_sim=np.array([0.77], np.float32),
                             item_words=np.array([28.0]))
    assert not assess_scope(mp, _seg(para)).in_scope
