import pytest

from runcare.clinical.conditions import Condition
from runcare.clinical.fact_parsing import parse_facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.engine import triage, triage_to_dict
from runcare.clinical.triage.ruleset import ALL_RULES, RULESET_VERSION, _check_unique
from tests.clinical.cases import BENIGN, with_


def run(**changes: object):  # type: ignore[no-untyped-def]
    return triage(parse_facts(with_(**changes)))


def test_output_has_every_field_of_the_contract() -> None:
    data = triage_to_dict(run(swelling=True))
    for key in (
        "triage",
        "condition",
        "differentials",
        "wells_score",
        "fired_rules",
        "ruleset_version",
        "advice",
    ):
        assert key in data
    assert data["triage"] == "urgent_doctor"
    assert data["ruleset_version"] == RULESET_VERSION
    assert set(data["fired_rules"][0]) >= {"rule_id", "level", "message", "evidence"}


def test_suspected_clot_advice_says_today_and_lists_the_wells_score() -> None:
    result = run(swelling=True, pitting_edema=True, leg_swollen_whole=True)
    assert result.condition is Condition.DEEP_VEIN_THROMBOSIS
    assert result.advice.how_soon.startswith("today")
    assert "this week" not in result.advice.text
    assert "Wells" in result.advice.text


def test_urgent_without_clot_is_today_or_tomorrow() -> None:
    result = run(can_bend_knee=False)
    assert result.advice.how_soon == "today (tomorrow at the latest)"


def test_pe_signs_make_it_an_emergency_with_pe_condition() -> None:
    result = run(swelling=True, chest_pain_or_breathlessness=True)
    assert result.level is TriageLevel.EMERGENCY
    assert result.condition is Condition.DEEP_VEIN_THROMBOSIS_WITH_SUSPECTED_PE
    assert Condition.DEEP_VEIN_THROMBOSIS in result.differentials
    assert "now" in result.advice.how_soon


def test_unanswered_item_escalates_and_is_named_in_the_advice() -> None:
    data = dict(BENIGN)
    data["foot_cold_pale_or_pulseless"] = None
    result = triage(parse_facts(data))
    assert result.level is TriageLevel.EMERGENCY
    finding = next(f for f in result.findings if f.rule_id == "R-VASC-1")
    assert finding.unanswered == ("foot_cold_pale_or_pulseless",)
    assert not finding.certain
    assert "foot_cold_pale_or_pulseless" in result.advice.text
    # the condition comes from confirmed answers only
    assert result.condition is Condition.CALF_OVERUSE_LOAD_INTOLERANCE


def test_see_doctor_advice_has_no_wells_line_for_self_care() -> None:
    assert "Wells" not in run().advice.text
    assert run(limp=True).advice.how_soon == "within about a week"


@pytest.mark.parametrize(
    ("changes", "condition"),
    [
        ({"location": "lower_calf_achilles", "onset": "gradual"},
         Condition.ACHILLES_TENDINOPATHY_MIDPORTION),
        ({"side": "bilateral", "mechanism": "unaccustomed_exercise", "days_since_onset": 2},
         Condition.DOMS),
        ({"onset": "sudden", "mechanism": "long_run_or_race", "pain_at_rest_0_10": 0,
          "days_since_onset": 0}, Condition.EXERCISE_ASSOCIATED_MUSCLE_CRAMP),
        ({"location": "posteromedial_tibia"}, Condition.MEDIAL_TIBIAL_STRESS_SYNDROME),
        ({"location": "lower_calf_deep", "mechanism": "long_run_or_race"},
         Condition.SOLEUS_STRAIN_MILD),
        ({"mechanism": "direct_blow"}, Condition.CALF_CONTUSION),
        ({"onset": "sudden", "mechanism": "sudden_push_off_or_sprint"},
         Condition.CALF_MUSCLE_STRAIN_MILD),
        ({"onset": "sudden", "mechanism": "sudden_push_off_or_sprint",
          "previous_calf_strain": True}, Condition.CALF_MUSCLE_STRAIN_RECURRENT),
        ({"mechanism": "other"}, Condition.CALF_OVERUSE_LOAD_INTOLERANCE),
        ({"mechanism": "other", "single_run_spike_pct": 40},
         Condition.CALF_OVERUSE_LOAD_INTOLERANCE),
    ],
    ids=["achilles_gradual_tendon", "bilateral_after_new_exercise_doms", "cramp_in_race",
         "inner_shin_mtss", "deep_low_calf_soleus", "knock_contusion", "sprint_mild_strain",
         "second_strain_recurrent", "no_story_defaults_to_overuse", "long_run_spike_overuse"],
)  # fmt: skip
def test_self_care_condition_is_named_from_the_story(changes, condition) -> None:  # type: ignore[no-untyped-def]
    result = run(**changes)
    assert result.level is TriageLevel.SELF_CARE_PROGRAM
    assert result.condition is condition


def test_moderate_strain_keeps_clot_and_rupture_as_differentials() -> None:
    result = run(limp=True)
    assert result.condition is Condition.CALF_MUSCLE_STRAIN_MODERATE
    assert Condition.DEEP_VEIN_THROMBOSIS in result.differentials
    assert result.condition not in result.differentials


def test_rule_without_condition_does_not_name_the_condition() -> None:
    result = run(new_medication_last_12_weeks=True)
    assert result.level is TriageLevel.SEE_DOCTOR
    assert result.condition is Condition.CALF_OVERUSE_LOAD_INTOLERANCE


def test_duplicate_rule_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        _check_unique((ALL_RULES[0], ALL_RULES[0]))


def test_rule_with_unknown_input_key_is_refused() -> None:
    from runcare.clinical.triage.rules import rule

    with pytest.raises(ValueError, match="unknown fact keys"):
        rule("R-X", level=TriageLevel.SEE_DOCTOR, condition=None, evidence=("CK",),
             inputs=("shoe_size",), message="x")  # fmt: skip


def test_levels_order_from_self_care_to_emergency() -> None:
    shuffled = [TriageLevel.URGENT_DOCTOR, TriageLevel.SELF_CARE_PROGRAM,
                TriageLevel.EMERGENCY, TriageLevel.SEE_DOCTOR]  # fmt: skip
    assert sorted(shuffled) == list(TriageLevel)
    assert TriageLevel.EMERGENCY > TriageLevel.URGENT_DOCTOR >= TriageLevel.URGENT_DOCTOR
    assert TriageLevel.SELF_CARE_PROGRAM < TriageLevel.SEE_DOCTOR <= TriageLevel.SEE_DOCTOR
    assert TriageLevel.EMERGENCY.__lt__(3) is NotImplemented
    assert TriageLevel.EMERGENCY.__le__(3) is NotImplemented
    assert TriageLevel.EMERGENCY.__gt__(3) is NotImplemented
    assert TriageLevel.EMERGENCY.__ge__(3) is NotImplemented


def test_a_rule_fired_by_unanswered_questions_says_so_in_its_message() -> None:
    data = dict(BENIGN)
    data["dark_urine"] = None
    finding = next(f for f in triage(parse_facts(data)).findings if f.rule_id == "R-SYS-1")
    assert finding.message.startswith("Not ruled out, unanswered: dark_urine.")
    confirmed = next(f for f in run(dark_urine=True).findings if f.rule_id == "R-SYS-1")
    assert not confirmed.message.startswith("Not ruled out")
