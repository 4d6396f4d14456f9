"""Clot in a leg vein (DVT), clot in the lung (PE) and the Baker's cyst that mimics them."""

from runcare.clinical.conditions import Condition
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.rules import rule
from runcare.clinical.triage.signs import (
    CLOT_RISK_INPUTS,
    COMPLAINT_INPUTS,
    clot_risk_factor,
    leg_complaint,
    one_sided,
    unexplained,
)
from runcare.clinical.tristate import Tri, all_of, any_of, at_least, negate, one_of
from runcare.clinical.wells import MECHANICAL_MECHANISMS, wells_score

WELLS_INPUTS = (
    "active_cancer",
    "paralysis_paresis_or_recent_cast",
    "bedridden_3_days_or_major_surgery_12_weeks",
    "calf_tenderness_along_deep_veins",
    "leg_swollen_whole",
    "calf_circumference_diff_cm",
    "pitting_edema",
    "collateral_veins",
    "previous_dvt",
    "mechanism",
    "side",
)


@rule(
    "R-DVT-4",
    level=TriageLevel.EMERGENCY,
    condition=Condition.DEEP_VEIN_THROMBOSIS_WITH_SUSPECTED_PE,
    evidence=("S4", "CK"),
    inputs=("chest_pain_or_breathlessness",),
    message=(
        "New breathlessness, chest pain, coughing blood or fainting alongside leg symptoms can "
        "mean a clot has reached the lungs."
    ),
)
def pulmonary_embolism_signs(facts: Facts) -> Tri:
    return facts.chest_pain_or_breathlessness


@rule(
    "R-DVT-2",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.DEEP_VEIN_THROMBOSIS,
    evidence=("S2", "S3", "S4"),
    inputs=(*COMPLAINT_INPUTS, *WELLS_INPUTS),
    message=(
        "Your answers give a clot-risk (Wells) score of 2 or more: a doctor needs to check "
        "for a blood clot today."
    ),
)
def wells_likely(facts: Facts) -> Tri:
    return all_of(leg_complaint(facts), wells_score(facts).likely)


@rule(
    "R-DVT-3",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.DEEP_VEIN_THROMBOSIS,
    evidence=("S3", "S4", "S8", "CK"),
    inputs=(
        "side",
        "swelling",
        "leg_swollen_whole",
        "mechanism",
        "pain_0_10",
        *CLOT_RISK_INPUTS,
    ),
    message=(
        "Swelling or unexplained pain in one calf, with your risk factors, means a clot must "
        "be ruled out today, whatever the score."
    ),
)
def dvt_suspected(facts: Facts) -> Tri:
    """Suspicion alone sends the person the same day: a low Wells score never clears it."""
    unexplained_swelling = all_of(
        facts.swelling, negate(one_of(facts.mechanism, MECHANICAL_MECHANISMS))
    )
    risk_and_symptom = all_of(
        clot_risk_factor(facts),
        any_of(facts.swelling, all_of(at_least(facts.pain_0_10, 1), unexplained(facts))),
    )
    return all_of(
        one_sided(facts), any_of(unexplained_swelling, facts.leg_swollen_whole, risk_and_symptom)
    )


@rule(
    "R-BAK-1",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.RUPTURED_BAKERS_CYST,
    evidence=("S16",),
    inputs=("knee_swelling_or_known_bakers_cyst", "swelling", "bruising"),
    message=(
        "A swollen knee or known cyst behind the knee with new calf swelling or bruising looks "
        "just like a clot; only a scan can tell them apart, so be seen today."
    ),
)
def bakers_cyst_rupture(facts: Facts) -> Tri:
    return all_of(facts.knee_swelling_or_known_bakers_cyst, any_of(facts.swelling, facts.bruising))


RULES = (pulmonary_embolism_signs, wells_likely, dvt_suspected, bakers_cyst_rupture)
