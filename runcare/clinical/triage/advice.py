"""What the member reads after triage: what to do, how soon, and what to tell the doctor."""

from dataclasses import dataclass

from runcare.clinical.conditions import Condition
from runcare.clinical.levels import TriageLevel
from runcare.clinical.triage.rules import Finding

_WHAT_TO_DO = {
    TriageLevel.EMERGENCY: (
        "Call your local emergency number or go to the nearest emergency department now. "
        "Do not drive yourself, and stop all exercise."
    ),
    TriageLevel.URGENT_DOCTOR: (
        "See a doctor or an urgent-care clinic today. Stop running and calf exercises until "
        "you have been checked."
    ),
    TriageLevel.SEE_DOCTOR: (
        "Book an in-person assessment with a doctor or sports physiotherapist. Pause running "
        "until then; only gentle exercises that stay pain-free may continue."
    ),
    TriageLevel.SELF_CARE_PROGRAM: (
        "Nothing in your answers needs a doctor right now, so you can start the exercise "
        "program and adjust your running with it."
    ),
}

_HOW_SOON = {
    TriageLevel.EMERGENCY: "now",
    TriageLevel.URGENT_DOCTOR: "today (tomorrow at the latest)",
    TriageLevel.SEE_DOCTOR: "within about a week",
    TriageLevel.SELF_CARE_PROGRAM: "no appointment needed",
}

_CLOT_CONDITIONS = frozenset({Condition.DEEP_VEIN_THROMBOSIS, Condition.RUPTURED_BAKERS_CYST})

SAFETY_NET = (
    "Come back to this check straight away if you notice new swelling, redness, numbness, "
    "breathlessness or pain that keeps getting worse, and have the leg examined if it is not "
    "clearly better within 2-3 weeks."
)


@dataclass(frozen=True)
class Advice:
    level: TriageLevel
    what_to_do: str
    how_soon: str
    tell_the_doctor: tuple[str, ...]
    not_answered: tuple[str, ...]
    safety_net: str

    @property
    def text(self) -> str:
        parts = [self.what_to_do, f"How soon: {self.how_soon}."]
        if self.tell_the_doctor:
            parts.append("Tell the doctor: " + " ".join(self.tell_the_doctor))
        if self.not_answered:
            parts.append(
                "Some warning-sign questions were not answered, so we cannot rule them out: "
                + ", ".join(self.not_answered)
                + ". Answer them to get a more precise result."
            )
        parts.append(self.safety_net)
        return "\n\n".join(parts)


def how_soon(level: TriageLevel, findings: tuple[Finding, ...]) -> str:
    """A suspected clot is same-day, never "this week" (R-DVT-2, NICE: scan within 4 h)."""
    clot = any(f.condition in _CLOT_CONDITIONS and f.certain for f in findings)
    if level is TriageLevel.URGENT_DOCTOR and clot:
        return "today - a clot is best checked with a scan or blood test within a few hours"
    return _HOW_SOON[level]


def build_advice(
    level: TriageLevel, findings: tuple[Finding, ...], wells_score: int | None
) -> Advice:
    certain = tuple(f for f in findings if f.certain)
    tell = tuple(dict.fromkeys(f.message for f in certain))
    if wells_score is not None and level is not TriageLevel.SELF_CARE_PROGRAM:
        tell = (*tell, f"Clot-risk (Wells) score from my answers: {wells_score}.")
    unanswered = tuple(dict.fromkeys(key for f in findings for key in f.unanswered))
    return Advice(
        level, _WHAT_TO_DO[level], how_soon(level, findings), tell, unanswered, SAFETY_NET
    )
