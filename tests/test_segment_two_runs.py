"""The two-run split of a bare own chapter merging two sections (issue 14, seg14m; segment/outline.py _best_two_run).

Fast: synthetic standardised content scores shaped as the real ones measured on the merged chapters of
paraphr10/paraphr11/merged14 (scripts/two_run_splits.py)."""

from __future__ import annotations

from analyser.segment.config import SegmentConfig
from analyser.segment.outline import _best_two_run


def _unit(rows: list[dict[str, float]]) -> list[tuple[int, dict[str, float]]]:
    return [(10 + r, scores) for r, scores in enumerate(rows)]


def test_return_then_partners_splits_at_the_change_point():
    """German "Rückkehr und Zusammenarbeit mit Herkunftsländern" (2.1.2 then 2.1.1): the partners run at the end reads
    2.1.1 against 2.1.2 far more than the return run does, though its second paragraph ranks 2.6 first."""
    unit = _unit([
        {"2.1.2": 1.04, "2.1.1": -0.60, "2.3.3": 1.46, "2.6": 0.1},
        {"2.1.2": 1.63, "2.1.1": -0.40, "2.3.3": 0.56, "2.6": 0.2},
        {"2.1.2": 0.20, "2.1.1": 1.60, "2.3.3": 0.30, "2.6": 1.00},
        {"2.1.2": 0.50, "2.1.1": 0.72, "2.3.3": 1.05, "2.6": 1.16},
    ])
    found = _best_two_run(unit, "2.1.2", ["2.1.1"], 4)
    assert found is not None
    assert (found.section, found.run) == ("2.1.1", (12, 13))
    assert found.contrast >= SegmentConfig().own_two_run_contrast
    assert round(found.run_lead, 2) == 0.81 and round(found.min_lead, 2) == 0.22


def test_short_chapters_and_no_target_are_not_read():
    """Three paragraphs cannot hold two runs of two; no target, no split; min_blocks 0 switches it off."""
    rows = [{"2.6": 1.0, "2.4": 0.0}] * 3
    assert _best_two_run(_unit(rows), "2.6", ["2.4"], 4) is None
    assert _best_two_run(_unit(rows * 2), "2.6", [], 4) is None
    assert _best_two_run(_unit(rows * 2), "2.6", ["2.4"], 0) is None


def test_one_topic_chapter_has_no_contrast():
    """A chapter reading one section throughout: the best run's contrast is near 0, under both thresholds."""
    unit = _unit([{"2.6": 2.0, "2.4": 0.5}, {"2.6": 1.8, "2.4": 0.4}, {"2.6": 2.1, "2.4": 0.6}, {"2.6": 1.9, "2.4": 0.5}])
    found = _best_two_run(unit, "2.6", ["2.4"], 4)
    cfg = SegmentConfig()
    assert found is not None and found.contrast < cfg.own_two_run_titled_contrast < cfg.own_two_run_contrast
