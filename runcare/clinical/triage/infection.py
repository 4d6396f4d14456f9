"""Skin and soft-tissue infection: antibiotics the same day, emergency care if it spreads."""

from runcare.clinical.conditions import Condition
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.rules import rule
from runcare.clinical.tristate import Tri, all_of, any_of


@rule(
    "R-INF-1",
    level=TriageLevel.EMERGENCY,
    condition=Condition.CELLULITIS_WITH_SEPSIS,
    evidence=("S15", "CK"),
    inputs=("redness", "fever", "systemically_unwell", "confusion_or_vomiting"),
    message=(
        "A red leg together with fever, shivering or feeling very unwell can mean an infection "
        "is spreading through the body."
    ),
)
def infection_with_systemic_signs(facts: Facts) -> Tri:
    return all_of(
        facts.redness,
        any_of(facts.fever, facts.systemically_unwell, facts.confusion_or_vomiting),
    )


@rule(
    "R-INF-2",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.CELLULITIS,
    evidence=("S15",),
    inputs=("redness", "warmth", "swelling", "skin_break_or_bite"),
    message=(
        "Redness with warmth, swelling or a break in the skin suggests a skin infection that "
        "usually needs antibiotics today."
    ),
)
def local_infection(facts: Facts) -> Tri:
    return all_of(facts.redness, any_of(facts.warmth, facts.swelling, facts.skin_break_or_bite))


@rule(
    "R-INF-3",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.CELLULITIS,
    evidence=("S15", "CK"),
    inputs=("fever",),
    message="Fever together with a painful leg should be assessed by a doctor today.",
)
def fever_with_leg_pain(facts: Facts) -> Tri:
    return facts.fever


RULES = (infection_with_systemic_signs, local_infection, fever_with_leg_pain)
