"""One row per rule: the clinical story that must fire it, and the level it must reach."""

from typing import Any

import pytest

from runcare.clinical.conditions import Condition
from runcare.clinical.fact_parsing import parse_facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.engine import triage
from tests.clinical.cases import BENIGN, with_

E, U, D, S = (
    TriageLevel.EMERGENCY,
    TriageLevel.URGENT_DOCTOR,
    TriageLevel.SEE_DOCTOR,
    TriageLevel.SELF_CARE_PROGRAM,
)

CASES: list[tuple[str, dict[str, Any], str, TriageLevel]] = [
    ("pe_breathless_with_leg_pain", {"chest_pain_or_breathlessness": True}, "R-DVT-4", E),
    (
        "wells_two_from_cancer_and_previous_clot",
        {"active_cancer": True, "previous_dvt": True},
        "R-DVT-2",
        U,
    ),
    (
        "wells_two_from_calf_3cm_bigger_and_pitting",
        {"calf_circumference_diff_cm": 3.0, "pitting_edema": True},
        "R-DVT-2",
        U,
    ),
    ("one_sided_swelling_without_injury", {"swelling": True}, "R-DVT-3", U),
    ("whole_leg_swollen", {"leg_swollen_whole": True}, "R-DVT-3", U),
    (
        "unexplained_pain_on_the_pill",
        {"mechanism": "none", "estrogen_pregnancy_or_postpartum": True},
        "R-DVT-3",
        U,
    ),
    (
        "swelling_after_sprint_with_long_flight",
        {
            "mechanism": "sudden_push_off_or_sprint",
            "swelling": True,
            "long_haul_travel_last_4_weeks": True,
        },
        "R-DVT-3",
        U,
    ),
    (
        "unexplained_pain_weeks_after_a_cast",
        {"mechanism": "other", "recent_surgery_or_immobilisation_weeks": 6},
        "R-DVT-3",
        U,
    ),
    (
        "bakers_cyst_with_calf_bruising",
        {"knee_swelling_or_known_bakers_cyst": True, "bruising": True},
        "R-BAK-1",
        U,
    ),
    (
        "cannot_tiptoe_possible_rupture",
        {"thompson_test_positive_or_unable_to_tiptoe": True},
        "R-ACH-2",
        U,
    ),
    ("gap_in_tendon", {"palpable_gap_or_defect": True}, "R-ACH-3", U),
    (
        "kicked_at_heel_suddenly_even_if_walking",
        {"felt_kicked_or_struck": True, "location": "lower_calf_achilles", "onset": "sudden"},
        "R-ACH-1",
        U,
    ),
    (
        "wooden_calf_with_stretch_pain",
        {"calf_tense_or_hard": True, "pain_on_passive_stretch": True},
        "R-ACS-1",
        E,
    ),
    (
        "stretch_pain_with_pain_rising_after_stopping",
        {"pain_on_passive_stretch": True, "pain_worse_after_stopping_or_out_of_proportion": True},
        "R-ACS-2",
        E,
    ),
    ("rock_hard_calf_alone", {"calf_tense_or_hard": True}, "R-ACS-3", U),
    (
        "pain_at_same_distance_gone_with_rest",
        {
            "pain_only_during_exercise_resolves_with_rest": True,
            "symptoms_at_predictable_time_or_distance": True,
        },
        "R-CECS-1",
        D,
    ),
    ("cold_pale_foot_at_rest", {"foot_cold_pale_or_pulseless": True}, "R-VASC-1", E),
    (
        "exertional_pain_with_numb_foot",
        {"pain_only_during_exercise_resolves_with_rest": True, "numbness_or_tingling": True},
        "R-VASC-2",
        D,
    ),
    (
        "tender_spot_on_front_of_shin",
        {"focal_bone_tenderness": True, "location": "anterior_mid_tibia"},
        "R-BSI-2",
        U,
    ),
    (
        "tender_spot_on_fibula",
        {"focal_bone_tenderness": True, "location": "distal_lateral_lower_leg"},
        "R-BSI-3",
        D,
    ),
    ("hopping_hurts_bone_stress", {"pain_on_hopping": True}, "R-BSI-1", D),
    ("woken_by_pain_at_night", {"night_pain": True}, "R-BSI-4", D),
    ("red_leg_with_fever_sepsis", {"redness": True, "fever": True}, "R-INF-1", E),
    ("red_warm_leg_cellulitis", {"redness": True, "warmth": True}, "R-INF-2", U),
    ("fever_with_leg_pain", {"fever": True}, "R-INF-3", U),
    ("saddle_numbness_cauda_equina", {"bladder_bowel_or_saddle_symptoms": True}, "R-NEU-1", E),
    (
        "back_pain_down_leg_with_weakness",
        {"back_or_buttock_pain_radiating": True, "weakness": True},
        "R-NEU-2",
        U,
    ),
    ("back_pain_down_leg", {"back_or_buttock_pain_radiating": True}, "R-NEU-3", D),
    ("sciatic_distribution", {"location": "posterior_thigh_calf_lateral_foot"}, "R-NEU-3", D),
    ("tingling_foot", {"numbness_or_tingling": True}, "R-NEU-4", D),
    ("new_weakness", {"weakness": True}, "R-NEU-5", D),
    ("cola_urine_rhabdomyolysis", {"dark_urine": True}, "R-SYS-1", E),
    ("confused_after_race", {"confusion_or_vomiting": True}, "R-SYS-2", E),
    ("feels_very_unwell", {"systemically_unwell": True}, "R-SYS-3", U),
    ("statin_aches", {"medications": ["Atorvastatin 20mg"]}, "R-SYS-4", D),
    ("quinolone_tendon_risk", {"medications": ["ciprofloxacin"]}, "R-SYS-5", D),
    ("steroid_tendon_risk", {"medications": ["prednisolone"]}, "R-SYS-5", D),
    ("new_drug_muscle_pain", {"new_medication_last_12_weeks": True}, "R-SYS-6", D),
    ("cannot_bear_weight", {"can_bear_weight": False}, "R-ART-1", U),
    ("knee_will_not_bend", {"can_bend_knee": False}, "R-ART-2", U),
    ("severe_pain_at_rest", {"pain_at_rest_0_10": 7}, "R-ART-3", U),
    ("red_calf", {"redness": True}, "R-ART-4", U),
    ("pain_7_when_moving", {"pain_0_10": 7}, "R-MUS-4", D),
    ("pop_in_medial_calf", {"heard_pop": True, "location": "medial_upper_calf"}, "R-MUS-3", D),
    ("limping", {"limp": True}, "R-MUS-1", D),
    ("bruising_after_injury", {"bruising": True}, "R-MUS-2", D),
]


