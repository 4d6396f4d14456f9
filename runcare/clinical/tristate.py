"""Three-valued logic for rules: ``True``, ``False`` or ``None`` (cannot tell yet).

Rules are built from these operators so that an unanswered question can only keep a rule's
answer the same or turn it into "cannot tell" — never into a reassuring ``False``. The engine
treats "cannot tell" like "yes" when deciding the level.
"""

from collections.abc import Collection, Iterable

Tri = bool | None


def all_of(*values: Tri) -> Tri:
    """Kleene AND: one definite ``False`` decides; otherwise any unknown leaves it open."""
    if any(value is False for value in values):
        return False
    return True if all(value is True for value in values) else None


def any_of(*values: Tri) -> Tri:
    """Kleene OR: one definite ``True`` decides; otherwise any unknown leaves it open."""
    if any(value is True for value in values):
        return True
    return False if all(value is False for value in values) else None


def negate(value: Tri) -> Tri:
    return None if value is None else not value


def at_least(value: float | None, threshold: float) -> Tri:
    return None if value is None else value >= threshold


def at_most(value: float | None, threshold: float) -> Tri:
    return None if value is None else value <= threshold


def one_of(value: str | None, options: Collection[str]) -> Tri:
    return None if value is None else value in options


def count_at_least(values: Iterable[Tri], needed: int) -> Tri:
    """True when at least ``needed`` are definitely true; None when unknowns could get there."""
    items = list(values)
    sure = sum(value is True for value in items)
    possible = sure + sum(value is None for value in items)
    if sure >= needed:
        return True
    return None if possible >= needed else False
