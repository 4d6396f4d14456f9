"""Condition-specific plan rules: shin splints (P-MTSS-1), knee-to-wall (P-KTW-1), strain grades
(P-GRADE-1) and slower progression for older runners or an earlier strain (PR-STAGE-2)."""

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from runcare.clinical.checkins import CheckIn
from runcare.clinical.conditions import Condition
from runcare.clinical.exercises.library import load_library
from runcare.clinical.fact_parsing import parse_facts
from runcare.clinical.fact_specs import FactsError
from runcare.clinical.levels import TriageLevel
from runcare.clinical.plans.blocks import assemble_blocks
from runcare.clinical.plans.builder import build_plan
from runcare.clinical.plans.dorsiflexion import assess_dorsiflexion, meaningful_change
from runcare.clinical.plans.model import Decision, Plan, Stage
from runcare.clinical.plans.safety import protective_decision
from runcare.clinical.plans.templates import (
    DORSIFLEXION,
    MTSS,
    OVERUSE_TEMPLATES,
    TEMPLATES_BY_NAME,
    template_for,
)
from runcare.clinical.progression import (
    Action,
    History,
    decide_progression,
    slower_progression,
)
from runcare.clinical.return_to_run import run_guidance
from runcare.clinical.triage.engine import triage
from tests.clinical.cases import with_

TODAY = date(2026, 3, 2)
LIBRARY = load_library()
SHIN = {"location": "posteromedial_tibia"}
IMPACT_OR_CALF_LOAD = {"impact", "calf_load", "stretch"}
SPRINT = {"onset": "sudden", "mechanism": "sudden_push_off_or_sprint", "days_since_onset": 10}


def plan(baseline: dict[str, Any] | None = None, **changes: object) -> Plan:
    facts = parse_facts(with_(**changes))
    built = build_plan(facts, triage(facts), TODAY, baseline=baseline)
    assert built is not None
    return built


def decision(p: Plan, rule_id: str) -> Decision:
    return next(d for d in p.decisions if d.rule_id == rule_id)


def rule_ids(p: Plan) -> set[str]:
    return {d.rule_id for d in p.decisions}


def all_ids(blocks: tuple[Any, ...]) -> set[str]:
    return {item.exercise_id for block in blocks for item in block.items}


# --- shin splints (MTSS) -------------------------------------------------------------------


def test_shin_splints_get_load_management_cross_training_foot_core_and_calf_strength() -> None:
    p = plan(**SHIN)
    assert p.condition is Condition.MEDIAL_TIBIAL_STRESS_SYNDROME
    assert p.template == "medial_tibial_stress_syndrome"
    kinds = {b.kind: b for b in p.blocks}
    assert {"strength", "stretch", "foot_core", "cross_training"} <= set(kinds)
    assert {"pool_running", "stationary_bike"} <= all_ids((kinds["cross_training"],))
    assert {"single_leg_heel_raise_bent_knee", "seated_soleus_raise"} <= p.exercise_ids()
    load = decision(p, "P-MTSS-1")
    assert load.inputs == {"stage": "P2", "run_allowed": False}
    assert "stress fracture" in load.explanation and "CK" in load.evidence
    assert set(MTSS.evidence) >= {"S50", "S52", "S38"}
    assert not p.run.allowed


@pytest.mark.parametrize("stage", list(Stage), ids=lambda s: f"shin_splints_at_{s}")
def test_shin_splints_are_never_offered_hops_or_skips_at_any_stage(stage: Stage) -> None:
    """Plyometrics are held back for shin splints at every stage, warm-up included."""
    facts = parse_facts(with_(**SHIN))
    suspected = frozenset({Condition.MEDIAL_TIBIAL_STRESS_SYNDROME})
    blocks, _ = assemble_blocks(MTSS, stage, facts, suspected, False, LIBRARY)
    ids = all_ids(blocks)
    assert not any("impact" in LIBRARY[i].flags for i in ids)
    assert "plyometric" not in {b.kind for b in blocks}


