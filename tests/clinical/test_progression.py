from datetime import date, timedelta

import pytest

from runcare.clinical.checkins import CheckIn, needs_rescreen
from runcare.clinical.levels import TriageLevel
from runcare.clinical.plans.model import Stage
from runcare.clinical.progression import (
    Action,
    History,
    decide_progression,
    morning_baseline,
    weekly_means,
)

DAY = date(2026, 3, 10)


def day(n: int) -> date:
    return DAY - timedelta(days=n)


def history(*checkins: CheckIn, **kw: object) -> History:
    return History(stage=kw.pop("stage", Stage.P2), checkins=checkins, **kw)  # type: ignore[arg-type]


def test_two_calm_sessions_progress_volume_first_then_intensity() -> None:
    calm = (CheckIn(day(2), 1, 0), CheckIn(day(0), 2, 0))
    first = decide_progression(history(*calm), DAY)
    assert (first.action, first.rule_id, first.change) == (Action.PROGRESS, "PR-PROG-1", "volume")
    second = decide_progression(history(*calm, last_change="volume"), DAY)
    assert second.change == "intensity"  # never both at once


def test_stage_unlocks_only_with_criteria_on_two_separate_days() -> None:
    one_day = (CheckIn(day(1), 0, 0), CheckIn(day(0), 0, 0, stage_criteria_met=True))
    assert decide_progression(history(*one_day), DAY).rule_id == "PR-PROG-1"
    two_days = (CheckIn(day(1), 0, 0, stage_criteria_met=True),
                CheckIn(day(0), 0, 0, stage_criteria_met=True))  # fmt: skip
    decision = decide_progression(history(*two_days), DAY)
    assert (decision.rule_id, decision.next_stage) == ("PR-STAGE-1", Stage.P3)
    assert decide_progression(history(*two_days, stage=Stage.P4), DAY).rule_id == "PR-PROG-1"


def test_single_session_cannot_progress() -> None:
    assert decide_progression(history(CheckIn(day(0), 1, 0)), DAY).action is Action.REPEAT


@pytest.mark.parametrize(
    ("tendon", "pain", "action"),
    [(True, 4, Action.REPEAT), (True, 6, Action.REGRESS), (False, 3, Action.REPEAT),
     (False, 4, Action.REGRESS)],
    ids=["tendon_pain_4_acceptable", "tendon_pain_6_too_much", "strain_pain_3_repeat",
         "strain_pain_4_stricter_regress"],
)  # fmt: skip
def test_tendon_model_allows_more_pain_than_strain_rules(tendon, pain, action) -> None:  # type: ignore[no-untyped-def]
    h = history(CheckIn(day(1), 1, 0), CheckIn(day(0), pain, 0), tendon=tendon)
    assert decide_progression(h, DAY).action is action


def test_morning_pain_above_baseline_regresses() -> None:
    checkins = [CheckIn(day(n), 1, 1) for n in range(5, 1, -1)] + [CheckIn(day(0), 1, 3)]
    decision = decide_progression(history(*checkins, tendon=True), DAY)
    assert (decision.action, decision.next_stage) == (Action.REGRESS, Stage.P1)


def test_new_limp_regresses_a_strain() -> None:
    h = history(CheckIn(day(1), 1, 0), CheckIn(day(0), 1, 0, limp=True))
    assert decide_progression(h, DAY).rule_id == "PR-REG-1"


def test_two_regressions_in_a_row_send_to_a_doctor() -> None:
    h = history(CheckIn(day(0), 5, 0), previous_action=Action.REGRESS)
    decision = decide_progression(h, DAY)
    assert decision.rule_id == "PR-REG-2"
    assert decision.escalate_to is TriageLevel.SEE_DOCTOR


@pytest.mark.parametrize(
    "checkin",
    [CheckIn(DAY, 7), CheckIn(DAY, 1, signs=frozenset({"swelling"}))],
    ids=["pain_7_stop", "new_swelling_stop"],
)
def test_severe_pain_or_new_sign_stops_and_retriages(checkin: CheckIn) -> None:
    decision = decide_progression(history(checkin), DAY)
    assert decision.action is Action.STOP_AND_RETRIAGE and decision.rescreen


def test_weekly_mean_rising_by_two_regresses_and_rescreens() -> None:
    last_week = [CheckIn(day(n), 1) for n in (8, 9, 10)]
    this_week = [CheckIn(day(n), 3) for n in (0, 1, 2)]
    decision = decide_progression(history(*last_week, *this_week, tendon=True), DAY)
    assert decision.rule_id == "PR-WEEK-1" and decision.rescreen
    assert weekly_means(tuple(this_week), DAY) == (3.0, None)


def test_empty_history_is_an_error() -> None:
    with pytest.raises(ValueError):
        decide_progression(history(), DAY)


def test_morning_baseline_is_the_median_of_the_prior_week() -> None:
    checkins = (CheckIn(day(3), 0, 2), CheckIn(day(2), 0, 4), CheckIn(day(9), 0, 9))
    assert morning_baseline(checkins, DAY) == 3.0
    assert morning_baseline((), DAY) == 0.0


def test_rescreen_when_pain_jumps_two_or_a_new_sign_appears() -> None:
    before = CheckIn(day(1), 2)
    assert needs_rescreen(before, CheckIn(DAY, 4)).needed
    assert not needs_rescreen(before, CheckIn(DAY, 3)).needed
    check = needs_rescreen(before, CheckIn(DAY, 2, signs=frozenset({"redness", "notes"})))
    assert check.needed and check.reasons == ("new sign: redness",)
    assert check.rule_id == "R-SCREEN"


@pytest.mark.parametrize(
    "kwargs",
    [{"pain_during": 11}, {"pain_during": 1, "pain_next_morning": -1},
     {"pain_during": 1, "signs": frozenset({"sparkles"})}],
)  # fmt: skip
def test_checkin_validation(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        CheckIn(DAY, **kwargs)
