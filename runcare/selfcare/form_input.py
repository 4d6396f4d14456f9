"""Validate API input with the same Django form the page uses, so both give the same errors."""

from __future__ import annotations

from typing import Any

from django import forms
from ninja.errors import ValidationError


def validated(form_class: type[forms.Form], data: dict[str, Any], **kwargs: Any) -> forms.Form:
    """The bound, valid form, or a 422 listing each field's messages in the API error shape."""
    form = form_class(data={k: v for k, v in data.items() if v is not None}, **kwargs)
    if form.is_valid():
        return form
    errors = [
        {"loc": ["body", field if field != "__all__" else "__all__"], "msg": str(message)}
        for field, messages in form.errors.items()
        for message in messages
    ]
    raise ValidationError(errors)
