from datetime import date

import pytest

from runcare.clinical.conditions import Condition
from runcare.clinical.fact_parsing import parse_facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.plans.builder import build_plan
from runcare.clinical.plans.export import plan_to_dict
from runcare.clinical.plans.model import Override, Plan, Stage
from runcare.clinical.plans.overrides import OverrideError, apply_override
from runcare.clinical.triage.engine import triage
from tests.clinical.cases import with_

TODAY = date(2026, 3, 2)
CALF_LOAD = {"stretch", "calf_load", "impact"}


def plan(**changes: object) -> Plan:
    facts = parse_facts(with_(**changes))
    built = build_plan(facts, triage(facts), TODAY)
    assert built is not None
    return built


def rule_ids(p: Plan) -> list[str]:
    return [d.rule_id for d in p.decisions]


@pytest.mark.parametrize(
    "changes",
    [{"can_bear_weight": False}, {"swelling": True}, {"chest_pain_or_breathlessness": True}],
    ids=["cannot_bear_weight_urgent", "suspected_clot_urgent", "pe_emergency"],
)
def test_no_program_while_urgent_or_emergency(changes: dict) -> None:
    facts = parse_facts(with_(**changes))
    assert build_plan(facts, triage(facts), TODAY) is None


def test_overuse_plan_starts_at_strength_with_three_named_stretches() -> None:
    p = plan()
    assert p.stage is Stage.P2
    assert {"standing_calf_stretch", "standing_soleus_stretch", "knee_to_wall_stretch"} <= (
        p.exercise_ids()
    )
    stretch = next(b for b in p.blocks if b.kind == "stretch")
    assert stretch.sessions_per_week == 2 and stretch.build_up[-1] == (5, 7)
    strength = next(b for b in p.blocks if b.kind == "strength")
    assert strength.sessions_per_week == 3
    assert not p.run.allowed


def test_each_exercise_appears_once() -> None:
    ids = [i.exercise_id for b in plan().blocks for i in b.items]
    assert len(ids) == len(set(ids))


def test_acute_strain_protects_first_without_stretching() -> None:
    p = plan(onset="sudden", mechanism="sudden_push_off_or_sprint", days_since_onset=1)
    assert p.stage is Stage.P0
    assert p.exercise_ids() == {"ankle_pumps"}


def test_no_stretching_in_first_three_days_even_when_pain_is_calm() -> None:
    p = plan(onset="sudden", mechanism="sudden_push_off_or_sprint", days_since_onset=2,
             pain_0_10=1, single_leg_heel_raise_reps_affected=20)  # fmt: skip
    assert p.stage is Stage.P0
    p = plan(onset="sudden", mechanism="sudden_push_off_or_sprint", days_since_onset=3,
             pain_0_10=1, single_leg_heel_raise_reps_affected=5)  # fmt: skip
    assert p.stage is Stage.P1
    assert "standing_calf_stretch" in p.exercise_ids()


def test_limp_means_see_doctor_with_a_restricted_plan() -> None:
    p = plan(limp=True)
    assert p.restricted
    assert "P-SEE-1" in rule_ids(p)
    assert p.stage <= Stage.P1
    assert not p.run.allowed


def test_suspected_fracture_removes_stretching_and_calf_loading() -> None:
    p = plan(pain_on_hopping=True, pain_0_10=2, single_leg_heel_raise_reps_affected=20)
    assert "P-SAFE-1" in rule_ids(p)
    from runcare.clinical.exercises.library import load_library

    library = load_library()
    assert all(not (library[i].flags & CALF_LOAD) for i in p.exercise_ids())
    assert not p.run.allowed


def test_suspected_clot_in_a_see_doctor_plan_is_labelled_r_dvt_6() -> None:
    from runcare.clinical.plans.safety import protective_decision

    decision = protective_decision(frozenset({Condition.DEEP_VEIN_THROMBOSIS}))
    assert decision is not None and decision.rule_id == "R-DVT-6"
    assert protective_decision(frozenset({Condition.DOMS})) is None


def test_tendinopathy_uses_eccentric_heel_drops_twice_daily() -> None:
    p = plan(location="lower_calf_achilles", onset="gradual", pain_0_10=4)
    eccentric = next(b for b in p.blocks if b.kind == "eccentric")
    assert eccentric.sessions_per_week == 14
    assert p.template == "achilles_tendinopathy"


def test_tendon_pain_up_to_five_still_loads() -> None:
    p = plan(location="lower_calf_achilles", onset="gradual", pain_0_10=5,
             single_leg_heel_raise_reps_affected=5)  # fmt: skip
    assert p.stage is Stage.P1
    assert next(b for b in p.blocks if b.kind == "isometric").sessions_per_week == 7


