"""Questionnaire content in our own words, and scoring through the clinical core.

Item keys are stable (``q1``…) so stored answers stay readable when wording changes.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from runcare.checkins.errors import CheckinError
from runcare.clinical import proms

LEFS_ITEMS = (
    _("Your usual work, housework or school"),
    _("Your usual hobbies, recreation or sport"),
    _("Getting into or out of the bath"),
    _("Walking between rooms"),
    _("Putting on your shoes or socks"),
    _("Squatting"),
    _("Lifting something, like a bag of shopping, from the floor"),
    _("Light jobs around the home"),
    _("Heavy jobs around the home"),
    _("Getting into or out of a car"),
    _("Walking two blocks"),
    _("Walking a mile (1.6 km)"),
    _("Going up or down ten stairs"),
    _("Standing for an hour"),
    _("Sitting for an hour"),
    _("Running on even ground"),
    _("Running on uneven ground"),
    _("Making sharp turns while running fast"),
    _("Hopping"),
    _("Rolling over in bed"),
)
LEFS_CHOICES = (
    (0, _("Extreme difficulty or unable")),
    (1, _("Quite a bit of difficulty")),
    (2, _("Moderate difficulty")),
    (3, _("A little difficulty")),
    (4, _("No difficulty")),
)
VISA_A_ITEMS = (
    _("Morning stiffness: 0 = more than 100 minutes of stiffness, 10 = none"),
    _("Once warmed up, stretching the tendon over the edge of a step: 0 = severe pain, 10 = none"),
    _("In the 2 hours after walking 30 minutes on the flat: 0 = severe pain, 10 = none"),
    _("Walking downstairs normally: 0 = severe pain, 10 = none"),
    _("During or right after 10 single-leg heel raises: 0 = severe pain, 10 = none"),
    _("Single-leg hops without pain: 0 = none, 10 = ten or more"),
)
VISA_A_ACTIVITY = (
    (0, _("No sport or physical activity at the moment")),
    (4, _("Changed training or competition")),
    (7, _("Full training, not yet competing at my old level")),
    (10, _("Competing at or above my level before the pain")),
)
VISA_A_DURATION = (
    (0, _("Not at all")),
    (7, _("Up to 10 minutes")),
    (14, _("11 to 20 minutes")),
    (21, _("21 to 30 minutes")),
    (30, _("More than 30 minutes")),
)


def score(measure: str, answers: dict[str, Any]) -> float:
    """The clinical core's score for ``answers``; its refusal becomes a member-readable error."""
    try:
        if measure == "lefs":
            return proms.lefs([answers.get(f"q{i}") for i in range(1, 21)])
        if measure == "psfs":
            return proms.psfs([a["rating"] for a in answers["activities"]])
        if measure == "visa_a":
            items = [answers[f"q{i}"] for i in range(1, 8)]
            return float(proms.visa_a(items, answers.get("q8_loading"), answers.get("q8_pain")))
    except (KeyError, TypeError):
        raise CheckinError("Some answers are missing.") from None
    except proms.PromError as error:
        raise CheckinError(str(error)) from None
    raise CheckinError(f"Unknown questionnaire {measure!r}.", "measure")


MCID = {"lefs": proms.LEFS_MCID, "psfs": proms.PSFS_MCID, "visa_a": proms.VISA_A_MCID}
SCALE_MAX = {"lefs": 80, "psfs": 10, "visa_a": 100}
