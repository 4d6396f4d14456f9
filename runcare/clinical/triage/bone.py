"""Bone stress injuries: stop running first, confirm with a clinician."""

from runcare.clinical.conditions import Condition
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.rules import rule
from runcare.clinical.tristate import Tri, all_of, any_of, one_of

HIGH_RISK_TIBIA = frozenset({"anterior_mid_tibia"})
FIBULA_REGIONS = frozenset({"distal_lateral_lower_leg", "lateral_calf", "anterolateral_lower_leg"})


@rule(
    "R-BSI-2",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.TIBIAL_STRESS_FRACTURE,
    evidence=("S14",),
    inputs=("focal_bone_tenderness", "location"),
    message=(
        "A tender spot on the front of the shin bone is a high-risk place for a stress "
        "fracture: stop running and be seen promptly."
    ),
)
def anterior_tibia_tenderness(facts: Facts) -> Tri:
    return all_of(facts.focal_bone_tenderness, one_of(facts.location, HIGH_RISK_TIBIA))


@rule(
    "R-BSI-3",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.FIBULAR_STRESS_FRACTURE,
    evidence=("S13", "CK"),
    inputs=("focal_bone_tenderness", "location"),
    message="A tender spot on the outer lower-leg bone may be a stress fracture: stop running.",
)
def fibula_tenderness(facts: Facts) -> Tri:
    return all_of(facts.focal_bone_tenderness, one_of(facts.location, FIBULA_REGIONS))


@rule(
    "R-BSI-1",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.TIBIAL_STRESS_FRACTURE,
    evidence=("S13", "S14", "CK"),
    inputs=("focal_bone_tenderness", "pain_on_hopping"),
    message=(
        "One tender spot on the bone, or pain when hopping, points to a bone stress injury: "
        "stop running until a clinician has checked it."
    ),
)
def bone_stress_signs(facts: Facts) -> Tri:
    return any_of(facts.focal_bone_tenderness, facts.pain_on_hopping)


@rule(
    "R-BSI-4",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.TIBIAL_STRESS_FRACTURE,
    evidence=("S14", "S40", "CK"),
    inputs=("night_pain",),
    message="Pain that wakes you at night is unusual for a muscle problem and should be checked.",
)
def night_pain(facts: Facts) -> Tri:
    return facts.night_pain


RULES = (anterior_tibia_tenderness, fibula_tenderness, bone_stress_signs, night_pain)
