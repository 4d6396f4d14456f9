"""Knee-to-wall (weight-bearing lunge) measures: is ankle dorsiflexion restricted? (P-KTW-1)

evidence.md §4.2: an absolute distance under 10 cm on the affected side, or more than 2 cm
between the sides (beyond normal asymmetry and the test's measurement error), flags restricted
dorsiflexion and adds the knee-to-wall mobility exercise. A change counts only beyond ~2 cm.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from runcare.clinical.fact_specs import FactsError
from runcare.clinical.plans.model import Decision

LEFT_KEY = "knee_to_wall_cm_left"
RIGHT_KEY = "knee_to_wall_cm_right"
RESTRICTED_CM = 10.0
"""Commonly used "restricted" flag: under 10 cm (S31, S31b; CK, weak evidence)."""
ASYMMETRY_CM = 2.0
"""More than 2 cm between sides exceeds normal asymmetry and the MDC (S30, S31, CK)."""
MEANINGFUL_CHANGE_CM = 2.0
"""A re-test counts as a real change only beyond about 2 cm (S30, CK)."""
MAX_CM = 30.0
"""Plausibility limit for a home measurement; larger values are refused as typing errors."""
MOBILITY_EXERCISE = "knee_to_wall_mobility"
EVIDENCE = ("S30", "S31", "S31b", "CK")


@dataclass(frozen=True)
class DorsiflexionAssessment:
    """The knee-to-wall measures and what they mean for the plan."""

    left_cm: float | None
    right_cm: float | None
    affected: tuple[str, ...]
    """The side(s) whose absolute value is judged: the painful side, or both if not known."""
    asymmetry_cm: float | None
    reasons: tuple[str, ...]

    @property
    def restricted(self) -> bool:
        return bool(self.reasons)

    def inputs(self) -> dict[str, Any]:
        return {
            LEFT_KEY: self.left_cm,
            RIGHT_KEY: self.right_cm,
            "affected": list(self.affected),
            "asymmetry_cm": self.asymmetry_cm,
            "restricted_below_cm": RESTRICTED_CM,
            "asymmetry_above_cm": ASYMMETRY_CM,
        }


def _measure(baseline: Mapping[str, Any], key: str) -> float | None:
    value = baseline.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FactsError(key, "must be a number of centimetres")
    if not 0 <= value <= MAX_CM:
        raise FactsError(key, f"must be between 0 and {MAX_CM:g} cm")
    return float(value)


def _affected(side: str | None) -> tuple[str, ...]:
    """Unknown or both sides: judge both, since extra ankle mobility is harmless."""
    return (side,) if side in ("left", "right") else ("left", "right")


def assess_dorsiflexion(
    side: str | None, baseline: Mapping[str, Any] | None
) -> DorsiflexionAssessment | None:
    """None when no knee-to-wall distance was measured; otherwise the §4.2 judgement."""
    if baseline is None:
        return None
    left, right = _measure(baseline, LEFT_KEY), _measure(baseline, RIGHT_KEY)
    if left is None and right is None:
        return None
    affected = _affected(side)
    values = {"left": left, "right": right}
    reasons = [
        f"{name} side {value:g} cm (under {RESTRICTED_CM:g} cm)"
        for name in affected
        if (value := values[name]) is not None and value < RESTRICTED_CM
    ]
    # Rounded to the millimetre, so that 11.3 vs 9.3 is 2.0 cm and not a float artefact.
    asymmetry = round(abs(left - right), 1) if left is not None and right is not None else None
    if asymmetry is not None and asymmetry > ASYMMETRY_CM:
        reasons.append(f"{asymmetry:g} cm between the sides (over {ASYMMETRY_CM:g} cm)")
    return DorsiflexionAssessment(left, right, affected, asymmetry, tuple(reasons))


def meaningful_change(before_cm: float, after_cm: float) -> bool:
    """Whether a re-test differs from the earlier value by more than the ~2 cm noise band."""
    return round(abs(after_cm - before_cm), 1) > MEANINGFUL_CHANGE_CM


def dorsiflexion_decision(assessment: DorsiflexionAssessment, in_plan: bool) -> Decision:
    """P-KTW-1, recorded whenever the measures show a restriction."""
    found = "; ".join(assessment.reasons)
    if in_plan:
        action = "knee-to-wall rocks are part of your plan every day to free up the ankle"
    else:
        action = (
            "knee-to-wall rocks will be added once the protect stage and the first days after "
            "an injury are over, and only if nothing else rules them out"
        )
    return Decision(
        "P-KTW-1",
        {**assessment.inputs(), "in_plan": in_plan},
        EVIDENCE,
        f"Your ankle bends less than it should ({found}): {action}.",
    )
