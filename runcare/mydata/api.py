"""Data rights over the API: the full export of the signed-in member."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router

from runcare.api.schemas import ErrorOut
from runcare.members.access import get_member_for
from runcare.mydata.export import export_member

router = Router(tags=["my data"])


@router.get("/me/export", response={200: dict[str, Any], 401: ErrorOut, 404: ErrorOut})
def export(request: HttpRequest) -> dict[str, Any]:
    user = request.auth  # type: ignore[attr-defined]
    return export_member(user, get_member_for(user, user.pk))