def test_pain_free_shin_splints_prevention_warm_up_leaves_out_pogo_hops() -> None:
    """The warm-up follows the library's contraindications, as every other block does."""
    shins = plan(pain_0_10=0, pain_at_rest_0_10=0, **SHIN)
    assert shins.template == "prevention" and shins.stage is Stage.P4
    assert "pogo_hops" not in shins.exercise_ids() and "skipping" not in shins.exercise_ids()
    assert "pogo_hops" in plan(pain_0_10=0, pain_at_rest_0_10=0).exercise_ids()


@pytest.mark.parametrize(
    "signs",
    [{"pain_on_hopping": True}, {"focal_bone_tenderness": True},
     {"focal_bone_tenderness": None}, {"pain_on_hopping": None}],
    ids=["pain_on_hopping_is_bone_stress", "focal_bone_tenderness_is_bone_stress",
         "unanswered_bone_tenderness_never_reassures", "unanswered_hop_test_never_reassures"],
)  # fmt: skip
def test_suspected_bone_stress_in_the_shin_never_offers_hopping(signs: dict) -> None:
    facts = parse_facts(with_(**SHIN, **signs))
    result = triage(facts)
    assert result.level is TriageLevel.SEE_DOCTOR
    assert Condition.TIBIAL_STRESS_FRACTURE in result.suspected
    built = build_plan(facts, result, TODAY)
    assert built is not None and not built.run.allowed
    assert "P-SAFE-1" in rule_ids(built)
    protect = protective_decision(result.suspected) is not None
    template = TEMPLATES_BY_NAME[built.template]
    for stage in Stage:  # a stage moved later by a therapist keeps the filter
        blocks, _ = assemble_blocks(template, stage, facts, result.suspected, protect, LIBRARY)
        assert not any(LIBRARY[i].flags & IMPACT_OR_CALF_LOAD for i in all_ids(blocks))


@pytest.mark.parametrize(
    ("stage", "impact_limited", "expected"),
    [(Stage.P3, True, "flat, even ground"), (Stage.P4, True, "hopping hurts"),
     (Stage.P3, False, "every other day."), (Stage.P4, False, "Run as usual")],
    ids=["shin_walk_run_on_even_ground", "shin_return_keeps_bone_stress_safety_net",
         "other_walk_run_unchanged", "other_return_unchanged"],
)  # fmt: skip
def test_shin_splints_run_guidance_limits_impact(
    stage: Stage, impact_limited: bool, expected: str
) -> None:
    guidance = run_guidance(stage, False, False, impact_limited=impact_limited)
    assert guidance.allowed and expected in guidance.summary


# --- knee-to-wall (P-KTW-1) ----------------------------------------------------------------

KTW_CASES = [
    ("under_10cm_on_the_painful_side", "left", 9.9, 10.5, True),
    ("exactly_10cm_is_not_restricted", "left", 10.0, 11.0, False),
    ("sides_over_2cm_apart_even_when_both_are_long", "left", 12.0, 14.1, True),
    ("exactly_2cm_apart_is_normal_asymmetry_despite_float_rounding", "left", 13.3, 11.3, False),
    ("short_pain_free_side_alone_is_not_flagged", "left", 11.0, 9.5, False),
    ("unknown_side_judges_both_ankles", None, 12.0, 9.0, True),
    ("bilateral_pain_judges_both_ankles", "bilateral", 9.5, 9.8, True),
    ("right_side_pain_uses_the_right_value", "right", 11.0, 9.9, True),
    ("one_measured_painful_side_can_still_show_restriction", "left", 8, None, True),
    ("only_the_other_side_measured_shows_nothing", "left", None, 8, False),
]


@pytest.mark.parametrize(
    ("side", "left", "right", "restricted"),
    [c[1:] for c in KTW_CASES],
    ids=[c[0] for c in KTW_CASES],
)
def test_knee_to_wall_restriction_rule(
    side: str | None, left: float | None, right: float | None, restricted: bool
) -> None:
    baseline = {"knee_to_wall_cm_left": left, "knee_to_wall_cm_right": right}
    assessment = assess_dorsiflexion(side, baseline)
    assert assessment is not None
    assert assessment.restricted is restricted


