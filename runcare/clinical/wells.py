"""The two-level Wells score for leg DVT, computed from self-report as an escalation tool.

Self-reported examiner items (tenderness, pitting, veins) count as "possible" (R-DVT-1).
Unanswered items are kept as a range: ``minimum`` counts them as absent, ``maximum`` as
present, so a rule can tell "definitely likely", "definitely unlikely" and "cannot tell".
"""

from dataclasses import dataclass

from runcare.clinical.facts import Facts
from runcare.clinical.tristate import Tri, all_of, any_of, at_least, negate, one_of

WELLS_LIKELY = 2
"""Two-level Wells: a score of 2 or more means DVT likely (S2, S3, S4)."""

CALF_DIFFERENCE_CM = 3.0
"""Calf swelling item: 3 cm or more above the other leg, 10 cm below the tibial tuberosity (S2)."""

ALTERNATIVE_POINTS = -2

MECHANICAL_MECHANISMS = frozenset({"sudden_push_off_or_sprint", "direct_blow", "twist_or_fall"})
DOMS_MECHANISMS = frozenset({"unaccustomed_exercise", "long_run_or_race"})


@dataclass(frozen=True)
class WellsResult:
    minimum: int
    maximum: int
    present: tuple[str, ...]
    unanswered: tuple[str, ...]
    alternative_diagnosis: Tri

    @property
    def score(self) -> int | None:
        """Points from what was answered (unknown items count 0); None if nothing was answered."""
        if len(self.unanswered) == len(_ITEMS):
            return None
        bonus = ALTERNATIVE_POINTS if self.alternative_diagnosis is True else 0
        return len(self.present) + bonus

    @property
    def likely(self) -> Tri:
        """Three-valued "DVT likely" (score >= 2) given the unanswered items."""
        if self.minimum >= WELLS_LIKELY:
            return True
        return None if self.maximum >= WELLS_LIKELY else False


def _items(facts: Facts) -> dict[str, Tri]:
    return {
        "active_cancer": facts.active_cancer,
        "paralysis_paresis_or_recent_cast": facts.paralysis_paresis_or_recent_cast,
        "bedridden_3_days_or_major_surgery_12_weeks": (
            facts.bedridden_3_days_or_major_surgery_12_weeks
        ),
        "calf_tenderness_along_deep_veins": facts.calf_tenderness_along_deep_veins,
        "leg_swollen_whole": facts.leg_swollen_whole,
        "calf_circumference_diff_cm": at_least(
            facts.calf_circumference_diff_cm, CALF_DIFFERENCE_CM
        ),
        "pitting_edema": facts.pitting_edema,
        "collateral_veins": facts.collateral_veins,
        "previous_dvt": facts.previous_dvt,
    }


_ITEMS = tuple(_items(Facts()))


def alternative_diagnosis(facts: Facts) -> Tri:
    """R-DVT-5: a clear mechanical story or a bilateral DOMS pattern, and no one-sided swelling."""
    mechanical = any_of(
        one_of(facts.mechanism, MECHANICAL_MECHANISMS),
        all_of(one_of(facts.side, {"bilateral"}), one_of(facts.mechanism, DOMS_MECHANISMS)),
    )
    no_one_sided_swelling = all_of(
        negate(facts.leg_swollen_whole),
        any_of(negate(facts.swelling), one_of(facts.side, {"bilateral"})),
    )
    return all_of(mechanical, no_one_sided_swelling)


def wells_score(facts: Facts) -> WellsResult:
    items = _items(facts)
    present = tuple(name for name, value in items.items() if value is True)
    unanswered = tuple(name for name, value in items.items() if value is None)
    alternative = alternative_diagnosis(facts)
    minimum = len(present) + (ALTERNATIVE_POINTS if alternative is not False else 0)
    maximum = len(present) + len(unanswered) + (ALTERNATIVE_POINTS if alternative else 0)
    return WellsResult(minimum, maximum, present, unanswered, alternative)
