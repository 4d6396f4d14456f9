"""Everyday habits from the source article: shoe toe-box check and movement snacks."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ToeBoxCheck:
    ok: bool
    advice: str
    evidence: tuple[str, ...] = ("S1", "S28", "CK")


def toe_box_check(
    toes_cramped: bool, thumb_width_past_longest_toe: bool, new_shoes_soon: bool
) -> ToeBoxCheck:
    """Cramped toes may shift load to the calf; evidence is thin, so change one thing at a time."""
    if not toes_cramped and thumb_width_past_longest_toe:
        return ToeBoxCheck(True, "Your shoes leave room for your toes: no change needed.")
    when = "with your next pair" if new_shoes_soon else "when you next replace your shoes"
    return ToeBoxCheck(
        False,
        f"Your toes may be cramped. Try a half or full size larger {when}, and change shoes "
        "separately from other training changes.",
    )


MOVEMENT_SNACKS: tuple[str, ...] = (
    "Walk up and down a flight of stairs twice.",
    "Do 20 double-leg heel raises while the kettle boils.",
    "Ten wall push-ups, then ten slow squats.",
    "Thirty seconds of gentle jumping jacks, if your calf is pain-free.",
    "Stand and walk for two minutes every half hour of sitting.",
)
"""Short bursts of movement through the day, so muscles are less stiff before a run (S1, CK)."""


def movement_snacks(hours_sitting: float, calf_loading_allowed: bool) -> tuple[str, ...]:
    """About one snack per hour of sitting (at most 5), without calf moves when not allowed."""
    ideas = [s for s in MOVEMENT_SNACKS if calf_loading_allowed or "heel" not in s]
    if not calf_loading_allowed:
        ideas = [s for s in ideas if "jumping" not in s]
    return tuple(ideas[: max(1, min(5, round(hours_sitting)))])