@pytest.mark.parametrize(
    "baseline",
    [None, {}, {"knee_to_wall_cm_left": None, "knee_to_wall_cm_right": None}, {"lefs": [4] * 20}],
    ids=["no_baseline", "empty_baseline", "test_skipped", "other_measures_only"],
)
def test_no_knee_to_wall_measure_means_no_judgement(baseline: dict | None) -> None:
    assert assess_dorsiflexion("left", baseline) is None


@pytest.mark.parametrize(
    "value", [True, "9", -1, 31], ids=["yes_no_answer", "text", "negative", "implausibly_long"]
)
def test_bad_knee_to_wall_values_are_refused_naming_the_field(value: object) -> None:
    with pytest.raises(FactsError) as error:
        assess_dorsiflexion("left", {"knee_to_wall_cm_left": value})
    assert error.value.field == "knee_to_wall_cm_left"


@pytest.mark.parametrize(
    ("before", "after", "meaningful"),
    [(10, 12, False), (10, 12.1, True), (12.1, 10, True), (9.3, 11.3, False)],
    ids=["2cm_is_within_noise", "over_2cm_gain_counts", "over_2cm_loss_counts",
         "float_2cm_is_within_noise"],
)  # fmt: skip
def test_knee_to_wall_change_counts_only_beyond_about_2cm(
    before: float, after: float, meaningful: bool
) -> None:
    assert meaningful_change(before, after) is meaningful


RESTRICTED = {"knee_to_wall_cm_left": 8.0, "knee_to_wall_cm_right": 12.5}


def test_restricted_dorsiflexion_adds_daily_knee_to_wall_rocks_at_library_dose() -> None:
    p = plan(baseline=RESTRICTED)
    mobility = next(b for b in p.blocks if b.kind == "mobility")
    item = next(i for i in mobility.items if i.exercise_id == "knee_to_wall_mobility")
    dose = LIBRARY["knee_to_wall_mobility"].dose
    assert (item.sets, item.reps, item.per_side) == (dose.sets, dose.reps, dose.per_side)
    assert mobility.sessions_per_week == 7
    ktw = decision(p, "P-KTW-1")
    assert ktw.inputs["in_plan"] is True
    assert ktw.inputs["knee_to_wall_cm_left"] == 8.0 and ktw.inputs["asymmetry_cm"] == 4.5
    assert ktw.evidence == ("S30", "S31", "S31b", "CK")


def test_normal_knee_to_wall_changes_nothing() -> None:
    normal = plan(baseline={"knee_to_wall_cm_left": 12.0, "knee_to_wall_cm_right": 12.5})
    assert normal == plan()
    assert "P-KTW-1" not in rule_ids(normal)
    assert "knee_to_wall_mobility" not in normal.exercise_ids()


def test_existing_callers_without_baseline_still_work() -> None:
    facts = parse_facts(with_())
    assert build_plan(facts, triage(facts), TODAY) == plan()


def test_restricted_dorsiflexion_waits_out_the_first_days_after_a_sudden_strain() -> None:
    p = plan(baseline=RESTRICTED, onset="sudden", mechanism="sudden_push_off_or_sprint",
             days_since_onset=1)  # fmt: skip
    assert p.stage is Stage.P0
    assert "knee_to_wall_mobility" not in p.exercise_ids()
    assert decision(p, "P-KTW-1").inputs["in_plan"] is False


def test_restricted_dorsiflexion_stage_moved_up_within_72_hours_still_waits() -> None:
    facts = parse_facts(with_(onset="sudden", mechanism="sudden_push_off_or_sprint",
                              days_since_onset=1))  # fmt: skip
    assessment = assess_dorsiflexion("left", RESTRICTED)
    blocks, decisions = assemble_blocks(
        template_for(Condition.CALF_MUSCLE_STRAIN_MILD, False), Stage.P2, facts, frozenset(),
        False, LIBRARY, dorsiflexion=assessment,
    )  # fmt: skip
    assert "knee_to_wall_mobility" not in all_ids(blocks)
    assert next(d for d in decisions if d.rule_id == "P-KTW-1").inputs["in_plan"] is False


