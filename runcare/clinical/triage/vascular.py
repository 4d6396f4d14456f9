"""Arterial problems: a cold, pale foot at rest is an emergency; exertional ones are not."""

from runcare.clinical.conditions import Condition
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.rules import rule
from runcare.clinical.tristate import Tri, all_of


@rule(
    "R-VASC-1",
    level=TriageLevel.EMERGENCY,
    condition=Condition.POPLITEAL_ARTERY_ENTRAPMENT_SYNDROME,
    evidence=("S12", "CK"),
    inputs=("foot_cold_pale_or_pulseless",),
    message="A foot that is cold, pale or without a pulse at rest may have lost its blood supply.",
)
def foot_without_blood_supply(facts: Facts) -> Tri:
    return facts.foot_cold_pale_or_pulseless


@rule(
    "R-VASC-2",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.POPLITEAL_ARTERY_ENTRAPMENT_SYNDROME,
    evidence=("S12",),
    inputs=("pain_only_during_exercise_resolves_with_rest", "numbness_or_tingling"),
    message=(
        "Calf pain only while exercising, with numbness or tingling, can come from a squeezed "
        "artery or nerve and needs an in-person check."
    ),
)
def exertional_pain_with_numbness(facts: Facts) -> Tri:
    return all_of(facts.pain_only_during_exercise_resolves_with_rest, facts.numbness_or_tingling)


RULES = (foot_without_blood_supply, exertional_pain_with_numbness)