@pytest.mark.parametrize(
    ("changes", "rule_id", "level"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_rule_fires_with_confirmed_answers_and_sets_the_level(
    changes: dict[str, Any], rule_id: str, level: TriageLevel
) -> None:
    result = triage(parse_facts(with_(**changes)))
    fired = {f.rule_id: f for f in result.findings}
    assert rule_id in fired
    assert fired[rule_id].certain
    assert fired[rule_id].level is level
    assert result.level >= level


def test_complete_reassuring_intake_fires_no_escalation() -> None:
    result = triage(parse_facts(BENIGN))
    assert result.findings == ()
    assert result.level is S


def test_every_escalation_rule_has_a_clinical_case() -> None:
    from runcare.clinical.triage.ruleset import ESCALATION_RULES

    covered = {c[2] for c in CASES}
    assert covered == {r.rule_id for r in ESCALATION_RULES}


def test_low_wells_never_clears_suspected_clot() -> None:
    # The sprint story earns the -2 "alternative diagnosis"; the swelling + flight still send
    # the runner to a doctor today.
    facts = with_(
        mechanism="sudden_push_off_or_sprint",
        swelling=True,
        long_haul_travel_last_4_weeks=True,
    )
    result = triage(parse_facts(facts))
    assert result.wells.score is not None and result.wells.score <= 1
    assert result.level is U
    assert result.condition is Condition.DEEP_VEIN_THROMBOSIS
    assert "today" in result.advice.how_soon


def test_sprint_without_swelling_earns_the_alternative_diagnosis_points() -> None:
    result = triage(parse_facts(with_(mechanism="sudden_push_off_or_sprint")))
    assert result.wells.alternative_diagnosis is True
    assert result.wells.score == -2


def test_bilateral_doms_pattern_earns_the_alternative_diagnosis_points() -> None:
    facts = with_(side="bilateral", mechanism="unaccustomed_exercise", swelling=True)
    assert triage(parse_facts(facts)).wells.alternative_diagnosis is True


def test_calf_2_9cm_bigger_is_below_the_wells_item() -> None:
    result = triage(parse_facts(with_(calf_circumference_diff_cm=2.9, pitting_edema=True)))
    assert result.wells.score == 1
    assert "R-DVT-2" not in {f.rule_id for f in result.findings}


def test_wells_does_not_apply_to_a_leg_without_symptoms() -> None:
    facts = with_(pain_0_10=0, pain_at_rest_0_10=0, active_cancer=True, previous_dvt=True)
    assert "R-DVT-2" not in {f.rule_id for f in triage(parse_facts(facts)).findings}


def test_explained_pain_on_the_pill_without_swelling_is_not_a_clot_case() -> None:
    facts = with_(mechanism="sudden_push_off_or_sprint", estrogen_pregnancy_or_postpartum=True)
    assert triage(parse_facts(facts)).level is S


def test_bilateral_swelling_is_not_the_one_sided_clot_pattern() -> None:
    result = triage(parse_facts(with_(side="bilateral", swelling=True)))
    assert "R-DVT-3" not in {f.rule_id for f in result.findings}
    assert result.level is D


def test_wells_score_is_null_when_no_item_was_answered() -> None:
    assert triage(parse_facts({"pain_0_10": 2})).wells.score is None
