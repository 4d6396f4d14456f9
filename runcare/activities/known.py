"""What a member already has, held in memory for one import: hashes and start times.

Loaded with one query, so de-duplicating a 1,000-file export costs no query per file.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from runcare.activities.models import Activity
from runcare.training.parsing import Activity as Parsed
from runcare.training.parsing.dedupe import START_TOLERANCE_S, same_activity


@dataclass
class _Known:
    start_s: float
    parsed: Parsed
    row_id: int | None
    named: bool


class KnownActivities:
    def __init__(self) -> None:
        self.hashes: set[tuple[str, int]] = set()
        self._starts: list[float] = []
        self._items: list[_Known] = []

    @classmethod
    def of_member(cls, member_id: int) -> KnownActivities:
        known = cls()
        rows = Activity.objects.filter(member_id=member_id).values_list(
            "id", "content_hash", "session_index", "sport", "start_time_utc", "distance_m", "name"
        )
        for pk, digest, index, sport, start, distance, name in rows:
            known.hashes.add((digest, index))
            parsed = Parsed(sport, None, start, distance, None, None, 0)
            known._insert(_Known(start.timestamp(), parsed, pk, bool(name)))
        return known

    def _insert(self, item: _Known) -> None:
        at = bisect.bisect(self._starts, item.start_s)
        self._starts.insert(at, item.start_s)
        self._items.insert(at, item)

    def match(self, activity: Parsed) -> _Known | None:
        """An activity already stored (or imported earlier in this run) that is the same run."""
        assert activity.start_time_utc is not None
        t = activity.start_time_utc.timestamp()
        lo = bisect.bisect_left(self._starts, t - START_TOLERANCE_S)
        hi = bisect.bisect_right(self._starts, t + START_TOLERANCE_S)
        return next((k for k in self._items[lo:hi] if same_activity(k.parsed, activity)), None)

    def add(self, digest: str, index: int, activity: Parsed, row: Activity) -> None:
        self.hashes.add((digest, index))
        assert activity.start_time_utc is not None
        self._insert(_Known(activity.start_time_utc.timestamp(), activity, None, bool(row.name)))
