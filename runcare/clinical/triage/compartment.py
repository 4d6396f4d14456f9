"""Compartment syndromes: the acute one is a surgical emergency, the exertional one is not."""

from runcare.clinical.conditions import Condition
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.rules import rule
from runcare.clinical.tristate import Tri, all_of, any_of, at_least

SEVERE_PAIN = 7
"""Severe pain at rest: 7/10 or more (evidence.md §1.2; S11, CK)."""


@rule(
    "R-ACS-1",
    level=TriageLevel.EMERGENCY,
    condition=Condition.ACUTE_COMPARTMENT_SYNDROME,
    evidence=("S10", "S11"),
    inputs=(
        "calf_tense_or_hard",
        "pain_on_passive_stretch",
        "pain_worse_after_stopping_or_out_of_proportion",
        "numbness_or_tingling",
        "pain_at_rest_0_10",
    ),
    message=(
        "A rock-hard calf or shin with severe or worsening pain, pain on moving the toes or "
        "numbness can mean dangerous pressure building inside the muscle."
    ),
)
def tense_calf_with_danger_signs(facts: Facts) -> Tri:
    return all_of(
        facts.calf_tense_or_hard,
        any_of(
            facts.pain_on_passive_stretch,
            facts.pain_worse_after_stopping_or_out_of_proportion,
            facts.numbness_or_tingling,
            at_least(facts.pain_at_rest_0_10, SEVERE_PAIN),
        ),
    )


@rule(
    "R-ACS-2",
    level=TriageLevel.EMERGENCY,
    condition=Condition.ACUTE_COMPARTMENT_SYNDROME,
    evidence=("S1", "S11", "CK"),
    inputs=(
        "pain_on_passive_stretch",
        "pain_worse_after_stopping_or_out_of_proportion",
        "pain_at_rest_0_10",
    ),
    message=(
        "Severe pain that keeps rising after you stop, made worse when the toes or foot are "
        "moved, needs emergency care."
    ),
)
def severe_pain_on_passive_stretch(facts: Facts) -> Tri:
    return all_of(
        facts.pain_on_passive_stretch,
        any_of(
            facts.pain_worse_after_stopping_or_out_of_proportion,
            at_least(facts.pain_at_rest_0_10, SEVERE_PAIN),
        ),
    )


@rule(
    "R-ACS-3",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.ACUTE_COMPARTMENT_SYNDROME,
    evidence=("S11", "CK"),
    inputs=("calf_tense_or_hard",),
    message="A calf or shin that feels rock hard should be checked by a doctor today.",
)
def tense_calf(facts: Facts) -> Tri:
    return facts.calf_tense_or_hard


@rule(
    "R-CECS-1",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.CHRONIC_EXERTIONAL_COMPARTMENT_SYNDROME,
    evidence=("S9", "S9b", "S10"),
    inputs=(
        "pain_only_during_exercise_resolves_with_rest",
        "symptoms_at_predictable_time_or_distance",
    ),
    message=(
        "Pain that comes on at the same point of every run and fades within minutes of "
        "stopping needs an in-person assessment before you load the calf further."
    ),
)
def exertional_pattern(facts: Facts) -> Tri:
    return all_of(
        facts.pain_only_during_exercise_resolves_with_rest,
        facts.symptoms_at_predictable_time_or_distance,
    )


RULES = (
    tense_calf_with_danger_signs,
    severe_pain_on_passive_stretch,
    tense_calf,
    exertional_pattern,
)