def test_knee_to_wall_rocks_are_never_added_while_a_rupture_is_suspected() -> None:
    facts = parse_facts(with_())
    suspected = frozenset({Condition.ACHILLES_TENDON_RUPTURE})
    blocks, decisions = assemble_blocks(
        template_for(Condition.CALF_OVERUSE_LOAD_INTOLERANCE, False), Stage.P2, facts, suspected,
        True, LIBRARY, dorsiflexion=assess_dorsiflexion("left", RESTRICTED),
    )  # fmt: skip
    assert "knee_to_wall_mobility" not in all_ids(blocks)
    assert next(d for d in decisions if d.rule_id == "P-KTW-1").inputs["in_plan"] is False


@pytest.mark.parametrize("baseline", [None, RESTRICTED], ids=["no_measure", "measured_restriction"])
def test_restricted_dorsiflexion_condition_uses_its_own_template(baseline: dict | None) -> None:
    facts = parse_facts(with_())
    result = replace(triage(facts), condition=Condition.RESTRICTED_ANKLE_DORSIFLEXION)
    p = build_plan(facts, result, TODAY, baseline=baseline)
    assert p is not None and p.template == "restricted_dorsiflexion" == DORSIFLEXION.name
    ids = [i.exercise_id for b in p.blocks for i in b.items]
    assert ids.count("knee_to_wall_mobility") == 1
    assert ids.index("knee_to_wall_stretch") < ids.index("standing_calf_stretch")
    assert ("P-KTW-1" in rule_ids(p)) is (baseline is not None)


def test_every_template_is_known_by_its_stored_name() -> None:
    assert set(TEMPLATES_BY_NAME) >= {"medial_tibial_stress_syndrome", "restricted_dorsiflexion"}
    assert all(t.name == name for name, t in TEMPLATES_BY_NAME.items())
    assert set(TEMPLATES_BY_NAME) >= OVERUSE_TEMPLATES


# --- strain grades (P-GRADE-1) and slower progression -----------------------------------------

