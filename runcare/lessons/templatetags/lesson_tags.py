"""``topic_label``: a lesson topic id as words a reader understands."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

TOPIC_LABELS = {
    "causes": _("Causes"),
    "treatment": _("Treatment"),
    "prevention": _("Prevention"),
    "when_to_see_a_doctor": _("When to see a doctor"),
}


@register.filter
def topic_label(topic: str) -> str:
    return str(TOPIC_LABELS.get(topic, topic.replace("_", " ").capitalize()))
