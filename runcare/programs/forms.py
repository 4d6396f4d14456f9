"""Forms for the intake screens, the session player and the therapist override.

The API runs the same forms on its JSON bodies, so both paths share one set of limits.
"""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from runcare.clinical.fact_parsing import FACT_SPECS
from runcare.clinical.intake.questionnaire import Question, Screen, load_questionnaire
from runcare.clinical.plans.model import Stage
from runcare.programs.actions.sessions import MAX_SETS

YES, NO, UNSURE = "yes", "no", "unsure"
BOOLEAN_CHOICES = [(YES, _("Yes")), (NO, _("No")), (UNSURE, _("Not sure"))]
BOOLEAN_VALUES = {YES: True, NO: False, UNSURE: None}
SIDE_CHOICES = [("both", _("Both")), ("left", _("Left")), ("right", _("Right")), ("", _("—"))]
MAX_TEXT = 2000
UNANSWERED_MEASURES = frozenset({"lefs", "psfs", "visa_a"})
"""Scored questionnaires are filled in on the progress pages; the intake leaves them open."""


def option_label(option: str) -> str:
    return option.replace("_", " ").capitalize()


class IntentForm(forms.Form):
    intent = forms.ChoiceField(
        label=_("How can we help you with your leg pain?"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the answer that fits you best.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        answers = load_questionnaire().intent_answers
        cast(forms.ChoiceField, self.fields["intent"]).choices = [(a.id, a.label) for a in answers]


def _asked(question: Question, on_screen: set[str], earlier: dict[str, Any]) -> bool:
    """Scored questionnaires wait for the progress pages; a follow-up to an earlier screen's
    answer is asked only when that answer calls for it (same-screen ones are toggled live)."""
    if question.measure in UNANSWERED_MEASURES:
        return False
    if question.show_if is None or question.show_if[0] in on_screen:
        return True
    return earlier.get(question.show_if[0]) == question.show_if[1]


def _field(question: Question, required: bool) -> forms.Field:
    common: dict[str, Any] = {"label": question.text, "help_text": question.help}
    if question.type == "boolean":
        return forms.ChoiceField(
            choices=BOOLEAN_CHOICES,
            widget=forms.RadioSelect,
            required=required,
            error_messages={"required": _("Choose yes, no or not sure.")},
            **common,
        )
    if question.type == "choice":
        return forms.ChoiceField(
            choices=[(o, option_label(o)) for o in question.options],
            widget=forms.RadioSelect if len(question.options) <= 4 else forms.Select,
            required=False,
            **common,
        )
    if question.type == "integer":
        return forms.IntegerField(required=False, min_value=0, max_value=200, **common)
    if question.type in ("number", "measure"):
        return forms.FloatField(required=False, min_value=0, max_value=1000, **common)
    if question.type == "text_list":
        return forms.CharField(
            required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=MAX_TEXT, **common
        )
    return forms.CharField(required=False, max_length=MAX_TEXT, **common)


class ScreenForm(forms.Form):
    """One questionnaire screen; ``answers()`` gives JSON values checked against the facts."""

    def __init__(self, screen: Screen, earlier: dict[str, Any], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.screen = screen
        on_screen = {q.key for q in screen.questions}
        self.asked = [q for q in screen.questions if _asked(q, on_screen, earlier)]
        for question in self.asked:
            follow_up = question.show_if is not None and question.show_if[0] in on_screen
            field = _field(question, required=not follow_up)
            if follow_up and question.show_if is not None:
                key, expected = question.show_if
                field.show_if = (key, {True: YES, False: NO}.get(expected, expected))  # type: ignore[attr-defined]
            self.fields[question.key] = field

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for question in self.asked:
            if question.key in self.errors:
                continue
            value = _to_json(question, cleaned.get(question.key))
            if question.is_fact and value is not None:
                try:
                    value = FACT_SPECS[question.key].convert(value)
                except ValueError as error:
                    self.add_error(question.key, str(error))
                    continue
            cleaned[question.key] = value
        return cleaned

    def answers(self, earlier: dict[str, Any]) -> dict[str, Any]:
        """Every question of the screen, None when blank; hidden follow-ups are left out."""
        merged = dict(earlier)
        result: dict[str, Any] = {
            q.key: None for q in self.screen.questions if q.measure in UNANSWERED_MEASURES
        }
        for question in self.asked:
            if question.show_if is not None:
                key, expected = question.show_if
                if merged.get(key) != expected:
                    continue
            value = self.cleaned_data.get(question.key)
            result[question.key] = merged[question.key] = (
                list(value) if isinstance(value, tuple) else value
            )
        return result


def _to_json(question: Question, raw: Any) -> Any:
    if raw in (None, ""):
        return [] if question.type == "text_list" and raw == "" else None
    if question.type == "boolean":
        return BOOLEAN_VALUES.get(raw, raw) if isinstance(raw, str) else raw
    if question.type == "text_list" and isinstance(raw, str):
        return [line.strip() for line in raw.splitlines() if line.strip()]
    return raw


def initial_for(screen: Screen, answers: dict[str, Any]) -> dict[str, Any]:
    """Show what the member answered before when they come back to a screen."""
    initial: dict[str, Any] = {}
    for question in screen.questions:
        if question.key not in answers:
            continue
        value = answers[question.key]
        if question.type == "boolean":
            value = {True: YES, False: NO, None: UNSURE}[value]
        elif question.type == "text_list" and isinstance(value, list):
            value = "\n".join(value)
        initial[question.key] = value
    return initial


class DoneForm(forms.Form):
    exercise_id = forms.CharField(max_length=80)
    sets_done = forms.IntegerField(label=_("Sets done"), min_value=0, max_value=MAX_SETS)
    side = forms.ChoiceField(choices=SIDE_CHOICES, required=False)


class TooPainfulForm(forms.Form):
    exercise_id = forms.CharField(max_length=80)
    pain = forms.IntegerField(
        label=_("How bad is the pain now, from 0 (none) to 10 (worst)?"),
        min_value=0,
        max_value=10,
        error_messages={"required": _("Give the pain a number from 0 to 10.")},
    )
    side = forms.ChoiceField(choices=SIDE_CHOICES, required=False)


class ExerciseForm(forms.Form):
    exercise_id = forms.CharField(max_length=80)


class OverrideForm(forms.Form):
    stage = forms.ChoiceField(
        label=_("Stage"),
        choices=[("", _("Keep the current stage"))]
        + [(s.value, f"{s.value} · {s.label}") for s in Stage],
        required=False,
    )
    exercise_id = forms.ChoiceField(label=_("Exercise (for a dose change)"), required=False)
    sets = forms.IntegerField(label=_("Sets"), min_value=1, max_value=10, required=False)
    reps = forms.IntegerField(label=_("Repetitions"), min_value=1, max_value=50, required=False)
    hold_s = forms.IntegerField(
        label=_("Hold (seconds)"), min_value=0, max_value=300, required=False
    )
    reason = forms.CharField(
        label=_("Reason (the member sees this)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=MAX_TEXT,
        error_messages={"required": _("Say why you are changing the plan.")},
    )

    def __init__(self, *args: Any, exercises: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["exercise_id"]).choices = [
            ("", _("No dose change")),
            *exercises,
        ]

    def changes(self) -> dict[str, Any]:
        data = self.cleaned_data
        changes: dict[str, Any] = {}
        if data.get("stage"):
            changes["stage"] = data["stage"]
        dose = {k: data[k] for k in ("sets", "reps", "hold_s") if data.get(k) is not None}
        if data.get("exercise_id") and dose:
            changes["dose"] = {data["exercise_id"]: dose}
        return changes

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not self.errors and not self.changes():
            raise forms.ValidationError(_("Choose a new stage or a new dose for one exercise."))
        return cleaned
