"""The 5-10 minute pre-run warm-up (source article, S1), as an ordered list of moves.

Template of evidence.md §4.6 (about 8 minutes, CK): easy walk or jog, leg swings, walking
lunges, squats, double-leg heel raises, and pogo hops only once the calf is ready (stage P4).
"""

from dataclasses import dataclass

from runcare.clinical.plans.model import Stage


@dataclass(frozen=True)
class WarmUpMove:
    exercise_id: str
    amount: str
    seconds: int


_BASE = (
    WarmUpMove("brisk_walk_warmup", "3-4 minutes", 210),
    WarmUpMove("leg_swings", "10 each direction, each leg", 90),
    WarmUpMove("walking_lunges", "8 per leg", 75),
    WarmUpMove("body_weight_squats", "10", 45),
)
_HEEL_RAISES = WarmUpMove("double_leg_heel_raise_straight_knee", "15", 45)
_POGO = WarmUpMove("pogo_hops", "2 x 20 s", 60)


def build_warm_up(stage: Stage, calf_loading_allowed: bool = True) -> tuple[WarmUpMove, ...]:
    """Calf moves join only when calf loading is allowed; hops only at stage P4."""
    moves = list(_BASE)
    if calf_loading_allowed and stage >= Stage.P2:
        moves.append(_HEEL_RAISES)
    if calf_loading_allowed and stage is Stage.P4:
        moves.append(_POGO)
    return tuple(moves)


def warm_up_minutes(moves: tuple[WarmUpMove, ...]) -> float:
    return round(sum(move.seconds for move in moves) / 60, 1)
