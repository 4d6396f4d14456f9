"""Self-care forms. The API validates through these same forms, so both say the same thing."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from runcare.clinical.selfcare.nsaids import NSAID_QUESTIONS

YES_NO_UNSURE = [("no", _("No")), ("yes", _("Yes")), ("unsure", _("Not sure"))]
YES_NO = [("no", _("No")), ("yes", _("Yes"))]

#: Our own wording of the clinical core's screen questions (keys are the core's).
NSAID_LABELS: dict[str, Any] = {
    "stomach_ulcer_or_bleed": _(
        "Have you ever had a stomach ulcer or stomach bleeding, passed black stools or "
        "vomited blood?"
    ),
    "blood_thinner_or_antiplatelet": _(
        "Do you take a blood thinner, clopidogrel or a daily aspirin?"
    ),
    "steroid_or_ssri": _("Do you take steroid tablets or an SSRI or SNRI antidepressant?"),
    "kidney_risk": _(
        "Do you have kidney disease, take blood-pressure tablets together with water tablets, "
        "or might you be dehydrated right now, for example after a long race?"
    ),
    "heart_or_stroke": _(
        "Have you had heart failure, a heart attack, a stroke or heart surgery, or is your "
        "blood pressure hard to control?"
    ),
    "asthma_or_allergy": _(
        "Has aspirin or an anti-inflammatory ever made your asthma worse or given you an "
        "allergic reaction?"
    ),
    "pregnancy": _("Are you pregnant, trying for a baby or breast-feeding?"),
    "liver_or_bowel": _("Do you have liver disease or an inflammatory bowel disease?"),
    "age_65_plus": _("Are you 65 or older?"),
    "other_anti_inflammatory": _(
        "Are you already taking another anti-inflammatory, including in a cold remedy?"
    ),
    "being_ruled_out": _(
        "Is a doctor still checking for a blood clot, a broken bone or bleeding in the leg?"
    ),
}
assert set(NSAID_LABELS) == set(NSAID_QUESTIONS), "every screen question needs our wording"


def _answer(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


class NsaidScreenForm(forms.Form):
    """Every question explicit; "not sure" is kept as unknown, which the screen treats as yes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, label in NSAID_LABELS.items():
            self.fields[key] = forms.ChoiceField(
                label=label, choices=YES_NO_UNSURE, widget=forms.RadioSelect
            )


def nsaid_answers(data: dict[str, Any]) -> dict[str, bool | None]:
    """Form answers as the clinical screen reads them: yes, no, or unknown."""
    return {key: _answer(data[key]) for key in NSAID_LABELS}


class HydrationForm(forms.Form):
    run_minutes = forms.IntegerField(
        label=_("How long is your planned run? (minutes)"), min_value=10, max_value=600
    )
    sweat_rate_l_per_h = forms.FloatField(
        label=_("Your sweat rate, if you know it (litres per hour)"),
        required=False,
        min_value=0.1,
        max_value=4.0,
        help_text=_("Leave empty to use general starting points. The test below measures it."),
    )


class SweatRateForm(forms.Form):
    pre_kg = forms.FloatField(label=_("Weight before the run (kg)"), min_value=25, max_value=250)
    post_kg = forms.FloatField(label=_("Weight after the run (kg)"), min_value=25, max_value=250)
    drank_l = forms.FloatField(
        label=_("What you drank during the run (litres)"), min_value=0, max_value=10
    )
    urine_l = forms.FloatField(
        label=_("Urine passed during the run (litres)"),
        min_value=0,
        max_value=5,
        initial=0,
        help_text=_("Usually 0. Weigh yourself before and after going, if you went."),
    )
    minutes = forms.IntegerField(label=_("Run duration (minutes)"), min_value=15, max_value=600)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        pre, post = data.get("pre_kg"), data.get("post_kg")
        if pre and post and abs(pre - post) > 0.1 * pre:
            raise forms.ValidationError(
                _("The two weights differ by more than 10 %. Please check them.")
            )
        return data


class ColdHeatForm(forms.Form):
    """The safety questions asked before the timer starts."""

    cold_sensitive = forms.ChoiceField(
        label=_("Do you have Raynaud's, a skin reaction to cold, or areas of numb skin?"),
        choices=YES_NO_UNSURE,
        widget=forms.RadioSelect,
    )
    numb_or_tingling = forms.ChoiceField(
        label=_("Is your lower leg or foot numb or tingling?"),
        choices=YES_NO_UNSURE,
        widget=forms.RadioSelect,
    )
    red_hot_or_swollen = forms.ChoiceField(
        label=_("Is the sore area red, hot or swollen?"),
        choices=YES_NO_UNSURE,
        widget=forms.RadioSelect,
    )
    days_since_start = forms.IntegerField(
        label=_("How many days ago did the pain start?"), min_value=0, max_value=3650
    )


class ToeBoxForm(forms.Form):
    toes_cramped = forms.ChoiceField(
        label=_("Do your toes feel squeezed or touch the front of the shoe?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    thumb_space = forms.ChoiceField(
        label=_(
            "Standing up, is there about a thumb's width between your longest toe and the end "
            "of the shoe?"
        ),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    new_shoes_soon = forms.ChoiceField(
        label=_("Are you buying new running shoes soon?"), choices=YES_NO, widget=forms.RadioSelect
    )


class SnackForm(forms.Form):
    hours_sitting = forms.IntegerField(
        label=_("How many hours will you sit today?"), min_value=0, max_value=16
    )
