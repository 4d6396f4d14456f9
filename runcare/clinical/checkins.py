"""Check-in records and the re-screen trigger (R-SCREEN, evidence.md §1.3)."""

from dataclasses import dataclass, field
from datetime import date

from runcare.clinical.fact_parsing import FACT_KEYS

RESCREEN_PAIN_RISE = 2
"""Re-ask the red-flag questions when pain rises by 2 or more points (R-SCREEN; S42)."""

WARNING_SIGNS = frozenset(
    {
        "swelling",
        "redness",
        "warmth",
        "numbness_or_tingling",
        "chest_pain_or_breathlessness",
        "night_pain",
        "calf_tense_or_hard",
        "fever",
        "dark_urine",
        "foot_cold_pale_or_pulseless",
        "pain_on_hopping",
        "limp",
    }
)
"""Signs (fact keys) that, newly reported, stop the program until triage is repeated."""


@dataclass(frozen=True)
class CheckIn:
    """One day's report: pain during the session, next morning, and any signs noticed."""

    day: date
    pain_during: int
    pain_next_morning: int | None = None
    limp: bool = False
    signs: frozenset[str] = field(default_factory=frozenset)
    stage_criteria_met: bool = False

    def __post_init__(self) -> None:
        unknown = self.signs - FACT_KEYS
        if unknown:
            raise ValueError(f"unknown signs: {sorted(unknown)}")
        for pain in (self.pain_during, self.pain_next_morning):
            if pain is not None and not 0 <= pain <= 10:
                raise ValueError("pain must be 0-10")


@dataclass(frozen=True)
class RescreenCheck:
    needed: bool
    rule_id: str
    reasons: tuple[str, ...]


def needs_rescreen(previous: CheckIn, current: CheckIn) -> RescreenCheck:
    """R-SCREEN: pain up by 2+ or any new warning sign sends the member back to triage."""
    reasons = []
    if current.pain_during - previous.pain_during >= RESCREEN_PAIN_RISE:
        reasons.append(f"pain rose from {previous.pain_during} to {current.pain_during}")
    new_signs = sorted((current.signs - previous.signs) & WARNING_SIGNS)
    reasons += [f"new sign: {sign}" for sign in new_signs]
    return RescreenCheck(bool(reasons), "R-SCREEN", tuple(reasons))
