"""Ice and heat: when each may be suggested, for how long, and when never (evidence.md §9)."""

from dataclasses import dataclass

from runcare.clinical.conditions import Condition
from runcare.clinical.facts import Facts

ICE_MIN, ICE_MAX = 10, 20
"""10-20 minutes at a time, several times a day, cloth between ice and skin (S1, CK)."""
HEAT_AFTER_HOURS = 72
"""Heat only after about 72 hours, and never over a red, hot or swollen calf (CK)."""

NO_HEAT = frozenset({Condition.DEEP_VEIN_THROMBOSIS, Condition.CELLULITIS})


@dataclass(frozen=True)
class ThermalAdvice:
    ice_allowed: bool
    heat_allowed: bool
    minutes: tuple[int, int]
    reasons: tuple[str, ...]
    evidence: tuple[str, ...] = ("S1", "S27", "CK")


def cold_and_heat(
    facts: Facts,
    suspected: frozenset[Condition],
    cold_sensitivity: bool | None,
    hours_since_onset: float | None,
) -> ThermalAdvice:
    """``cold_sensitivity``: Raynaud's, cold urticaria or numb skin; unknown counts as yes."""
    reasons: list[str] = []
    ice = cold_sensitivity is False and facts.numbness_or_tingling is False
    if not ice:
        reasons.append("No ice: cold sensitivity or numb skin is possible.")
    hot_calf = any(x is not False for x in (facts.redness, facts.warmth, facts.swelling))
    early = hours_since_onset is None or hours_since_onset < HEAT_AFTER_HOURS
    heat = not (hot_calf or early or suspected & NO_HEAT)
    if not heat:
        reasons.append("No heat yet: only after 3 days and never on a red, hot or swollen calf.")
    return ThermalAdvice(ice, heat, (ICE_MIN, ICE_MAX), tuple(reasons))
