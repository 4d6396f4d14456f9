"""Small three-valued building blocks shared by several rule areas."""

from runcare.clinical.facts import Facts
from runcare.clinical.tristate import Tri, any_of, at_least, at_most, one_of

ONE_SIDED = frozenset({"left", "right"})
UNEXPLAINED_MECHANISMS = frozenset({"none", "other"})
IMMOBILISATION_WEEKS = 12
"""Surgery, cast, boot or bed rest within 12 weeks raises clot risk (S2, S4)."""


def one_sided(facts: Facts) -> Tri:
    return one_of(facts.side, ONE_SIDED)


def leg_complaint(facts: Facts) -> Tri:
    """Any pain or swelling at all: the Wells model only applies to a symptomatic leg."""
    return any_of(
        at_least(facts.pain_0_10, 1), at_least(facts.pain_at_rest_0_10, 1), facts.swelling
    )


def unexplained(facts: Facts) -> Tri:
    """No mechanism the person can name: the pain has no obvious mechanical cause."""
    return one_of(facts.mechanism, UNEXPLAINED_MECHANISMS)


def clot_risk_factor(facts: Facts) -> Tri:
    """Wells items 1-3 and 9 plus the runner-specific factors of evidence.md §2.4."""
    return any_of(
        facts.active_cancer,
        facts.paralysis_paresis_or_recent_cast,
        facts.bedridden_3_days_or_major_surgery_12_weeks,
        facts.previous_dvt,
        facts.long_haul_travel_last_4_weeks,
        facts.estrogen_pregnancy_or_postpartum,
        at_most(facts.recent_surgery_or_immobilisation_weeks, IMMOBILISATION_WEEKS),
    )


CLOT_RISK_INPUTS = (
    "active_cancer",
    "paralysis_paresis_or_recent_cast",
    "bedridden_3_days_or_major_surgery_12_weeks",
    "previous_dvt",
    "long_haul_travel_last_4_weeks",
    "estrogen_pregnancy_or_postpartum",
    "recent_surgery_or_immobilisation_weeks",
)
COMPLAINT_INPUTS = ("pain_0_10", "pain_at_rest_0_10", "swelling")
