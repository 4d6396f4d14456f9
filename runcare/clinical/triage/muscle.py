"""The four warning signs of the source article, and how badly a calf muscle is hurt."""

from runcare.clinical.conditions import Condition
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.rules import rule
from runcare.clinical.tristate import Tri, any_of, at_least, negate

SEVERE_PAIN = 7
"""7/10 or more counts as severe (evidence.md §1.2; S1, CK)."""


@rule(
    "R-ART-1",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.CALF_MUSCLE_STRAIN_SEVERE,
    evidence=("S1", "CK"),
    inputs=("can_bear_weight",),
    message=(
        "Not being able to stand or walk on the leg means a bad tear, a tendon rupture or a "
        "fracture has to be ruled out."
    ),
)
def cannot_bear_weight(facts: Facts) -> Tri:
    return negate(facts.can_bear_weight)


@rule(
    "R-ART-2",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.KNEE_MECHANICAL_LOCKING,
    evidence=("S1", "CK"),
    inputs=("can_bend_knee",),
    message="A knee that will not fully bend or straighten needs to be examined soon.",
)
def cannot_bend_knee(facts: Facts) -> Tri:
    return negate(facts.can_bend_knee)


@rule(
    "R-ART-3",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.CALF_MUSCLE_STRAIN_SEVERE,
    evidence=("S1", "S11", "CK"),
    inputs=("pain_at_rest_0_10", "pain_worse_after_stopping_or_out_of_proportion"),
    message=(
        "Severe pain at rest, or pain far worse than the injury would explain, needs a "
        "doctor's assessment today."
    ),
)
def severe_pain(facts: Facts) -> Tri:
    return any_of(
        at_least(facts.pain_at_rest_0_10, SEVERE_PAIN),
        facts.pain_worse_after_stopping_or_out_of_proportion,
    )


@rule(
    "R-ART-4",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.CELLULITIS,
    evidence=("S1", "S15"),
    inputs=("redness",),
    message="A red calf can mean infection or a clot and should be seen by a doctor today.",
)
def red_calf(facts: Facts) -> Tri:
    return facts.redness


@rule(
    "R-MUS-4",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.CALF_MUSCLE_STRAIN_MODERATE,
    evidence=("S21", "CK"),
    inputs=("pain_0_10",),
    message="Pain of 7/10 or more when moving suggests more than a mild strain.",
)
def severe_pain_on_movement(facts: Facts) -> Tri:
    return at_least(facts.pain_0_10, SEVERE_PAIN)


@rule(
    "R-MUS-3",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.MEDIAL_GASTROCNEMIUS_STRAIN_TENNIS_LEG,
    evidence=("S7", "S8"),
    inputs=("heard_pop", "felt_kicked_or_struck"),
    message=(
        "A pop or a sudden 'kick' in the calf usually means a torn muscle that should be "
        "examined, partly to make sure no clot forms alongside it."
    ),
)
def pop_or_kick(facts: Facts) -> Tri:
    return any_of(facts.heard_pop, facts.felt_kicked_or_struck)


@rule(
    "R-MUS-1",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.CALF_MUSCLE_STRAIN_MODERATE,
    evidence=("S1", "S21", "CK"),
    inputs=("limp",),
    message="Walking with a limp suggests a moderate strain or a bone injury.",
)
def limping(facts: Facts) -> Tri:
    return facts.limp


@rule(
    "R-MUS-2",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.CALF_MUSCLE_STRAIN_MODERATE,
    evidence=("S1", "S7", "S21"),
    inputs=("swelling", "bruising"),
    message="Swelling or bruising after a calf injury points to a moderate strain.",
)
def swelling_or_bruising(facts: Facts) -> Tri:
    return any_of(facts.swelling, facts.bruising)


RULES = (
    cannot_bear_weight,
    cannot_bend_knee,
    severe_pain,
    red_calf,
    severe_pain_on_movement,
    pop_or_kick,
    limping,
    swelling_or_bruising,
)
