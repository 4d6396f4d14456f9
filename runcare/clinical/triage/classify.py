"""Name the most likely self-care condition once no warning sign is present.

These rules never escalate: they only fire on definite answers and only choose the plan
template, so an unanswered question cannot pick a condition.
"""

from collections.abc import Callable

from runcare.clinical.conditions import Condition
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.rules import Check, Rule, rule
from runcare.clinical.tristate import Tri, all_of, any_of, at_least, at_most, one_of

DOMS_MAX_DAYS = 5
"""DOMS peaks at 24-72 h and fades within about 5-7 days (S19, CK)."""
WEEKLY_INCREASE_PCT = 30
"""A weekly rise over 30 % is the informative flag of Nielsen 2014 (S50)."""
SPIKE_PCT = 10
"""A run more than 10 % longer than the longest of the prior 30 days raises risk (S52)."""

SELF_CARE = TriageLevel.SELF_CARE_PROGRAM


def _classify(
    rule_id: str,
    condition: Condition,
    evidence: tuple[str, ...],
    inputs: tuple[str, ...],
    message: str,
) -> Callable[[Check], Rule]:
    return rule(
        rule_id,
        level=SELF_CARE,
        condition=condition,
        evidence=evidence,
        inputs=inputs,
        message=message,
        fires_when_unknown=False,
    )


@_classify(
    "R-CLS-1",
    Condition.CALF_MUSCLE_STRAIN_RECURRENT,
    ("S24", "S25"),
    ("previous_calf_strain", "onset"),
    "A sudden calf pain in a calf that was strained before: we progress more gently.",
)
def recurrent_strain(facts: Facts) -> Tri:
    return all_of(facts.previous_calf_strain, one_of(facts.onset, {"sudden"}))


@_classify(
    "R-CLS-2",
    Condition.DOMS,
    ("S19", "CK"),
    ("side", "mechanism", "days_since_onset", "onset"),
    "Soreness in both calves after unfamiliar or unusually long exercise fits muscle soreness.",
)
def doms(facts: Facts) -> Tri:
    return all_of(
        one_of(facts.side, {"bilateral"}),
        one_of(facts.mechanism, {"unaccustomed_exercise", "long_run_or_race"}),
        at_most(facts.days_since_onset, DOMS_MAX_DAYS),
        one_of(facts.onset, {"gradual"}),
    )


@_classify(
    "R-CLS-3",
    Condition.EXERCISE_ASSOCIATED_MUSCLE_CRAMP,
    ("S18",),
    ("onset", "mechanism", "pain_at_rest_0_10", "days_since_onset"),
    "A sudden grip of the calf during a run that has already eased at rest fits a cramp.",
)
def cramp(facts: Facts) -> Tri:
    return all_of(
        one_of(facts.onset, {"sudden"}),
        one_of(facts.mechanism, {"long_run_or_race", "usual_running"}),
        at_most(facts.pain_at_rest_0_10, 0),
        at_most(facts.days_since_onset, 1),
    )


@_classify(
    "R-CLS-4",
    Condition.ACHILLES_TENDINOPATHY_MIDPORTION,
    ("S37", "S40"),
    ("location", "onset"),
    "Gradual pain low in the calf at the Achilles tendon fits a tendon overload.",
)
def achilles_tendinopathy(facts: Facts) -> Tri:
    return all_of(one_of(facts.location, {"lower_calf_achilles"}), one_of(facts.onset, {"gradual"}))


@_classify(
    "R-CLS-5",
    Condition.MEDIAL_TIBIAL_STRESS_SYNDROME,
    ("CK",),
    ("location",),
    "Diffuse pain along the inner shin border fits shin splints.",
)
def shin_splints(facts: Facts) -> Tri:
    return one_of(facts.location, {"posteromedial_tibia", "posteromedial_distal_tibia"})


@_classify(
    "R-CLS-6",
    Condition.SOLEUS_STRAIN_MILD,
    ("S25",),
    ("location", "mechanism"),
    "Deep, low calf pain that built up during steady running fits a mild soleus strain.",
)
def soleus_strain(facts: Facts) -> Tri:
    return all_of(
        one_of(facts.location, {"lower_calf_deep", "lower_calf"}),
        one_of(facts.mechanism, {"long_run_or_race", "usual_running", "training_load_increase"}),
    )


@_classify(
    "R-CLS-7",
    Condition.CALF_CONTUSION,
    ("CK",),
    ("mechanism",),
    "Pain after a direct knock to the calf fits a bruised muscle.",
)
def contusion(facts: Facts) -> Tri:
    return one_of(facts.mechanism, {"direct_blow"})


@_classify(
    "R-CLS-8",
    Condition.CALF_MUSCLE_STRAIN_MILD,
    ("S21",),
    ("onset",),
    "A sudden calf pain without warning signs fits a mild (grade I) strain.",
)
def mild_strain(facts: Facts) -> Tri:
    return one_of(facts.onset, {"sudden"})


@_classify(
    "R-CLS-9",
    Condition.CALF_OVERUSE_LOAD_INTOLERANCE,
    ("S50", "S52"),
    ("mechanism", "weekly_km_change_pct", "single_run_spike_pct"),
    "Pain that followed more running, or new shoes, fits a calf that is overloaded.",
)
def overuse(facts: Facts) -> Tri:
    return any_of(
        one_of(facts.mechanism, {"training_load_increase", "footwear_change", "usual_running"}),
        at_least(facts.weekly_km_change_pct, WEEKLY_INCREASE_PCT),
        at_least(facts.single_run_spike_pct, SPIKE_PCT),
    )


RULES: tuple[Rule, ...] = (
    recurrent_strain,
    doms,
    cramp,
    achilles_tendinopathy,
    shin_splints,
    soleus_strain,
    contusion,
    mild_strain,
    overuse,
)