GRADE_CASES = [
    ("mild_strain_self_care_expects_1_to_3_weeks", {**SPRINT},
     "calf_muscle_strain_mild", "about 1-3 weeks", [], False, False),
    ("moderate_strain_sees_a_clinician_and_leaves_out_hops", {**SPRINT, "bruising": True},
     "calf_muscle_strain_moderate", "about 3-6 weeks", ["pogo_hops", "skipping"], True, False),
    ("tennis_leg_sees_a_clinician_and_expects_6_weeks", {**SPRINT, "heard_pop": True},
     "medial_gastrocnemius_strain_tennis_leg", "around 6 weeks", [], True, False),
    ("repeat_strain_progresses_more_slowly", {**SPRINT, "previous_calf_strain": True},
     "calf_muscle_strain_recurrent", "longer than after a first strain", [], False, True),
    ("older_runner_mild_strain_progresses_more_slowly", {**SPRINT, "age": 55},
     "calf_muscle_strain_mild", "about 1-3 weeks", [], False, True),
    ("soleus_strain_takes_a_little_longer",
     {"location": "lower_calf_deep", "mechanism": "long_run_or_race"},
     "soleus_strain_mild", "usually a week or so longer than other calf strains", [], False,
     False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("changes", "condition", "expected_return", "left_out", "in_person", "slower"),
    [c[1:] for c in GRADE_CASES],
    ids=[c[0] for c in GRADE_CASES],
)
def test_strain_grades_differ_and_each_difference_is_recorded(
    changes: dict,
    condition: str,
    expected_return: str,
    left_out: list[str],
    in_person: bool,
    slower: bool,
) -> None:
    p = plan(**changes)
    assert p.condition.value == condition
    grade = decision(p, "P-GRADE-1")
    assert grade.inputs == {
        "condition": condition,
        "expected_return": expected_return,
        "left_out": left_out,
        "in_person_first": in_person,
        "slower_progression": slower,
    }
    assert ("P-SEE-1" in rule_ids(p)) is in_person
    assert ("P-RISK-1" in rule_ids(p)) is slower
    assert p.restricted is in_person and (p.stage <= Stage.P1 or not in_person)
    assert not left_out or "not part of the plan" in grade.explanation.lower()
    assert not (p.exercise_ids() & set(left_out))


def test_moderate_strain_starts_lower_than_the_same_mild_strain() -> None:
    calm = {**SPRINT, "pain_0_10": 2, "single_leg_heel_raise_reps_affected": 15}
    mild, moderate = plan(**calm), plan(**calm, swelling=True, calf_circumference_diff_cm=0.5)
    assert (mild.stage, moderate.stage) == (Stage.P2, Stage.P1)
    assert decision(moderate, "P-SEE-1").inputs["stage"] == "P2"


def test_not_a_strain_has_no_grade() -> None:
    assert "P-GRADE-1" not in rule_ids(plan())
    assert "P-GRADE-1" not in rule_ids(plan(**SHIN))


DAY = date(2026, 3, 10)


def _criteria_days(n: int) -> tuple[CheckIn, ...]:
    return tuple(CheckIn(DAY - timedelta(days=d), 0, 0, stage_criteria_met=True) for d in range(n))


@pytest.mark.parametrize(
    ("slower", "days", "rule_id", "next_stage"),
    [(False, 2, "PR-STAGE-1", Stage.P3), (True, 2, "PR-PROG-1", Stage.P2),
     (True, 3, "PR-STAGE-2", Stage.P3)],
    ids=["usual_runner_unlocks_after_two_days", "older_or_previously_strained_waits_a_third_day",
         "older_or_previously_strained_unlocks_after_three_days"],
)  # fmt: skip
def test_older_runner_or_earlier_strain_holds_each_stage_longer(
    slower: bool, days: int, rule_id: str, next_stage: Stage
) -> None:
    h = History(stage=Stage.P2, checkins=_criteria_days(days), slower=slower)
    result = decide_progression(h, DAY)
    assert (result.action, result.rule_id, result.next_stage) == (
        Action.PROGRESS,
        rule_id,
        next_stage,
    )
    assert result.inputs["slower_progression"] is slower


def test_stored_plan_decisions_tell_progression_to_go_slower() -> None:
    older = [{"rule_id": d.rule_id} for d in plan(age=60).decisions]
    younger = [{"rule_id": d.rule_id} for d in plan().decisions]
    assert slower_progression(older) and not slower_progression(younger)


# --- rebuilding a plan at a later stage ---------------------------------------------------


def test_a_plan_rebuilt_at_a_later_stage_uses_that_stages_exercises_and_running() -> None:
    facts = parse_facts(with_(**SPRINT))
    first = build_plan(facts, triage(facts), TODAY)
    later = build_plan(facts, triage(facts), TODAY, at_stage=Stage.P3)
    assert first is not None and later is not None
    assert first.stage is not Stage.P3 and later.stage is Stage.P3
    assert later.run.allowed and not first.run.allowed
    assert all_ids(later.blocks) != all_ids(first.blocks)


def test_rebuilding_a_see_doctor_plan_never_goes_past_the_gentle_cap() -> None:
    facts = parse_facts(with_(limp=True))
    rebuilt = build_plan(facts, triage(facts), TODAY, at_stage=Stage.P4)
    assert rebuilt is not None and rebuilt.restricted
    assert rebuilt.stage is Stage.P1


def test_rebuilding_keeps_the_knee_to_wall_rule() -> None:
    baseline = {"knee_to_wall_cm_left": 6, "knee_to_wall_cm_right": 11}
    facts = parse_facts(with_(**SPRINT))
    rebuilt = build_plan(facts, triage(facts), TODAY, baseline=baseline, at_stage=Stage.P2)
    assert rebuilt is not None
    assert "P-KTW-1" in rule_ids(rebuilt)
