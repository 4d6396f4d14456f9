"""The plan's exercise and scheduled-run days as an iCalendar (RFC 5545) feed.

Events are all-day and say only "RunCare exercise session": a calendar is often shared or
synced to other services, so the feed carries no diagnosis, pain score or exercise detail.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from runcare.programs.runs import planned_day
from runcare.programs.sessions import exercises_due

PAST_DAYS = 7
AHEAD_DAYS = 28


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1)."""
    raw = line.encode()
    if len(raw) <= 75:
        return line
    parts, start = [], 0
    while start < len(raw):
        size = 75 if start == 0 else 74
        chunk = raw[start : start + size]
        while chunk and (chunk[-1] & 0xC0) == 0x80:  # never split a UTF-8 character
            chunk = chunk[:-1]
        parts.append(chunk.decode())
        start += len(chunk)
    return "\r\n ".join(parts)


def calendar(
    plans: list[Any], *, today: date, now: datetime, open_url: str, title: str, summary: str
) -> str:
    """One event per day with exercises or a run due, from a week ago to four weeks ahead."""
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//RunCare//Exercise plan//EN",
        "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{_escape(title)}",
    ]  # fmt: skip
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    for plan in plans:
        for offset in range(-PAST_DAYS, AHEAD_DAYS + 1):
            day = today + timedelta(days=offset)
            running = planned_day(plan.plan, day)
            if not exercises_due(plan.plan, day) and not (running and running.is_run):
                continue
            lines += [
                "BEGIN:VEVENT", f"UID:plan-{plan.pk}-{day:%Y%m%d}@runcare",
                f"DTSTAMP:{stamp}", f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
                f"SUMMARY:{_escape(summary)}", f"URL:{open_url}",
                f"DESCRIPTION:{_escape(open_url)}", "TRANSP:TRANSPARENT", "END:VEVENT",
            ]  # fmt: skip
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
