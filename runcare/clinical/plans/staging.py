"""Where a new plan starts: the stage whose entry criteria the intake already meets."""

from runcare.clinical.facts import Facts
from runcare.clinical.plans.model import Decision, Stage

ACUTE_DAYS = 2
"""Protect for the first 1-3 days after an acute injury (PEACE & LOVE, S27; Bayer 2017, S26);
P0 has no stretching, which also keeps stretches out of the first 72 h (§4.1, CK)."""
EARLY_LOAD_PAIN = 2
"""Early loading starts when walking pain is 2/10 or less with no limp (§3.4; S28)."""
OVERUSE_PAIN = 5
"""Tendon and overuse problems may load with pain up to 5/10 (pain-monitoring model, S40)."""
STRENGTH_REPS = 10
"""Single-leg strength work needs a handful of pain-free single-leg raises first (CK)."""
RUN_READY_REPS = 25
"""Run-ready: 25 or more single-leg raises (S28, S34)."""
RUN_READY_LSI = 90.0
"""...with less than 10 % difference between the legs (S28)."""


def limb_symmetry(affected: int | None, other: int | None) -> float | None:
    """Involved / uninvolved x 100 (evidence.md §4.3); None when it cannot be computed."""
    if affected is None or not other:
        return None
    return round(100.0 * affected / other, 1)


def _acute(facts: Facts) -> bool:
    recent = facts.days_since_onset is not None and facts.days_since_onset <= ACUTE_DAYS
    return facts.onset == "sudden" and recent


def initial_stage(facts: Facts, overuse: bool = False) -> tuple[Stage, Decision]:
    """The intake is one day of data, so it can place a member at P2 at most (two-day rule).

    Acute strains use the strict 2/10 ceiling; overuse and tendon pain the 5/10 one.
    """
    lsi = limb_symmetry(
        facts.single_leg_heel_raise_reps_affected, facts.single_leg_heel_raise_reps_other
    )
    inputs = {
        "onset": facts.onset,
        "days_since_onset": facts.days_since_onset,
        "pain_0_10": facts.pain_0_10,
        "limp": facts.limp,
        "single_leg_heel_raise_reps_affected": facts.single_leg_heel_raise_reps_affected,
        "limb_symmetry_index": lsi,
        "pain_ceiling": OVERUSE_PAIN if overuse else EARLY_LOAD_PAIN,
    }
    pain = facts.pain_0_10
    ceiling = OVERUSE_PAIN if overuse else EARLY_LOAD_PAIN
    calm = pain is not None and pain <= ceiling and facts.limp is False
    reps = facts.single_leg_heel_raise_reps_affected or 0
    if _acute(facts) or not calm:
        stage, why = Stage.P0, f"recent injury, pain above {ceiling}/10 or a limp: protect first"
    elif reps >= STRENGTH_REPS:
        stage, why = Stage.P2, "calm pain, no limp and single-leg raises already possible"
    else:
        stage, why = Stage.P1, "calm pain and no limp: start loading gently"
    explanation = f"Starting at {stage} ({stage.label}): {why}."
    return stage, Decision("P-STAGE-1", inputs, ("S26", "S27", "S28"), explanation)
