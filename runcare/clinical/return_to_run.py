"""Walk/run return-to-running tables as data, with the gates that open and move them.

The interval table is compiled from common clinical programs and is not trial-validated
(evidence.md §7.1; S49, CK); the calf-strain variant follows S28. Progress is criteria-based.
"""

from dataclasses import dataclass

from runcare.clinical.plans.model import RunGuidance, Stage


@dataclass(frozen=True)
class WalkRunStage:
    number: int
    run_min: float
    walk_min: float
    repeats: int
    total_min: int
    note: str = ""


WALK_RUN_TABLE: tuple[WalkRunStage, ...] = (
    WalkRunStage(1, 1, 4, 5, 25),
    WalkRunStage(2, 2, 3, 5, 25),
    WalkRunStage(3, 3, 2, 5, 25),
    WalkRunStage(4, 4, 2, 5, 30),
    WalkRunStage(5, 5, 1, 5, 30),
    WalkRunStage(6, 8, 1, 3, 27),
    WalkRunStage(7, 10, 1, 3, 33),
    WalkRunStage(8, 15, 1, 1, 31, "then run another 15 minutes"),
    WalkRunStage(9, 25, 0, 1, 25, "20-25 minutes continuous"),
    WalkRunStage(10, 30, 0, 1, 30, "30 minutes continuous"),
)


@dataclass(frozen=True)
class CalfPhase:
    name: str
    effort: str
    description: str


CALF_PHASES: tuple[CalfPhase, ...] = (
    CalfPhase("A", "50-60 %", "6-10 run-throughs of 60-80 m, walking back between them"),
    CalfPhase("B", "70-80 %", "the same run-throughs at a firmer pace"),
    CalfPhase("C", "90 %", "strides and changes of direction, then interval stage 5"),
)
CALF_PHASE_HANDOVER_STAGE = 5
"""After phase C the calf-strain variant joins the interval table at stage 5 (S28)."""

ENTRY_WALK_MIN = 30
ENTRY_WALK_PAIN = 2
ENTRY_RAISES_OVERUSE = 20
"""Overuse entry: 30 min brisk walking at <=2/10 and 20+ single-leg raises (§7; S28, S49)."""


def may_start_walk_run(
    stage: Stage, brisk_walk_min: int, walk_pain: int, single_leg_raises: int
) -> bool:
    """Run-ready stage (P3), or the overuse walking-and-raises gate."""
    if stage >= Stage.P3:
        return True
    walks = brisk_walk_min >= ENTRY_WALK_MIN and walk_pain <= ENTRY_WALK_PAIN
    return walks and single_leg_raises >= ENTRY_RAISES_OVERUSE


def walk_run_stage(number: int) -> WalkRunStage:
    """Stage ``number`` of the table, clamped to its ends."""
    return WALK_RUN_TABLE[max(1, min(number, len(WALK_RUN_TABLE))) - 1]


_BEFORE_RUNNING = {
    Stage.P0: "No running for now. Walk as far as is comfortable.",
    Stage.P1: "No running yet. Keep fit with pain-free cycling or pool work.",
    Stage.P2: "Not yet: running opens when the single-leg raise test is passed on two days.",
}


_IMPACT_LIMITED_P4 = (
    "Run every other day on flat, even ground, keep every run within 10 % of your longest run "
    "of the last 30 days, and leave hills, speed work and jumping until running feels easy. "
    "If one spot on the shin bone becomes tender or hopping hurts, stop running and repeat the "
    "safety questions."
)
"""Shin splints: reduced running and limited impact (evidence.md §1.1 MTSS row; S50, S52, CK)."""


def run_guidance(
    stage: Stage, calf_strain: bool, restricted: bool, *, impact_limited: bool = False
) -> RunGuidance:
    """What running is allowed at ``stage``; a restricted (see-doctor) plan never runs.

    ``impact_limited`` (shin splints) keeps the return on flat, even ground and slower.
    """
    if restricted:
        return RunGuidance(False, "Pause running until you have been assessed in person.")
    if stage in _BEFORE_RUNNING:
        return RunGuidance(False, _BEFORE_RUNNING[stage])
    if stage is Stage.P3 and calf_strain:
        phase = CALF_PHASES[0]
        summary = f"Phase {phase.name}: {phase.description} at {phase.effort}, every other day."
        return RunGuidance(True, summary, calf_phase=phase.name)
    if stage is Stage.P3:
        first = WALK_RUN_TABLE[0]
        ground = ", on flat, even ground" if impact_limited else ""
        summary = (
            f"Walk/run stage 1: run {first.run_min:g} min, walk {first.walk_min:g} min, "
            f"{first.repeats} times, every other day{ground}."
        )
        return RunGuidance(True, summary, walk_run_stage=1)
    if impact_limited:
        return RunGuidance(True, _IMPACT_LIMITED_P4)
    return RunGuidance(
        True,
        "Run as usual, but keep every run within 10 % of your longest run of the last 30 days, "
        "and change only one thing (distance, speed, hills, shoes or surface) at a time.",
    )
