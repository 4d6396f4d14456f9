"""Which questionnaire screen to show, and how far along the member is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from runcare.clinical.intake.flow import next_screen
from runcare.clinical.intake.questionnaire import Screen, load_questionnaire


@dataclass(frozen=True)
class Progress:
    number: int
    total: int
    previous: str | None

    @property
    def percent(self) -> int:
        return round(100 * (self.number - 1) / self.total)


def screen_to_show(requested: str | None, answers: dict[str, Any]) -> Screen | None:
    """The next unanswered screen, or an earlier one the member asked to go back to."""
    upcoming = next_screen(answers)
    screens = load_questionnaire().screens
    if requested:
        limit = screens.index(upcoming) if upcoming else len(screens)
        for screen in screens[: limit + 1]:
            if screen.id == requested:
                return screen
    return upcoming


def progress(screen: Screen | None) -> Progress:
    screens = load_questionnaire().screens
    if screen is None:
        return Progress(len(screens) + 1, len(screens) + 1, screens[-1].id)
    index = screens.index(screen)
    previous = screens[index - 1].id if index else None
    return Progress(index + 1, len(screens) + 1, previous)
