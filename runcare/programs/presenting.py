"""Turn a stored triage result into what the result page shows, in plain words with sources.

Reads only the stored dict, so an old result keeps showing what was decided at the time even
after the rule set moves on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from runcare.clinical.conditions import Condition
from runcare.clinical.evidence import SOURCES
from runcare.clinical.intake.questionnaire import load_questionnaire

SAFE_MEANWHILE: dict[str, Any] = {
    "emergency": _("Do not exercise or massage the leg. Keep still while you wait for help."),
    "urgent_doctor": _(
        "Until you have been checked: no running, stretching or calf exercises. Walk only as "
        "much as you need to, and keep the leg comfortable."
    ),
    "see_doctor": _(
        "Until your appointment: no running. Gentle movement that stays pain-free is fine, and "
        "your program below only holds exercises that are safe to do meanwhile."
    ),
    "self_care_program": _(
        "Start gently: exercises should feel like effort, not like sharp pain. Stop an "
        "exercise if the pain goes above 5 out of 10 and use the easier version offered."
    ),
}


@dataclass(frozen=True)
class Citation:
    id: str
    text: str


@dataclass(frozen=True)
class RuleView:
    rule_id: str
    message: str
    citations: tuple[Citation, ...]
    certain: bool


@dataclass(frozen=True)
class ResultView:
    level: str
    condition: str
    what_to_do: str
    how_soon: str
    rules: tuple[RuleView, ...]
    not_answered: tuple[str, ...]
    safety_net: str
    safe_meanwhile: str
    wells_score: int | None


def cite(ids: list[str] | tuple[str, ...]) -> tuple[Citation, ...]:
    return tuple(Citation(i, SOURCES.get(i, i)) for i in ids)


def condition_label(value: str) -> str:
    try:
        return Condition(value).value.replace("_", " ").capitalize()
    except ValueError:
        return value


def _question_texts() -> dict[str, str]:
    return {q.key: q.text for s in load_questionnaire().screens for q in s.questions}


def result_view(result: dict[str, Any]) -> ResultView:
    paragraphs = result["advice"].split("\n\n")
    texts = _question_texts()
    rules = tuple(
        RuleView(r["rule_id"], r["message"], cite(r["evidence"]), not r["unanswered"])
        for r in result["fired_rules"]
    )
    return ResultView(
        level=result["triage"],
        condition=condition_label(result["condition"]),
        what_to_do=paragraphs[0],
        how_soon=result["how_soon"],
        rules=rules,
        not_answered=tuple(texts.get(k, k) for k in result["not_answered"]),
        safety_net=paragraphs[-1],
        safe_meanwhile=str(SAFE_MEANWHILE[result["triage"]]),
        wells_score=result.get("wells_score"),
    )
