"""The intake facts: one flat, validated record that every triage rule reads.

The field list mirrors the input contract key for key. ``None`` means "not asked or unknown" and
is never read as a reassuring "no" by the rules.
"""

from dataclasses import dataclass, field
from typing import Any

from runcare.clinical.fact_specs import (
    FactSpec,
    boolean,
    choice,
    integer,
    number,
    text,
    text_list,
)

SEXES = ("female", "male", "other")
SIDES = ("left", "right", "bilateral")
ONSETS = ("sudden", "gradual")
MECHANISMS = (
    "none",
    "direct_blow",
    "sudden_push_off_or_sprint",
    "twist_or_fall",
    "training_load_increase",
    "unaccustomed_exercise",
    "long_run_or_race",
    "footwear_change",
    "usual_running",
    "other",
)
REGIONS = (
    "upper_calf",
    "mid_calf",
    "lower_calf",
    "lower_calf_deep",
    "medial_calf",
    "medial_upper_calf",
    "lateral_calf",
    "whole_calf",
    "both_calves",
    "lower_calf_achilles",
    "posterior_knee_and_calf",
    "posterior_knee_and_upper_calf",
    "anterior_mid_tibia",
    "anterolateral_lower_leg",
    "posteromedial_tibia",
    "posteromedial_distal_tibia",
    "distal_lateral_lower_leg",
    "whole_leg",
    "posterior_thigh_calf_lateral_foot",
    "calves_and_thighs",
    "calves_and_shins",
    "calves_and_arches",
)


def _f(spec: FactSpec) -> Any:
    return field(default=None, metadata={"spec": spec})


@dataclass(frozen=True)
class Facts:
    """Everything the intake learned; every field optional (``None`` = unknown)."""

    # person and context
    age: int | None = _f(integer(10, 100))
    sex: str | None = _f(choice(SEXES))
    running_experience_years: float | None = _f(number(0))
    weekly_km: float | None = _f(number(0))
    weekly_km_change_pct: float | None = _f(number())
    single_run_spike_pct: float | None = _f(number())
    previous_calf_strain: bool | None = _f(boolean())
    medications: tuple[str, ...] | None = _f(text_list())
    new_medication_last_12_weeks: bool | None = _f(boolean())
    notes: str | None = _f(text())
    # the complaint
    side: str | None = _f(choice(SIDES))
    location: str | None = _f(choice(REGIONS))
    onset: str | None = _f(choice(ONSETS))
    mechanism: str | None = _f(choice(MECHANISMS))
    days_since_onset: int | None = _f(integer(0))
    pain_0_10: int | None = _f(integer(0, 10))
    pain_at_rest_0_10: int | None = _f(integer(0, 10))
    heard_pop: bool | None = _f(boolean())
    felt_kicked_or_struck: bool | None = _f(boolean())
    # function
    can_bear_weight: bool | None = _f(boolean())
    limp: bool | None = _f(boolean())
    can_bend_knee: bool | None = _f(boolean())
    thompson_test_positive_or_unable_to_tiptoe: bool | None = _f(boolean())
    single_leg_heel_raise_reps_affected: int | None = _f(integer(0))
    single_leg_heel_raise_reps_other: int | None = _f(integer(0))
    pain_on_hopping: bool | None = _f(boolean())
    weakness: bool | None = _f(boolean())
    # local signs
    swelling: bool | None = _f(boolean())
    leg_swollen_whole: bool | None = _f(boolean())
    calf_circumference_diff_cm: float | None = _f(number(0))
    pitting_edema: bool | None = _f(boolean())
    collateral_veins: bool | None = _f(boolean())
    redness: bool | None = _f(boolean())
    warmth: bool | None = _f(boolean())
    bruising: bool | None = _f(boolean())
    skin_break_or_bite: bool | None = _f(boolean())
    calf_tenderness_along_deep_veins: bool | None = _f(boolean())
    calf_tense_or_hard: bool | None = _f(boolean())
    pain_on_passive_stretch: bool | None = _f(boolean())
    palpable_gap_or_defect: bool | None = _f(boolean())
    focal_bone_tenderness: bool | None = _f(boolean())
    knee_swelling_or_known_bakers_cyst: bool | None = _f(boolean())
    # pattern
    pain_only_during_exercise_resolves_with_rest: bool | None = _f(boolean())
    symptoms_at_predictable_time_or_distance: bool | None = _f(boolean())
    pain_worse_after_stopping_or_out_of_proportion: bool | None = _f(boolean())
    night_pain: bool | None = _f(boolean())
    morning_stiffness: bool | None = _f(boolean())
    # nerves, circulation, whole body
    numbness_or_tingling: bool | None = _f(boolean())
    foot_cold_pale_or_pulseless: bool | None = _f(boolean())
    back_or_buttock_pain_radiating: bool | None = _f(boolean())
    bladder_bowel_or_saddle_symptoms: bool | None = _f(boolean())
    fever: bool | None = _f(boolean())
    systemically_unwell: bool | None = _f(boolean())
    confusion_or_vomiting: bool | None = _f(boolean())
    dark_urine: bool | None = _f(boolean())
    chest_pain_or_breathlessness: bool | None = _f(boolean())
    # clot risk
    active_cancer: bool | None = _f(boolean())
    paralysis_paresis_or_recent_cast: bool | None = _f(boolean())
    bedridden_3_days_or_major_surgery_12_weeks: bool | None = _f(boolean())
    recent_surgery_or_immobilisation_weeks: int | None = _f(integer(0))
    previous_dvt: bool | None = _f(boolean())
    long_haul_travel_last_4_weeks: bool | None = _f(boolean())
    estrogen_pregnancy_or_postpartum: bool | None = _f(boolean())
    anticoagulant_use: bool | None = _f(boolean())
