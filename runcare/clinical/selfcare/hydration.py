"""Hydration planner: ACE starting points, personalised by measured sweat rate (§10)."""

from dataclasses import dataclass

BEFORE_2H_ML = (500, 600)
"""2-3 h before: about 500-600 mL (ACE, S61)."""
WARM_UP_ML = 240
"""20-30 min before or during the warm-up: about 240 mL (S61)."""
DURING_ML = (200, 300)
DURING_EVERY_MIN = (10, 20)
"""During: 200-300 mL every 10-20 minutes (S61)."""
AFTER_ML_PER_KG_LOST = (1100, 1550)
"""After: about 0.5-0.7 L per lb lost, i.e. roughly 1.1-1.55 L per kg (S61)."""
MAX_BODY_MASS_LOSS_PCT = 2.0
"""Aim to lose less than 2 % of body mass, and never gain weight (S61, Sawka 2007)."""


class HydrationError(ValueError):
    pass


@dataclass(frozen=True)
class SweatTest:
    pre_kg: float
    post_kg: float
    drank_l: float
    urine_l: float
    hours: float


def sweat_rate_l_per_h(test: SweatTest) -> float:
    """[(pre - post) + drunk - urine] / hours (S62). Typical runners: 0.5-2.0 L/h."""
    if test.hours <= 0 or min(test.pre_kg, test.post_kg) <= 0:
        raise HydrationError("weights and duration must be positive")
    if test.drank_l < 0 or test.urine_l < 0:
        raise HydrationError("volumes cannot be negative")
    rate = ((test.pre_kg - test.post_kg) + test.drank_l - test.urine_l) / test.hours
    return round(max(rate, 0.0), 2)


@dataclass(frozen=True)
class HydrationPlan:
    before_ml: tuple[int, int]
    warm_up_ml: int
    during_ml_per_15_min: int
    after_ml_per_kg_lost: tuple[int, int]
    warnings: tuple[str, ...]
    evidence: tuple[str, ...] = ("S61", "S62", "S18")


def hydration_plan(run_minutes: int, sweat_rate: float | None = None) -> HydrationPlan:
    """Drink to replace most, not all, of what you sweat; gaining weight on a run is a warning."""
    during = 250
    if sweat_rate is not None:
        # replace up to ~80 % of sweat losses, never more than the ACE upper bound per 15 min
        during = min(int(sweat_rate * 1000 * 0.8 / 4), DURING_ML[1] + 100)
    warnings = [
        "Do not drink so much that you weigh more after a run than before: over-drinking can "
        "dangerously dilute blood salt.",
    ]
    if run_minutes < 60:
        warnings.append("For runs under an hour, drinking to thirst is usually enough.")
    return HydrationPlan(BEFORE_2H_ML, WARM_UP_ML, during, AFTER_ML_PER_KG_LOST, tuple(warnings))


def body_mass_change_pct(pre_kg: float, post_kg: float) -> tuple[float, str | None]:
    """Percent change and a warning when loss exceeds 2 % or weight was gained."""
    change = round(100 * (post_kg - pre_kg) / pre_kg, 1)
    if change > 0:
        return change, "You gained weight during the run: drink less next time."
    if -change > MAX_BODY_MASS_LOSS_PCT:
        return change, "You lost more than 2 % of body weight: drink a little more next time."
    return change, None
