"""Nerve causes: pain referred from the back, and the cauda equina emergency."""

from runcare.clinical.conditions import Condition
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.rules import rule
from runcare.clinical.tristate import Tri, all_of, any_of, one_of

SCIATIC_REGIONS = frozenset({"posterior_thigh_calf_lateral_foot"})


@rule(
    "R-NEU-1",
    level=TriageLevel.EMERGENCY,
    condition=Condition.CAUDA_EQUINA_SYNDROME,
    evidence=("S17", "CK"),
    inputs=("bladder_bowel_or_saddle_symptoms",),
    message=(
        "New bladder or bowel trouble, or numbness between the legs, can mean the nerves at the "
        "base of the spine are being squeezed."
    ),
)
def cauda_equina_signs(facts: Facts) -> Tri:
    return facts.bladder_bowel_or_saddle_symptoms


@rule(
    "R-NEU-2",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.LUMBAR_RADICULOPATHY_S1,
    evidence=("S17", "CK"),
    inputs=("back_or_buttock_pain_radiating", "weakness"),
    message="Pain running down from the back with new leg weakness needs a doctor's check today.",
)
def radiculopathy_with_weakness(facts: Facts) -> Tri:
    return all_of(facts.back_or_buttock_pain_radiating, facts.weakness)


@rule(
    "R-NEU-3",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.LUMBAR_RADICULOPATHY_S1,
    evidence=("S17",),
    inputs=("back_or_buttock_pain_radiating", "location"),
    message=(
        "Pain that travels from the back or buttock down to the calf may come from a nerve "
        "root rather than the calf itself."
    ),
)
def referred_from_back(facts: Facts) -> Tri:
    return any_of(facts.back_or_buttock_pain_radiating, one_of(facts.location, SCIATIC_REGIONS))


@rule(
    "R-NEU-4",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.LUMBAR_RADICULOPATHY_S1,
    evidence=("S17", "S40", "CK"),
    inputs=("numbness_or_tingling",),
    message="Numbness or tingling in the leg or foot should be checked in person.",
)
def numbness(facts: Facts) -> Tri:
    return facts.numbness_or_tingling


@rule(
    "R-NEU-5",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.LUMBAR_RADICULOPATHY_S1,
    evidence=("S17", "S5", "CK"),
    inputs=("weakness",),
    message="New weakness of the foot, ankle or leg should be checked in person.",
)
def new_weakness(facts: Facts) -> Tri:
    return facts.weakness


RULES = (
    cauda_equina_signs,
    radiculopathy_with_weakness,
    referred_from_back,
    numbness,
    new_weakness,
)
