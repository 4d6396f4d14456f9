"""PROM scoring and the return-to-run tables."""

import pytest

from runcare.clinical.plans.model import Stage
from runcare.clinical.proms import PromError, change_vs_baseline, lefs, nprs, psfs, visa_a
from runcare.clinical.return_to_run import (
    CALF_PHASES,
    WALK_RUN_TABLE,
    may_start_walk_run,
    run_guidance,
    walk_run_stage,
)


def test_lefs_sums_twenty_items_to_eighty() -> None:
    assert lefs([4] * 20) == 80
    assert lefs([2] * 20) == 40


def test_lefs_prorates_up_to_two_missing_items() -> None:
    assert lefs([4] * 18 + [None, None]) == 80
    with pytest.raises(PromError, match="more than 2"):
        lefs([4] * 17 + [None] * 3)


@pytest.mark.parametrize("items", [[4] * 19, [5] + [4] * 19, [True] + [4] * 19])
def test_lefs_refuses_bad_answers(items: list) -> None:
    with pytest.raises(PromError):
        lefs(items)


def test_nprs_and_psfs() -> None:
    assert nprs(7) == 7
    with pytest.raises(PromError):
        nprs(11)
    assert psfs([3, 4, 8]) == 5.0
    with pytest.raises(PromError):
        psfs([])


def test_visa_a_uses_exactly_one_branch_of_question_8() -> None:
    assert visa_a([10] * 7, 30, None) == 100
    assert visa_a([5] * 7, None, 10) == 45
    with pytest.raises(PromError):
        visa_a([5] * 7, 10, 10)
    with pytest.raises(PromError):
        visa_a([5] * 7, None, None)
    with pytest.raises(PromError):
        visa_a([5] * 6, 10, None)
    with pytest.raises(PromError):
        visa_a([5] * 7, 31, None)


@pytest.mark.parametrize(
    ("measure", "baseline", "current", "improved", "worse"),
    [
        ("nprs", 6, 4, True, False),  # 2 points
        ("nprs", 3, 2, True, False),  # 33 %
        ("nprs", 6, 5, False, False),
        ("nprs", 2, 4, False, True),
        ("nprs", 0, 0, False, False),
        ("lefs", 50, 59, True, False),
        ("lefs", 50, 41, False, True),
        ("psfs", 4, 5, False, False),
        ("visa_a", 60, 70, True, False),
    ],
)
def test_change_vs_baseline_against_mcid(measure, baseline, current, improved, worse) -> None:  # type: ignore[no-untyped-def]
    change = change_vs_baseline(measure, baseline, current)
    assert (change.improved, change.worse) == (improved, worse)


def test_unknown_measure_is_refused() -> None:
    with pytest.raises(PromError):
        change_vs_baseline("iq", 1, 2)


def test_walk_run_table_matches_the_published_progression() -> None:
    assert len(WALK_RUN_TABLE) == 10
    assert (WALK_RUN_TABLE[0].run_min, WALK_RUN_TABLE[0].walk_min) == (1, 4)
    assert WALK_RUN_TABLE[-1].total_min == 30
    assert walk_run_stage(0).number == 1 and walk_run_stage(99).number == 10
    assert [p.name for p in CALF_PHASES] == ["A", "B", "C"]


@pytest.mark.parametrize(
    ("stage", "walk", "pain", "raises", "expected"),
    [
        (Stage.P3, 0, 5, 0, True),
        (Stage.P2, 30, 2, 20, True),
        (Stage.P2, 30, 3, 20, False),
        (Stage.P2, 25, 0, 20, False),
        (Stage.P2, 30, 0, 19, False),
    ],
    ids=["run_ready_stage", "overuse_gate_met", "walk_too_painful", "walk_too_short",
         "too_few_raises"],
)  # fmt: skip
def test_walk_run_gate(stage, walk, pain, raises, expected) -> None:  # type: ignore[no-untyped-def]
    assert may_start_walk_run(stage, walk, pain, raises) is expected


def test_run_guidance_by_stage() -> None:
    assert not run_guidance(Stage.P4, False, restricted=True).allowed
    assert not run_guidance(Stage.P1, False, restricted=False).allowed
    assert run_guidance(Stage.P3, True, restricted=False).calf_phase == "A"
    assert run_guidance(Stage.P3, False, restricted=False).walk_run_stage == 1
    assert run_guidance(Stage.P4, False, restricted=False).allowed
