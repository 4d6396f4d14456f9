import pytest

from runcare.clinical.conditions import Condition
from runcare.clinical.fact_parsing import parse_facts
from runcare.clinical.plans.model import Stage
from runcare.clinical.selfcare.cold_heat import cold_and_heat
from runcare.clinical.selfcare.everyday import movement_snacks, toe_box_check
from runcare.clinical.selfcare.hydration import (
    HydrationError,
    SweatTest,
    body_mass_change_pct,
    hydration_plan,
    sweat_rate_l_per_h,
)
from runcare.clinical.selfcare.nsaids import NSAID_QUESTIONS, screen_nsaids
from runcare.clinical.selfcare.warmup import build_warm_up, warm_up_minutes
from tests.clinical.cases import with_

NONE = frozenset[Condition]()
ALL_NO = dict.fromkeys(NSAID_QUESTIONS, False)


def test_ice_allowed_only_with_no_cold_sensitivity_and_normal_feeling() -> None:
    facts = parse_facts(with_())
    advice = cold_and_heat(facts, NONE, cold_sensitivity=False, hours_since_onset=100)
    assert advice.ice_allowed and advice.heat_allowed and advice.minutes == (10, 20)
    assert not cold_and_heat(facts, NONE, None, 100).ice_allowed


@pytest.mark.parametrize(
    ("changes", "hours", "suspected"),
    [({}, 24, NONE), ({"redness": True}, 100, NONE), ({"swelling": None}, 100, NONE),
     ({}, None, NONE), ({}, 100, frozenset({Condition.CELLULITIS}))],
    ids=["first_three_days", "red_calf", "swelling_unknown", "onset_unknown", "infection"],
)  # fmt: skip
def test_no_heat_when_early_hot_swollen_or_infected(changes, hours, suspected) -> None:  # type: ignore[no-untyped-def]
    advice = cold_and_heat(parse_facts(with_(**changes)), suspected, False, hours)
    assert not advice.heat_allowed and advice.reasons


def test_nsaids_mentioned_only_when_every_answer_is_no() -> None:
    assert screen_nsaids(ALL_NO, NONE).may_mention
    blocked = screen_nsaids({**ALL_NO, "age_65_plus": True}, NONE)
    assert not blocked.may_mention and blocked.reasons == ("age_65_plus",)
    assert not screen_nsaids({**ALL_NO, "pregnancy": None}, NONE).may_mention


def test_nsaids_never_while_clot_or_fracture_is_being_ruled_out() -> None:
    result = screen_nsaids(ALL_NO, frozenset({Condition.TIBIAL_STRESS_FRACTURE}))
    assert not result.may_mention and "being_ruled_out" in result.reasons
    both = screen_nsaids({**ALL_NO, "being_ruled_out": True},
                         frozenset({Condition.DEEP_VEIN_THROMBOSIS}))  # fmt: skip
    assert both.reasons.count("being_ruled_out") == 1


def test_nsaid_screen_refuses_unknown_questions() -> None:
    with pytest.raises(ValueError):
        screen_nsaids({"favourite_colour": False}, NONE)


def test_sweat_rate_worked_example() -> None:
    assert sweat_rate_l_per_h(SweatTest(70.0, 69.2, 0.6, 0.0, 1.0)) == 1.4
    assert sweat_rate_l_per_h(SweatTest(70.0, 71.0, 0.0, 0.0, 1.0)) == 0.0


@pytest.mark.parametrize(
    "test", [SweatTest(70, 69, 0.5, 0, 0), SweatTest(0, 69, 0.5, 0, 1), SweatTest(70, 69, -1, 0, 1)]
)
def test_sweat_rate_refuses_impossible_inputs(test: SweatTest) -> None:
    with pytest.raises(HydrationError):
        sweat_rate_l_per_h(test)


def test_hydration_plan_uses_ace_numbers_and_warns_against_weight_gain() -> None:
    plan = hydration_plan(90)
    assert plan.before_ml == (500, 600) and plan.during_ml_per_15_min == 250
    assert any("weigh more" in w for w in plan.warnings)
    assert len(hydration_plan(45).warnings) == 2
    assert hydration_plan(90, sweat_rate=1.0).during_ml_per_15_min == 200
    assert hydration_plan(90, sweat_rate=3.0).during_ml_per_15_min == 400


def test_body_mass_change_warnings() -> None:
    assert body_mass_change_pct(70, 70.5)[1] is not None
    assert body_mass_change_pct(70, 68)[1] is not None
    assert body_mass_change_pct(70, 69.5) == (-0.7, None)


def test_warm_up_is_five_to_ten_minutes_and_adds_hops_only_at_p4() -> None:
    full = build_warm_up(Stage.P4)
    assert 5 <= warm_up_minutes(full) <= 10
    assert "pogo_hops" in {m.exercise_id for m in full}
    assert "pogo_hops" not in {m.exercise_id for m in build_warm_up(Stage.P3)}
    assert len(build_warm_up(Stage.P4, calf_loading_allowed=False)) == 4


def test_toe_box_check() -> None:
    assert toe_box_check(False, True, False).ok
    advice = toe_box_check(True, False, True)
    assert not advice.ok and "next pair" in advice.advice
    assert "replace" in toe_box_check(True, True, False).advice


def test_movement_snacks_respect_calf_restrictions() -> None:
    assert len(movement_snacks(3, True)) == 3
    restricted = movement_snacks(8, False)
    assert all("heel" not in s and "jumping" not in s for s in restricted)
    assert len(movement_snacks(0, True)) == 1