def test_pain_free_runner_gets_prevention_with_foot_core_and_warm_up() -> None:
    p = plan(pain_0_10=0, pain_at_rest_0_10=0)
    assert p.template == "prevention"
    assert p.stage is Stage.P4
    kinds = {b.kind for b in p.blocks}
    assert {"foot_core", "warm_up", "plyometric"} <= kinds
    foot = next(b for b in p.blocks if b.kind == "foot_core")
    assert foot.sessions_per_week == 4
    assert p.run.allowed and "10 %" in p.run.summary


def test_older_runner_or_previous_strain_is_progressed_more_slowly() -> None:
    assert "P-RISK-1" in rule_ids(plan(age=55))
    assert "P-RISK-1" in rule_ids(plan(previous_calf_strain=True))
    assert "P-RISK-1" not in rule_ids(plan())


@pytest.mark.parametrize(
    ("changes", "template"),
    [
        ({"location": "lower_calf_deep", "mechanism": "long_run_or_race"}, "soleus_strain"),
        ({"side": "bilateral", "mechanism": "unaccustomed_exercise", "days_since_onset": 2},
         "doms"),
        ({"onset": "sudden", "mechanism": "long_run_or_race", "pain_at_rest_0_10": 0,
          "days_since_onset": 0}, "cramps"),
        ({"onset": "sudden", "mechanism": "sudden_push_off_or_sprint", "days_since_onset": 10},
         "calf_strain"),
    ],
)  # fmt: skip
def test_condition_templates(changes: dict, template: str) -> None:
    assert plan(**changes).template == template


def test_every_decision_is_explained_with_evidence() -> None:
    from runcare.clinical.decision_rules import DECISION_RULES

    known = {d.rule_id for d in DECISION_RULES}
    for p in (plan(), plan(limp=True), plan(pain_0_10=0, pain_at_rest_0_10=0),
              plan(pain_on_hopping=True)):  # fmt: skip
        for decision in p.decisions:
            assert decision.rule_id in known
            assert decision.evidence and decision.explanation


def test_plan_json_is_serialisable() -> None:
    import json

    p = apply_override(plan(), Override("t1", TODAY, "stage", "P1", "wait for review"))
    data = plan_to_dict(p)
    json.dumps(data)
    assert data["stage"] == "P1" and data["overrides"][0]["made_on"] == "2026-03-02"


def test_therapist_override_is_recorded() -> None:
    p = apply_override(plan(), Override("t1", TODAY, "remove_exercise", "seated_soleus_raise",
                                        "no weights at home"))  # fmt: skip
    assert "seated_soleus_raise" not in p.exercise_ids()
    assert p.decisions[-1].rule_id == "T-OVERRIDE"
    assert p.overrides[-1].therapist == "t1"


def test_removing_the_last_item_drops_the_block() -> None:
    p = plan(onset="sudden", mechanism="sudden_push_off_or_sprint", days_since_onset=1)
    p = apply_override(p, Override("t1", TODAY, "remove_exercise", "ankle_pumps", "x"))
    assert p.blocks == ()


@pytest.mark.parametrize(
    ("target", "value"),
    [("stage", "P9"), ("remove_exercise", "pogo_hops"), ("colour", "red")],
)
def test_bad_overrides_are_refused(target: str, value: str) -> None:
    with pytest.raises(OverrideError):
        apply_override(plan(), Override("t1", TODAY, target, value, "x"))


def test_see_doctor_is_a_program_level_but_urgent_is_not() -> None:
    from runcare.clinical.levels import PROGRAM_LEVELS

    assert TriageLevel.SEE_DOCTOR in PROGRAM_LEVELS
    assert TriageLevel.URGENT_DOCTOR not in PROGRAM_LEVELS


def test_limb_symmetry_index() -> None:
    from runcare.clinical.plans.staging import limb_symmetry

    assert limb_symmetry(18, 24) == 75.0
    assert limb_symmetry(18, 0) is None
    assert limb_symmetry(None, 20) is None


def test_stage_step_is_clamped() -> None:
    assert Stage.P0.step(-1) is Stage.P0
    assert Stage.P4.step(1) is Stage.P4
    assert Stage.P2.step(1) is Stage.P3


def test_stage_moved_up_within_72_hours_still_leaves_out_stretches() -> None:
    # A therapist (or the programs layer) may re-assemble blocks at a later stage; the
    # 72-hour no-stretch rule must still hold.
    from runcare.clinical.exercises.library import load_library
    from runcare.clinical.plans.blocks import assemble_blocks
    from runcare.clinical.plans.templates import STRAIN

    facts = parse_facts(with_(onset="sudden", mechanism="sudden_push_off_or_sprint",
                              days_since_onset=1))  # fmt: skip
    blocks, decisions = assemble_blocks(STRAIN, Stage.P2, facts, frozenset(), False,
                                        load_library())  # fmt: skip
    assert "stretch" not in {b.kind for b in blocks}
    assert "P-STRETCH-1" in {d.rule_id for d in decisions}
