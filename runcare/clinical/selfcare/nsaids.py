"""The pain-reliever (NSAID) safety screen: any "yes" or blank means no suggestion (§9.1).

The app never recommends an anti-inflammatory by itself; when the screen is clear it may say
that a short course (at most 5-7 days, with food, label dose) is an option (S59, S60, CK).
"""

from dataclasses import dataclass

from runcare.clinical.conditions import Condition

NSAID_QUESTIONS: dict[str, str] = {
    "stomach_ulcer_or_bleed": "Have you ever had a stomach ulcer, stomach bleeding, black stools "
    "or vomited blood?",
    "blood_thinner_or_antiplatelet": "Do you take a blood thinner, clopidogrel or daily aspirin?",
    "steroid_or_ssri": "Do you take steroid tablets or an SSRI/SNRI antidepressant?",
    "kidney_risk": "Do you have kidney disease, take blood-pressure water tablets with ACE "
    "inhibitors or ARBs, or might you be dehydrated (for example after a long race)?",
    "heart_or_stroke": "Do you have heart failure, or have you had a heart attack, stroke or "
    "heart surgery, or hard-to-control blood pressure?",
    "asthma_or_allergy": "Has aspirin or an anti-inflammatory ever worsened your asthma or "
    "caused an allergic reaction?",
    "pregnancy": "Are you pregnant, trying to conceive or breast-feeding?",
    "liver_or_bowel": "Do you have liver disease or inflammatory bowel disease?",
    "age_65_plus": "Are you 65 or older?",
    "other_anti_inflammatory": "Are you already taking another anti-inflammatory, including "
    "cold remedies?",
    "being_ruled_out": "Is a clot, a fracture or a bleeding injury still being ruled out?",
}
MAX_DAYS = 7

_RULE_OUT = frozenset(
    {
        Condition.DEEP_VEIN_THROMBOSIS,
        Condition.TIBIAL_STRESS_FRACTURE,
        Condition.FIBULAR_STRESS_FRACTURE,
        Condition.ACHILLES_TENDON_RUPTURE,
        Condition.ACUTE_COMPARTMENT_SYNDROME,
    }
)


@dataclass(frozen=True)
class NsaidScreen:
    may_mention: bool
    reasons: tuple[str, ...]
    message: str
    evidence: tuple[str, ...] = ("S59", "S60", "S27", "CK")


def screen_nsaids(answers: dict[str, bool | None], suspected: frozenset[Condition]) -> NsaidScreen:
    """Every question must be answered "no"; suspected clot or fracture always blocks."""
    unknown = sorted(set(answers) - set(NSAID_QUESTIONS))
    if unknown:
        raise ValueError(f"unknown NSAID screen questions: {unknown}")
    reasons = [key for key in NSAID_QUESTIONS if answers.get(key) is not False]
    if suspected & _RULE_OUT and "being_ruled_out" not in reasons:
        reasons.append("being_ruled_out")
    if reasons:
        return NsaidScreen(
            False,
            tuple(reasons),
            "We will not suggest anti-inflammatory painkillers. Ask a pharmacist or doctor "
            "which pain relief is safe for you.",
        )
    return NsaidScreen(
        True,
        (),
        f"A short course of an over-the-counter anti-inflammatory, taken with food at the label "
        f"dose for no more than {MAX_DAYS} days, is an option. It is not needed after every run, "
        "and it may slow tissue healing, so use it sparingly.",
    )
