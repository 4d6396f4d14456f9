"""Triage levels, ordered so that "highest wins" is a plain ``max``."""

from enum import Enum


class TriageLevel(Enum):
    """Where the member should go next (evidence.md §0.1)."""

    SELF_CARE_PROGRAM = "self_care_program"
    SEE_DOCTOR = "see_doctor"
    URGENT_DOCTOR = "urgent_doctor"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        """Position in the escalation order; a bigger rank is more urgent."""
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, TriageLevel):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, TriageLevel):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, TriageLevel):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, TriageLevel):
            return NotImplemented
        return self.rank >= other.rank


_RANK = {level: index for index, level in enumerate(TriageLevel)}

PROGRAM_LEVELS = frozenset({TriageLevel.SELF_CARE_PROGRAM, TriageLevel.SEE_DOCTOR})
"""Levels at which some program content may be offered at all."""
