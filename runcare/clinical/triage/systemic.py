"""Whole-body problems that show up as sore calves: muscle breakdown, heat illness, drugs."""

from runcare.clinical.conditions import Condition
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.medications import takes_class
from runcare.clinical.triage.rules import rule
from runcare.clinical.tristate import Tri, any_of


@rule(
    "R-SYS-1",
    level=TriageLevel.EMERGENCY,
    condition=Condition.EXERTIONAL_RHABDOMYOLYSIS,
    evidence=("S20",),
    inputs=("dark_urine",),
    message=(
        "Cola- or tea-coloured urine after hard exercise can mean muscle breakdown that "
        "endangers the kidneys."
    ),
)
def dark_urine(facts: Facts) -> Tri:
    return facts.dark_urine


@rule(
    "R-SYS-2",
    level=TriageLevel.EMERGENCY,
    condition=Condition.EXERTIONAL_HEAT_ILLNESS_OR_HYPONATRAEMIA,
    evidence=("S18", "CK"),
    inputs=("confusion_or_vomiting",),
    message=(
        "Confusion, vomiting or a severe headache with cramps can mean heat illness or a "
        "dangerously low blood salt level."
    ),
)
def confusion_or_vomiting(facts: Facts) -> Tri:
    return facts.confusion_or_vomiting


@rule(
    "R-SYS-3",
    level=TriageLevel.URGENT_DOCTOR,
    condition=Condition.EXERTIONAL_RHABDOMYOLYSIS,
    evidence=("S15", "S20", "CK"),
    inputs=("systemically_unwell",),
    message="Feeling very unwell together with leg pain needs a doctor's assessment today.",
)
def very_unwell(facts: Facts) -> Tri:
    return facts.systemically_unwell


@rule(
    "R-SYS-4",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.STATIN_ASSOCIATED_MUSCLE_SYMPTOMS,
    evidence=("S18", "CK"),
    inputs=("medications",),
    message=(
        "Cholesterol medicines (statins) can cause muscle aches; let your doctor know before "
        "putting it down to running. Do not stop the medicine on your own."
    ),
)
def statin_use(facts: Facts) -> Tri:
    return takes_class(facts.medications, "statin")


@rule(
    "R-SYS-5",
    level=TriageLevel.SEE_DOCTOR,
    condition=Condition.ACHILLES_TENDINOPATHY_MIDPORTION,
    evidence=("CK",),
    inputs=("medications",),
    message=(
        "Some antibiotics (quinolones) and steroid tablets make tendons fragile; a clinician "
        "should check the tendon before you load it."
    ),
)
def tendon_weakening_drug(facts: Facts) -> Tri:
    return any_of(
        takes_class(facts.medications, "fluoroquinolone"),
        takes_class(facts.medications, "corticosteroid"),
    )


@rule(
    "R-SYS-6",
    level=TriageLevel.SEE_DOCTOR,
    condition=None,
    evidence=("S18", "CK"),
    inputs=("new_medication_last_12_weeks",),
    message=(
        "A medicine started in the last 12 weeks can sometimes cause muscle pain or cramps; "
        "ask your doctor or pharmacist."
    ),
)
def new_medication(facts: Facts) -> Tri:
    return facts.new_medication_last_12_weeks


RULES = (
    dark_urine,
    confusion_or_vomiting,
    very_unwell,
    statin_use,
    tendon_weakening_drug,
    new_medication,
)
