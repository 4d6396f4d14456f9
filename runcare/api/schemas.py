"""Response schemas shared by the API routers. Fields are listed explicitly."""

from __future__ import annotations

from datetime import datetime

from ninja import Schema


class ErrorDetail(Schema):
    code: str
    message: str
    fields: dict[str, list[str]]


class ErrorOut(Schema):
    error: ErrorDetail


class MeOut(Schema):
    id: int
    email: str
    name: str
    role: str
    mfa_required: bool


class MemberOut(Schema):
    id: int
    name: str
    email: str


class EpisodeOut(Schema):
    id: int
    member_id: int
    status: str
    side: str
    condition: str
    triage_level: str
    opened_at: datetime
    closed_at: datetime | None
