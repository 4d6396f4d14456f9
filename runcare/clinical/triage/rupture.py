"""Achilles tendon rupture and complete calf tears: missed often, so suspicion is enough."""

from runcare.clinical.conditions import Condition
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.rules import rule
from runcare.clinical.tristate import Tri, all_of, any_of, one_of

HEEL_REGIONS = frozenset({"lower_calf_achilles", "lower_calf"})


@rule(
    "R-ACH-2",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.ACHILLES_TENDON_RUPTURE,
    evidence=("S5", "S6", "S21"),
    inputs=("thompson_test_positive_or_unable_to_tiptoe",),
    message=(
        "Not being able to rise onto the toes of that leg (or no foot movement on a calf "
        "squeeze) can mean a torn Achilles tendon or calf muscle."
    ),
)
def cannot_tiptoe(facts: Facts) -> Tri:
    return facts.thompson_test_positive_or_unable_to_tiptoe


@rule(
    "R-ACH-3",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.ACHILLES_TENDON_RUPTURE,
    evidence=("S5", "S21"),
    inputs=("palpable_gap_or_defect",),
    message="A dip or gap you can feel in the tendon or muscle suggests a complete tear.",
)
def palpable_gap(facts: Facts) -> Tri:
    return facts.palpable_gap_or_defect


@rule(
    "R-ACH-1",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.ACHILLES_TENDON_RUPTURE,
    evidence=("S5", "S6"),
    inputs=("heard_pop", "felt_kicked_or_struck", "location", "onset"),
    message=(
        "A sudden pop or a feeling of being kicked low in the calf or at the heel is the "
        "typical story of an Achilles rupture, even if you can still walk."
    ),
)
def rupture_story(facts: Facts) -> Tri:
    return all_of(
        any_of(facts.heard_pop, facts.felt_kicked_or_struck),
        one_of(facts.location, HEEL_REGIONS),
        one_of(facts.onset, {"sudden"}),
    )


RULES = (rupture_story, cannot_tiptoe, palpable_gap)
