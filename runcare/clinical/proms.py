"""Scoring of patient-reported outcomes: NPRS, LEFS, PSFS and VISA-A, with change vs baseline."""

import statistics
from dataclasses import dataclass

NPRS_MCID = 2
"""NPRS: 2 points (or about 30 %) is a clinically important change (S42, S43)."""
NPRS_MCID_PCT = 30.0
LEFS_ITEMS = 20
LEFS_MAX_MISSING = 2
"""Score LEFS only with at most 2 missing items, prorated (proposal, evidence.md §6; CK)."""
LEFS_MCID = 9
"""LEFS: MDC and MCID 9 points (S45)."""
PSFS_MCID = 2.0
"""PSFS mean: 2 points commonly used as the important change (S44, CK)."""
VISA_A_MCID = 10
"""VISA-A: an important change of about 6.5-10; the upper value is used (S46, CK)."""


class PromError(ValueError):
    """An answer is missing, out of range, or the questionnaire is incomplete."""


def _check(values: list[int], low: int, high: int, name: str) -> None:
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise PromError(f"{name}: answers must be whole numbers {low}-{high}")


def nprs(value: int) -> int:
    _check([value], 0, 10, "NPRS")
    return value


def lefs(items: list[int | None]) -> float:
    """0-80, higher is better; up to 2 missing items are filled with the mean of the rest."""
    if len(items) != LEFS_ITEMS:
        raise PromError("LEFS: expected 20 items")
    answered = [item for item in items if item is not None]
    if LEFS_ITEMS - len(answered) > LEFS_MAX_MISSING:
        raise PromError("LEFS: more than 2 items missing, cannot score")
    _check(answered, 0, 4, "LEFS")
    return round(statistics.fmean(answered) * LEFS_ITEMS, 1)


def psfs(ratings: list[int]) -> float:
    """Mean of 3-5 self-chosen activities rated 0 (unable) to 10 (as before) (S44, S47)."""
    if not 1 <= len(ratings) <= 5:
        raise PromError("PSFS: rate between 1 and 5 activities")
    _check(ratings, 0, 10, "PSFS")
    return round(statistics.fmean(ratings), 1)


def visa_a(q1_to_q7: list[int], q8_loading: int | None, q8_pain: int | None) -> int:
    """0-100. Q8 branches: a 0-30 answer for sport with pain, or without (S46).

    Exactly one branch of Q8 is answered, depending on whether pain occurs with loading sport.
    """
    if len(q1_to_q7) != 7:
        raise PromError("VISA-A: expected 7 answers before question 8")
    _check(q1_to_q7, 0, 10, "VISA-A")
    if (q8_loading is None) == (q8_pain is None):
        raise PromError("VISA-A: answer exactly one branch of question 8")
    q8 = q8_loading if q8_loading is not None else q8_pain
    assert q8 is not None
    _check([q8], 0, 30, "VISA-A Q8")
    return sum(q1_to_q7) + q8


@dataclass(frozen=True)
class Change:
    measure: str
    baseline: float
    current: float
    change: float
    improved: bool
    worse: bool
    mcid: float


def change_vs_baseline(measure: str, baseline: float, current: float) -> Change:
    """Improvement direction and MCID per measure: pain falls, function scores rise."""
    if measure == "nprs":
        drop = baseline - current
        pct = 100 * drop / baseline if baseline else 0.0
        improved = drop >= NPRS_MCID or (drop > 0 and pct >= NPRS_MCID_PCT)
        return Change(measure, baseline, current, -drop, improved, -drop >= NPRS_MCID, NPRS_MCID)
    mcids = {"lefs": LEFS_MCID, "psfs": PSFS_MCID, "visa_a": VISA_A_MCID}
    if measure not in mcids:
        raise PromError(f"unknown measure {measure}")
    mcid = mcids[measure]
    gain = current - baseline
    return Change(measure, baseline, current, gain, gain >= mcid, gain <= -mcid, mcid)
